// Article extraction from a text dump: a page's visible text, one block per
// line, with navigation, teasers, banners and footers left in.
#ifndef NEWSIFT_EXTRACT_TEXT_DUMP_EXTRACTOR_H_
#define NEWSIFT_EXTRACT_TEXT_DUMP_EXTRACTOR_H_

#include <cstdint>
#include <string_view>

#include "extract/page_type.h"
#include "newsift/article.h"
#include "newsift/options.h"

namespace newsift {

// Classifies each line (body, title, date, caption, navigation, teaser,
// footer, cookie, repeated...) from its own features and the page's
// structure, and fills the article's fields and explain (one entry per
// non-blank line). article->url and fetched_at are set by the caller.
// Returns the body's fingerprint, Hash64(NormalizeForCompare(article->Body())),
// built from the lines' normalised text the classifier already has.
// REQUIRES: article->paragraphs is empty (the fingerprint covers what this
// call adds).
// Sets article->page_type, and *page (when given) to the verdict with its
// reason.
uint64_t ExtractTextDump(std::string_view text, const ExtractOptions& options, Article* article,
                         PageTypeVerdict* page = nullptr);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_TEXT_DUMP_EXTRACTOR_H_
