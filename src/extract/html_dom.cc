#include "extract/html_dom.h"

#include <algorithm>
#include <cassert>
#include <mutex>
#include <string>

#include "extract/html_prefilter.h"
#include "extract/html_streamed.h"
#include "util/byte_scan.h"
#include "util/text.h"

namespace newsift {
namespace {

constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT;

// Returns the length of a white-space character at text[i] (ASCII space,
// tab, newlines, NBSP, and the other Unicode spaces pages use), or 0.
size_t SpaceLength(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return 2;
  }
  if (c == 0xE2 && i + 2 < text.size()) {
    unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
    unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
    // U+2000..U+200B (en/em/thin/zero-width spaces), U+202F, U+205F.
    if (c1 == 0x80 && (c2 <= 0x8B || c2 == 0xAF)) return 3;
    if (c1 == 0x81 && c2 == 0x9F) return 3;
  }
  if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
      static_cast<unsigned char>(text[i + 2]) == 0xBF) {
    return 3;  // BOM / zero-width no-break space
  }
  return 0;
}

// libxml2's recovery can end the document at a stray </html> and start a
// second top-level element for what follows (a browser keeps it in the
// body). Every stage walks one root: the later top-level elements move into
// the first root's <body>, or the root itself when it has none.
void KeepOneRoot(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return;
  xmlNode* target = root;
  for (xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (IsElement(c) && TagName(c) == "body") target = c;
  }
  xmlNode* next = nullptr;
  for (xmlNode* extra = root->next; extra != nullptr; extra = next) {
    next = extra->next;
    if (!IsElement(extra) && !IsText(extra)) continue;
    xmlUnlinkNode(extra);
    if (IsElement(extra) && (TagName(extra) == "html" || TagName(extra) == "body")) {
      // A second <html>/<body>: its children, not the wrapper.
      xmlNode* child_next = nullptr;
      for (xmlNode* child = extra->children; child != nullptr; child = child_next) {
        child_next = child->next;
        xmlUnlinkNode(child);
        if (xmlAddChild(target, child) == nullptr) xmlFreeNode(child);
      }
      xmlFreeNode(extra);
    } else if (xmlAddChild(target, extra) == nullptr) {
      xmlFreeNode(extra);
    }
  }
}

// Whether the NUL-terminated name equals `want`, without measuring it first
// (a NUL in name differs from every byte of want, so it is never overrun).
bool NameIs(const xmlChar* name, std::string_view want) {
  size_t i = 0;
  for (; i < want.size(); ++i) {
    if (name[i] != static_cast<xmlChar>(want[i])) return false;
  }
  return name[i] == '\0';
}

}  // namespace

HtmlDocPtr ParseHtml(std::string_view html, html::ClassVerdictCache* classes,
                     std::vector<std::string_view>* json_ld_scripts) {
  static std::once_flag init_once;
  std::call_once(init_once, [] { xmlInitParser(); });
  if (html.empty()) return nullptr;
  std::string filtered;
  html::StreamedSegments streamed;
  html::StripInertContent(html, classes, &filtered, json_ld_scripts, &streamed);
  HtmlDocPtr doc(htmlReadMemory(filtered.data(), static_cast<int>(filtered.size()), nullptr,
                                "UTF-8", kParseOptions));
  if (doc == nullptr) return doc;
  KeepOneRoot(doc.get());
  if (streamed.seen) html::PlaceStreamedSegments(doc.get(), streamed);
  return doc;
}

std::string_view Attr(const xmlNode* node, std::string_view name) {
  assert(IsReadAttribute(TagName(node), name) || name == kJsonLdIndexAttribute);
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (!NameIs(attr->name, name)) continue;
    if (attr->children == nullptr || attr->children->content == nullptr) return {};
    return TextContent(attr->children);
  }
  return {};
}

bool HasAttr(const xmlNode* node, std::string_view name) {
  assert(IsReadAttribute(TagName(node), name));
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (NameIs(attr->name, name)) return true;
  }
  return false;
}

namespace dom_internal {

int ListedReadAttributeIndex(std::string_view tag, std::string_view name) {
  const char first = static_cast<char>(name[0] | 0x20);  // ASCII lowercase
  for (size_t i = 0; i < kReadAttributes.size(); ++i) {
    const ReadAttribute& read = kReadAttributes[i];
    if (read.name.size() == name.size() && read.name[0] == first &&
        EqualsIgnoreAsciiCase(name, read.name)) {
      return read.element.empty() || EqualsIgnoreAsciiCase(tag, read.element) ? static_cast<int>(i)
                                                                              : -1;
    }
  }
  return -1;
}

}  // namespace dom_internal

bool IsInvisibleTag(std::string_view tag) {
  switch (tag.size()) {  // every element of a page is asked: a few compares at most
    case 3:
      return tag == "svg";
    case 4:
      return tag == "math";
    case 5:
      return tag == "style" || tag == "title" || tag == "embed";
    case 6:
      return tag == "script" || tag == "iframe" || tag == "object" || tag == "canvas" ||
             tag == "select" || tag == "option";
    case 8:
      return tag == "noscript" || tag == "template" || tag == "textarea";
    default:
      return false;
  }
}

bool IsPhrasingTag(std::string_view tag) {
  switch (tag.size()) {
    case 1:
      return tag == "a" || tag == "b" || tag == "i" || tag == "q" || tag == "s" || tag == "u";
    case 2:
      return tag == "br" || tag == "em";
    case 3:
      return tag == "bdi" || tag == "bdo" || tag == "dfn" || tag == "img" || tag == "kbd" ||
             tag == "sub" || tag == "sup" || tag == "var" || tag == "wbr";
    case 4:
      return tag == "abbr" || tag == "cite" || tag == "code" || tag == "data" || tag == "mark" ||
             tag == "samp" || tag == "span" || tag == "time";
    case 5:
      return tag == "input" || tag == "label" || tag == "meter" || tag == "small";
    case 6:
      return tag == "button" || tag == "output" || tag == "option" || tag == "select" ||
             tag == "strong";
    case 8:
      return tag == "progress" || tag == "textarea";
    default:
      return false;
  }
}

bool IsBlockTag(std::string_view tag) {
  switch (tag.size()) {
    case 1:
      return tag == "p";
    case 2:
      return tag == "li" || tag == "td" || tag == "th" || tag == "tr" || tag == "dd" ||
             tag == "dt" || tag == "ul" || tag == "ol" || tag == "dl" ||
             (tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6');
    case 3:
      return tag == "div" || tag == "pre" || tag == "nav";
    case 4:
      return tag == "main" || tag == "form";
    case 5:
      return tag == "table" || tag == "aside" || tag == "tbody" || tag == "thead";
    case 6:
      return tag == "figure" || tag == "header" || tag == "footer" || tag == "center";
    case 7:
      return tag == "article" || tag == "section" || tag == "address" || tag == "details" ||
             tag == "summary" || tag == "caption";
    case 10:
      return tag == "blockquote" || tag == "figcaption";
    default:
      return false;
  }
}

void AppendFolded(std::string_view text, std::string* out) {
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    size_t space = SpaceLength(text, i);
    if (space > 0) {
      pending_space = true;
      i += space;
      continue;
    }
    if (pending_space && !out->empty() && out->back() != ' ') out->push_back(' ');
    pending_space = false;
    // A run of bytes up to the next space goes in one append. Every space
    // starts with a byte at most 0x20 or a lead byte from 0xC2 on.
    size_t run = i + 1;
    while ((run = FindByteOutside(text, run, 0x20, 0xC2)) < text.size() &&
           SpaceLength(text, run) == 0) {
      ++run;
    }
    out->append(text.data() + i, run - i);
    i = run;
  }
  if (pending_space && !out->empty() && out->back() != ' ') out->push_back(' ');
}

void TrimTrailingSpace(std::string* text) {
  if (!text->empty() && text->back() == ' ') text->pop_back();
}

std::string Folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendFolded(text, &out);
  TrimTrailingSpace(&out);
  return out;
}

void AppendVisibleText(const xmlNode* node, std::string* out, size_t max_bytes) {
  if (IsText(node)) {
    AppendFolded(TextContent(node), out);
    return;
  }
  if (!IsElement(node)) return;
  std::string_view tag = TagName(node);
  if (IsInvisibleTag(tag)) return;
  bool separate = tag == "br" || tag == "hr" || IsBlockTag(tag);
  if (separate && !out->empty() && out->back() != ' ') out->push_back(' ');
  for (const xmlNode* child = node->children; child != nullptr && out->size() <= max_bytes;
       child = child->next) {
    AppendVisibleText(child, out, max_bytes);
  }
  if (separate && !out->empty() && out->back() != ' ') out->push_back(' ');
}

std::string VisibleText(const xmlNode* node, size_t max_bytes) {
  std::string text;
  AppendVisibleText(node, &text, max_bytes);
  TrimTrailingSpace(&text);
  return text;
}

}  // namespace newsift
