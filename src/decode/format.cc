// DetectFormat(): HTML or text dump, from the markup at the start of the text.
#include <algorithm>
#include <string_view>

#include "newsift/decode.h"
#include "util/text.h"

namespace newsift {
namespace {

// Markup, when present, shows in the first few KiB.
constexpr size_t kFormatSampleBytes = 8192;

// A document opening with one of these is HTML whatever its container says.
constexpr std::string_view kRootPrefixes[] = {"<!doctype html", "<html", "<head", "<body"};
// Anywhere in the sample (after a comment or an XML declaration, say) these
// mark HTML unless the container says text.
constexpr std::string_view kRootTags[] = {"<html", "<head>", "<body", "<!doctype html"};

// Tags that occur in real pages; "<b>" in a text dump is not enough, and
// "<3" or "a < b" are not tags at all.
// clang-format off
constexpr std::string_view kKnownTags[] = {
    "a",     "abbr",   "article", "aside", "b",      "blockquote", "body",   "br",
    "button", "div",   "em",      "figure", "footer", "form",      "h1",     "h2",
    "h3",    "h4",     "h5",      "h6",    "head",   "header",     "hr",     "html",
    "i",     "iframe", "img",     "input", "li",     "link",       "main",   "meta",
    "nav",   "noscript", "ol",    "p",     "picture", "script",    "section", "source",
    "span",  "strong", "style",   "svg",   "table",  "td",         "time",   "title",
    "tr",    "u",      "ul",      "video",
};
// clang-format on

// How much markup makes the text HTML, by what the container says: a .html
// file needs one real tag, a .txt file needs markup to dominate.
struct FormatRule {
  FormatHint hint;
  size_t min_tags;
  size_t min_tags_with_attributes;
  double min_markup_share;  // of the sample's bytes
  bool root_tag_anywhere_is_html;
};

constexpr FormatRule kRules[] = {
    {FormatHint::kHtml, 1, 0, 0.0, true},
    {FormatHint::kUnknown, 3, 1, 0.02, true},
    {FormatHint::kText, 8, 2, 0.20, false},
};

constexpr size_t kMaxTagNameLength = 10;

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool ContainsNoCase(std::string_view s, std::string_view lower_needle) {
  for (size_t pos = s.find('<'); pos != std::string_view::npos; pos = s.find('<', pos + 1)) {
    if (StartsWithIgnoreAsciiCase(s.substr(pos), lower_needle)) return true;
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct MarkupStats {
  size_t tags = 0;
  size_t tags_with_attributes = 0;
  size_t markup_bytes = 0;
};

MarkupStats CountMarkup(std::string_view sample) {
  MarkupStats stats;
  size_t pos = sample.find('<');
  while (pos != std::string_view::npos) {
    size_t name_start = pos + 1;
    if (name_start < sample.size() && sample[name_start] == '/') ++name_start;
    size_t name_end = name_start;
    char name[kMaxTagNameLength];
    while (name_end < sample.size() && name_end - name_start < kMaxTagNameLength &&
           ((sample[name_end] >= 'a' && sample[name_end] <= 'z') ||
            (sample[name_end] >= 'A' && sample[name_end] <= 'Z') ||
            (sample[name_end] >= '1' && sample[name_end] <= '6'))) {
      name[name_end - name_start] = LowerAscii(sample[name_end]);
      ++name_end;
    }
    std::string_view tag(name, name_end - name_start);
    size_t gt = sample.find('>', name_end);
    bool known =
        !tag.empty() && name_end < sample.size() &&
        (IsSpace(sample[name_end]) || sample[name_end] == '>' || sample[name_end] == '/') &&
        gt != std::string_view::npos &&
        std::find(std::begin(kKnownTags), std::end(kKnownTags), tag) != std::end(kKnownTags);
    if (known) {
      ++stats.tags;
      stats.markup_bytes += gt + 1 - pos;
      std::string_view inside = sample.substr(name_end, gt - name_end);
      if (inside.find('=') != std::string_view::npos) ++stats.tags_with_attributes;
      pos = sample.find('<', gt);
    } else {
      pos = sample.find('<', pos + 1);
    }
  }
  return stats;
}

}  // namespace

InputFormat DetectFormat(std::string_view utf8, FormatHint hint) {
  std::string_view sample = utf8.substr(0, kFormatSampleBytes);
  if (sample.substr(0, 3) == "\xEF\xBB\xBF") sample.remove_prefix(3);
  while (!sample.empty() && IsSpace(sample.front())) sample.remove_prefix(1);
  if (sample.empty()) return hint == FormatHint::kHtml ? InputFormat::kHtml : InputFormat::kText;
  for (std::string_view prefix : kRootPrefixes) {
    if (StartsWithIgnoreAsciiCase(sample, prefix)) return InputFormat::kHtml;
  }
  const FormatRule* rule = &kRules[0];
  for (const FormatRule& r : kRules) {
    if (r.hint == hint) rule = &r;
  }
  if (rule->root_tag_anywhere_is_html) {
    for (std::string_view tag : kRootTags) {
      if (ContainsNoCase(sample, tag)) return InputFormat::kHtml;
    }
  }
  MarkupStats stats = CountMarkup(sample);
  bool html = stats.tags >= rule->min_tags &&
              stats.tags_with_attributes >= rule->min_tags_with_attributes &&
              static_cast<double>(stats.markup_bytes) >=
                  rule->min_markup_share * static_cast<double>(sample.size());
  return html ? InputFormat::kHtml : InputFormat::kText;
}

}  // namespace newsift
