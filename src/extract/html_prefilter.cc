#include "extract/html_prefilter.h"

#include <array>
#include <cstring>

#include "extract/html_dom.h"
#include "util/text.h"

namespace newsift::html {
namespace {

// Elements whose contents are dropped; the tags themselves stay.
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

// Position of the next `close` tag (case-insensitive) at or after from, or npos.
size_t FindClose(std::string_view html, size_t from, std::string_view close) {
  while (from < html.size()) {
    const void* lt = std::memchr(html.data() + from, '<', html.size() - from);
    if (lt == nullptr) return std::string_view::npos;
    size_t at = static_cast<const char*>(lt) - html.data();
    if (StartsWithIgnoreAsciiCase(html.substr(at), close) &&
        (at + close.size() == html.size() || EndsName(html[at + close.size()]))) {
      return at;
    }
    from = at + 1;
  }
  return std::string_view::npos;
}

// Whether an extractor reads the attribute (html_dom.h); the parser would
// copy every other one (image source sets, data-* blobs, handlers) for nothing.
bool IsReadAttribute(std::string_view name) {
  for (std::string_view read : kReadAttributes) {
    if (EqualsIgnoreAsciiCase(name, read)) return true;
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Copies the start tag at html[at] (html[at] == '<', a letter follows) to
// *out with only the attributes some extractor reads; returns the position
// after its '>', or npos when the tag never ends (nothing is written then).
size_t CopyStartTag(std::string_view html, size_t at, std::string* out) {
  size_t i = at + 1;
  while (i < html.size() && !EndsName(html[i])) ++i;
  size_t mark = out->size();
  out->append(html.substr(at, i - at));
  while (true) {
    while (i < html.size() && (IsSpace(html[i]) || html[i] == '/')) ++i;
    if (i >= html.size()) break;
    if (html[i] == '>') {
      if (html[i - 1] == '/') out->push_back('/');
      out->push_back('>');
      return i + 1;
    }
    size_t name_start = i;
    while (i < html.size() && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>' &&
           (html[i] != '=' || i == name_start)) {
      ++i;
    }
    std::string_view name = html.substr(name_start, i - name_start);
    size_t j = i;
    while (j < html.size() && IsSpace(html[j])) ++j;
    if (j < html.size() && html[j] == '=') {
      ++j;
      while (j < html.size() && IsSpace(html[j])) ++j;
      if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
        size_t close = html.find(html[j], j + 1);
        if (close == std::string_view::npos) break;
        i = close + 1;
      } else {
        while (j < html.size() && !IsSpace(html[j]) && html[j] != '>') ++j;
        i = j;
      }
    }
    if (IsReadAttribute(name)) {
      out->push_back(' ');
      out->append(html.substr(name_start, i - name_start));
    }
  }
  out->resize(mark);
  return std::string_view::npos;
}

}  // namespace

void StripInertContent(std::string_view html, std::string* out) {
  out->reserve(out->size() + html.size());
  size_t copied = 0;  // html[copied, pos) is pending output
  size_t pos = 0;
  while (pos < html.size()) {
    const void* lt = std::memchr(html.data() + pos, '<', html.size() - pos);
    if (lt == nullptr) break;
    size_t at = static_cast<const char*>(lt) - html.data();
    pos = at + 1;
    if (StartsWithIgnoreAsciiCase(html.substr(at), kCommentOpen)) {
      size_t end = html.find(kCommentClose, at + kCommentOpen.size());
      if (end == std::string_view::npos) break;
      out->append(html.substr(copied, at - copied));
      copied = pos = end + kCommentClose.size();
      continue;
    }
    bool inert = false;
    for (const InertElement& element : kInert) {
      size_t name_end = at + 1 + element.name.size();
      if (name_end >= html.size() ||
          !StartsWithIgnoreAsciiCase(html.substr(at + 1), element.name) ||
          !EndsName(html[name_end])) {
        continue;
      }
      size_t content = TagEnd(html, name_end);
      if (content == std::string_view::npos) {
        out->append(html.substr(copied));
        return;
      }
      inert = true;
      if (html[content - 2] == '/') {  // <svg ... />: nothing inside
        pos = content;
        break;
      }
      if (element.name == "script" &&
          ContainsIgnoreAsciiCase(html.substr(name_end, content - name_end), kKeptScriptType)) {
        pos = content;
        break;
      }
      size_t close = FindClose(html, content, element.close);
      if (close == std::string_view::npos) {
        out->append(html.substr(copied));
        return;
      }
      out->append(html.substr(copied, content - copied));
      copied = pos = close;
      break;
    }
    if (inert || at + 1 >= html.size() || !IsAsciiLetter(html[at + 1])) continue;
    out->append(html.substr(copied, at - copied));
    size_t end = CopyStartTag(html, at, out);
    if (end == std::string_view::npos) {  // an unterminated tag: the rest as it is
      copied = at;
      break;
    }
    copied = pos = end;
  }
  out->append(html.substr(copied));
}

}  // namespace newsift::html
