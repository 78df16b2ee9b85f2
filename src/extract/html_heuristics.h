// Heuristics of the HTML extractor as data: class/id vocabulary with the label
// it implies, teaser prefixes, metadata field names, byline role words, and
// the scoring weights and thresholds. Everything tunable lives here (tables
// in html_heuristics.cc), so the algorithms read as algorithms.
#ifndef NEWSIFT_EXTRACT_HTML_HEURISTICS_H_
#define NEWSIFT_EXTRACT_HTML_HEURISTICS_H_

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "newsift/article.h"
#include "util/word_set_matcher.h"

namespace newsift::html {

// What the class and id attributes of an element say about it.
struct ClassVerdict {
  // A strong negative ("comment", "share", "newsletter"...) drops the element
  // even when a positive word is also present ("article-comments").
  bool strong_negative = false;
  // A weak negative ("sidebar", "footer", "menu"...) loses to a positive word.
  bool weak_negative = false;
  bool positive = false;  // "article", "content", "story", "body"...
  // Names the container of the article text ("post-content"): never dropped,
  // whatever else its classes say ("post-content share-buttons").
  bool content_container = false;
  // The element is hidden ("hidden", "d-none"): whatever it holds is not read.
  bool hides = false;
  // Metadata containers, from the class attribute alone: a byline ("author",
  // "byline" but not "author-bio"), a date ("date", "time", "published").
  bool byline_container = false;
  bool date_container = false;
  Label label = Label::kBoilerplate;
  std::string_view word;  // the vocabulary word that matched (static text)

  bool Drops() const {
    return !content_container && (strong_negative || (weak_negative && !positive));
  }
};

ClassVerdict ClassifyClassAndId(std::string_view class_attr, std::string_view id_attr);

// Calls visit(token) for each token of a class or id value, in order: the
// runs of bytes other than ' ', '\t', '\n' and '\r'. Every reader of class
// tokens (verdicts, the pre-parse filter) splits them this way.
template <typename Visit>
void ForEachClassToken(std::string_view value, Visit visit) {
  auto separates = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && separates(value[i])) ++i;
    const size_t start = i;
    while (i < value.size() && !separates(value[i])) ++i;
    if (i > start) visit(value.substr(start, i - start));
  }
}

// Words the metadata pass looks for anywhere in a class attribute (lowercase,
// substrings), beside the token vocabulary of ClassVerdict: a name element
// of a byline ("author-name", not "username"), a <time> giving the
// modification date ("updated", "modified").
inline constexpr std::array<std::string_view, 2> kNameClassWords = {"name", "author-link"};
inline constexpr std::array<std::string_view, 3> kNameClassExclusions = {"username", "job",
                                                                         "title"};
inline constexpr std::array<std::string_view, 2> kModifiedClassWords = {"updat", "modif"};

// Whether an inline style hides its element (display:none, visibility:
// hidden, or the screen-reader-only clip). Case and spaces do not matter.
bool StyleHides(std::string_view style);

// What one class or id token says of its attribute: its verdict's flags
// and the attribute words (byline, date, name, modified words) it holds.
struct TokenSignal {
  uint8_t flags = 0;  // one bit per flag of ClassVerdict (strong, weak, positive...)
  WordSet words;

  bool Empty() const { return flags == 0 && words.Empty(); }
  // Merges other into this; whether it added a flag or a word. A token that
  // adds nothing to the tokens before it in its attribute changes no reading
  // of the attribute: the flags are or-ed, and the label comes from the
  // first strong (else weak) token.
  bool Absorb(const TokenSignal& other) {
    const bool adds = (other.flags & ~flags) != 0 || !other.words.IsSubsetOf(words);
    flags |= other.flags;
    words.AddAll(other.words);
    return adds;
  }
};

// The same verdicts, remembered per attribute value: a page repeats a few
// hundred class names over thousands of elements. One per page and thread,
// shared by the metadata and main-content passes over the page.
//
// It also keeps the page's class values for the pre-filter, which writes a
// four-byte code in their place (libxml2 copies attribute values at a
// hundred instructions a byte): a class attribute read from the tree is a
// code, ClassValue gives the value back, and ForAttribute and Classify take
// either. Equal values as written share a code, so codes compare as the
// written values do. (A value kept as written because the parser must decode
// its character references could decode to a code; a page would have to
// spell out a private-use code point to do it, and would only mislead its
// own element's verdict.)
class ClassVerdictCache {
 public:
  ClassVerdict Classify(std::string_view class_attr, std::string_view id_attr);
  // The verdict of one attribute value (a class attribute alone).
  const ClassVerdict& ForAttribute(std::string_view attr);

  // A new code standing for value; empty past kMaxCodes codes (the value is
  // then written as it is). The pre-filter asks once per distinct value of
  // the page as written, so values that reduce alike keep apart.
  std::string AddCode(std::string value);
  // The value a class attribute read from the tree holds: the value its code
  // stands for, or attr itself when it is no code.
  std::string_view ClassValue(std::string_view attr) const;
  static constexpr size_t kMaxCodes = 0x10000;
  // What one class or id token (any case) says of its attribute; empty for
  // most tokens ("css-1x9k2", "mt-4"). The pre-parse filter keeps only the
  // tokens that add to what the tokens before them say (html_prefilter.h).
  const TokenSignal& SignalOf(std::string_view token);

 private:
  // Transparent hashing: looking up a string_view builds no string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  // One lowercase token's verdict; pages repeat tokens across many distinct
  // attribute values ("menu-item menu-item-type-post_type menu-item-123").
  const ClassVerdict& ForToken(std::string_view token);

  struct TokenEntry {
    ClassVerdict verdict;
    TokenSignal signal;
  };
  const TokenEntry& EntryOf(std::string_view lowercase_token);
  // The verdict of a class value, not a code (ForAttribute's cache).
  const ClassVerdict& ForValue(std::string_view value);
  // The index a code stands for, or -1 when attr is no code.
  int CodeIndex(std::string_view attr) const;

  struct CodedValue {
    std::string value;
    std::optional<ClassVerdict> verdict;  // once asked for
  };
  std::deque<CodedValue> coded_;  // by code index; a deque, so views stay valid
  std::unordered_map<std::string, ClassVerdict, Hash, std::equal_to<>> by_attribute_;
  std::unordered_map<std::string, TokenEntry, Hash, std::equal_to<>> by_token_;
  std::string lowercase_;  // SignalOf's buffer
};

// The label implied by a structural tag that is never article text (nav,
// aside, footer, form...), or kBody when the tag may hold article text.
Label StructuralTagLabel(std::string_view tag);

// A prefix announcing another article ("Read more:", "ALSO READ"), matched
// case-insensitively at the start of a block; empty when none.
std::string_view TeaserPrefix(std::string_view text);

// "Key Points", "Key takeaways", "TL;DR": the label of an article's summary
// box (the whole text of an element, case-insensitive).
bool IsSummaryHeading(std::string_view text);
inline constexpr uint32_t kMinSummaryLabelChars = 4;  // non-space bytes of the label
inline constexpr uint32_t kMaxSummaryLabelChars = 24;
inline constexpr uint32_t kMaxSummaryBoxChars = 2000;  // label + list, no more
inline constexpr double kMaxSummaryLinkDensity = 0.3;

// "Published March 3, 2024 8:05am | Updated ...": a date line, not body text.
bool IsDateLine(std::string_view text);
inline constexpr size_t kDateLineMaxChars = 160;

// Short blocks that are boilerplate whatever their markup ("Advertisement",
// "Share this article"...), matched case-insensitively on the whole block
// without its trailing colons, periods, spaces and ellipses ("Comments…");
// also "Loading" and one word with an ellipsis, a placeholder scripts fill
// in ("Loading image...").
bool IsBoilerplatePhrase(std::string_view text);

// Metadata field names (meta name/property/itemprop, lowercase).
std::span<const std::string_view> PublishedMetaNames();
std::span<const std::string_view> ModifiedMetaNames();
std::span<const std::string_view> AuthorMetaNames();
std::span<const std::string_view> SiteMetaNames();
std::span<const std::string_view> SectionMetaNames();
std::span<const std::string_view> DescriptionMetaNames();
std::span<const std::string_view> TitleMetaNames();

// Job titles and words that follow or precede a byline name, lowercase.
std::span<const std::string_view> BylineRoleWords();

// Scoring weights and thresholds.
inline constexpr double kClassWeight = 25;          // readability-style class bonus
inline constexpr double kArticleTagBonus = 30;      // <article>, <main>, itemprop=articleBody
inline constexpr size_t kMinScoredBlockChars = 25;  // shorter blocks do not vote
inline constexpr double kCharsPerPoint = 100;       // block length bonus granularity
inline constexpr double kMaxLengthPoints = 3;
inline constexpr int kScoreAncestorLevels = 3;     // parent, grandparent, great-grandparent
inline constexpr double kSiblingScoreShare = 0.2;  // sibling kept above this share of top
inline constexpr double kSiblingMinScore = 10;
inline constexpr size_t kSiblingParagraphChars = 80;
inline constexpr double kSiblingMaxLinkDensity = 0.25;
inline constexpr double kPromoteShare = 0.75;  // alternative candidates near the top
inline constexpr int kPromoteMinAlternatives = 2;
// Climb to the parent while it holds this many times the prose of the node.
inline constexpr double kAscendProseGain = 1.5;
inline constexpr double kAscendMaxAddedLinkDensity = 0.2;  // ... unless the added text is links
// A wrapper of the top candidate holds at most this much more text than it.
inline constexpr double kWrapperMaxGrowth = 1.1;
// A section beside the top candidate's wrapper joins with this share of its prose.
inline constexpr double kCousinMinProseShare = 0.2;
inline constexpr double kBlockMaxLinkDensity = 0.5;  // a block more link than this...
inline constexpr size_t kLinkBlockMaxChars = 300;    // ...and shorter is navigation
inline constexpr double kProtectShare = 0.5;  // never drop a node holding this share of the body
// Filler text of page templates.
inline constexpr std::string_view kPlaceholderOpening = "lorem ipsum";
// A hidden element with more text than the visible page, and at least this
// much, holds the page (streamed server rendering).
inline constexpr uint32_t kMinRevealedChars = 500;
// A content container this long un-drops its negative wrapper.
inline constexpr uint32_t kMinProtectedChars = 500;
// The largest <article> holding this share of the page's text is the page's
// article; a block inside it holding this share of its text is its text.
inline constexpr double kMainArticleShare = 0.25;
inline constexpr double kInnerArticleShare = 0.8;
// A weak class word ("paywall", "sidebar") on an element that holds this much
// prose, most of its text, names a feature of the layout, not what it holds.
inline constexpr uint32_t kProseParagraphChars = 150;  // a <p> this long, few links, is prose
inline constexpr uint32_t kProseMaxLinkShare = 5;      // ... links at most 1/5 of its text
inline constexpr uint32_t kMinProseOverWeakClass = 600;
inline constexpr double kMinProseShareOverWeakClass = 0.6;
inline constexpr size_t kTeaserMaxChars = 250;
// The longest teaser prefix outside ASCII, in bytes ("читайте также").
inline constexpr size_t kTeaserHeadBytes = 32;
// A link with this much text (non-space bytes, about four words) in or
// around a heading is a headline (PageEvidence::teasers).
inline constexpr uint32_t kMinHeadlineLinkChars = 20;
// A teaser item holds at most this much text outside links (non-space
// bytes: a summary of a sentence or three, a date, a name).
inline constexpr uint32_t kMaxTeaserItemChars = 600;
inline constexpr size_t kBoilerplatePhraseMaxChars = 60;
inline constexpr double kJsonLdFallbackRatio = 0.5;  // DOM body shorter than this share of
                                                     // articleBody: use articleBody
inline constexpr size_t kJsonLdMinBodyChars = 200;
// ... or shorter than this share while articleBody holds this share of it.
inline constexpr double kJsonLdSupersetRatio = 0.8;
inline constexpr double kJsonLdSupersetCoverage = 0.9;
// A class-dropped block inside the article is kept when articleBody holds its
// text; shorter texts ("Advertisement") prove nothing.
inline constexpr size_t kMinVouchedChars = 40;
inline constexpr size_t kExplainTextChars = 80;

}  // namespace newsift::html

#endif  // NEWSIFT_EXTRACT_HTML_HEURISTICS_H_
