#include "extract/html_prefilter.h"

#include <array>
#include <cstring>

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
  }
  out->append(html.substr(copied));
}

}  // namespace newsift::html
