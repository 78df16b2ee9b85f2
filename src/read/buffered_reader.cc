#include "read/buffered_reader.h"

#include <algorithm>
#include <cstring>

namespace newsift::read {

BufferedReader::BufferedReader(std::unique_ptr<ByteStream> stream)
    : stream_(std::move(stream)), buffer_(kChunkBytes) {}

bool BufferedReader::Fill(size_t want) {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, available());
    end_ -= begin_;
    begin_ = 0;
  }
  // Grows only for a Peek() wider than the buffer; plain reads reuse it.
  size_t needed = std::max(want, end_ + 1);
  if (buffer_.size() < needed) buffer_.resize(std::max(needed, buffer_.size() * 2));
  size_t got = stream_->Read(buffer_.data() + end_, buffer_.size() - end_);
  if (got == 0) {
    eof_ = true;
    return false;
  }
  end_ += got;
  return true;
}

std::string_view BufferedReader::Peek(size_t n) {
  while (available() < n && Fill(n)) {
  }
  return std::string_view(buffer_.data() + begin_, std::min(n, available()));
}

void BufferedReader::Consume(size_t n) {
  n = std::min(n, available());
  begin_ += n;
  position_ += n;
}

size_t BufferedReader::ReadInto(uint64_t n, std::string* out) {
  uint64_t done = 0;
  while (done < n) {
    if (available() == 0) {
      // Large reads go straight from the stream into *out, past the buffer.
      if (eof_) break;
      begin_ = end_ = 0;
      if (!Fill(0)) break;
    }
    size_t take = static_cast<size_t>(std::min<uint64_t>(n - done, available()));
    out->append(buffer_.data() + begin_, take);
    Consume(take);
    done += take;
  }
  return static_cast<size_t>(done);
}

uint64_t BufferedReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    if (available() == 0) {
      begin_ = end_ = 0;
      if (!Fill(0)) break;
    }
    size_t take = static_cast<size_t>(std::min<uint64_t>(n - done, available()));
    Consume(take);
    done += take;
  }
  return done;
}

bool BufferedReader::AtEnd() { return available() == 0 && !Fill(0); }

BufferedReader::Line BufferedReader::ReadLine(size_t max_bytes, std::string* line,
                                              uint64_t* line_bytes, bool* terminated) {
  line->clear();
  uint64_t length = 0;
  bool too_long = false;
  bool saw_newline = false;
  bool any = false;
  while (true) {
    if (available() == 0) {
      begin_ = end_ = 0;
      if (!Fill(0)) break;
    }
    any = true;
    const char* start = buffer_.data() + begin_;
    const void* hit = std::memchr(start, '\n', available());
    size_t take = hit ? static_cast<size_t>(static_cast<const char*>(hit) - start) : available();
    length += take;
    if (!too_long && length > max_bytes) {
      too_long = true;
      line->clear();
      line->shrink_to_fit();
    }
    if (!too_long) line->append(start, take);
    Consume(take);
    if (hit) {
      Consume(1);
      saw_newline = true;
      break;
    }
  }
  if (line_bytes != nullptr) *line_bytes = length;
  if (terminated != nullptr) *terminated = saw_newline;
  if (!any) return Line::kEnd;
  return too_long ? Line::kTooLong : Line::kOk;
}

}  // namespace newsift::read
