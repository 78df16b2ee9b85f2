// Pre-parse filter: removes from HTML source the bytes no extractor reads
// (scripts, styles, SVG drawings, images, comments, attributes such as srcset
// or data-*) before libxml2 sees them.
//
// Modern pages carry more inline JavaScript, CSS, SVG paths and attribute
// blobs than text, and libxml2's HTML parser walks them one character at a
// time, at a few thousand instructions per start tag; a memchr-driven pass
// that drops them halves the parse. Kept: JSON-LD scripts (metadata), the
// attributes the extractors read, on the elements they read them on
// (html_dom.h: class, id, style, itemprop anywhere, a <meta>'s content...;
// of a link's href only the author and topic path markers; of rel only
// "author"; of class and id values only the tokens that carry a signal, and
// a class value goes to the ClassVerdictCache, a four-byte code taking its
// place, but for a phrasing element's with no such token, which goes; of a
// style only whether it hides) and the boundaries of every element that may
// hold text, so the tree is the same minus what no stage looks at. (Before
// <body> it can differ, the way a browser's does: to libxml2 an <img> in
// <head> ends the head, and a <script> before <html> implies one, dropping
// the real tag's attributes.) Runs of white space shrink to one byte outside
// <pre> and <textarea>, and white space between two block-level tags
// (IsBlockTag) goes: every stage separates their text anyway. Inside <body>,
// an empty element that holds only text when it holds any ("<span></span>",
// "<i class=icon></i>") goes with its end tag, and a <nav> keeps only its
// text, as one link: menus hold a fifth of a typical page's tags, and the
// stages read of them only that they are menus, their text and its share of
// links (the main-content search weighs containers by it; a menu's own
// headings and bylines are no article's).
#ifndef NEWSIFT_EXTRACT_HTML_PREFILTER_H_
#define NEWSIFT_EXTRACT_HTML_PREFILTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/html_heuristics.h"
#include "extract/html_streamed.h"

namespace newsift::html {

// Appends html to *out without <script> (other than JSON-LD), <style>,
// <svg>, <img>, <source> and <link> elements, without comments, without the
// attributes no extractor reads on their element, with hrefs reduced to
// link-path markers, class and id values to the tokens that matter (classes decides, and
// remembers its verdicts for the passes after the parse; class values
// become codes, ClassVerdictCache::ClassValue), styles to
// "display:none" or nothing, white-space runs to one byte and white space
// between two block-level tags to nothing, and the inside of a <nav> in
// <body> to one link holding its text. An
// unterminated element, tag or comment keeps the rest of the input as is, so
// nothing is lost on truncated pages.
//
// The text of each JSON-LD script is appended to *json_ld_scripts (views
// into html, in document order), and its element stays, empty, with the
// attribute kJsonLdIndexAttribute giving the index there: libxml2 reads a
// script one character at a time (7% of the parse of the fundus pages),
// and no stage reads more of it than its text. With json_ld_scripts null
// the texts stay inside their elements.
//
// Ids of streamed segments and their placeholders, and the comments that
// mark React's boundaries, stay as written (html_streamed.h). With streamed
// not null, streamed->seen says whether the page has such ids, and the moves
// the inline scripts after the first of them make are collected.
void StripInertContent(std::string_view html, ClassVerdictCache* classes, std::string* out,
                       std::vector<std::string_view>* json_ld_scripts,
                       StreamedSegments* streamed = nullptr);

}  // namespace newsift::html

#endif  // NEWSIFT_EXTRACT_HTML_PREFILTER_H_
