#include "extract/html_metadata.h"

#include <simdjson.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <deque>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <unordered_map>

#include "extract/bylines.h"
#include "extract/dates.h"
#include "extract/html_dom.h"
#include "extract/html_heuristics.h"
#include "util/text.h"

namespace newsift::html {

std::string VisibleTextOfTitle(const xmlNode* node);

namespace {

// Separators between a headline and the site name in <title>.
constexpr std::array<std::string_view, 10> kTitleSeparators = {
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " » ", " : "};

// Separators that set off a brand after a headline, and how a brand tail
// looks: a few words after a headline several times longer.
constexpr std::array<std::string_view, 4> kBrandSeparators = {" | ", " – ", " — ", " - "};
constexpr size_t kMaxBrandTailWords = 3;
constexpr size_t kMinHeadlineWords = 4;
constexpr size_t kBrandHeadRatio = 2;

constexpr size_t kMaxDateTextChars = 200;
constexpr size_t kMaxDateTexts = 6;
constexpr size_t kMaxTimeElements = 4;
constexpr size_t kMaxHeadings = 8;

// Meta keys that name a date without being in the known tables: a key with a
// published word and no modified word is a publication date.
constexpr std::array<std::string_view, 5> kPublishedMetaWords = {"publish", "pubdate", "pub_date",
                                                                 "pub-date", "created"};
constexpr std::array<std::string_view, 3> kModifiedMetaWords = {"modif", "updated", "revised"};
constexpr std::array<std::string_view, 3> kDateMetaExclusions = {"publisher", "expire", "og:"};

// Title choice: a visible <h1> is the headline when its words agree this
// much with a declared title (og:title, JSON-LD headline, <title>).
constexpr double kMinHeadingAgreement = 0.5;
// A heading holding every word of a declared title this long, and at most
// this many times as many words, agrees with it.
constexpr size_t kMinContainedTitleWords = 4;
constexpr size_t kMaxCutTitleRatio = 3;
constexpr size_t kMaxTitleChars = 300;
constexpr std::string_view kHeadingLabelSeparator = " | ";
constexpr size_t kMinHeadlineChars = 12;
// Words that start byline matter printed inside a heading, lowercase.
constexpr std::array<std::string_view, 4> kHeadingBylineWords = {"posted", "published", "by ",
                                                                 "updated"};

// The header zone: short texts right after the headline (and a few before)
// where bylines and dates are printed. A long text means the body began.
constexpr size_t kZoneMaxTextsAfter = 24;
constexpr size_t kZoneMaxTextsBefore = 8;
constexpr size_t kZoneBodyTextChars = 200;
// A headline may be followed at once by a standfirst of a paragraph or two,
// with the date printed after it: when the zone ends at once on a long text,
// the first short texts past at most this many long ones are looked at for
// a date line.
constexpr size_t kStandfirstMaxTexts = 2;
constexpr size_t kPastStandfirstMaxTexts = 8;

// Leads that credit the writer wherever they stand on the page (an author box
// after the article), unlike a bare "By", which teaser lists use too.
constexpr std::array<std::string_view, 4> kWriterCreditLeads = {
    "written by", "this post was written by", "this article was written by", "article by"};
constexpr size_t kMaxCreditLines = 4;
// Inside a byline container, the element that holds just the name: the
// container often adds a role, an outlet or a bio after it with no separator.
constexpr size_t kMaxBylineScanNodes = 40;

// Label/value meta pairs ("twitter:label1" = "Written by", "twitter:data1" =
// the names) that SEO plugins emit; the labels that credit the writer.
constexpr std::string_view kMetaLabelPrefix = "twitter:label";
constexpr std::string_view kMetaDataPrefix = "twitter:data";
constexpr int kMaxMetaLabelPairs = 4;
constexpr std::array<std::string_view, 4> kWriterMetaLabels = {"written by", "author", "by",
                                                               "authors"};

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes "&#163;" / "&#xA3;" at text[i]; returns the length consumed or 0.
size_t DecodeNumericEntity(std::string_view text, size_t i, std::string* out) {
  constexpr size_t kMaxEntityLength = 10;
  constexpr uint32_t kMaxCodePoint = 0x10FFFF;
  if (i + 3 >= text.size() || text[i + 1] != '#') return 0;
  bool hex = text[i + 2] == 'x' || text[i + 2] == 'X';
  size_t j = i + (hex ? 3 : 2);
  uint32_t cp = 0;
  size_t digits = 0;
  for (; j < text.size() && j - i < kMaxEntityLength; ++j, ++digits) {
    char c = text[j];
    int value = -1;
    if (c >= '0' && c <= '9') value = c - '0';
    if (hex && c >= 'a' && c <= 'f') value = c - 'a' + 10;
    if (hex && c >= 'A' && c <= 'F') value = c - 'A' + 10;
    if (value < 0) break;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(value);
  }
  if (digits == 0 || j >= text.size() || text[j] != ';' || cp == 0 || cp > kMaxCodePoint) return 0;
  AppendUtf8(cp, out);
  return j + 1 - i;
}

// JSON-LD strings sometimes carry HTML entities; decode numeric and common
// named ones.
std::string DecodeEntities(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kEntities = {{
      {"&amp;", "&"},
      {"&quot;", "\""},
      {"&apos;", "'"},
      {"&lt;", "<"},
      {"&gt;", ">"},
      {"&nbsp;", " "},
      {"&hellip;", "\u2026"},
  }};
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      if (size_t used = DecodeNumericEntity(text, i, &out); used > 0) {
        i += used;
        continue;
      }
      bool replaced = false;
      for (const auto& [entity, value] : kEntities) {
        if (text.substr(i, entity.size()) == entity) {
          out += value;
          i += entity.size();
          replaced = true;
          break;
        }
      }
      if (replaced) continue;
    }
    out.push_back(text[i++]);
  }
  return out;
}

struct Signals {
  std::unordered_map<std::string, std::string> meta;  // first value per lowercase key
  std::vector<std::string> json_ld;
  std::string title_tag;
  std::string h1;
  std::vector<const xmlNode*> h1_nodes;  // every visible <h1>, in order (capped)
  std::vector<std::string> h1_texts;
  std::vector<std::string> other_published;  // meta keys that only look like a date field
  std::vector<std::string> other_modified;
  std::string lang;
  std::vector<std::pair<std::string, bool>> time_values;  // datetime, looks modified
  std::vector<std::string> date_texts;
  std::vector<std::string> bylines;       // rel=author, itemprop=author, byline classes
  std::vector<std::string> credit_lines;  // "Written by ..." anywhere in the body
  std::vector<std::string> author_links;  // text of links to an author's page
  // The short text of the element after each credit line: an author box
  // prints the date there.
  std::vector<std::string> credit_neighbours;
};

// Meta keys not in the known tables that still name a publication or
// modification date ("w-published-date", "publish_date", "pubdate").
void ClassifyDateMeta(std::string_view key, std::string_view value, Signals* signals) {
  if (value.size() > kMaxDateTextChars) return;
  auto has = [key](std::span<const std::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [key](std::string_view w) { return key.find(w) != std::string_view::npos; });
  };
  if (has(kDateMetaExclusions)) return;
  if (has(kModifiedMetaWords)) {
    signals->other_modified.emplace_back(value);
  } else if (has(kPublishedMetaWords)) {
    signals->other_published.emplace_back(value);
  }
}

void AddMeta(Signals* signals, std::string_view key, std::string_view value) {
  if (key.empty() || value.empty()) return;
  std::string lower = ToLowerAscii(TrimAscii(key));
  ClassifyDateMeta(lower, value, signals);
  signals->meta.emplace(std::move(lower), Folded(value));
}

// Whether a link's href (reduced to its markers) leads to an author's page;
// without profiles, "/profile" does not count (social networks and account
// pages use it too).
bool HasAuthorPath(std::string_view href, bool profiles = true) {
  return std::any_of(kAuthorLinkPaths.begin(), kAuthorLinkPaths.end(), [&](std::string_view w) {
    return (profiles || w != "/profile") && ContainsIgnoreAsciiCase(href, w);
  });
}

// Whether the link `node`, whose text has link_chars bytes, sits in prose
// (a <p> with more text than the link: "/people/ann-lee" on a news site is
// a mention), in a menu, or in a block whose class words drop it (a list of
// the site's writers).
bool InProseOrBoilerplate(const xmlNode* node, size_t link_chars, ClassVerdictCache* classes) {
  constexpr size_t kMaxBylineLead = 12;  // "Posted by ", "Written by: "
  for (const xmlNode* p = node->parent; p != nullptr && IsElement(p); p = p->parent) {
    std::string_view tag = TagName(p);
    if (tag == "body") break;
    if (tag == "nav") return true;
    if (tag == "p" && VisibleText(p).size() > link_chars + kMaxBylineLead) return true;
    if (classes->Classify(Attr(p, "class"), Attr(p, "id")).Drops()) return true;
  }
  return false;
}

bool IsNameElement(const xmlNode* node, const ClassVerdictCache& classes) {
  std::string_view cls = classes.ClassValue(Attr(node, "class"));
  bool name_class =
      std::any_of(kNameClassWords.begin(), kNameClassWords.end(),
                  [cls](std::string_view w) { return ContainsIgnoreAsciiCase(cls, w); });
  if (name_class) {
    return std::none_of(kNameClassExclusions.begin(), kNameClassExclusions.end(),
                        [cls](std::string_view w) { return ContainsIgnoreAsciiCase(cls, w); });
  }
  if (TagName(node) != "a") return false;
  return Attr(node, "rel") == "author" || HasAuthorPath(Attr(node, "href"));
}

// Whether node is a link to one of the site's tag or section pages: its path
// says so, or its rel ("tag", "category tag").
bool IsTopicLink(const xmlNode* node) {
  if (!IsElement(node) || TagName(node) != "a") return false;
  std::string_view rel = Attr(node, "rel");
  if (rel.size() >= 3 && ContainsIgnoreAsciiCase(rel, "tag")) return true;
  std::string_view href = Attr(node, "href");
  return std::any_of(kTopicLinkPaths.begin(), kTopicLinkPaths.end(),
                     [href](std::string_view path) { return ContainsIgnoreAsciiCase(href, path); });
}

// Whether one of n's nearest max_depth element ancestors is `is_it`.
template <typename Predicate>
bool WithinAncestors(const xmlNode* n, int max_depth, Predicate is_it) {
  int depth = 0;
  for (const xmlNode* p = n->parent; p != nullptr && IsElement(p) && depth < max_depth;
       p = p->parent, ++depth) {
    if (is_it(p)) return true;
  }
  return false;
}

// Whether the text node n sits in a topic link (IsTopicLink), a few
// elements deep at most ("<a rel=tag><span>Travel</span></a>").
bool InTopicLink(const xmlNode* n) {
  constexpr int kMaxDepth = 3;
  return WithinAncestors(n, kMaxDepth, IsTopicLink);
}

// Inside a photo's caption: its date is the photo's, its names are credits.
bool InFigureCaption(const xmlNode* n) {
  constexpr int kMaxDepth = 4;
  return WithinAncestors(n, kMaxDepth, [](const xmlNode* p) { return TagName(p) == "figcaption"; });
}

// Links to the site's tag and section pages: a card's byline line often
// holds the story's topic ("Personal finance") beside its date.
void AppendTextWithoutTopicLinks(const xmlNode* node, std::string* out) {
  if (IsTopicLink(node)) return;
  if (!IsElement(node) || IsInvisibleTag(TagName(node))) {
    AppendVisibleText(node, out);
    return;
  }
  if (!out->empty() && out->back() != ' ') out->push_back(' ');
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    AppendTextWithoutTopicLinks(c, out);
  }
}

std::string BylineFallbackText(const xmlNode* container) {
  std::string text;
  AppendTextWithoutTopicLinks(container, &text);
  TrimTrailingSpace(&text);
  if (!text.empty() && text.front() == ' ') text.erase(0, 1);
  return text;
}

// The names of a credit written as sibling elements, from `first` (whose
// text is first_text) on: "<a>Ann Lee</a>, <a>Bo Ng</a> and <a>Cy Ro</a>"
// gives "Ann Lee, Bo Ng, Cy Ro". A sibling counts when is_name(sibling, its
// text) holds and only separators (IsNameSeparator: text, or elements holding
// it) stand before it. *span_chars, when not null, gets the visible length of
// the run, separators included.
template <typename IsName>
std::string JoinSiblingNames(const xmlNode* first, std::string first_text, IsName is_name,
                             size_t* span_chars) {
  std::string names = std::move(first_text);
  size_t span = names.size(), pending = 0, count = 1;
  for (const xmlNode* n = first->next; n != nullptr && count < kMaxAuthors; n = n->next) {
    if (IsText(n)) {
      std::string_view text = TextContent(n);
      if (!IsNameSeparator(text)) break;
      pending += text.size();
      continue;
    }
    if (!IsElement(n)) continue;
    // Bounded: a name or separator is short, and the next sibling may be the
    // article.
    std::string text = VisibleText(n, kMaxBylineChars + 1);
    if (is_name(n, text)) {
      // A credit longer than a byline may be is dropped whole: stop short.
      if (names.size() + 2 + text.size() > kMaxBylineChars) break;
      names += ", ";
      names += text;
      span += pending + text.size();
      pending = 0;
      ++count;
    } else if (IsNameSeparator(text)) {
      pending += text.size();
    } else {
      break;
    }
  }
  if (span_chars != nullptr) *span_chars = span;
  return names;
}

// The text of a byline container: its name elements' text when it has any
// (bounded walk in document order; sibling name elements all count), else
// all of its visible text.
std::string BylineText(const xmlNode* container, const ClassVerdictCache& classes) {
  if (container->children == nullptr) return {};
  size_t seen = 0;
  const xmlNode* node = container->children;
  while (node != nullptr && seen < kMaxBylineScanNodes) {
    if (IsElement(node)) {
      ++seen;
      if (!IsInvisibleTag(TagName(node)) && IsNameElement(node, classes)) {
        std::string text = VisibleText(node);
        if (!text.empty() && !EndsWithLowercaseWord(text)) {
          // Further names must read as full names: a byline's "View More
          // Articles" links to the writer's page too.
          auto is_name = [&](const xmlNode* n, const std::string& name) {
            return IsNameElement(n, classes) && IsCapitalisedFullName(name);
          };
          return JoinSiblingNames(node, std::move(text), is_name, nullptr);
        }
      }
      if (node->children != nullptr && !IsInvisibleTag(TagName(node))) {
        node = node->children;
        continue;
      }
    }
    while (node != nullptr && node->next == nullptr) {
      node = node->parent;
      if (node == container) return BylineFallbackText(container);
    }
    if (node != nullptr) node = node->next;
  }
  return BylineFallbackText(container);
}

// A <time> element that gives the modification date.
bool LooksModified(const xmlNode* time, const ClassVerdictCache& classes) {
  std::string_view cls = classes.ClassValue(Attr(time, "class"));
  return std::any_of(kModifiedClassWords.begin(), kModifiedClassWords.end(),
                     [cls](std::string_view w) { return ContainsIgnoreAsciiCase(cls, w); }) ||
         ContainsIgnoreAsciiCase(Attr(time, "itemprop"), "modified");
}

// A text of node that starts with a writer credit lead ("Written by"): the
// element's whole text, which holds the names after the lead.
// text as a credit lead is compared: lowercase, trimmed, without a final ':'.
std::string LeadKey(std::string_view text) {
  std::string key = ToLowerAscii(TrimAscii(text));
  if (!key.empty() && key.back() == ':') key.pop_back();
  return key;
}

// Whether a LeadKey is a label that names the writer only when it stands
// alone, the name in the next element ("Author", "Authors:").
bool IsBareCreditLabel(std::string_view key) { return key == "author" || key == "authors"; }

void CollectCreditLine(const xmlNode* node, Signals* signals) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (!IsText(c)) continue;
    std::string_view text = TrimAscii(TextContent(c));
    if (text.empty()) continue;
    constexpr size_t kLongestLead = 32;
    std::string lower = ToLowerAscii(text.substr(0, kLongestLead));
    const bool label = IsBareCreditLabel(LeadKey(text));
    if (!label && !StartsWithAny(lower, kWriterCreditLeads)) return;
    std::string line = VisibleText(node, 2 * kMaxBylineChars);
    if (line.size() > 2 * kMaxBylineChars) return;
    auto next_element = [](const xmlNode* n) {
      for (n = n->next; n != nullptr && !IsElement(n);) n = n->next;
      return n;
    };
    const xmlNode* next = next_element(node);
    // A lead or label on its own ("<h2>Article by</h2><div>Ann Lee</div>",
    // "<h3>Author</h3><p>Ann Lee</p>"): the name is the next element's text.
    const std::string bare = LeadKey(line);
    const bool lead_alone = std::find(kWriterCreditLeads.begin(), kWriterCreditLeads.end(), bare) !=
                            kWriterCreditLeads.end();
    if (label && !IsBareCreditLabel(bare)) return;  // "Author of three books..."
    if (lead_alone || label) {
      if (next == nullptr) return;
      std::string name = VisibleText(next, kMaxBylineChars);
      if (name.empty() || name.size() > kMaxBylineChars) return;
      line = label ? "Written by " + name : line + " " + name;
      next = next_element(next);
    }
    signals->credit_lines.push_back(std::move(line));
    // One neighbour per credit line, empty when there is none or it is long.
    std::string beside;
    if (next != nullptr) beside = VisibleText(next, kMaxDateTextChars);
    if (beside.size() > kMaxDateTextChars) beside.clear();
    signals->credit_neighbours.push_back(std::move(beside));
    return;
  }
}

// text without the characters libxml2 leaves out of a script's text (C0
// controls but tab, line feed and carriage return; U+FFFE, U+FFFF): what
// the tree held before the text went beside it, JSON that parses where a
// stray control byte would fail both parsers.
std::string WithoutNonXmlChars(std::string_view text) {
  auto non_xml_at = [text](size_t i) -> size_t {  // its length, or 0
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x20) return b == '\t' || b == '\n' || b == '\r' ? 0 : 1;
    if (b == 0xEF && i + 2 < text.size() && text[i + 1] == '\xBF' &&
        (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
      return 3;
    }
    return 0;
  };
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;
  for (size_t i = 0; i < text.size();) {
    if (const size_t length = non_xml_at(i); length > 0) {
      out.append(text.substr(copied, i - copied));
      i += length;
      copied = i;
    } else {
      ++i;
    }
  }
  out.append(text.substr(copied));
  return out;
}

// The text of a JSON-LD <script>: beside the tree when the pre-filter put it
// there, else the element's own. An element with text of its own keeps it:
// only the pre-filter's emptied elements point beside the tree (a page's own
// newsift-ld attribute can survive on a tag the pre-filter keeps as written).
std::string JsonLdText(const xmlNode* script, std::span<const std::string_view> json_ld_scripts) {
  const std::string_view index_text = Attr(script, kJsonLdIndexAttribute);
  size_t index = 0;
  const auto [end, error] =
      std::from_chars(index_text.data(), index_text.data() + index_text.size(), index);
  if (script->children == nullptr && !index_text.empty() && error == std::errc() &&
      end == index_text.data() + index_text.size() && index < json_ld_scripts.size()) {
    return WithoutNonXmlChars(json_ld_scripts[index]);
  }
  std::string text;
  for (const xmlNode* c = script->children; c != nullptr; c = c->next) text += TextContent(c);
  return text;
}

void Collect(const xmlNode* node, bool in_body, std::span<const std::string_view> json_ld_scripts,
             ClassVerdictCache* classes, Signals* signals) {
  for (; node != nullptr; node = node->next) {
    if (!IsElement(node)) continue;
    std::string_view tag = TagName(node);
    if (tag == "meta") {
      std::string_view content = Attr(node, "content");
      if (content.empty()) content = Attr(node, "value");
      AddMeta(signals, Attr(node, "property"), content);
      AddMeta(signals, Attr(node, "name"), content);
      AddMeta(signals, Attr(node, "itemprop"), content);
      // Some frameworks render the page's JSON-LD into a meta tag
      // (<meta name="script:ld+json" content="{...}">) instead of a script.
      if (EqualsIgnoreAsciiCase(Attr(node, "name"), "script:ld+json") && !content.empty()) {
        signals->json_ld.emplace_back(content);
      }
      continue;
    }
    if (tag == "script") {
      if (ContainsIgnoreAsciiCase(Attr(node, "type"), "ld+json")) {
        signals->json_ld.push_back(JsonLdText(node, json_ld_scripts));
      }
      continue;
    }
    if (tag == "title" && signals->title_tag.empty() && !in_body) {
      signals->title_tag = VisibleTextOfTitle(node);
      continue;
    }
    if (tag == "html") signals->lang = std::string(Attr(node, "lang"));
    if (tag == "head") {
      Collect(node->children, false, json_ld_scripts, classes, signals);
      continue;
    }
    if (IsInvisibleTag(tag)) continue;
    if (tag == "body") in_body = true;
    if (in_body && signals->credit_lines.size() < kMaxCreditLines) CollectCreditLine(node, signals);
    if (tag == "h1" && signals->h1_nodes.size() < kMaxHeadings) {
      std::string text = VisibleText(node);
      if (!text.empty()) {
        if (signals->h1.empty()) signals->h1 = text;
        signals->h1_nodes.push_back(node);
        signals->h1_texts.push_back(std::move(text));
      }
    }
    if (tag == "time" && signals->time_values.size() < kMaxTimeElements) {
      std::string_view datetime = Attr(node, "datetime");
      if (!datetime.empty()) {
        signals->time_values.emplace_back(std::string(datetime), LooksModified(node, *classes));
      }
    }
    if (in_body) {
      const ClassVerdict& cls = classes->ForAttribute(Attr(node, "class"));
      std::string_view itemprop = Attr(node, "itemprop");
      std::string_view rel = Attr(node, "rel");
      bool byline = rel == "author" || itemprop == "author" || cls.byline_container;
      if (!byline && tag == "a" && signals->author_links.size() < kMaxAuthors &&
          HasAuthorPath(Attr(node, "href"), /*profiles=*/false)) {
        auto is_name = [](const xmlNode* n, const std::string& text) {
          return TagName(n) == "a" && HasAuthorPath(Attr(n, "href"), /*profiles=*/false) &&
                 text.size() <= kMaxBylineChars && IsCapitalisedFullName(text);
        };
        std::string text = VisibleText(node);
        size_t span = 0;
        // The later links of a joined run are met again and give shorter runs
        // ("Bo Ng, Cy Ro"): only the first entry that yields a name is read.
        if (is_name(node, text)) {
          std::string names = JoinSiblingNames(node, std::move(text), is_name, &span);
          if (!InProseOrBoilerplate(node, span, classes)) {
            signals->author_links.push_back(std::move(names));
          }
        }
      }
      if (byline && signals->bylines.size() < kMaxAuthors) {
        std::string text = VisibleText(node);
        if (!text.empty() && text.size() <= kMaxBylineChars) {
          signals->bylines.push_back(BylineText(node, *classes));
        } else {
          // A large author box: its name element.
          std::string name = BylineText(node, *classes);
          if (name.size() < text.size() && !name.empty() && name.size() <= kMaxBylineChars) {
            signals->bylines.push_back(std::move(name));
          }
        }
      }
      if (cls.date_container && signals->date_texts.size() < kMaxDateTexts) {
        std::string text = VisibleText(node);
        if (!text.empty() && text.size() <= kMaxDateTextChars) {
          signals->date_texts.push_back(std::move(text));
        }
      }
    }
    // Bylines and date lines are walked too: a <time> inside gives the
    // machine-readable date their printed text may lack ("12/19 - 2025").
    Collect(node->children, in_body, json_ld_scripts, classes, signals);
  }
}

// ---- JSON-LD ----
//
// Read with simdjson's DOM (a tape, few allocations). nlohmann reads what
// simdjson refuses (integers past 64 bits, a byte-order mark), and its
// re-serialisation goes through simdjson again, so both give one tree type.
// Lookups keep the last of two equal keys, as nlohmann does. A document
// nested deeper than simdjson's 1,024 levels is skipped (only a hostile page
// writes one).

using JsonElement = simdjson::dom::element;

std::optional<JsonElement> Find(JsonElement object, std::string_view key) {
  simdjson::dom::object fields;
  if (object.get_object().get(fields) != simdjson::SUCCESS) return std::nullopt;
  std::optional<JsonElement> found;
  for (simdjson::dom::key_value_pair field : fields) {
    if (field.key == key) found = field.value;
  }
  return found;
}

bool TypeMatches(JsonElement type, std::string_view needle) {
  if (std::string_view text; type.get_string().get(text) == simdjson::SUCCESS) {
    return text.find(needle) != std::string_view::npos;
  }
  if (simdjson::dom::array types; type.get_array().get(types) == simdjson::SUCCESS) {
    for (JsonElement t : types) {
      if (TypeMatches(t, needle)) return true;
    }
  }
  return false;
}

bool IsArticleTypeName(std::string_view name) {
  for (std::string_view t : {"Article", "BlogPosting", "Report"}) {
    if (name.find(t) != std::string_view::npos) return true;
  }
  return false;
}

// The article type a @type names ("NewsArticle", or the "Article" of
// ["WebPage", "Article"]).
std::string ArticleTypeName(JsonElement type) {
  std::string_view text;
  if (type.get_string().get(text) == simdjson::SUCCESS) {
    return IsArticleTypeName(text) ? std::string(text) : std::string();
  }
  if (simdjson::dom::array types; type.get_array().get(types) == simdjson::SUCCESS) {
    for (JsonElement t : types) {
      if (t.get_string().get(text) == simdjson::SUCCESS && IsArticleTypeName(text)) {
        return std::string(text);
      }
    }
  }
  return {};
}

bool IsArticleType(JsonElement object) {
  std::optional<JsonElement> type = Find(object, "@type");
  return type && !ArticleTypeName(*type).empty();
}

void Flatten(JsonElement value, std::vector<JsonElement>* out, int depth = 0) {
  constexpr int kMaxDepth = 4;
  if (depth > kMaxDepth) return;
  if (simdjson::dom::array items; value.get_array().get(items) == simdjson::SUCCESS) {
    for (JsonElement item : items) Flatten(item, out, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  out->push_back(value);
  if (std::optional<JsonElement> graph = Find(value, "@graph")) Flatten(*graph, out, depth + 1);
  std::optional<JsonElement> main_entity = Find(value, "mainEntity");
  if (main_entity && main_entity->is_object()) Flatten(*main_entity, out, depth + 1);
}

std::string FoldedString(std::string_view text) { return Folded(DecodeEntities(text)); }

std::string StringOf(JsonElement object, std::string_view key) {
  std::optional<JsonElement> value = Find(object, key);
  if (!value) return {};
  if (std::string_view text; value->get_string().get(text) == simdjson::SUCCESS) {
    return FoldedString(text);
  }
  if (int64_t number; value->get_int64().get(number) == simdjson::SUCCESS) {
    return std::to_string(number);
  }
  if (uint64_t number; value->get_uint64().get(number) == simdjson::SUCCESS) {
    return std::to_string(static_cast<long long>(number));  // as nlohmann's get<long long>
  }
  if (simdjson::dom::array items; value->get_array().get(items) == simdjson::SUCCESS) {
    std::string_view first;
    if (items.size() > 0 && items.at(0).get_string().get(first) == simdjson::SUCCESS) {
      return FoldedString(first);
    }
    return {};
  }
  if (value->is_object()) return StringOf(*value, "name");
  return {};
}

struct JsonLd {
  std::string headline, description, body, section, publisher, published, modified;
  std::vector<std::string> persons, organisations, breadcrumbs;
  std::string website_name;
  // The page's declared types: the article's, a listing page's (empty when none).
  std::string article_type, listing_type;
};

void AddJsonLdAuthor(JsonElement author, JsonLd* out) {
  if (simdjson::dom::array authors; author.get_array().get(authors) == simdjson::SUCCESS) {
    for (JsonElement a : authors) AddJsonLdAuthor(a, out);
    return;
  }
  if (std::string_view text; author.get_string().get(text) == simdjson::SUCCESS) {
    out->persons.push_back(FoldedString(text));
    return;
  }
  if (!author.is_object()) return;
  std::string name = StringOf(author, "name");
  if (name.empty()) return;
  std::optional<JsonElement> type = Find(author, "@type");
  if (type && TypeMatches(*type, "Organization")) {
    out->organisations.push_back(std::move(name));
  } else {
    out->persons.push_back(std::move(name));
  }
}

// The root of one script, parsed by *parser (which keeps the tree); nullopt
// when it is not JSON.
std::optional<JsonElement> ParseJsonLdScript(std::string_view script,
                                             simdjson::dom::parser* parser) {
  JsonElement root;
  const simdjson::error_code error = parser->parse(script.data(), script.size()).get(root);
  if (error == simdjson::SUCCESS) return root;
  // Too deep for simdjson: nlohmann would read it, but its re-serialisation
  // recurses once per level.
  if (error == simdjson::DEPTH_ERROR) return std::nullopt;
  const nlohmann::json lenient = nlohmann::json::parse(script, nullptr, /*allow_exceptions=*/false);
  if (lenient.is_discarded()) return std::nullopt;
  const std::string again = lenient.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (parser->parse(again).get(root) == simdjson::SUCCESS) return root;
  return std::nullopt;
}

JsonLd ParseJsonLd(const std::vector<std::string>& scripts) {
  JsonLd out;
  std::deque<simdjson::dom::parser> parsers;  // one per script: each keeps its tree
  std::vector<JsonElement> objects;
  for (const std::string& script : scripts) {
    std::optional<JsonElement> root = ParseJsonLdScript(script, &parsers.emplace_back());
    if (root) Flatten(*root, &objects);
  }
  std::optional<JsonElement> article;
  for (JsonElement object : objects) {
    if (!IsArticleType(object)) continue;
    // Prefer the object with a body or headline: pages list related articles too.
    if (!article || (!Find(*article, "articleBody") && Find(object, "articleBody"))) {
      article = object;
    }
  }
  for (JsonElement object : objects) {
    std::optional<JsonElement> type = Find(object, "@type");
    if (!type) continue;
    for (std::string_view listing : {"CollectionPage", "SearchResultsPage"}) {
      if (out.listing_type.empty() && TypeMatches(*type, listing)) out.listing_type = listing;
    }
    if (TypeMatches(*type, "BreadcrumbList") && out.breadcrumbs.empty()) {
      std::optional<JsonElement> list = Find(object, "itemListElement");
      simdjson::dom::array items;
      if (list && list->get_array().get(items) == simdjson::SUCCESS) {
        for (JsonElement item : items) {
          if (!item.is_object()) continue;
          std::string name = StringOf(item, "name");
          if (std::optional<JsonElement> inner = Find(item, "item");
              name.empty() && inner && inner->is_object()) {
            name = StringOf(*inner, "name");
          }
          if (!name.empty()) out.breadcrumbs.push_back(std::move(name));
        }
      }
    } else if (TypeMatches(*type, "WebSite") && out.website_name.empty()) {
      out.website_name = StringOf(object, "name");
    } else if (!article && TypeMatches(*type, "WebPage")) {
      if (out.published.empty()) out.published = StringOf(object, "datePublished");
      if (out.modified.empty()) out.modified = StringOf(object, "dateModified");
    }
  }
  if (!article) return out;
  const JsonElement a = *article;
  if (std::optional<JsonElement> type = Find(a, "@type")) out.article_type = ArticleTypeName(*type);
  out.headline = StringOf(a, "headline");
  if (out.headline.empty()) out.headline = StringOf(a, "name");
  out.description = StringOf(a, "description");
  out.section = StringOf(a, "articleSection");
  out.published = StringOf(a, "datePublished");
  out.modified = StringOf(a, "dateModified");
  if (Find(a, "publisher")) out.publisher = StringOf(a, "publisher");
  if (std::optional<JsonElement> author = Find(a, "author")) AddJsonLdAuthor(*author, &out);
  std::string_view body;
  if (std::optional<JsonElement> value = Find(a, "articleBody");
      value && value->get_string().get(body) == simdjson::SUCCESS) {
    out.body = std::string(body);
  }
  return out;
}

// ---- Authors ----

// The names in a "Written by" label/value meta pair, or null.
const std::string* WriterFromLabelPairs(const Signals& signals) {
  for (int i = 1; i <= kMaxMetaLabelPairs; ++i) {
    std::string index = std::to_string(i);
    auto label = signals.meta.find(std::string(kMetaLabelPrefix) + index);
    if (label == signals.meta.end()) break;
    std::string lower = ToLowerAscii(TrimAscii(label->second));
    if (std::find(kWriterMetaLabels.begin(), kWriterMetaLabels.end(), lower) ==
        kWriterMetaLabels.end()) {
      continue;
    }
    auto data = signals.meta.find(std::string(kMetaDataPrefix) + index);
    if (data != signals.meta.end() && !data->second.empty()) return &data->second;
  }
  return nullptr;
}

// ---- Dates ----

// A date line or a date with a few words ("Posted on Jun 3, 2017", "By Ann
// Lee - 2019-03-14", "Posted: Tue 9:10 AM, Jan 7, 2020"), not a caption's or
// a teaser's sentence: at most this many words outside its dates.
constexpr size_t kMaxDateLabelWords = 6;

bool IsPrintedDate(std::string_view text, const std::vector<DateMention>& mentions) {
  if (IsDateLine(text) || WordTokens(text).size() <= kMaxDateLabelWords) return true;
  return !mentions.empty() && WordsOutsideDates(text, mentions).size() <= kMaxDateLabelWords;
}

// The dates of zone[i], a text printed after the headline. A modification
// label in its own element right before it ("<span>Updated on</span> May 2,
// 2025") marks its first date modified. Only a date printed on its own is
// the publisher's date beside the headline: a photo caption's is the photo's,
// and a sentence's (the zone's short texts may be pieces of a paragraph cut
// by its links) is what the article tells.
void AddZoneTextDates(const std::vector<std::string>& zone, size_t i, NumericDateOrder order,
                      std::vector<DateCandidate>* out) {
  if (zone[i].size() > kMaxDateTextChars) return;
  const std::vector<DateMention> mentions = FindDatesInText(zone[i], order);
  if (mentions.empty() || !IsPrintedDate(zone[i], mentions)) return;
  constexpr size_t kMaxLabelWords = 4;
  bool labelled_update = i > 0 && zone[i - 1].size() <= kMaxDateTextChars &&
                         WordTokens(zone[i - 1]).size() <= kMaxLabelWords &&
                         EndsWithModifiedLabel(zone[i - 1]);
  for (const DateMention& m : mentions) {
    DateCandidate c{m.date, DateSource::kText, m.is_modified || labelled_update};
    c.beside_headline = true;
    out->push_back(c);
    labelled_update = false;
  }
}

void AddDate(std::string_view text, DateSource source, bool modified, NumericDateOrder order,
             std::vector<DateCandidate>* out) {
  if (text.empty()) return;
  std::optional<ParsedDate> date = ParseDate(TrimAscii(text), order);
  if (!date && text.size() <= kMaxDateTextChars) {
    // Odd mixtures ("Oct 01, 2025T10:00:00+03:00"): the first date in it.
    std::vector<DateMention> mentions = FindDatesInText(text, order);
    if (!mentions.empty()) date = mentions.front().date;
  }
  if (!date) return;
  out->push_back({*date, source, modified});
}

const std::string* Meta(const Signals& signals, std::span<const std::string_view> names) {
  for (std::string_view name : names) {
    auto it = signals.meta.find(std::string(name));
    if (it != signals.meta.end() && !it->second.empty()) return &it->second;
  }
  return nullptr;
}

void Explain(bool explain, Article* article, std::string_view text, Label label,
             std::string reason) {
  if (!explain || text.empty()) return;
  article->explain.push_back({Shorten(text, kExplainTextChars), label, std::move(reason)});
}

// ---- Title ----

// Lowercase words of a title for agreement tests: runs of ASCII letters and
// digits or of non-ASCII bytes (so accented words stay whole).
std::vector<std::string> TitleWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// How many words two sorted, unique word lists share.
size_t SharedWords(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return shared;
}

// Shared words over the larger word count: 1 for the same words.
double Agreement(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  return static_cast<double>(SharedWords(a, b)) / static_cast<double>(std::max(a.size(), b.size()));
}

// A declared title and its parts around separators ("Headline | Site"), each
// a possible wording of the headline.
void AddTitleVariants(std::string_view title, std::vector<std::string>* out) {
  if (title.empty()) return;
  out->emplace_back(title);
  for (std::string_view sep : kTitleSeparators) {
    size_t first = title.find(sep);
    if (first == std::string_view::npos || first == 0) continue;
    size_t last = title.rfind(sep);
    out->emplace_back(TrimAscii(title.substr(0, last)));
    out->emplace_back(TrimAscii(title.substr(0, first)));
    out->emplace_back(TrimAscii(title.substr(first + sep.size())));
  }
}

// The visible headline: the <h1> that agrees best with the declared titles.
// Returns its index in signals.h1_texts, or -1 when none agrees enough.
// The brand part of a declared title: its last segment after a separator
// when shorter than the rest ("Headline | Site"), normalised.
void AddBrandSegments(std::string_view title, std::vector<std::string>* out) {
  for (std::string_view sep : kTitleSeparators) {
    size_t last = title.rfind(sep);
    if (last == std::string_view::npos || last == 0) continue;
    std::string_view tail = title.substr(last + sep.size());
    if (tail.size() < last) out->push_back(NormalizeForCompare(tail));
    return;
  }
}

// "Dec 18 2025 Headline", "Headline Posted on May 2 by Ann": a heading that
// printed the dateline or byline with the headline. Returns the declared
// title the heading contains when the rest is such matter, else null.
const std::string* DeclaredInsideHeading(std::string_view heading,
                                         const std::vector<std::string>& declared) {
  std::string heading_norm = NormalizeForCompare(heading);
  for (const std::string& d : declared) {
    std::string norm = NormalizeForCompare(d);
    if (norm.size() < kMinHeadlineChars || norm.size() >= heading_norm.size()) continue;
    size_t at = heading_norm.find(norm);
    if (at == std::string::npos) continue;
    std::string rest = heading_norm.substr(0, at) + " " + heading_norm.substr(at + norm.size());
    std::string_view rest_view = TrimAscii(rest);
    bool byline_matter = StartsWithAny(rest_view, kHeadingBylineWords);
    if (byline_matter || !FindDatesInText(rest_view, NumericDateOrder::kEither).empty()) return &d;
  }
  return nullptr;
}

int ChooseHeading(const Signals& signals, const std::vector<std::string>& declared,
                  const std::vector<std::string>& brands) {
  std::vector<std::vector<std::string>> declared_words;
  declared_words.reserve(declared.size());
  for (const std::string& d : declared) declared_words.push_back(TitleWords(d));
  int best = -1;
  double best_score = -1;
  for (size_t i = 0; i < signals.h1_texts.size(); ++i) {
    const std::string& h1 = signals.h1_texts[i];
    if (h1.size() > kMaxTitleChars) continue;
    std::vector<std::string> words = TitleWords(h1);
    if (words.empty()) continue;
    // A heading that is the site's name (logos are often an <h1>).
    std::string norm = NormalizeForCompare(h1);
    if (std::find(brands.begin(), brands.end(), norm) != brands.end()) continue;
    double score = 0;
    for (const auto& d : declared_words) score = std::max(score, Agreement(words, d));
    if (score > best_score) {
      best = static_cast<int>(i);
      best_score = score;
    }
  }
  if (best < 0) return -1;
  // With no declared title to compare, the first heading is the best guess.
  if (declared.empty() || best_score >= kMinHeadingAgreement) return best;
  return -1;
}

// ---- Header zone (texts around the headline) ----

bool SkipSubtree(const xmlNode* node) { return IsElement(node) && IsInvisibleTag(TagName(node)); }

// The next node in document order after node's subtree.
const xmlNode* NextAfterSubtree(const xmlNode* node) {
  while (node != nullptr && node->next == nullptr) node = node->parent;
  return node == nullptr ? nullptr : node->next;
}

const xmlNode* NextInOrder(const xmlNode* node) {
  if (IsElement(node) && !SkipSubtree(node) && node->children != nullptr) return node->children;
  return NextAfterSubtree(node);
}

// The previous node in document order (deepest last descendant of the
// previous sibling, else the parent).
const xmlNode* PrevInOrder(const xmlNode* node) {
  if (node->prev == nullptr) {
    const xmlNode* parent = node->parent;
    return parent != nullptr && IsElement(parent) ? parent : nullptr;
  }
  const xmlNode* n = node->prev;
  while (IsElement(n) && !SkipSubtree(n) && n->last != nullptr) n = n->last;
  return n;
}

std::string ZoneText(const xmlNode* node) {
  std::string text;
  AppendFolded(TextContent(node), &text);
  TrimTrailingSpace(&text);
  if (!text.empty() && text.front() == ' ') text.erase(0, 1);
  return text;
}

// The header zone: short texts after the headline (until the body starts)
// and a few before it, and the <time> elements among them.
struct HeaderZone {
  std::vector<std::string> texts;  // those after the headline first
  size_t after = 0;                // how many texts come from after it
  // When a standfirst follows the headline at once: the short texts after
  // it. For dates only: a "By" that far down may be a teaser's.
  std::vector<std::string> past_standfirst;
  std::vector<std::pair<std::string, bool>> times;  // datetime, looks modified
};

void AddZoneTime(const xmlNode* node, const ClassVerdictCache& classes, HeaderZone* zone) {
  if (!IsElement(node) || TagName(node) != "time" || InFigureCaption(node)) return;
  std::string_view datetime = Attr(node, "datetime");
  if (!datetime.empty())
    zone->times.emplace_back(std::string(datetime), LooksModified(node, classes));
}

HeaderZone FindHeaderZone(const xmlNode* heading, const ClassVerdictCache& classes) {
  HeaderZone zone;
  size_t taken = 0;
  size_t long_texts = 0;  // of the standfirst
  for (const xmlNode* n = NextAfterSubtree(heading); n != nullptr && taken < kZoneMaxTextsAfter;
       n = NextInOrder(n)) {
    // Past a standfirst, a <time> may as well be a related card's.
    if (long_texts == 0) AddZoneTime(n, classes, &zone);
    if (!IsText(n) || (n->parent != nullptr && SkipSubtree(n->parent)) || InTopicLink(n) ||
        InFigureCaption(n)) {
      continue;
    }
    std::string text = ZoneText(n);
    if (text.empty()) continue;
    if (text.size() > kZoneBodyTextChars) {
      bool standfirst = zone.texts.empty() && zone.past_standfirst.empty();
      if (!standfirst || ++long_texts > kStandfirstMaxTexts) break;
      continue;
    }
    if (long_texts == 0) {
      zone.texts.push_back(std::move(text));
    } else if (zone.past_standfirst.size() < kPastStandfirstMaxTexts) {
      zone.past_standfirst.push_back(std::move(text));
    } else {
      break;
    }
    ++taken;
  }
  zone.after = zone.texts.size();
  taken = 0;
  std::vector<std::string> before;
  for (const xmlNode* n = PrevInOrder(heading); n != nullptr && taken < kZoneMaxTextsBefore;
       n = PrevInOrder(n)) {
    AddZoneTime(n, classes, &zone);
    if (!IsText(n) || (n->parent != nullptr && SkipSubtree(n->parent)) || InTopicLink(n) ||
        InFigureCaption(n)) {
      continue;
    }
    std::string text = ZoneText(n);
    if (text.empty()) continue;
    if (text.size() > kZoneBodyTextChars) break;
    ++taken;
    before.push_back(std::move(text));
  }
  // Texts before the headline go last: the ones after it are likelier.
  for (std::string& text : before) zone.texts.push_back(std::move(text));
  return zone;
}

// Whether node sits in a list item, a menu or a link (other than a heading's
// link to its own page): where a "latest" or "most read" list repeats the
// page's own headline.
bool InLinkOrList(const xmlNode* node) {
  for (const xmlNode* p = node->parent; p != nullptr && IsElement(p); p = p->parent) {
    std::string_view tag = TagName(p);
    if (tag == "li" || tag == "nav") return true;
    if (tag == "a" && (p->parent == nullptr || !IsHeadingTag(TagName(p->parent)))) return true;
    if (tag == "body") break;
  }
  return false;
}

// Where a page without a visible <h1> prints its headline (an <h2>, a styled
// <p>, an <h1> libxml2 emptied by closing it before a nested <p>): the
// element of the first visible text that reads as the title. Null if none.
const xmlNode* FindTitleElement(const xmlNode* root, std::string_view title) {
  if (root == nullptr || title.size() < kMinHeadlineChars) return nullptr;
  const std::string title_norm = NormalizeForCompare(title);
  constexpr size_t kSlack = 8;  // bytes of quotes, dashes and spaces the texts may differ by
  for (const xmlNode* n = root; n != nullptr; n = NextInOrder(n)) {
    if (!IsText(n) || n->parent == nullptr || SkipSubtree(n->parent)) continue;
    std::string_view raw = TrimAscii(TextContent(n));
    if (raw.size() + kSlack < title.size() || raw.size() > title.size() + kSlack) continue;
    if (NormalizeForCompare(raw) == title_norm && !InLinkOrList(n)) return n->parent;
  }
  return nullptr;
}

// A page whose headline rewords its declared title: the <h2>-<h4> outside
// links and lists that agrees best with the title (the first among equals),
// when one agrees by half its words. Null if none.
const xmlNode* FindAgreeingHeading(const xmlNode* root, std::string_view title) {
  if (root == nullptr || title.size() < kMinHeadlineChars) return nullptr;
  std::vector<std::string> title_words = TitleWords(title);
  const xmlNode* best = nullptr;
  double best_agreement = kMinHeadingAgreement;
  for (const xmlNode* n = root; n != nullptr; n = NextInOrder(n)) {
    if (!IsElement(n) || SkipSubtree(n)) continue;
    std::string_view tag = TagName(n);
    if (tag != "h2" && tag != "h3" && tag != "h4") continue;
    std::string text = VisibleText(n, kMaxTitleChars + 1);
    if (text.size() > kMaxTitleChars || InLinkOrList(n)) continue;
    const std::vector<std::string> heading_words = TitleWords(text);
    double agreement = Agreement(heading_words, title_words);
    // The declared title may be the headline cut short: every word of it in
    // a heading at most kMaxCutTitleRatio times longer agrees as much as
    // half the words.
    if (title_words.size() >= kMinContainedTitleWords &&
        heading_words.size() <= kMaxCutTitleRatio * title_words.size() &&
        SharedWords(heading_words, title_words) == title_words.size()) {
      agreement = std::max(agreement, kMinHeadingAgreement);
    }
    if (agreement > best_agreement || (best == nullptr && agreement >= best_agreement)) {
      best = n;
      best_agreement = agreement;
    }
  }
  return best;
}

// "Headline – Site": a heading that ends with a brand separator and the
// site's own name carries the brand as a <title> does. Only the declared
// name counts, whole: "Season review – Streamflix" keeps its tail.
void StripSiteTail(std::span<const std::string> site_names, std::string* heading) {
  for (std::string_view sep : kBrandSeparators) {
    size_t last = heading->rfind(sep);
    if (last == std::string::npos || last < kMinHeadlineChars) continue;
    std::string tail = NormalizeForCompare(std::string_view(*heading).substr(last + sep.size()));
    if (tail.empty()) continue;
    if (std::find(site_names.begin(), site_names.end(), tail) != site_names.end()) {
      heading->resize(last);
      return;
    }
  }
}

}  // namespace

std::string CleanTitle(std::string_view title, std::string_view site,
                       const std::vector<std::string_view>& other_titles) {
  std::string site_norm = NormalizeForCompare(site);
  auto matches_other = [&](std::string_view part) {
    std::string norm = NormalizeForCompare(part);
    if (norm.empty()) return false;
    for (std::string_view other : other_titles) {
      if (NormalizeForCompare(other) == norm) return true;
    }
    return false;
  };
  auto is_site = [&](std::string_view part) {
    std::string norm = NormalizeForCompare(part);
    if (norm.empty() || site_norm.empty()) return false;
    return norm == site_norm || norm.find(site_norm) != std::string::npos ||
           site_norm.find(norm) != std::string::npos;
  };
  // "example.com Headline": a blog's domain printed before the headline,
  // with no separator, when no other wording of the title starts with it (a
  // company named for its domain writes "Example.com opens an office" in its
  // <h1> too). The rest is then cleaned like any title.
  if (site.find('.') != std::string_view::npos && site.find(' ') == std::string_view::npos &&
      title.size() > site.size() + 1 && title[site.size()] == ' ' &&
      EqualsIgnoreAsciiCase(title.substr(0, site.size()), site)) {
    const std::string title_norm = NormalizeForCompare(title);
    const bool other_starts_so =
        std::any_of(other_titles.begin(), other_titles.end(), [&](std::string_view other) {
          return StartsWithIgnoreAsciiCase(TrimAscii(other), site) &&
                 NormalizeForCompare(other) != title_norm;
        });
    std::string_view rest = TrimAscii(title.substr(site.size() + 1));
    if (!other_starts_so && !rest.empty()) title = rest;
  }
  for (std::string_view sep : kTitleSeparators) {
    size_t last = title.rfind(sep);
    if (last != std::string_view::npos && last > 0) {
      std::string_view head = title.substr(0, last);
      std::string_view tail = title.substr(last + sep.size());
      if (is_site(tail) || matches_other(head)) return Folded(head);
      // "Headline | Section | Site": the first part matches another source.
      size_t first = title.find(sep);
      if (first != last && matches_other(title.substr(0, first))) {
        return Folded(title.substr(0, first));
      }
    }
    size_t first = title.find(sep);
    if (first != std::string_view::npos && first > 0) {
      std::string_view head = title.substr(0, first);
      std::string_view tail = title.substr(first + sep.size());
      if (is_site(head) || matches_other(tail)) return Folded(tail);
    }
  }
  // "A long headline here | Short Brand": a short last segment after a
  // brand separator is the site's name even when it is spelt unlike the
  // declared site name (an abbreviation, a product line).
  for (std::string_view sep : kBrandSeparators) {
    size_t last = title.rfind(sep);
    if (last == std::string_view::npos || last == 0) continue;
    std::string_view head = TrimAscii(title.substr(0, last));
    size_t tail_words = WordTokens(title.substr(last + sep.size())).size();
    size_t head_words = WordTokens(head).size();
    if (tail_words > 0 && tail_words <= kMaxBrandTailWords && head_words >= kMinHeadlineWords &&
        head_words >= kBrandHeadRatio * tail_words) {
      return Folded(head);
    }
    break;
  }
  return Folded(title);
}

std::string VisibleTextOfTitle(const xmlNode* node) {
  std::string text;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (IsText(c)) AppendFolded(TextContent(c), &text);
  }
  TrimTrailingSpace(&text);
  return text;
}

MetadataResult ExtractMetadata(const xmlDoc* doc, std::span<const std::string_view> json_ld_scripts,
                               NumericDateOrder date_order, bool explain,
                               ClassVerdictCache* classes, Article* article) {
  MetadataResult result;
  Signals signals;
  Collect(xmlDocGetRootElement(const_cast<xmlDoc*>(doc)), false, json_ld_scripts, classes,
          &signals);
  JsonLd ld = ParseJsonLd(signals.json_ld);
  result.h1 = signals.h1;
  result.declared_language = signals.lang;
  result.json_ld_body = DecodeEntities(ld.body);
  result.declared_article = ld.article_type;
  if (auto og_type = signals.meta.find("og:type");
      result.declared_article.empty() && og_type != signals.meta.end() &&
      EqualsIgnoreAsciiCase(TrimAscii(og_type->second), "article")) {
    result.declared_article = "og:type article";
  }
  result.declared_listing = ld.listing_type;

  // Site.
  if (const std::string* site = Meta(signals, SiteMetaNames()); site != nullptr) {
    article->site = *site;
  } else if (!ld.publisher.empty()) {
    article->site = ld.publisher;
  } else if (!ld.website_name.empty()) {
    article->site = ld.website_name;
  }

  // Title: the visible headline when it agrees with a declared title (the
  // declared ones often carry SEO wording or the site name); else the
  // declared title without the site part.
  const std::string* og_title = Meta(signals, TitleMetaNames());
  std::vector<std::string> declared;
  if (og_title != nullptr) AddTitleVariants(*og_title, &declared);
  AddTitleVariants(ld.headline, &declared);
  AddTitleVariants(signals.title_tag, &declared);
  std::vector<std::string> brands;
  if (!article->site.empty()) brands.push_back(NormalizeForCompare(article->site));
  if (!ld.website_name.empty()) brands.push_back(NormalizeForCompare(ld.website_name));
  if (!article->domain.empty()) brands.push_back(NormalizeForCompare(article->domain));
  if (og_title != nullptr) AddBrandSegments(*og_title, &brands);
  AddBrandSegments(signals.title_tag, &brands);
  int heading = ChooseHeading(signals, declared, brands);
  std::string site_for_title = article->site.empty() ? article->domain : article->site;
  if (heading >= 0) {
    article->title = signals.h1_texts[static_cast<size_t>(heading)];
    // "Headline | Section": a pipe in a heading separates labels, not words.
    if (size_t pipe = article->title.find(kHeadingLabelSeparator);
        pipe != std::string::npos && pipe >= kMinHeadlineChars) {
      article->title.resize(pipe);
    }
    std::vector<std::string> site_names;
    for (std::string_view name :
         {std::string_view(article->site), std::string_view(ld.website_name)}) {
      if (std::string norm = NormalizeForCompare(name); !norm.empty()) site_names.push_back(norm);
    }
    StripSiteTail(site_names, &article->title);
    // An all-capitals heading is usually styled text: keep the declared
    // case, from the declared wording that agrees best with it.
    if (!HasLowercaseLetter(article->title)) {
      std::vector<std::string> heading_words = TitleWords(article->title);
      const std::string* best = nullptr;
      double best_agreement = kMinHeadingAgreement;
      for (const std::string& d : declared) {
        if (EqualsIgnoreAsciiCase(d, article->title)) {
          best = &d;
          break;
        }
        double agreement = Agreement(heading_words, TitleWords(d));
        if (HasLowercaseLetter(d) && agreement > best_agreement) {
          best = &d;
          best_agreement = agreement;
        }
      }
      if (best != nullptr) article->title = *best;
    } else if (const std::string* inner = DeclaredInsideHeading(article->title, declared)) {
      article->title = *inner;
    }
    // The heading's curly quotes where a declared title has the same words
    // with straight ones: the declared typography, as for capitals.
    if (std::string straight = WithStraightQuotes(article->title);
        straight != article->title &&
        std::find(declared.begin(), declared.end(), straight) != declared.end()) {
      article->title = std::move(straight);
    }
  } else {
    // No heading agrees with the declared titles: trust the declared ones.
    std::string raw_title;
    if (og_title != nullptr) {
      raw_title = *og_title;
    } else if (!ld.headline.empty()) {
      raw_title = ld.headline;
    } else if (!signals.title_tag.empty()) {
      raw_title = signals.title_tag;
    } else {
      raw_title = signals.h1;
    }
    // The other wordings confirm which part of the title is the headline; an
    // <h1> that is the site's logo would confirm the brand part instead.
    std::vector<std::string_view> others;
    auto add_other = [&](std::string_view other) {
      if (std::find(brands.begin(), brands.end(), NormalizeForCompare(other)) == brands.end()) {
        others.push_back(other);
      }
    };
    add_other(signals.h1);
    add_other(ld.headline);
    if (og_title != nullptr) add_other(*og_title);
    if (raw_title != signals.title_tag) add_other(signals.title_tag);
    article->title = CleanTitle(raw_title, site_for_title, others);
  }
  Explain(explain, article, article->title, Label::kTitle,
          heading >= 0 ? "page headline (h1 agreeing with og:title/headline/title)"
                       : "page title (og:title/headline/h1)");
  const xmlNode* heading_node = nullptr;
  if (heading >= 0) {
    heading_node = signals.h1_nodes[static_cast<size_t>(heading)];
  } else if (!signals.h1_nodes.empty()) {
    heading_node = signals.h1_nodes.front();
  } else {
    const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(doc));
    heading_node = FindTitleElement(root, article->title);
    if (heading_node == nullptr) heading_node = FindAgreeingHeading(root, article->title);
  }
  HeaderZone header_zone;
  if (heading_node != nullptr) header_zone = FindHeaderZone(heading_node, *classes);
  const std::vector<std::string>& zone = header_zone.texts;
  const size_t zone_after = header_zone.after;

  // Description.
  if (const std::string* d = Meta(signals, DescriptionMetaNames()); d != nullptr) {
    article->description = *d;
  } else {
    article->description = ld.description;
  }

  // Section.
  if (const std::string* s = Meta(signals, SectionMetaNames()); s != nullptr) {
    article->section = *s;
  } else if (!ld.section.empty()) {
    article->section = ld.section;
  } else if (ld.breadcrumbs.size() >= 2) {
    std::string title_norm = NormalizeForCompare(article->title);
    for (auto it = ld.breadcrumbs.rbegin(); it != ld.breadcrumbs.rend(); ++it) {
      std::string norm = NormalizeForCompare(*it);
      if (norm == title_norm || norm == "home" || it + 1 == ld.breadcrumbs.rend()) continue;
      article->section = *it;
      break;
    }
  }

  // Authors: JSON-LD persons, then meta, then bylines; organisations last.
  std::string_view site = article->site;
  std::vector<std::string> authors;
  for (const std::string& person : ld.persons) {
    for (std::string& name : SplitByline(person, site, SiteCredit::kReject, article->domain)) {
      AddUniqueName(&authors, std::move(name));
    }
  }
  // Writer credits declared in the head (meta author tags, SEO label pairs).
  std::vector<std::string_view> declared_authors;
  for (std::string_view name : AuthorMetaNames()) {
    auto it = signals.meta.find(std::string(name));
    if (it != signals.meta.end()) declared_authors.push_back(it->second);
  }
  if (const std::string* written_by = WriterFromLabelPairs(signals); written_by != nullptr) {
    declared_authors.push_back(*written_by);
  }
  // The names of the first byline of a source that yields any, when no
  // source before it did.
  auto take_first_byline = [&](const auto& bylines) {
    if (!authors.empty()) return;
    for (std::string_view byline : bylines) {
      for (std::string& n : SplitByline(byline, site, SiteCredit::kReject, article->domain)) {
        AddUniqueName(&authors, std::move(n));
      }
      if (!authors.empty()) return;
    }
  };
  take_first_byline(declared_authors);
  std::vector<std::string> zone_bylines;
  for (FoundByline& found : FindBylines(zone, zone_after, signals.lang)) {
    zone_bylines.push_back(std::move(found.text));
  }
  take_first_byline(zone_bylines);
  take_first_byline(signals.bylines);
  take_first_byline(signals.credit_lines);
  // A link to an author's page outside any byline ("Posted by <a>...</a>"
  // in an article's footer): the first one outside menus and prose.
  take_first_byline(signals.author_links);
  // No other name: a declared author that is the site's own name (company
  // blogs, personal sites) is still what the page credits.
  if (authors.empty()) {
    for (const std::string& person : ld.persons) {
      for (std::string& n : SplitByline(person, site, SiteCredit::kKeep)) {
        AddUniqueName(&authors, std::move(n));
      }
    }
  }
  if (authors.empty()) {
    for (std::string_view declared_author : declared_authors) {
      for (std::string& n : SplitByline(declared_author, site, SiteCredit::kKeep)) {
        AddUniqueName(&authors, std::move(n));
      }
      if (!authors.empty()) break;
    }
  }
  if (authors.empty()) {
    for (const std::string& byline : signals.bylines) {
      for (std::string& n : SplitByline(byline, site, SiteCredit::kKeep)) {
        AddUniqueName(&authors, std::move(n));
      }
      if (!authors.empty()) break;
    }
  }
  // No person named: an organisation the page declares as the author (often
  // the publisher itself) is still what the page credits.
  if (authors.empty()) {
    for (const std::string& org : ld.organisations) {
      // One name, "&" and "and" included ("Ridge & Sons"), when it reads as
      // a credit at all.
      if (!SplitByline(org, "").empty()) AddUniqueName(&authors, CollapseWhitespace(org));
    }
  }
  if (authors.size() > kMaxAuthors) authors.resize(kMaxAuthors);
  article->authors = std::move(authors);
  for (const std::string& a : article->authors) {
    Explain(explain, article, a, Label::kByline, "author");
  }

  // Dates.
  std::vector<DateCandidate> dates;
  AddDate(ld.published, DateSource::kJsonLd, false, date_order, &dates);
  AddDate(ld.modified, DateSource::kJsonLd, true, date_order, &dates);
  for (std::string_view name : PublishedMetaNames()) {
    auto it = signals.meta.find(std::string(name));
    if (it != signals.meta.end()) AddDate(it->second, DateSource::kMeta, false, date_order, &dates);
  }
  for (std::string_view name : ModifiedMetaNames()) {
    auto it = signals.meta.find(std::string(name));
    if (it != signals.meta.end()) AddDate(it->second, DateSource::kMeta, true, date_order, &dates);
  }
  for (const std::string& value : signals.other_published) {
    AddDate(value, DateSource::kMeta, false, date_order, &dates);
  }
  for (const std::string& value : signals.other_modified) {
    AddDate(value, DateSource::kMeta, true, date_order, &dates);
  }
  // Visible dates: the header zone first (its <time> elements, then its
  // texts); <time> and dated elements elsewhere only when the zone has none
  // (they are often lists of other articles).
  size_t before_zone = dates.size();
  for (const auto& [value, modified] : header_zone.times) {
    AddDate(value, DateSource::kTimeElement, modified, date_order, &dates);
  }
  for (size_t i = before_zone; i < dates.size(); ++i) dates[i].beside_headline = true;
  // Dates after the headline first; those before it only when there are
  // none; those past a standfirst only when neither place has one.
  auto add_text_dates = [&](const std::string& text, bool printed_only = false) {
    if (text.size() > kMaxDateTextChars) return;
    const std::vector<DateMention> mentions = FindDatesInText(text, date_order);
    if (printed_only && !IsPrintedDate(text, mentions)) return;
    for (const DateMention& m : mentions) {
      dates.push_back({m.date, DateSource::kText, m.is_modified});
    }
  };
  for (size_t i = 0; i < zone_after; ++i) {
    AddZoneTextDates(zone, i, date_order, &dates);
  }
  if (dates.size() == before_zone) {
    for (size_t i = zone_after; i < zone.size(); ++i) add_text_dates(zone[i]);
  }
  if (dates.size() == before_zone) {
    for (const std::string& text : header_zone.past_standfirst) {
      add_text_dates(text, /*printed_only=*/true);
    }
  }
  if (dates.size() == before_zone) {
    for (const auto& [value, modified] : signals.time_values) {
      AddDate(value, DateSource::kTimeElement, modified, date_order, &dates);
    }
    for (const std::string& text : signals.date_texts) {
      for (const DateMention& m : FindDatesInText(text, date_order)) {
        dates.push_back({m.date, DateSource::kText, m.is_modified});
      }
    }
  }
  // Still none: a writer's credit after the article (one that names
  // someone: "Written by hand in 1887" is no credit) may be dated, in its
  // own text or in the element printed beside it.
  if (dates.size() == before_zone) {
    for (size_t i = 0; i < signals.credit_lines.size(); ++i) {
      if (SplitByline(signals.credit_lines[i], site).empty()) continue;
      add_text_dates(signals.credit_lines[i]);
      add_text_dates(signals.credit_neighbours[i]);
    }
  }
  if (std::optional<ParsedDate> url_date = DateFromUrl(article->url)) {
    dates.push_back({*url_date, DateSource::kUrl, false});
  }
  ChosenDates chosen = ChooseDatesModifiedStandingIn(std::move(dates), article->fetched_at);
  article->published = chosen.published;
  article->modified = chosen.modified;
  article->published_source = chosen.published_source;
  if (!chosen.published.empty()) {
    Explain(explain, article, chosen.published, Label::kDate,
            "published date from " + chosen.published_source);
  }
  return result;
}

}  // namespace newsift::html
