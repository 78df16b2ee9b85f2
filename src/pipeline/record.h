// Record: one Document to its Article, never throwing. The edge where the
// pipeline (and `newsift extract`) guarantee that every document ends as
// exactly one record, whatever happened to it.
#ifndef NEWSIFT_PIPELINE_RECORD_H_
#define NEWSIFT_PIPELINE_RECORD_H_

#include "newsift/article.h"
#include "newsift/document.h"
#include "newsift/options.h"

namespace newsift {

// A reader error document as an error record (error = read_status), without
// extraction. REQUIRES: !doc.read_status.ok().
Article ReadErrorRecord(const Document& doc);

// Extract(), or ReadErrorRecord() for a reader error; an exception escaping
// extraction (a bug, or memory exhaustion) becomes status error with
// "internal error: ..." instead of ending the run.
Article ExtractRecord(const Document& doc, const ExtractOptions& options);

}  // namespace newsift

#endif  // NEWSIFT_PIPELINE_RECORD_H_
