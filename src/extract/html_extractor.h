// Main-content and metadata extraction from an HTML page.
#ifndef NEWSIFT_EXTRACT_HTML_EXTRACTOR_H_
#define NEWSIFT_EXTRACT_HTML_EXTRACTOR_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "extract/page_type.h"
#include "newsift/article.h"
#include "newsift/options.h"

namespace newsift {

// Fills article's title, description, authors, dates (via ChooseDates, using
// article->fetched_at), site, section, paragraphs, captions, credits and
// explain from UTF-8 HTML. article->url and fetched_at are set by the caller.
// Never fails: an HTML page with no recognisable article yields no paragraphs.
// Returns the body's fingerprint, Hash64(NormalizeForCompare(article->Body())),
// when the extractor has it at hand. Sets article->page_type, and *page
// (when given) to the verdict with its reason.
// REQUIRES: article->paragraphs is empty.
std::optional<uint64_t> ExtractHtml(std::string_view html, const ExtractOptions& options,
                                    Article* article, PageTypeVerdict* page = nullptr);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_HTML_EXTRACTOR_H_
