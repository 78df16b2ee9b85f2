// Readers over one byte stream each, and the factory that picks one by
// extension and content. OpenReader() (reader.h) chains them over files and
// directories; tests and fuzz targets build them directly on memory.
//
// `name` is the input's name in Document::source ("a.jsonl" gives
// "a.jsonl:3"). stats() counts only this reader's input; total_bytes() is 0.
// Streams passed in are already decompressed (see AutoDecompress), except for
// MakeStreamReader, which decompresses by magic itself.
#ifndef NEWSIFT_READ_READERS_H_
#define NEWSIFT_READ_READERS_H_

#include <memory>
#include <string>

#include "newsift/options.h"
#include "newsift/reader.h"
#include "read/buffered_reader.h"
#include "read/byte_stream.h"

namespace newsift::read {

// The whole stream as one Document (at most options.max_document_bytes).
std::unique_ptr<DocumentReader> MakeSingleDocumentReader(std::unique_ptr<BufferedReader> in,
                                                         std::string name, FormatHint hint,
                                                         const ReadOptions& options);
// One Document per non-empty line of JSON: {"url", "html" | "text", "fetched_at"}.
std::unique_ptr<DocumentReader> MakeJsonlReader(std::unique_ptr<BufferedReader> in,
                                                std::string name, const ReadOptions& options);
// One Document per HTML response (or resource) record of a WARC 1.0/1.1 stream.
std::unique_ptr<DocumentReader> MakeWarcReader(std::unique_ptr<BufferedReader> in, std::string name,
                                               const ReadOptions& options);

// Convenience overloads over a plain ByteStream.
std::unique_ptr<DocumentReader> MakeJsonlReader(std::unique_ptr<ByteStream> in, std::string name,
                                                const ReadOptions& options);
std::unique_ptr<DocumentReader> MakeWarcReader(std::unique_ptr<ByteStream> in, std::string name,
                                               const ReadOptions& options);

// Decompresses `raw` by magic (gzip, zstd), then chooses the reader from the
// extension of `name`, or from the content when the extension says nothing
// (always for stdin, named "-").
std::unique_ptr<DocumentReader> MakeStreamReader(std::unique_ptr<ByteStream> raw, std::string name,
                                                 const ReadOptions& options);

// "document larger than max_document_bytes (N bytes)": the TooLarge reason.
std::string TooLargeReason(size_t max_bytes);

}  // namespace newsift::read

#endif  // NEWSIFT_READ_READERS_H_
