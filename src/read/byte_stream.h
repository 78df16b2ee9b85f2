// ByteStream: a pull stream of bytes (file, stdin, memory, gzip, zstd), the
// bottom layer of every reader.
//
// Read() never fails loudly: it returns 0 at the end of the data, and status()
// then says whether the end was clean (OK) or not (I/O error, truncated or
// damaged compressed data). Bytes already returned stay valid: a truncated
// gzip stream yields everything it could inflate before the damage.
// Not thread-safe.
#ifndef NEWSIFT_READ_BYTE_STREAM_H_
#define NEWSIFT_READ_BYTE_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "newsift/status.h"

namespace newsift::read {

// Size of the chunks read from files and fed to decompressors.
inline constexpr size_t kChunkBytes = size_t{256} << 10;

class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Copies up to n (> 0) bytes into dst; returns how many, 0 only at the end.
  virtual size_t Read(char* dst, size_t n) = 0;
  // OK unless the data ended because of an error.
  virtual const Status& status() const = 0;
  // Bytes consumed from the underlying file so far (compressed bytes for a
  // decompressing stream): progress reporting.
  virtual uint64_t raw_bytes_read() const = 0;
};

// Opens path for reading ("-" is not special here). IOError when it cannot.
Result<std::unique_ptr<ByteStream>> OpenFileStream(const std::string& path);
// Standard input (not closed on destruction).
std::unique_ptr<ByteStream> StdinStream();
// A stream over an in-memory string (fuzzing, tests, decoding HTTP bodies).
std::unique_ptr<ByteStream> MemoryStream(std::string bytes);

// How an inflate stream reads its input.
enum class InflateMode {
  kAuto,  // gzip or zlib header, detected; consecutive gzip members joined
  kRaw,   // raw deflate without header (some servers' "Content-Encoding: deflate")
};

// Decompressing streams. `name` is used in status messages
// (e.g. Corruption("a.html.gz", "truncated gzip stream")).
std::unique_ptr<ByteStream> InflateStream(std::unique_ptr<ByteStream> inner, std::string name,
                                          InflateMode mode = InflateMode::kAuto);
std::unique_ptr<ByteStream> ZstdStream(std::unique_ptr<ByteStream> inner, std::string name);

enum class Compression { kNone, kGzip, kZstd };
// Compression recognised by its magic bytes at the start of `head`.
Compression DetectCompression(std::string_view head);

// Looks at the first bytes of `raw` and, when they are a gzip or zstd magic,
// wraps it in the matching decompressor; otherwise returns the bytes as they
// are. Never loses the sniffed bytes.
std::unique_ptr<ByteStream> AutoDecompress(std::unique_ptr<ByteStream> raw, std::string name,
                                           Compression* found = nullptr);

}  // namespace newsift::read

#endif  // NEWSIFT_READ_BYTE_STREAM_H_
