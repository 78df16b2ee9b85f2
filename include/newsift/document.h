// Document: one unit of input as a reader produced it, before any decoding.
//
// Readers (src/read/) yield Documents; the extractor turns each into exactly
// one Article. A Document that could not be read completely still exists: it
// carries the bytes read so far and a non-OK read_status, so that nothing is
// lost silently.
#ifndef NEWSIFT_DOCUMENT_H_
#define NEWSIFT_DOCUMENT_H_

#include <cstdint>
#include <string>

#include "newsift/status.h"

namespace newsift {

// What the container says the payload is. The decoder still checks content.
enum class FormatHint {
  kUnknown,
  kHtml,  // .html/.htm file, JSONL "html" field, WARC text/html response
  kText,  // .txt file, JSONL "text" field
};

struct Document {
  // Where the document came from, unique within a run and stable across runs:
  // a path; "path#<WARC-Record-ID>" for WARC; "path:<line>" for JSONL; "-" or
  // "-:<line>" for stdin.
  std::string source;
  std::string url;           // empty when unknown
  std::string bytes;         // raw payload (for WARC: the HTTP body, headers removed)
  std::string content_type;  // HTTP Content-Type header or empty (charset hint)
  std::string fetched_at;  // ISO 8601 crawl time (WARC-Date, HTTP Date, JSONL fetched_at) or empty
  FormatHint hint = FormatHint::kUnknown;
  // Not OK when the reader could not produce the document: truncated gzip,
  // unreadable file, invalid JSONL line, document over the size limit...
  Status read_status;
};

}  // namespace newsift

#endif  // NEWSIFT_DOCUMENT_H_
