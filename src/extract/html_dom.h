// Thin helpers over libxml2's HTML parser and tree: one parse per page, tag
// and attribute access without copies, and visible text with whitespace
// folded. libxml2 lowercases tag and attribute names. Thread-safe once
// InitHtmlParser() has run (ParseHtml calls it).
#ifndef NEWSIFT_EXTRACT_HTML_DOM_H_
#define NEWSIFT_EXTRACT_HTML_DOM_H_

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_heuristics.h"

namespace newsift {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using HtmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// Parses UTF-8 HTML leniently (recover, no network, no diagnostics). Returns
// null only when libxml2 gives up entirely (e.g. empty input). Class and id
// values keep only the tokens classes says matter, and JSON-LD texts are
// appended to *json_ld_scripts, views into html (html_prefilter.h).
// Streamed segments are moved into their placeholders (html_streamed.h), so
// the tree is the one the page shows once its scripts have run.
HtmlDocPtr ParseHtml(std::string_view html, html::ClassVerdictCache* classes,
                     std::vector<std::string_view>* json_ld_scripts);

inline bool IsElement(const xmlNode* node) { return node->type == XML_ELEMENT_NODE; }
inline bool IsText(const xmlNode* node) {
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

inline std::string_view TagName(const xmlNode* node) {
  return node->name ? std::string_view(reinterpret_cast<const char*>(node->name))
                    : std::string_view();
}

inline std::string_view TextContent(const xmlNode* node) {
  return node->content ? std::string_view(reinterpret_cast<const char*>(node->content))
                       : std::string_view();
}

// An attribute the extractors read, and the one element they read it on
// (empty: any element).
struct ReadAttribute {
  std::string_view name;
  std::string_view element;
};

// The attributes the extractors read. ParseHtml drops every other one before
// parsing (see html_prefilter.h), and these too on other elements than
// theirs: a <meta>'s name and content are read, an <input>'s are not. An
// attribute read through Attr() must be listed here for the node's element,
// or be kJsonLdIndexAttribute (debug builds check).
inline constexpr std::array<ReadAttribute, 14> kReadAttributes = {{
    {"class", ""},
    {"id", ""},
    {"style", ""},
    {"hidden", ""},
    {"itemprop", ""},
    {"rel", ""},  // only "author" and a "tag" token are looked for: ParseHtml drops others
    {"href", "a"},
    {"name", "meta"},
    {"property", "meta"},
    {"content", "meta"},
    {"value", "meta"},
    {"type", "script"},
    {"lang", "html"},
    {"datetime", "time"},
}};

namespace dom_internal {

// For each first letter, a bit for the length of each read attribute that
// starts with it: most names on a page (data-*, aria-*, src, alt) fail this
// test alone.
inline constexpr std::array<uint32_t, 26> kReadAttributeShapes = [] {
  std::array<uint32_t, 26> shapes{};
  for (const ReadAttribute& read : kReadAttributes) {
    shapes[static_cast<size_t>(read.name[0] - 'a')] |= uint32_t{1} << read.name.size();
  }
  return shapes;
}();

int ListedReadAttributeIndex(std::string_view tag, std::string_view name);

}  // namespace dom_internal

// The index in kReadAttributes of attribute `name` (any case) when an
// extractor reads it on element `tag` (any case), else -1. Inline: the
// pre-filter asks it of every attribute of a page.
inline int ReadAttributeIndex(std::string_view tag, std::string_view name) {
  if (name.empty() || name.size() >= 32) return -1;
  const unsigned letter = static_cast<unsigned char>(name[0] | 0x20) - unsigned{'a'};
  if (letter >= 26 || ((dom_internal::kReadAttributeShapes[letter] >> name.size()) & 1) == 0) {
    return -1;
  }
  return dom_internal::ListedReadAttributeIndex(tag, name);
}

inline bool IsReadAttribute(std::string_view tag, std::string_view name) {
  return ReadAttributeIndex(tag, name) >= 0;
}

// Set by the pre-filter on a JSON-LD <script> it empties: the index of its
// text among the ones ParseHtml hands back. Not in kReadAttributes, so a
// page's own attribute of this name goes with the others, except on the
// rare tag kept as written (odd quoting, truncated input), which also keeps
// its text: the reader trusts the index only on an empty element.
inline constexpr std::string_view kJsonLdIndexAttribute = "newsift-ld";

// All an extractor reads of a link's href: whether its path marks an author's
// page or a topic (tag, section) page, and whether it leads to another page
// at all. ParseHtml keeps href on <a> only, reduced to the markers it
// contains (lowercase, space-separated), or to kInPageHref for a place in
// the page ("#top") or a script: page URLs are a sixth of a page's markup
// and libxml2 copies them byte by byte.
inline constexpr std::array<std::string_view, 6> kAuthorLinkPaths = {
    "/author", "/staff/", "/people/", "/profile", "/contributor", "/writer"};
inline constexpr std::array<std::string_view, 5> kTopicLinkPaths = {"/tag/", "/tags/", "/category/",
                                                                    "/topic/", "/topics/"};
inline constexpr std::string_view kInPageHref = "#";

// The value of attribute `name` (lowercase), or empty. Points into the tree.
// REQUIRES: IsReadAttribute(TagName(node), name), or name is kJsonLdIndexAttribute.
std::string_view Attr(const xmlNode* node, std::string_view name);
bool HasAttr(const xmlNode* node, std::string_view name);

// Tags whose content is never visible text (script, style, template...).
bool IsInvisibleTag(std::string_view tag);

// Tags that start a new line of text (div, p, li, td, h1...).
bool IsBlockTag(std::string_view tag);

// Tags of text-level (phrasing) elements: links, inline markup, form
// controls (a, span, em, button...). Seldom the container of an article: the
// sibling bonus compares their class values with nothing, and ParseHtml drops
// those that carry no signal (html_prefilter.h).
bool IsPhrasingTag(std::string_view tag);

// h1 to h6.
inline bool IsHeadingTag(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

// Appends the visible text under node to *out, folding white space runs
// (including NBSP) to one space; <br> becomes a space. Does not trim. Stops
// early once *out is longer than max_bytes (a caller that only wants short
// texts need not read a whole article).
void AppendVisibleText(const xmlNode* node, std::string* out, size_t max_bytes = std::string::npos);

// Visible text of node, folded and trimmed; longer than max_bytes when the
// text is, but then cut anywhere.
std::string VisibleText(const xmlNode* node, size_t max_bytes = std::string::npos);

// Appends raw text, folding white space; *out never gets a leading space or
// two spaces in a row.
void AppendFolded(std::string_view text, std::string* out);

// Removes one trailing space left by AppendFolded.
void TrimTrailingSpace(std::string* text);

// text with its white space folded (AppendFolded) and trimmed.
std::string Folded(std::string_view text);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_HTML_DOM_H_
