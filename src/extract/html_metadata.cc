#include "extract/html_metadata.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>
#include <span>
#include <unordered_map>

#include "extract/dates.h"
#include "extract/html_dom.h"
#include "extract/html_heuristics.h"
#include "util/text.h"

namespace newsift::html {

std::string VisibleTextOfTitle(const xmlNode* node);

namespace {

using nlohmann::json;

// Separators between a headline and the site name in <title>.
constexpr std::array<std::string_view, 10> kTitleSeparators = {
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " » ", " : "};

// Byline containers: class/id words and itemprop/rel values.
constexpr std::array<std::string_view, 3> kBylineClassWords = {"byline", "author", "writer"};
constexpr std::array<std::string_view, 4> kBylineClassExclusions = {"bio", "avatar", "image",
                                                                    "photo"};
constexpr std::array<std::string_view, 5> kDateClassWords = {"date", "time", "published", "byline",
                                                             "dateline"};
constexpr size_t kMaxDateTextChars = 200;
constexpr size_t kMaxDateTexts = 6;
constexpr size_t kMaxTimeElements = 4;

bool ContainsNoCase(std::string_view text, std::string_view word) {
  if (word.size() > text.size()) return false;
  for (size_t i = 0; i + word.size() <= text.size(); ++i) {
    bool match = true;
    for (size_t j = 0; j < word.size(); ++j) {
      if (std::tolower(static_cast<unsigned char>(text[i + j])) != word[j]) {
        match = false;
        break;
      }
    }
    if (match) return true;
  }
  return false;
}

std::string Folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendFolded(text, &out);
  TrimTrailingSpace(&out);
  return out;
}

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
  std::string lang;
  std::vector<std::pair<std::string, bool>> time_values;  // datetime, looks modified
  std::vector<std::string> date_texts;
  std::vector<std::string> bylines;  // rel=author, itemprop=author, byline classes
};

void AddMeta(Signals* signals, std::string_view key, std::string_view value) {
  if (key.empty() || value.empty()) return;
  std::string lower = ToLowerAscii(TrimAscii(key));
  signals->meta.emplace(std::move(lower), Folded(value));
}

bool IsBylineClass(std::string_view cls) {
  bool hit = false;
  for (std::string_view word : kBylineClassWords) hit = hit || ContainsNoCase(cls, word);
  if (!hit) return false;
  for (std::string_view word : kBylineClassExclusions) {
    if (ContainsNoCase(cls, word)) return false;
  }
  return true;
}

void Collect(const xmlNode* node, bool in_body, Signals* signals) {
  for (; node != nullptr; node = node->next) {
    if (!IsElement(node)) continue;
    std::string_view tag = TagName(node);
    if (tag == "meta") {
      std::string_view content = Attr(node, "content");
      if (content.empty()) content = Attr(node, "value");
      AddMeta(signals, Attr(node, "property"), content);
      AddMeta(signals, Attr(node, "name"), content);
      AddMeta(signals, Attr(node, "itemprop"), content);
      continue;
    }
    if (tag == "script") {
      if (ContainsNoCase(Attr(node, "type"), "ld+json")) {
        std::string text;
        for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
          text += TextContent(c);
        }
        signals->json_ld.push_back(std::move(text));
      }
      continue;
    }
    if (tag == "title" && signals->title_tag.empty() && !in_body) {
      signals->title_tag = VisibleTextOfTitle(node);
      continue;
    }
    if (tag == "html") signals->lang = std::string(Attr(node, "lang"));
    if (tag == "head") {
      Collect(node->children, false, signals);
      continue;
    }
    if (IsInvisibleTag(tag)) continue;
    if (tag == "body") in_body = true;
    if (tag == "h1" && signals->h1.empty()) signals->h1 = VisibleText(node);
    if (tag == "time" && signals->time_values.size() < kMaxTimeElements) {
      std::string_view datetime = Attr(node, "datetime");
      if (!datetime.empty()) {
        bool modified = ContainsNoCase(Attr(node, "class"), "updat") ||
                        ContainsNoCase(Attr(node, "class"), "modif") ||
                        ContainsNoCase(Attr(node, "itemprop"), "modified");
        signals->time_values.emplace_back(std::string(datetime), modified);
      }
    }
    std::string_view cls = Attr(node, "class");
    if (in_body) {
      std::string_view itemprop = Attr(node, "itemprop");
      std::string_view rel = Attr(node, "rel");
      bool byline = rel == "author" || itemprop == "author" || IsBylineClass(cls);
      if (byline && signals->bylines.size() < kMaxAuthors) {
        std::string text = VisibleText(node);
        if (!text.empty() && text.size() <= kMaxBylineChars) {
          signals->bylines.push_back(std::move(text));
          continue;
        }
      }
      bool date_class = false;
      for (std::string_view word : kDateClassWords) {
        date_class = date_class || ContainsNoCase(cls, word);
      }
      if (date_class && signals->date_texts.size() < kMaxDateTexts) {
        std::string text = VisibleText(node);
        if (!text.empty() && text.size() <= kMaxDateTextChars) {
          signals->date_texts.push_back(std::move(text));
          continue;
        }
      }
    }
    Collect(node->children, in_body, signals);
  }
}

// ---- JSON-LD ----

bool TypeMatches(const json& type, std::string_view needle) {
  if (type.is_string()) return type.get_ref<const std::string&>().find(needle) != std::string::npos;
  if (type.is_array()) {
    for (const json& t : type) {
      if (TypeMatches(t, needle)) return true;
    }
  }
  return false;
}

bool IsArticleType(const json& obj) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  return TypeMatches(*it, "Article") || TypeMatches(*it, "BlogPosting") ||
         TypeMatches(*it, "Report") || TypeMatches(*it, "NewsArticle");
}

void Flatten(const json& value, std::vector<const json*>* out, int depth = 0) {
  constexpr int kMaxDepth = 4;
  if (depth > kMaxDepth) return;
  if (value.is_array()) {
    for (const json& item : value) Flatten(item, out, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  out->push_back(&value);
  auto graph = value.find("@graph");
  if (graph != value.end()) Flatten(*graph, out, depth + 1);
  auto main_entity = value.find("mainEntity");
  if (main_entity != value.end() && main_entity->is_object()) {
    Flatten(*main_entity, out, depth + 1);
  }
}

std::string StringOf(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return {};
  if (it->is_string()) return Folded(DecodeEntities(it->get_ref<const std::string&>()));
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  if (it->is_array() && !it->empty() && it->front().is_string()) {
    return Folded(DecodeEntities(it->front().get_ref<const std::string&>()));
  }
  if (it->is_object()) return StringOf(*it, "name");
  return {};
}

struct JsonLd {
  std::string headline, description, body, section, publisher, published, modified;
  std::vector<std::string> persons, organisations, breadcrumbs;
  std::string website_name;
};

void AddJsonLdAuthor(const json& author, JsonLd* out) {
  if (author.is_array()) {
    for (const json& a : author) AddJsonLdAuthor(a, out);
    return;
  }
  if (author.is_string()) {
    out->persons.push_back(Folded(DecodeEntities(author.get_ref<const std::string&>())));
    return;
  }
  if (!author.is_object()) return;
  std::string name = StringOf(author, "name");
  if (name.empty()) return;
  auto type = author.find("@type");
  if (type != author.end() && TypeMatches(*type, "Organization")) {
    out->organisations.push_back(std::move(name));
  } else {
    out->persons.push_back(std::move(name));
  }
}

JsonLd ParseJsonLd(const std::vector<std::string>& scripts) {
  JsonLd out;
  std::vector<json> roots;
  roots.reserve(scripts.size());
  for (const std::string& script : scripts) {
    json root = json::parse(script, nullptr, /*allow_exceptions=*/false);
    if (!root.is_discarded()) roots.push_back(std::move(root));
  }
  std::vector<const json*> objects;
  for (const json& root : roots) Flatten(root, &objects);
  const json* article = nullptr;
  for (const json* obj : objects) {
    if (!IsArticleType(*obj)) continue;
    // Prefer the object with a body or headline: pages list related articles too.
    if (article == nullptr || (!article->contains("articleBody") && obj->contains("articleBody"))) {
      article = obj;
    }
  }
  for (const json* obj : objects) {
    auto type = obj->find("@type");
    if (type == obj->end()) continue;
    if (TypeMatches(*type, "BreadcrumbList") && out.breadcrumbs.empty()) {
      auto items = obj->find("itemListElement");
      if (items != obj->end() && items->is_array()) {
        for (const json& item : *items) {
          if (!item.is_object()) continue;
          std::string name = StringOf(item, "name");
          if (name.empty() && item.contains("item") && item["item"].is_object()) {
            name = StringOf(item["item"], "name");
          }
          if (!name.empty()) out.breadcrumbs.push_back(std::move(name));
        }
      }
    } else if (TypeMatches(*type, "WebSite") && out.website_name.empty()) {
      out.website_name = StringOf(*obj, "name");
    } else if (article == nullptr && TypeMatches(*type, "WebPage")) {
      if (out.published.empty()) out.published = StringOf(*obj, "datePublished");
      if (out.modified.empty()) out.modified = StringOf(*obj, "dateModified");
    }
  }
  if (article == nullptr) return out;
  const json& a = *article;
  out.headline = StringOf(a, "headline");
  if (out.headline.empty()) out.headline = StringOf(a, "name");
  out.description = StringOf(a, "description");
  out.section = StringOf(a, "articleSection");
  out.published = StringOf(a, "datePublished");
  out.modified = StringOf(a, "dateModified");
  if (a.contains("publisher")) out.publisher = StringOf(a, "publisher");
  auto author = a.find("author");
  if (author != a.end()) AddJsonLdAuthor(*author, &out);
  auto body = a.find("articleBody");
  if (body != a.end() && body->is_string()) out.body = body->get<std::string>();
  return out;
}

// ---- Authors ----

bool LooksLikeName(std::string_view name, std::string_view site) {
  if (name.empty() || name.size() > kMaxBylineChars) return false;
  if (name.find('@') != std::string_view::npos || name.find("://") != std::string_view::npos ||
      name.find("www.") != std::string_view::npos || name.find('/') != std::string_view::npos) {
    return false;
  }
  size_t words = 1;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
    if (c == ' ') ++words;
  }
  if (words > kMaxAuthorWords) return false;
  if (!site.empty()) {
    std::string norm = NormalizeForCompare(name);
    std::string site_norm = NormalizeForCompare(site);
    // "Site" vs "Site | tagline" or "Site News": the publisher, not a person.
    if (norm == site_norm || StartsWith(site_norm, norm + " ")) return false;
  }
  return true;
}

std::string_view StripRoles(std::string_view name) {
  name = TrimAscii(name);
  bool changed = true;
  while (changed && !name.empty()) {
    changed = false;
    std::string lower = ToLowerAscii(name);
    for (std::string_view role : BylineRoleWords()) {
      if (lower.size() > role.size() && EndsWith(lower, role) &&
          (lower[lower.size() - role.size() - 1] == ' ' ||
           lower[lower.size() - role.size() - 1] == ',')) {
        name = TrimAscii(name.substr(0, name.size() - role.size()));
        while (!name.empty() && (name.back() == ',' || name.back() == '-' || name.back() == '|')) {
          name = TrimAscii(name.substr(0, name.size() - 1));
        }
        changed = true;
        break;
      }
    }
  }
  return name;
}

// "Staff Writer", "Senior Correspondent": a piece made of role words only.
bool IsRoleOnly(std::string_view piece) {
  std::string lower = ToLowerAscii(TrimAscii(piece));
  if (lower.empty()) return true;
  size_t start = 0;
  while (start < lower.size()) {
    size_t end = lower.find(' ', start);
    if (end == std::string::npos) end = lower.size();
    std::string_view word = std::string_view(lower).substr(start, end - start);
    auto roles = BylineRoleWords();
    if (!word.empty() && std::find(roles.begin(), roles.end(), word) == roles.end()) return false;
    start = end + 1;
  }
  return true;
}

void AddUnique(std::vector<std::string>* names, std::string name) {
  for (const std::string& existing : *names) {
    if (NormalizeForCompare(existing) == NormalizeForCompare(name)) return;
  }
  names->push_back(std::move(name));
}

// ---- Dates ----

void AddDate(std::string_view text, DateSource source, bool modified,
             std::vector<DateCandidate>* out) {
  if (text.empty()) return;
  std::optional<ParsedDate> date = ParseDate(TrimAscii(text));
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

}  // namespace

std::vector<std::string> SplitByline(std::string_view byline, std::string_view site) {
  std::string text = Folded(byline);
  // Drop everything after a separator that starts other byline matter.
  for (std::string_view cut :
       {std::string_view(" | "), std::string_view("\u2022"), std::string_view(" Updated"),
        std::string_view(" Published"), std::string_view(" Posted")}) {
    size_t pos = text.find(cut);
    if (pos != std::string::npos && pos > 0) text.resize(pos);
  }
  std::string_view rest = TrimAscii(text);
  std::string lower = ToLowerAscii(rest);
  for (std::string_view prefix : {std::string_view("by:"), std::string_view("by "),
                                  std::string_view("written by "), std::string_view("words by "),
                                  std::string_view("author:"), std::string_view("reported by ")}) {
    if (StartsWith(lower, prefix)) {
      rest = TrimAscii(rest.substr(prefix.size()));
      break;
    }
  }
  // Split on ",", " and ", " & ", ";".
  std::vector<std::string> names;
  std::string piece;
  auto flush = [&] {
    std::string_view name = StripRoles(piece);
    if (!IsRoleOnly(name) && LooksLikeName(name, site)) AddUnique(&names, std::string(name));
    piece.clear();
  };
  for (size_t i = 0; i < rest.size();) {
    std::string_view tail = rest.substr(i);
    if (tail[0] == ',' || tail[0] == ';') {
      flush();
      ++i;
    } else if (StartsWith(tail, " and ") || StartsWith(tail, " & ")) {
      flush();
      i += tail[1] == '&' ? 3 : 5;
    } else {
      piece.push_back(tail[0]);
      ++i;
    }
  }
  flush();
  return names;
}

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

MetadataResult ExtractMetadata(const xmlDoc* doc, bool explain, Article* article) {
  MetadataResult result;
  Signals signals;
  Collect(xmlDocGetRootElement(const_cast<xmlDoc*>(doc)), false, &signals);
  JsonLd ld = ParseJsonLd(signals.json_ld);
  result.h1 = signals.h1;
  result.declared_language = signals.lang;
  result.json_ld_body = DecodeEntities(ld.body);

  // Site.
  if (const std::string* site = Meta(signals, SiteMetaNames()); site != nullptr) {
    article->site = *site;
  } else if (!ld.publisher.empty()) {
    article->site = ld.publisher;
  } else if (!ld.website_name.empty()) {
    article->site = ld.website_name;
  }

  // Title.
  const std::string* og_title = Meta(signals, TitleMetaNames());
  std::string raw_title;
  if (og_title != nullptr) {
    raw_title = *og_title;
  } else if (!ld.headline.empty()) {
    raw_title = ld.headline;
  } else if (!signals.h1.empty()) {
    raw_title = signals.h1;
  } else {
    raw_title = signals.title_tag;
  }
  std::vector<std::string_view> others = {signals.h1, ld.headline};
  if (og_title != nullptr) others.push_back(*og_title);
  if (raw_title != signals.title_tag) others.push_back(signals.title_tag);
  std::string site_for_title = article->site.empty() ? article->domain : article->site;
  article->title = CleanTitle(raw_title, site_for_title, others);
  Explain(explain, article, article->title, Label::kTitle, "page title (og:title/headline/h1)");

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
    for (std::string& name : SplitByline(person, site)) AddUnique(&authors, std::move(name));
  }
  if (authors.empty()) {
    for (std::string_view name : AuthorMetaNames()) {
      auto it = signals.meta.find(std::string(name));
      if (it == signals.meta.end()) continue;
      for (std::string& n : SplitByline(it->second, site)) AddUnique(&authors, std::move(n));
      if (!authors.empty()) break;
    }
  }
  if (authors.empty()) {
    for (const std::string& byline : signals.bylines) {
      for (std::string& n : SplitByline(byline, site)) AddUnique(&authors, std::move(n));
      if (!authors.empty()) break;
    }
  }
  if (authors.empty()) {
    for (const std::string& org : ld.organisations) {
      if (!ld.publisher.empty() && NormalizeForCompare(org) == NormalizeForCompare(ld.publisher)) {
        continue;
      }
      for (std::string& n : SplitByline(org, site)) AddUnique(&authors, std::move(n));
    }
  }
  if (authors.size() > kMaxAuthors) authors.resize(kMaxAuthors);
  article->authors = std::move(authors);
  for (const std::string& a : article->authors) {
    Explain(explain, article, a, Label::kByline, "author");
  }

  // Dates.
  std::vector<DateCandidate> dates;
  AddDate(ld.published, DateSource::kJsonLd, false, &dates);
  AddDate(ld.modified, DateSource::kJsonLd, true, &dates);
  for (std::string_view name : PublishedMetaNames()) {
    auto it = signals.meta.find(std::string(name));
    if (it != signals.meta.end()) AddDate(it->second, DateSource::kMeta, false, &dates);
  }
  for (std::string_view name : ModifiedMetaNames()) {
    auto it = signals.meta.find(std::string(name));
    if (it != signals.meta.end()) AddDate(it->second, DateSource::kMeta, true, &dates);
  }
  for (const auto& [value, modified] : signals.time_values) {
    AddDate(value, DateSource::kTimeElement, modified, &dates);
  }
  for (const std::string& text : signals.date_texts) {
    for (const DateMention& m : FindDatesInText(text)) {
      dates.push_back({m.date, DateSource::kText, m.is_modified});
    }
  }
  if (std::optional<ParsedDate> url_date = DateFromUrl(article->url)) {
    dates.push_back({*url_date, DateSource::kUrl, false});
  }
  ChosenDates chosen = ChooseDates(dates, article->fetched_at);
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
