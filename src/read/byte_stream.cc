#include "read/byte_stream.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace newsift::read {
namespace {

constexpr unsigned char kGzipMagic[] = {0x1f, 0x8b};
constexpr unsigned char kZstdMagic[] = {0x28, 0xb5, 0x2f, 0xfd};
constexpr size_t kMagicBytes = sizeof(kZstdMagic);
// zlib windowBits: 15 (32 KiB window) + 32 asks inflate to detect gzip or zlib
// headers; negative means raw deflate.
constexpr int kAutoWindowBits = 15 + 32;
constexpr int kRawWindowBits = -15;

class FileStream : public ByteStream {
 public:
  FileStream(int fd, std::string path, bool owned)
      : fd_(fd), path_(std::move(path)), owned_(owned) {}
  ~FileStream() override {
    if (owned_) close(fd_);
  }

  size_t Read(char* dst, size_t n) override {
    if (done_) return 0;
    while (true) {
      ssize_t got = ::read(fd_, dst, n);
      if (got > 0) {
        raw_bytes_ += static_cast<uint64_t>(got);
        return static_cast<size_t>(got);
      }
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) status_ = Status::IOError(path_, std::strerror(errno));
      done_ = true;
      return 0;
    }
  }
  const Status& status() const override { return status_; }
  uint64_t raw_bytes_read() const override { return raw_bytes_; }

 private:
  int fd_;
  std::string path_;
  bool owned_;
  bool done_ = false;
  uint64_t raw_bytes_ = 0;
  Status status_;
};

class StringStream : public ByteStream {
 public:
  explicit StringStream(std::string bytes) : bytes_(std::move(bytes)) {}
  size_t Read(char* dst, size_t n) override {
    size_t take = std::min(n, bytes_.size() - pos_);
    std::memcpy(dst, bytes_.data() + pos_, take);
    pos_ += take;
    return take;
  }
  const Status& status() const override { return status_; }
  uint64_t raw_bytes_read() const override { return pos_; }

 private:
  std::string bytes_;
  size_t pos_ = 0;
  Status status_;
};

// Replays bytes already taken from `inner` (for sniffing) before the rest.
class PrefixedStream : public ByteStream {
 public:
  PrefixedStream(std::string prefix, std::unique_ptr<ByteStream> inner)
      : prefix_(std::move(prefix)), inner_(std::move(inner)) {}
  size_t Read(char* dst, size_t n) override {
    if (pos_ < prefix_.size()) {
      size_t take = std::min(n, prefix_.size() - pos_);
      std::memcpy(dst, prefix_.data() + pos_, take);
      pos_ += take;
      return take;
    }
    return inner_->Read(dst, n);
  }
  const Status& status() const override { return inner_->status(); }
  uint64_t raw_bytes_read() const override { return inner_->raw_bytes_read(); }

 private:
  std::string prefix_;
  size_t pos_ = 0;
  std::unique_ptr<ByteStream> inner_;
};

class ZlibStream : public ByteStream {
 public:
  ZlibStream(std::unique_ptr<ByteStream> inner, std::string name, InflateMode mode)
      : inner_(std::move(inner)), name_(std::move(name)), mode_(mode), in_(kChunkBytes) {
    int window = mode == InflateMode::kRaw ? kRawWindowBits : kAutoWindowBits;
    if (inflateInit2(&strm_, window) != Z_OK) {
      status_ = Status::Internal(name_, "cannot initialise zlib");
      done_ = true;
    } else {
      initialised_ = true;
    }
  }
  ~ZlibStream() override {
    if (initialised_) inflateEnd(&strm_);
  }

  size_t Read(char* dst, size_t n) override {
    if (done_) return 0;
    strm_.next_out = reinterpret_cast<Bytef*>(dst);
    strm_.avail_out = static_cast<uInt>(std::min<size_t>(n, UINT32_MAX));
    const uInt wanted = strm_.avail_out;
    while (strm_.avail_out == wanted && !done_) {
      if (strm_.avail_in == 0 && !Refill()) break;
      if (!in_member_) {
        // A member has ended: only another gzip member may follow; anything
        // else (zero padding, junk) is ignored like gzip(1) does.
        if (mode_ != InflateMode::kAuto || strm_.next_in[0] != kGzipMagic[0]) {
          done_ = true;
          break;
        }
        inflateReset(&strm_);
        in_member_ = true;
      }
      int rc = inflate(&strm_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        continue;
      }
      if (rc == Z_OK || rc == Z_BUF_ERROR) continue;
      status_ = Status::Corruption(
          name_, std::string("invalid compressed data: ") + (strm_.msg ? strm_.msg : "zlib error"));
      done_ = true;
    }
    return wanted - strm_.avail_out;
  }
  const Status& status() const override { return status_; }
  uint64_t raw_bytes_read() const override { return inner_->raw_bytes_read(); }

 private:
  // Returns false (and finishes the stream) when the input is exhausted.
  bool Refill() {
    size_t got = inner_->Read(reinterpret_cast<char*>(in_.data()), in_.size());
    if (got > 0) {
      strm_.next_in = in_.data();
      strm_.avail_in = static_cast<uInt>(got);
      started_ = true;
      return true;
    }
    done_ = true;
    if (!inner_->status().ok()) {
      status_ = inner_->status();
    } else if (in_member_ && started_) {
      status_ = Status::Corruption(
          name_, mode_ == InflateMode::kRaw ? "truncated deflate stream" : "truncated gzip stream");
    }
    return false;
  }

  std::unique_ptr<ByteStream> inner_;
  std::string name_;
  InflateMode mode_;
  std::vector<Bytef> in_;
  z_stream strm_{};
  bool initialised_ = false;
  bool in_member_ = true;
  bool started_ = false;
  bool done_ = false;
  Status status_;
};

class ZstdDecompressStream : public ByteStream {
 public:
  ZstdDecompressStream(std::unique_ptr<ByteStream> inner, std::string name)
      : inner_(std::move(inner)),
        name_(std::move(name)),
        in_(kChunkBytes),
        dctx_(ZSTD_createDCtx()) {
    if (dctx_ == nullptr) {
      status_ = Status::Internal(name_, "cannot initialise zstd");
      done_ = true;
    }
  }
  ~ZstdDecompressStream() override { ZSTD_freeDCtx(dctx_); }

  size_t Read(char* dst, size_t n) override {
    if (done_) return 0;
    ZSTD_outBuffer out{dst, n, 0};
    while (out.pos == 0 && !done_) {
      if (in_buf_.pos == in_buf_.size && !input_ended_) {
        size_t got = inner_->Read(in_.data(), in_.size());
        in_buf_ = ZSTD_inBuffer{in_.data(), got, 0};
        if (got == 0) input_ended_ = true;
      }
      if (input_ended_ && !frame_open_) {
        // Between frames with no input left: a clean end. (Calling zstd here
        // would return the next frame's header size, not "done".)
        done_ = true;
        if (!inner_->status().ok()) status_ = inner_->status();
        break;
      }
      const size_t out_before = out.pos;
      const size_t in_before = in_buf_.pos;
      size_t rc = ZSTD_decompressStream(dctx_, &out, &in_buf_);
      if (ZSTD_isError(rc)) {
        status_ =
            Status::Corruption(name_, std::string("invalid zstd data: ") + ZSTD_getErrorName(rc));
        done_ = true;
        break;
      }
      if (out.pos != out_before || in_buf_.pos != in_before) frame_open_ = rc != 0;
      if (input_ended_ && out.pos == out_before) {
        // No input left and nothing more flushed: the end.
        done_ = true;
        if (!inner_->status().ok()) {
          status_ = inner_->status();
        } else if (frame_open_) {
          status_ = Status::Corruption(name_, "truncated zstd stream");
        }
      }
    }
    return out.pos;
  }
  const Status& status() const override { return status_; }
  uint64_t raw_bytes_read() const override { return inner_->raw_bytes_read(); }

 private:
  std::unique_ptr<ByteStream> inner_;
  std::string name_;
  std::vector<char> in_;
  ZSTD_DCtx* dctx_;
  ZSTD_inBuffer in_buf_{nullptr, 0, 0};
  bool input_ended_ = false;
  bool frame_open_ = false;
  bool done_ = false;
  Status status_;
};

bool HasPrefix(std::string_view data, const unsigned char* magic, size_t size) {
  return data.size() >= size && std::memcmp(data.data(), magic, size) == 0;
}

}  // namespace

Result<std::unique_ptr<ByteStream>> OpenFileStream(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(path, std::strerror(errno));
  posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  return std::unique_ptr<ByteStream>(std::make_unique<FileStream>(fd, path, /*owned=*/true));
}

std::unique_ptr<ByteStream> StdinStream() {
  return std::make_unique<FileStream>(STDIN_FILENO, "-", /*owned=*/false);
}

std::unique_ptr<ByteStream> MemoryStream(std::string bytes) {
  return std::make_unique<StringStream>(std::move(bytes));
}

std::unique_ptr<ByteStream> InflateStream(std::unique_ptr<ByteStream> inner, std::string name,
                                          InflateMode mode) {
  return std::make_unique<ZlibStream>(std::move(inner), std::move(name), mode);
}

std::unique_ptr<ByteStream> ZstdStream(std::unique_ptr<ByteStream> inner, std::string name) {
  return std::make_unique<ZstdDecompressStream>(std::move(inner), std::move(name));
}

Compression DetectCompression(std::string_view head) {
  if (HasPrefix(head, kGzipMagic, sizeof(kGzipMagic))) return Compression::kGzip;
  if (HasPrefix(head, kZstdMagic, sizeof(kZstdMagic))) return Compression::kZstd;
  return Compression::kNone;
}

std::unique_ptr<ByteStream> AutoDecompress(std::unique_ptr<ByteStream> raw, std::string name,
                                           Compression* found) {
  std::string head(kMagicBytes, '\0');
  size_t have = 0;
  while (have < kMagicBytes) {
    size_t got = raw->Read(head.data() + have, kMagicBytes - have);
    if (got == 0) break;
    have += got;
  }
  head.resize(have);
  Compression compression = DetectCompression(head);
  if (found != nullptr) *found = compression;
  auto stream = std::make_unique<PrefixedStream>(std::move(head), std::move(raw));
  switch (compression) {
    case Compression::kGzip:
      return InflateStream(std::move(stream), std::move(name));
    case Compression::kZstd:
      return ZstdStream(std::move(stream), std::move(name));
    case Compression::kNone:
      break;
  }
  return stream;
}

}  // namespace newsift::read
