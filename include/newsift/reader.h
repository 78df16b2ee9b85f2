// Readers: turn paths (files, directories, JSONL, WARC, stdin) into a stream of
// Documents, one at a time, with memory independent of input size.
//
// Format is chosen by content and extension: .html/.htm/.txt (optionally .gz),
// .jsonl/.jsonl.gz/.jsonl.zst, .warc/.warc.gz, directories (recursive), and
// "-" for standard input. Failures never stop the stream: an unreadable or
// damaged document comes out as a Document with a non-OK read_status.
//
// Not thread-safe: one consumer calls Next().
#ifndef NEWSIFT_READER_H_
#define NEWSIFT_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "newsift/document.h"
#include "newsift/options.h"

namespace newsift {

struct ReaderStats {
  uint64_t documents = 0;        // Documents returned (including error ones)
  uint64_t read_errors = 0;      // of which with a non-OK read_status
  uint64_t skipped_records = 0;  // WARC records that are not HTML responses
  uint64_t skipped_files = 0;    // directory entries of unknown type (images...)
  uint64_t bytes_read = 0;       // compressed bytes consumed from files so far
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  // Fills *doc and returns true, or returns false at the end of all input.
  virtual bool Next(Document* doc) = 0;
  virtual const ReaderStats& stats() const = 0;
  // Sum of the sizes of all input files, when known before reading (0 if not,
  // e.g. stdin). With stats().bytes_read it gives progress and ETA.
  virtual uint64_t total_bytes() const = 0;
};

// A reader over all paths in order. Never fails: a missing path becomes an
// error Document.
std::unique_ptr<DocumentReader> OpenReader(const std::vector<std::string>& paths,
                                           const ReadOptions& options = {});

}  // namespace newsift

#endif  // NEWSIFT_READER_H_
