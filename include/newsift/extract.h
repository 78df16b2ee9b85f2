// Extraction: one Document in, one Article out (status ok, empty or error).
//
// Decodes the bytes, then extracts the article body and metadata from HTML or
// from a text dump (one block per line), drops in-page repetition and
// boilerplate, detects the language. Duplicate detection across documents is
// not done here (see pipeline.h). Thread-safe: no shared state.
#ifndef NEWSIFT_EXTRACT_H_
#define NEWSIFT_EXTRACT_H_

#include <string>
#include <string_view>

#include "newsift/article.h"
#include "newsift/document.h"
#include "newsift/options.h"

namespace newsift {

Article Extract(const Document& doc, const ExtractOptions& options = {});

// The identity and provenance every record carries, even one that nothing could
// be extracted from: id, source, url, domain, fetched_at, input_format hint.
Article BaseRecord(const Document& doc);

// Stable record id for a document: 16 hex digits of XXH3-64 over
// source + '\0' + bytes.
std::string DocumentId(const Document& doc);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_H_
