#include "newsift/article.h"

#include <algorithm>
#include <array>
#include <utility>

namespace newsift {
namespace {

template <typename Enum, size_t N>
bool ParseByName(const std::array<std::pair<Enum, const char*>, N>& table, std::string_view text,
                 Enum* out) {
  for (const auto& [value, name] : table) {
    if (text == name) {
      *out = value;
      return true;
    }
  }
  return false;
}

template <typename Enum, size_t N>
const char* NameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "unknown";
}

constexpr std::array<std::pair<RecordStatus, const char*>, 4> kStatusNames{{
    {RecordStatus::kOk, "ok"},
    {RecordStatus::kEmpty, "empty"},
    {RecordStatus::kDuplicate, "duplicate"},
    {RecordStatus::kError, "error"},
}};

constexpr std::array<std::pair<InputFormat, const char*>, 2> kFormatNames{{
    {InputFormat::kHtml, "html"},
    {InputFormat::kText, "text"},
}};

constexpr std::array<std::pair<PageType, const char*>, 2> kPageTypeNames{{
    {PageType::kArticle, "article"},
    {PageType::kListing, "listing"},
}};

constexpr std::array<std::pair<BlockKind, const char*>, 6> kKindNames{{
    {BlockKind::kParagraph, "paragraph"},
    {BlockKind::kHeading, "heading"},
    {BlockKind::kListItem, "list_item"},
    {BlockKind::kQuote, "quote"},
    {BlockKind::kTableRow, "table_row"},
    {BlockKind::kCode, "code"},
}};

constexpr std::array<std::pair<Label, const char*>, 20> kLabelNames{{
    {Label::kBody, "body"},
    {Label::kTitle, "title"},
    {Label::kDescription, "description"},
    {Label::kDate, "date"},
    {Label::kByline, "byline"},
    {Label::kSection, "section"},
    {Label::kCaption, "caption"},
    {Label::kCredit, "credit"},
    {Label::kNavigation, "navigation"},
    {Label::kTeaser, "teaser"},
    {Label::kRelated, "related"},
    {Label::kShare, "share"},
    {Label::kNewsletter, "newsletter"},
    {Label::kAdvert, "advert"},
    {Label::kComment, "comment"},
    {Label::kFooter, "footer"},
    {Label::kCookie, "cookie"},
    {Label::kRepeated, "repeated"},
    {Label::kBoilerplate, "boilerplate"},
    {Label::kMetadata, "metadata"},
}};

}  // namespace

const char* ToString(RecordStatus status) { return NameOf(kStatusNames, status); }
const char* ToString(InputFormat format) { return NameOf(kFormatNames, format); }
const char* ToString(PageType type) { return NameOf(kPageTypeNames, type); }
const char* ToString(BlockKind kind) { return NameOf(kKindNames, kind); }
const char* ToString(Label label) { return NameOf(kLabelNames, label); }
bool ParseRecordStatus(std::string_view text, RecordStatus* out) {
  return ParseByName(kStatusNames, text, out);
}
bool ParseInputFormat(std::string_view text, InputFormat* out) {
  return ParseByName(kFormatNames, text, out);
}
bool ParsePageType(std::string_view text, PageType* out) {
  return ParseByName(kPageTypeNames, text, out);
}
bool ParseBlockKind(std::string_view text, BlockKind* out) {
  return ParseByName(kKindNames, text, out);
}
bool ParseLabel(std::string_view text, Label* out) { return ParseByName(kLabelNames, text, out); }

std::string Article::Body() const {
  std::string body;
  for (const Paragraph& p : paragraphs) {
    if (!body.empty()) body += "\n\n";
    body += p.text;
  }
  return body;
}

std::string ToMarkdown(const Article& article) {
  std::string out;
  if (!article.title.empty()) out += "# " + article.title + "\n\n";
  BlockKind previous = BlockKind::kParagraph;
  bool first = true;
  for (const Paragraph& p : article.paragraphs) {
    // Consecutive list items and table rows stay together, without blank lines.
    bool tight = !first && p.kind == previous &&
                 (p.kind == BlockKind::kListItem || p.kind == BlockKind::kTableRow);
    if (!first) out += tight ? "\n" : "\n\n";
    switch (p.kind) {
      case BlockKind::kHeading:
        out += std::string(static_cast<size_t>(std::clamp(p.level, 2, 6)), '#') + " " + p.text;
        break;
      case BlockKind::kListItem:
        out += std::string(static_cast<size_t>(std::max(0, p.level) * 2), ' ') + "- " + p.text;
        break;
      case BlockKind::kQuote:
        out += "> " + p.text;
        break;
      case BlockKind::kTableRow:
        out += "| " + p.text + " |";
        break;
      case BlockKind::kCode:
        out += "```\n" + p.text + "\n```";
        break;
      case BlockKind::kParagraph:
        out += p.text;
        break;
    }
    previous = p.kind;
    first = false;
  }
  if (!out.empty()) out += "\n";
  return out;
}

}  // namespace newsift
