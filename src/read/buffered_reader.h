// BufferedReader: peeking, line reading and bounded reads over a ByteStream,
// with a buffer of a few chunks whatever the size of the input.
//
// Line reads are capped: a line longer than the cap is skipped (not buffered)
// and reported as too long, so one huge line cannot exhaust memory.
// Not thread-safe.
#ifndef NEWSIFT_READ_BUFFERED_READER_H_
#define NEWSIFT_READ_BUFFERED_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "read/byte_stream.h"

namespace newsift::read {

class BufferedReader {
 public:
  explicit BufferedReader(std::unique_ptr<ByteStream> stream);

  // The next min(n, bytes left) bytes, not consumed. Valid until the next call.
  std::string_view Peek(size_t n);
  // Consumes n bytes; REQUIRES: n <= Peek(n).size().
  void Consume(size_t n);
  // Appends up to n bytes to *out; fewer only at the end of the stream.
  size_t ReadInto(uint64_t n, std::string* out);
  // Discards up to n bytes; fewer only at the end of the stream.
  uint64_t Skip(uint64_t n);
  bool AtEnd();

  enum class Line {
    kOk,       // *line holds the line, without '\n' (a trailing '\r' is kept)
    kTooLong,  // the line was longer than max_bytes and has been skipped
    kEnd,      // no more bytes
  };
  // Reads through the next '\n' (or the end of the stream). *line_bytes
  // receives the line's full length, '\n' excluded, also when too long.
  // *terminated says whether the line ended with '\n'.
  Line ReadLine(size_t max_bytes, std::string* line, uint64_t* line_bytes = nullptr,
                bool* terminated = nullptr);

  // Decompressed bytes consumed so far.
  uint64_t position() const { return position_; }
  const Status& status() const { return stream_->status(); }
  uint64_t raw_bytes_read() const { return stream_->raw_bytes_read(); }

 private:
  size_t available() const { return end_ - begin_; }
  // Reads more bytes, keeping unconsumed ones; false at the end of the stream.
  bool Fill(size_t want);

  std::unique_ptr<ByteStream> stream_;
  std::vector<char> buffer_;
  size_t begin_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  uint64_t position_ = 0;
};

}  // namespace newsift::read

#endif  // NEWSIFT_READ_BUFFERED_READER_H_
