#include "extract/html_prefilter.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>
#include <string>
#include <unordered_map>

#include "extract/html_dom.h"
#include "extract/html_streamed.h"
#include "util/byte_scan.h"
#include "util/text.h"

namespace newsift::html {
namespace {

// Elements whose contents no extractor reads: dropped with their tags, but
// for JSON-LD scripts (kept, their text set beside the markup or, when the
// two scans of the tag disagree, left as it is), and tags whose quoting the
// two scans of a tag read differently or whose end tag has no '>' (kept,
// emptied).
struct InertElement {
  std::string_view name;
  std::string_view close;  // "</name", compared case-insensitively
};
constexpr std::array<InertElement, 3> kInert = {
    InertElement{"script", "</script"},
    InertElement{"style", "</style"},
    InertElement{"svg", "</svg"},
};
constexpr std::string_view kCommentOpen = "<!--";
constexpr std::string_view kCommentClose = "-->";
constexpr std::string_view kKeptScriptType = "ld+json";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Empty elements no extractor reads (they hold no text, and their
// attributes say nothing of the text around them): dropped whole.
constexpr std::array<std::string_view, 3> kUnread = {"img", "source", "link"};

// Elements whose white space is content: copied as they are.
constexpr std::array<std::string_view, 4> kVerbatim = {"pre", "textarea", "listing", "xmp"};
constexpr std::array<std::string_view, 1> kBody = {"body"};
constexpr std::array<std::string_view, 1> kNav = {"nav"};
constexpr std::array<std::string_view, 1> kBr = {"br"};

bool EndsName(char c) {
  return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Position just past the '>' closing the tag opened at `at`, or npos. Quoted
// attribute values may hold '>'.
size_t TagEnd(std::string_view html, size_t at) {
  char quote = 0;
  for (size_t i = at; i < html.size(); ++i) {
    char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// Position of the next `close` tag (case-insensitive) at or after from, or
// npos. With any_suffix, "</scripts" counts as "</script" too: where libxml2
// ends a script's text.
size_t FindClose(std::string_view html, size_t from, std::string_view close,
                 bool any_suffix = false) {
  while (from < html.size()) {
    const void* lt = std::memchr(html.data() + from, '<', html.size() - from);
    if (lt == nullptr) return std::string_view::npos;
    size_t at = static_cast<const char*>(lt) - html.data();
    if (StartsWithIgnoreAsciiCase(html.substr(at), close) &&
        (any_suffix || at + close.size() == html.size() || EndsName(html[at + close.size()]))) {
      return at;
    }
    from = at + 1;
  }
  return std::string_view::npos;
}

// Writes ` href="..."` holding the link-path markers (html_dom.h) the value
// of a link's href contains, or kInPageHref when it leads nowhere else;
// nothing when it holds none.
void AppendLinkMarkers(std::string_view value, std::string* out) {
  value = TrimAscii(value);
  if (StartsWith(value, "#") || StartsWithIgnoreAsciiCase(value, "javascript:")) {
    out->append(" href=\"");
    out->append(kInPageHref);
    out->push_back('"');
    return;
  }
  // Every marker starts with '/': one pass over the value's slashes.
  constexpr size_t kMarkers = kAuthorLinkPaths.size() + kTopicLinkPaths.size();
  auto marker = [](size_t k) {
    return k < kAuthorLinkPaths.size() ? kAuthorLinkPaths[k]
                                       : kTopicLinkPaths[k - kAuthorLinkPaths.size()];
  };
  std::array<bool, kMarkers> found{};
  bool any = false;
  for (size_t slash = value.find('/'); slash != std::string_view::npos;
       slash = value.find('/', slash + 1)) {
    std::string_view rest = value.substr(slash);
    if (rest.size() < 2) break;
    const char second = static_cast<char>(rest[1] | 0x20);  // ASCII lowercase
    for (size_t k = 0; k < kMarkers; ++k) {
      if (!found[k] && marker(k)[1] == second && StartsWithIgnoreAsciiCase(rest, marker(k))) {
        found[k] = any = true;
      }
    }
  }
  if (!any) return;
  out->append(" href=\"");
  bool first = true;
  for (size_t k = 0; k < kMarkers; ++k) {
    if (!found[k]) continue;
    if (!first) out->push_back(' ');
    out->append(marker(k));
    first = false;
  }
  out->push_back('"');
}

// React's boundary markers: "$", "$?", "$!", "/$" (html_streamed.h).
bool IsBoundaryMarker(std::string_view comment) {
  return comment == "$" || comment == "$?" || comment == "$!" || comment == "/$";
}

// Whether an attribute value holds '&' (a character reference the parser
// decodes) or a quote. One scan: std::string_view::find_first_of calls
// memchr over the set for each byte.
bool HoldsReferenceOrQuote(std::string_view value) {
  return FindAnyOf3(value, 0, '&', '"', '\'') < value.size();
}

// Whether a rel value holds the token "tag" ("tag", "category tag"): a link
// to a topic page.
bool HasTagToken(std::string_view rel) {
  for (size_t at = 0; at < rel.size();) {
    size_t end = rel.find(' ', at);
    if (end == std::string_view::npos) end = rel.size();
    if (EqualsIgnoreAsciiCase(rel.substr(at, end - at), "tag")) return true;
    at = end + 1;
  }
  return false;
}

// Whether the name starting at html[at] passes is_tag (given it in lowercase;
// names longer than the longest block or phrasing tag fail).
bool NamePasses(std::string_view html, size_t at, bool (*is_tag)(std::string_view)) {
  constexpr size_t kLongestTag = 10;  // "blockquote", "figcaption"
  std::array<char, kLongestTag> name;
  size_t length = 0;
  for (; at < html.size() && !EndsName(html[at]); ++at) {
    if (length == name.size()) return false;
    name[length++] = AsciiToLower(html[at]);
  }
  return is_tag(std::string_view(name.data(), length));
}

// Whether the name starting at html[at] is a block-level tag's (IsBlockTag).
bool NamesBlockTag(std::string_view html, size_t at) { return NamePasses(html, at, IsBlockTag); }

// Whether tag (a name as written) is a phrasing element's (IsPhrasingTag).
bool NamesPhrasingTag(std::string_view tag) { return NamePasses(tag, 0, IsPhrasingTag); }

// The tokens of a class or id value that add to what the tokens before them
// say (ClassVerdictCache::SignalOf), in their order; empty when none is left.
// A value that loses nothing, or holds character references or quotes, is
// kept as it is.
std::string ReduceTokens(std::string_view value, ClassVerdictCache* classes) {
  if (HoldsReferenceOrQuote(value)) return std::string(value);
  std::string reduced;
  bool dropped = false;
  TokenSignal seen;
  ForEachClassToken(value, [&](std::string_view token) {
    if (!seen.Absorb(classes->SignalOf(token))) {
      dropped = true;
      return;
    }
    if (!reduced.empty()) reduced.push_back(' ');
    reduced.append(token);
  });
  if (!dropped) return std::string(value);  // "a  b" and "a b" are different values
  return reduced;
}

// Class, id and style values as the extractors read them. Class values are
// remembered: a page repeats a few hundred over thousands of elements (ids
// are mostly unique, so they are not).
class AttributeReducer {
 public:
  // *streamed_segments (when not null) becomes true on the first id of a
  // streamed segment or placeholder kept.
  AttributeReducer(ClassVerdictCache* classes, bool* streamed_segments)
      : classes_(classes), streamed_segments_(streamed_segments) {}

  // tag: the element's name as written.
  void StartTag(std::string_view tag) { tag_ = tag; }

  // Writes attribute name (class, id, style or rel, any case; the first of
  // its name in the tag) with its value reduced: ` name="..."`, or the
  // attribute's source text when the value stays as it is, or nothing when
  // nothing is left.
  void Append(std::string_view name, std::string_view value, std::string_view source,
              std::string* out) {
    const char first = static_cast<char>(name[0] | 0x20);  // ASCII lowercase
    if (first == 'r') {
      // Only rel="author" and a "tag" token are read (html_dom.h).
      if (value == "author" || HasTagToken(value) || value.find('&') != std::string_view::npos) {
        out->push_back(' ');
        out->append(source);
      }
      return;
    }
    if (first == 's') {
      if (value.find('&') != std::string_view::npos) {  // read once references are decoded
        out->push_back(' ');
        out->append(source);
      } else if (StyleHides(value)) {
        out->append(" style=\"display:none\"");
      }
      return;
    }
    if (first == 'c') {
      // A code in place of the value (ClassVerdictCache): sibling blocks are
      // compared by class (html_main_content), so each value as written
      // has its own. Phrasing elements are compared with nothing: theirs go
      // when no token has a signal. Values the parser must decode stay as
      // they are.
      auto it = class_values_.find(value);
      if (it == class_values_.end()) {
        CodedClass coded;
        if (!value.empty() && !HoldsReferenceOrQuote(value)) {
          std::string reduced = ReduceTokens(value, classes_);
          coded.no_signal = reduced.empty();
          std::string code = classes_->AddCode(std::move(reduced));
          if (!code.empty()) coded.written = " class=\"" + code + '"';
        }
        it = class_values_.emplace(std::string(value), std::move(coded)).first;
      }
      if (it->second.no_signal && NamesPhrasingTag(tag_)) return;
      if (it->second.written.empty()) {
        out->push_back(' ');
        out->append(source);
      } else {
        out->append(it->second.written);
      }
      return;
    }
    if (first == 'i' && IsStreamedSegmentId(value)) {  // read by PlaceStreamedSegments
      if (streamed_segments_ != nullptr) *streamed_segments_ = true;
      out->push_back(' ');
      out->append(source);
      return;
    }
    const std::string reduced = ReduceTokens(value, classes_);
    if (reduced == value) {  // quoted as the page quotes it
      out->push_back(' ');
      out->append(source);
      return;
    }
    if (reduced.empty()) return;
    out->push_back(' ');
    out->append(name);
    out->append("=\"");
    out->append(reduced);
    out->push_back('"');
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return XXH3_64bits(text.data(), text.size()); }
  };
  struct CodedClass {
    std::string written;     // the whole attribute, or empty for its source
    bool no_signal = false;  // no token of the value has a signal
  };
  ClassVerdictCache* classes_;
  bool* streamed_segments_;
  std::unordered_map<std::string, CodedClass, Hash, std::equal_to<>> class_values_;
  std::string_view tag_;
};

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads the start tag at html[at] (html[at] == '<', a letter follows) as
// libxml2 does: calls on_attribute(name, value, source) for each attribute,
// source being its whole text, and returns the position after the tag's
// '>', or npos when the tag never ends. *self_closing tells whether the tag
// ends in "/>" that no unquoted value takes for its own: in <div id=x/> the
// '/' is the value's, and the element is not self-closing.
template <typename OnAttribute>
size_t ScanStartTag(std::string_view html, size_t at, OnAttribute on_attribute,
                    bool* self_closing) {
  size_t i = at + 1;
  while (i < html.size() && !EndsName(html[i])) ++i;
  size_t unquoted_end = std::string_view::npos;
  while (true) {
    while (i < html.size() && (IsSpace(html[i]) || html[i] == '/')) ++i;
    if (i >= html.size()) return std::string_view::npos;
    if (html[i] == '>') {
      *self_closing = html[i - 1] == '/' && unquoted_end != i;
      return i + 1;
    }
    size_t name_start = i;
    while (i < html.size() && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>' &&
           (html[i] != '=' || i == name_start)) {
      ++i;
    }
    std::string_view name = html.substr(name_start, i - name_start);
    std::string_view value;
    size_t j = i;
    while (j < html.size() && IsSpace(html[j])) ++j;
    if (j < html.size() && html[j] == '=') {
      ++j;
      while (j < html.size() && IsSpace(html[j])) ++j;
      if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
        size_t close = html.find(html[j], j + 1);
        if (close == std::string_view::npos) return std::string_view::npos;
        value = html.substr(j + 1, close - j - 1);
        i = close + 1;
      } else {
        size_t value_start = j;
        while (j < html.size() && !IsSpace(html[j]) && html[j] != '>') ++j;
        value = html.substr(value_start, j - value_start);
        i = unquoted_end = j;
      }
    }
    on_attribute(name, value, html.substr(name_start, i - name_start));
  }
}

// Where the start tag at html[at] ends, as ScanStartTag reads it; npos when
// it never ends.
size_t StartTagEnd(std::string_view html, size_t at, bool* self_closing) {
  return ScanStartTag(
      html, at, [](std::string_view, std::string_view, std::string_view) {}, self_closing);
}

// The name of the tag whose name starts at html[at], as written.
std::string_view NameAt(std::string_view html, size_t at) {
  size_t end = at;
  while (end < html.size() && !EndsName(html[end])) ++end;
  return html.substr(at, end - at);
}

// Copies the start tag at html[at] (html[at] == '<', a letter follows) to
// *out with only the attributes some extractor reads; returns the position
// after its '>', or npos when the tag never ends (nothing is written then).
size_t CopyStartTag(std::string_view html, size_t at, AttributeReducer* reducer, std::string* out) {
  const std::string_view tag = NameAt(html, at + 1);
  const size_t name_end = at + 1 + tag.size();
  const size_t mark = out->size();
  out->append(html.substr(at, name_end - at));
  const size_t after_name = out->size();
  reducer->StartTag(tag);
  // The read attributes met in the tag, by index in kReadAttributes: libxml2
  // keeps the first of two of one name, so a second must not take the place
  // of a first one cut away.
  uint32_t seen = 0;
  static_assert(kReadAttributes.size() <= 32);
  bool self_closing = false;
  const size_t end = ScanStartTag(
      html, at,
      [&](std::string_view name, std::string_view value, std::string_view source) {
        const int read = ReadAttributeIndex(tag, name);
        if (read < 0 || ((seen >> read) & 1) != 0) return;
        seen |= uint32_t{1} << read;
        const std::string_view kind = kReadAttributes[static_cast<size_t>(read)].name;
        if (kind == "href") {
          AppendLinkMarkers(value, out);
        } else if (kind == "class" || kind == "id" || kind == "style" || kind == "rel") {
          reducer->Append(name, value, source, out);
        } else {
          out->push_back(' ');
          out->append(source);
        }
      },
      &self_closing);
  if (end == std::string_view::npos) {
    out->resize(mark);
    return end;
  }
  if (self_closing) {
    // An unquoted value written last would take the '/' for its own.
    const char last = out->back();
    if (out->size() > after_name && last != '"' && last != '\'') out->push_back(' ');
    out->push_back('/');
  }
  out->push_back('>');
  return end;
}

// Appends text with every run of two or more white-space bytes cut to one:
// '\n' when the run holds a line break, else ' '. Indentation is a tenth of
// a typical page and libxml2 walks it one character at a time; every stage
// folds white space, so one byte keeps all it reads (word breaks, lines).
void AppendCollapsingSpace(std::string_view text, std::string* out) {
  size_t copied = 0;
  size_t i = 0;
  while (i < text.size()) {
    // Eight bytes at a time while no two neighbours can both be white space:
    // flags bytes below 0x21 (some false flags above a real one, never a
    // missed one), and two flags side by side send the bytes to the slow path.
    if (i + 8 <= text.size()) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, sizeof word);
      const uint64_t low = (word - 0x2121212121212121ULL) & ~word & 0x8080808080808080ULL;
      if ((low & (low << 8)) == 0) {
        i += 7;  // the last byte may start a run with the next word's first
        continue;
      }
    }
    if (!IsSpace(text[i])) {
      ++i;
      continue;
    }
    size_t run_end = i + 1;
    bool line_break = text[i] == '\n' || text[i] == '\r';
    while (run_end < text.size() && IsSpace(text[run_end])) {
      line_break |= text[run_end] == '\n' || text[run_end] == '\r';
      ++run_end;
    }
    if (run_end - i >= 2) {
      out->append(text.substr(copied, i - copied));
      out->push_back(line_break ? '\n' : ' ');
      copied = run_end;
    }
    i = run_end;
  }
  out->append(text.substr(copied));
}

// Where the end tag at html[at] ("</") ends when it is plain "</name>" with
// white space at most before the '>', as the parser reads it too; npos for
// any other end tag.
size_t PlainEndTagEnd(std::string_view html, size_t at) {
  size_t i = at + 2;
  while (i < html.size() && !EndsName(html[i])) ++i;
  while (i < html.size() && IsSpace(html[i])) ++i;
  return i < html.size() && html[i] == '>' ? i + 1 : std::string_view::npos;
}

// Phrasing elements that hold nothing but their text, unlike <time> and
// <data> (their attribute is their value), <br>, <img> and form controls.
// Not <a> either: to libxml2 a link's start tag closes an open link, so even
// an empty one changes which text is link text.
bool IsTextOnlyInlineTag(std::string_view tag) {
  switch (tag.size()) {
    case 1:
      return tag == "b" || tag == "i" || tag == "q" || tag == "s" || tag == "u";
    case 2:
      return tag == "em";
    case 3:
      return tag == "bdi" || tag == "bdo" || tag == "dfn" || tag == "kbd" || tag == "sub" ||
             tag == "sup" || tag == "var";
    case 4:
      return tag == "abbr" || tag == "cite" || tag == "code" || tag == "mark" || tag == "samp" ||
             tag == "span";
    case 5:
      return tag == "small";
    case 6:
      return tag == "strong";
    default:
      return false;
  }
}

// Whether the names at html[a] and html[b] are the same, ignoring case.
bool SameName(std::string_view html, size_t a, size_t b) {
  for (; a < html.size() && b < html.size(); ++a, ++b) {
    const bool a_ends = EndsName(html[a]), b_ends = EndsName(html[b]);
    if (a_ends || b_ends) return a_ends && b_ends;
    if (AsciiToLower(html[a]) != AsciiToLower(html[b])) return false;
  }
  return false;
}

// Where the end tag right after the start tag at html[at] (ending at
// tag_end) ends, when the two make an empty IsTextOnlyInlineTag element
// ("<i class=icon></i>", "<span></span>"); else npos. Inside <body> such an
// element gives no stage anything: no text, and its attributes are read only
// with text. (Before <body> it would end <head>; written "<span/>", libxml2
// takes the end tag for another element's.)
size_t EmptyTextOnlyInlineEnd(std::string_view html, size_t at, size_t tag_end) {
  if (tag_end + 2 >= html.size() || html[tag_end - 2] == '/' || html[tag_end] != '<' ||
      html[tag_end + 1] != '/' || !SameName(html, at + 1, tag_end + 2) ||
      !NamePasses(html, at + 1, IsTextOnlyInlineTag)) {
    return std::string_view::npos;
  }
  return PlainEndTagEnd(html, tag_end);
}

bool AllSpace(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return IsSpace(c); });
}

// Whether the start or end tag at html[at] names one of `names` (lowercase).
template <size_t N>
bool NamesOneOf(std::string_view html, size_t at, const std::array<std::string_view, N>& names) {
  size_t name_start = at + 1 + (at + 1 < html.size() && html[at + 1] == '/' ? 1 : 0);
  if (name_start >= html.size()) return false;
  const char first = static_cast<char>(html[name_start] | 0x20);  // ASCII lowercase
  for (std::string_view name : names) {
    size_t name_end = name_start + name.size();
    if (name[0] == first && name_end < html.size() &&
        StartsWithIgnoreAsciiCase(html.substr(name_start), name) && EndsName(html[name_end])) {
      return true;
    }
  }
  return false;
}

// Elements whose text is no part of a menu's: inert ones, and the drop-down
// lists (language pickers) and templates menus hold.
constexpr std::array<InertElement, 5> kSkippedInNav = {
    kInert[0],
    kInert[1],
    kInert[2],
    InertElement{"select", "</select"},
    InertElement{"template", "</template"},
};

// Elements that never hold anything: no end tag to wait for.
constexpr std::array<std::string_view, 14> kVoidElements = {
    "area",  "base", "br",   "col",   "embed",  "hr",    "img",
    "input", "link", "meta", "param", "source", "track", "wbr"};

// The text of the <nav> whose start tag ends at `from`, up to the "</nav"
// that closes it, as a browser shows it: block-level tags and <br> become
// spaces, other tags nothing; comments and the elements of kSkippedInNav go
// (text hidden inside the menu stays: it only weighs in its link share).
// Returns where that end tag starts, or npos when the tree libxml2 builds
// might differ from one menu holding that text, or the scan is unsure:
// - an end tag, but a phrasing element's, of an element not opened inside
//   (it would end the menu there if opened around it);
// - a JSON-LD script (metadata reads it);
// - a tag, comment or element that never ends, a "<!" or "<?" that is no
//   comment.
// The element is then copied as usual, and *stopped says where the scan
// gave up.
size_t FlattenNav(std::string_view html, size_t from, std::string* text, size_t* stopped) {
  std::vector<std::string_view> open;  // elements opened inside and not yet closed
  size_t pos = from;
  while (true) {
    const void* lt = std::memchr(html.data() + pos, '<', html.size() - pos);
    if (lt == nullptr) {
      *stopped = html.size();
      return std::string_view::npos;
    }
    const size_t at = static_cast<const char*>(lt) - html.data();
    *stopped = at;  // where the scan gave up, if it does now
    text->append(html.substr(pos, at - pos));
    if (at + 1 >= html.size()) return std::string_view::npos;
    const char next = html[at + 1];
    if (next == '!' || next == '?') {
      if (!html.substr(at).starts_with(kCommentOpen)) return std::string_view::npos;
      const size_t end = html.find(kCommentClose, at + kCommentOpen.size());
      if (end == std::string_view::npos) return std::string_view::npos;
      pos = end + kCommentClose.size();
      continue;
    }
    if (next == '/') {
      const std::string_view name = NameAt(html, at + 2);
      auto same = [name](std::string_view opened) { return EqualsIgnoreAsciiCase(opened, name); };
      const auto it = std::find_if(open.rbegin(), open.rend(), same);
      if (it == open.rend()) {
        // Unclosed elements inside (an <li> without its end tag) end with it.
        if (EqualsIgnoreAsciiCase(name, "nav")) return at;
        // A stray end tag: libxml2 ignores it unless the element is open
        // around the menu, where it would end the menu. Containers are
        // (a header <div>), phrasing elements hardly ever are.
        if (!NamesPhrasingTag(name)) return std::string_view::npos;
      } else {
        open.erase(std::prev(it.base()), open.end());
      }
      const size_t end = html.find('>', at);
      if (end == std::string_view::npos) return std::string_view::npos;
      if (NamesBlockTag(html, at + 2)) text->push_back(' ');
      pos = end + 1;
      continue;
    }
    if (!IsAsciiLetter(next)) {  // a '<' that is text: kept as text, whatever follows
      text->append("&lt;");
      pos = at + 1;
      continue;
    }
    bool self_closing = false;
    size_t end = StartTagEnd(html, at, &self_closing);
    if (end == std::string_view::npos) return std::string_view::npos;
    bool skipped = false;
    for (const InertElement& element : kSkippedInNav) {
      if (!NamesOneOf(html, at, std::array<std::string_view, 1>{element.name})) continue;
      if (self_closing && element.name == "svg") break;  // only a drawing closes itself
      if (element.name == "script" &&
          ContainsIgnoreAsciiCase(html.substr(at, end - at), kKeptScriptType)) {
        return std::string_view::npos;
      }
      const size_t close = FindClose(html, end, element.close);
      end = close == std::string_view::npos ? close : html.find('>', close);
      if (end == std::string_view::npos) return std::string_view::npos;
      ++end;
      skipped = true;
      break;
    }
    if (!skipped) {
      // libxml2 closes an element written "<x/>" at once.
      if (!self_closing && !NamesOneOf(html, at, kVoidElements)) {
        open.push_back(NameAt(html, at + 1));
      }
      if (NamesBlockTag(html, at + 1) || NamesOneOf(html, at, kBr)) {
        text->push_back(' ');
      }
    }
    pos = end;
  }
}

}  // namespace

void StripInertContent(std::string_view html, ClassVerdictCache* classes, std::string* out,
                       std::vector<std::string_view>* json_ld_scripts, StreamedSegments* streamed) {
  out->reserve(out->size() + html.size());
  AttributeReducer reducer(classes, streamed != nullptr ? &streamed->seen : nullptr);
  size_t copied = 0;  // html[copied, pos) is pending output
  size_t pos = 0;
  bool verbatim = false;  // inside <pre> and the like: white space kept
  bool in_body = false;   // past a <body> start tag
  // Menus are flattened from here on: a menu starting before the place where
  // a scan gave up would be scanned to the same place again (FlattenNav).
  size_t flatten_from = 0;
  // White space between two block-level tags (IsBlockTag) goes: every stage
  // separates the text of block-level elements anyway, and libxml2 spends a
  // text node on each such gap, a third of the text nodes of a typical page.
  // The last tag is remembered by where its name starts and, for a start
  // tag, where it ends (an end tag's end is found only when a gap needs it:
  // PlainEndTagEnd); names are looked at only around a gap of white space.
  // last_name is npos when what came last was no tag (a comment, a dropped
  // element) or sat in <pre>.
  size_t last_name = std::string_view::npos;
  size_t last_end = std::string_view::npos;
  auto append_pending = [&](size_t end) {
    std::string_view text = html.substr(copied, end - copied);
    if (verbatim) {
      out->append(text);
    } else {
      AppendCollapsingSpace(text, out);
    }
    copied = end;
  };
  // Truncated input (a tag, comment or element that never ends) keeps the
  // rest as it is from `at`.
  auto keep_rest = [&](size_t at) {
    append_pending(at);
    out->append(html.substr(at));
  };
  // Drops the gap before the tag at `at` (name at name_at) when it qualifies.
  auto drop_block_gap = [&](size_t at, size_t name_at) {
    if (last_name == std::string_view::npos || verbatim || !IsSpace(html[at - 1])) return;
    const bool end_tag = html[last_name - 1] == '/';
    const size_t from = end_tag ? PlainEndTagEnd(html, last_name - 2) : last_end;
    if (from == std::string_view::npos || from >= at || !AllSpace(html.substr(from, at - from)) ||
        !NamesBlockTag(html, name_at) || !NamesBlockTag(html, last_name)) {
      return;
    }
    append_pending(from);
    copied = at;
  };
  while (pos < html.size()) {
    const void* lt = std::memchr(html.data() + pos, '<', html.size() - pos);
    if (lt == nullptr) break;
    size_t at = static_cast<const char*>(lt) - html.data();
    pos = at + 1;
    if (pos >= html.size()) break;  // a lone '<' ends the input
    if (html[at + 1] == '!' && html.substr(at).starts_with(kCommentOpen)) {
      last_name = std::string_view::npos;
      size_t end = html.find(kCommentClose, at + kCommentOpen.size());
      if (end == std::string_view::npos) return keep_rest(at);
      append_pending(at);
      copied = pos = end + kCommentClose.size();
      // Streamed rendering's boundary markers (html_streamed.h) stay.
      if (IsBoundaryMarker(html.substr(at + kCommentOpen.size(), end - at - kCommentOpen.size()))) {
        out->append(html.substr(at, copied - at));
      }
      continue;
    }
    if (at + 1 < html.size() && html[at + 1] == '/') {
      if (verbatim && NamesOneOf(html, at, kVerbatim)) {
        append_pending(at);
        verbatim = false;
      }
      drop_block_gap(at, at + 2);
      last_name = verbatim ? std::string_view::npos : at + 2;
      continue;
    }
    bool inert = false;
    const char first = static_cast<char>(html[at + 1] | 0x20);  // ASCII lowercase
    for (const InertElement& element : kInert) {
      size_t name_end = at + 1 + element.name.size();
      if (element.name[0] != first || name_end >= html.size() ||
          !StartsWithIgnoreAsciiCase(html.substr(at + 1), element.name) ||
          !EndsName(html[name_end])) {
        continue;
      }
      size_t content = TagEnd(html, name_end);
      if (content == std::string_view::npos) return keep_rest(at);
      inert = true;
      append_pending(at);
      bool parser_self_closing = false;
      const bool scans_agree = StartTagEnd(html, at, &parser_self_closing) == content;
      // <svg ... />: nothing inside. Not <script src=a.js/>: the parser
      // takes that '/' for the value's.
      const bool self_closing = scans_agree ? parser_self_closing : html[content - 2] == '/';
      size_t close = self_closing ? content : FindClose(html, content, element.close);
      if (close == std::string_view::npos) return keep_rest(at);
      const bool json_ld =
          !self_closing && element.name == "script" &&
          ContainsIgnoreAsciiCase(html.substr(name_end, content - name_end), kKeptScriptType);
      if (streamed != nullptr && streamed->seen && !self_closing && !json_ld &&
          element.name == "script") {
        CollectStreamedMoves(html.substr(content, close - content), &streamed->moves);
      }
      if (scans_agree && !json_ld) {
        // Nothing inside is read, nor the element itself: it goes whole, up
        // to the '>' of its end tag (the parser reads no quotes there).
        const size_t close_end =
            self_closing ? content : html.find('>', close + element.close.size());
        if (close_end != std::string_view::npos) {
          copied = pos = self_closing ? content : close_end + 1;
          break;
        }
      }
      if (scans_agree) {
        // The start tag loses the attributes no one reads like any other.
        CopyStartTag(html, at, &reducer, out);
        if (json_ld && json_ld_scripts != nullptr) {
          // The text goes beside the markup, up to where libxml2 would end
          // it; the element, emptied, says where.
          assert(out->back() == '>');
          out->pop_back();
          out->append(" ");
          out->append(kJsonLdIndexAttribute);
          out->append("=\"" + std::to_string(json_ld_scripts->size()) + "\">");
          const size_t text_end = FindClose(html, content, element.close, /*any_suffix=*/true);
          json_ld_scripts->push_back(html.substr(content, text_end - content));
        } else if (json_ld) {
          out->append(html.substr(content, close - content));  // as it is
        }
      } else {
        append_pending(content);  // odd quoting: the two scans disagree on the end; as it was
        if (json_ld) out->append(html.substr(content, close - content));  // as it is
      }
      copied = pos = close;
      break;
    }
    if (inert) last_name = std::string_view::npos;
    if (inert || at + 1 >= html.size() || !IsAsciiLetter(html[at + 1])) continue;
    drop_block_gap(at, at + 1);
    append_pending(at);
    size_t end;
    if (NamesOneOf(html, at, kUnread)) {
      // Gone, up to where the parser ends the tag ("a""b" quoting included).
      bool self_closing = false;
      end = StartTagEnd(html, at, &self_closing);
    } else {
      const size_t before = out->size();
      end = CopyStartTag(html, at, &reducer, out);
      if (!in_body && end != std::string_view::npos && NamesOneOf(html, at, kBody)) in_body = true;
      if (const size_t empty_end = !in_body || end == std::string_view::npos
                                       ? std::string_view::npos
                                       : EmptyTextOnlyInlineEnd(html, at, end);
          empty_end != std::string_view::npos) {
        out->resize(before);  // neither tag reaches the parser
        copied = pos = empty_end;
        last_name = std::string_view::npos;
        continue;
      }
      if (NamesOneOf(html, at, kVerbatim)) verbatim = true;
      if (at >= flatten_from && in_body && end != std::string_view::npos &&
          NamesOneOf(html, at, kNav) &&
          !out->ends_with("/>")) {  // "<nav/>": libxml2 closes it at once
        // A menu's markup is a fifth of a typical page's tags; no stage
        // reads inside it but for its text and how much of that is links:
        // one link holding the text keeps both.
        std::string text;
        size_t stopped = 0;
        const size_t close = FlattenNav(html, end, &text, &stopped);
        if (close != std::string_view::npos) {
          if (AllSpace(text)) {
            AppendCollapsingSpace(text, out);
          } else {
            out->append("<a>");
            AppendCollapsingSpace(text, out);
            out->append("</a>");
          }
          copied = pos = close;
          last_name = std::string_view::npos;
          continue;
        }
        flatten_from = stopped;
      }
    }
    if (end == std::string_view::npos) return keep_rest(at);
    copied = pos = end;
    last_name = verbatim ? std::string_view::npos : at + 1;
    last_end = end;
  }
  append_pending(html.size());
}

}  // namespace newsift::html
