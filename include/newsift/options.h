// Options for each stage: plain structs with commented defaults.
#ifndef NEWSIFT_OPTIONS_H_
#define NEWSIFT_OPTIONS_H_

#include <cstddef>
#include <cstdint>

namespace newsift {

struct ReadOptions {
  // A document larger than this (after decompression) becomes an error record
  // ("too large") instead of being loaded; the reader skips past it.
  size_t max_document_bytes = size_t{64} << 20;
  // Follow symbolic links when walking directories (loops are detected).
  bool follow_symlinks = true;
};

struct ExtractOptions {
  // A body with fewer characters than this gives status "empty" with the
  // reason in `error`. 1 means: any text at all is an article.
  size_t min_body_chars = 1;
  // A page that lists other articles (a section front, a tag or author
  // archive, search results) gives status "empty" with the reason, instead
  // of status ok with page_type "listing" and its teasers as the body.
  bool drop_listings = false;
  // Keep borderline blocks (short or link-rich paragraphs next to the body).
  bool favor_recall = false;
  // Record per-block labels and reasons in Article::explain.
  bool explain = true;
  // Pages larger than this (decoded) are truncated before parsing, and the
  // truncation noted; protects the run from pathological pages.
  size_t max_parse_bytes = size_t{16} << 20;
};

}  // namespace newsift

#endif  // NEWSIFT_OPTIONS_H_
