// Article: the record newsift produces for every input document.
//
// The same record appears in the CLI's JSON output, in the store and in the
// Python module. Absent values are empty strings or empty lists: never
// invented. Every input document yields exactly one Article, whatever its fate
// (status ok, empty, duplicate or error).
#ifndef NEWSIFT_ARTICLE_H_
#define NEWSIFT_ARTICLE_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsift {

enum class RecordStatus { kOk, kEmpty, kDuplicate, kError };
enum class InputFormat { kHtml, kText };
// One article, or a page listing others (section front, tag or author
// archive, search results): the teasers of a listing are no article.
enum class PageType { kArticle, kListing };

// A unit of the article body, so structure survives (Markdown output).
enum class BlockKind { kParagraph, kHeading, kListItem, kQuote, kTableRow, kCode };

struct Paragraph {
  std::string text;
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;  // heading level (1-6) or list nesting depth
};

// Why a block or line of the source was kept or dropped (`show --explain`).
enum class Label {
  kBody,
  kTitle,
  kDescription,
  kDate,
  kByline,
  kSection,  // breadcrumb / section name
  kCaption,
  kCredit,
  kNavigation,
  kTeaser,      // headline of another article, "READ MORE: ..."
  kRelated,     // related-links box
  kShare,       // share bar, social icons
  kNewsletter,  // sign-up prompt
  kAdvert,
  kComment,      // reader comments
  kFooter,       // copyright, legal, app links
  kCookie,       // cookie/consent banner
  kRepeated,     // text already present elsewhere in the page
  kBoilerplate,  // other non-article text
  kMetadata,     // <head> metadata, JSON-LD
};

struct ExplainEntry {
  std::string text;  // the block or line (possibly shortened)
  Label label = Label::kBoilerplate;
  std::string reason;  // human-readable: "link density 0.82", "same as line 3"...
};

struct Article {
  // Identity and provenance.
  std::string id;      // 16 hex digits, stable hash of source name + input bytes
  std::string source;  // see Document::source
  std::string url;
  std::string domain;  // host of url without "www.", or empty
  std::string fetched_at;

  // Metadata.
  std::string site;  // outlet name ("Reuters"), from the page or the domain
  std::string title;
  std::string description;
  std::vector<std::string> authors;
  std::string published;         // ISO 8601, with offset when the page gives one
  std::string modified;          // ISO 8601
  std::string published_source;  // where the date came from: json-ld, meta, time, url, text
  std::string language;          // ISO 639-1, detected on the text; empty if unsure
  std::string section;

  // Content.
  std::vector<Paragraph> paragraphs;  // the article body, in order
  std::vector<std::string> image_captions;
  std::vector<std::string> image_credits;
  PageType page_type = PageType::kArticle;

  // Decoding decisions.
  InputFormat input_format = InputFormat::kHtml;
  std::string charset;         // charset of the input bytes, e.g. "windows-1251"
  std::string charset_source;  // bom, http, meta, detected, default
  // Double-encoded characters restored in the text ("â€™" -> "’": the page's
  // UTF-8 read once as windows-1252 before it reached us); 0 for most pages.
  size_t mojibake_repairs = 0;

  // Fate.
  RecordStatus status = RecordStatus::kOk;
  std::string error;         // why status is error (or empty), e.g. "Corruption: x.gz: truncated"
  std::string duplicate_of;  // id of the article this one duplicates
  std::string body_hash;     // 16 hex digits over the normalised body; empty if no body
  // Id of the representative of this article's near-duplicate cluster (its
  // own id when alone); for a duplicate, that of the article it duplicates;
  // empty for empty/error records or before corpus dedup ran.
  std::string dup_cluster;

  // The body paragraphs before site-boilerplate removal (learned across the
  // corpus), kept so `reclean` can re-apply what was learned. Empty when
  // nothing was removed: the same as paragraphs.
  std::vector<Paragraph> candidate_paragraphs;

  // Per block/line labels and reasons, in source order (not serialised unless asked).
  std::vector<ExplainEntry> explain;

  // Paragraph texts joined by one blank line.
  std::string Body() const;
};

const char* ToString(RecordStatus status);
const char* ToString(InputFormat format);
const char* ToString(PageType type);
const char* ToString(BlockKind kind);
const char* ToString(Label label);
bool ParseRecordStatus(std::string_view text, RecordStatus* out);
bool ParseInputFormat(std::string_view text, InputFormat* out);
bool ParsePageType(std::string_view text, PageType* out);
bool ParseBlockKind(std::string_view text, BlockKind* out);
bool ParseLabel(std::string_view text, Label* out);

// Paragraphs rendered as Markdown (headings, lists, quotes kept).
std::string ToMarkdown(const Article& article);

}  // namespace newsift

#endif  // NEWSIFT_ARTICLE_H_
