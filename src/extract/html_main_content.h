// Main content of an HTML page: scores candidate containers (text length,
// commas, link density, class/id vocabulary, article/main tags), picks the
// best one plus sibling blocks of good quality, then walks it block by block
// dropping boilerplate (share bars, teasers, related boxes, ads, hidden
// elements, nav/aside/footer/form) with a reason for each decision.
// Thread-safe; writes only to the tree's _private fields.
#ifndef NEWSIFT_EXTRACT_HTML_MAIN_CONTENT_H_
#define NEWSIFT_EXTRACT_HTML_MAIN_CONTENT_H_

#include <libxml/tree.h>

#include <cstdint>
#include <string_view>

#include "extract/html_heuristics.h"
#include "extract/page_type.h"
#include "newsift/article.h"
#include "newsift/options.h"

namespace newsift::html {

struct ContentHints {
  std::string_view json_ld_body;  // JSON-LD articleBody or empty
  std::string_view h1;            // the page's headline, skipped in the body
};

// Fills article->paragraphs, image_captions, image_credits and (when
// options.explain) appends to article->explain. Returns the body's
// fingerprint, Hash64(NormalizeForCompare(article->Body())), built from the
// paragraphs' normalised text the repetition check computes anyway.
// Sets evidence->teasers and prose_chars (the rest is the caller's).
// REQUIRES: article->paragraphs is empty.
uint64_t ExtractMainContent(xmlDoc* doc, const ContentHints& hints, const ExtractOptions& options,
                            ClassVerdictCache* classes, Article* article, PageEvidence* evidence);

}  // namespace newsift::html

#endif  // NEWSIFT_EXTRACT_HTML_MAIN_CONTENT_H_
