#include "read/http_response.h"

#include <charconv>
#include <string_view>

#include "read/byte_stream.h"
#include "read/formats.h"
#include "read/readers.h"
#include "util/text.h"

namespace newsift::read {
namespace {

constexpr std::string_view kHttpPrefix = "HTTP/";
constexpr int kHexBase = 16;
// A chunk-size line longer than this is not chunk framing.
constexpr size_t kMaxChunkLine = 1024;
constexpr unsigned char kZlibMethodDeflate = 8;
constexpr unsigned kZlibHeaderCheck = 31;

bool IEquals(std::string_view a, std::string_view b) { return EqualsIgnoreAsciiCase(a, b); }

// Whether a deflate body carries a zlib header (RFC 1950) or is raw deflate.
bool HasZlibHeader(std::string_view body) {
  if (body.size() < 2) return false;
  auto cmf = static_cast<unsigned char>(body[0]);
  auto flg = static_cast<unsigned char>(body[1]);
  return (cmf & 0x0f) == kZlibMethodDeflate && ((cmf << 8) | flg) % kZlibHeaderCheck == 0;
}

Status ReadAll(ByteStream& stream, size_t max_bytes, const std::string& where, std::string* out) {
  out->clear();
  std::string chunk(kChunkBytes, '\0');
  while (true) {
    size_t got = stream.Read(chunk.data(), chunk.size());
    if (got == 0) break;
    if (out->size() + got > max_bytes) {
      out->clear();
      return Status::TooLarge(where, TooLargeReason(max_bytes));
    }
    out->append(chunk.data(), got);
  }
  return stream.status();
}

}  // namespace

size_t FindHeadEnd(std::string_view data) {
  for (size_t i = data.find('\n'); i != std::string_view::npos; i = data.find('\n', i + 1)) {
    if (i + 1 < data.size() && data[i + 1] == '\n') return i + 2;
    if (i + 2 < data.size() && data[i + 1] == '\r' && data[i + 2] == '\n') return i + 3;
  }
  return std::string_view::npos;
}

bool ParseHttpHead(std::string_view head, HttpHead* out) {
  *out = HttpHead{};
  if (!StartsWith(head, kHttpPrefix)) return false;
  size_t line_end = head.find('\n');
  std::string_view status_line = head.substr(0, line_end);
  size_t space = status_line.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view code = TrimAscii(status_line.substr(space + 1));
  code = code.substr(0, code.find(' '));
  auto [ptr, ec] = std::from_chars(code.data(), code.data() + code.size(), out->status_code);
  if (ec != std::errc() || ptr != code.data() + code.size()) return false;

  while (line_end != std::string_view::npos) {
    size_t start = line_end + 1;
    line_end = head.find('\n', start);
    std::string_view line = head.substr(
        start, line_end == std::string_view::npos ? std::string_view::npos : line_end - start);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view name = TrimAscii(line.substr(0, colon));
    std::string_view value = TrimAscii(line.substr(colon + 1));
    if (IEquals(name, "content-type")) {
      out->content_type = std::string(value);
    } else if (IEquals(name, "content-encoding")) {
      out->content_encoding = ToLowerAscii(value);
      if (out->content_encoding == "identity") out->content_encoding.clear();
    } else if (IEquals(name, "transfer-encoding")) {
      out->chunked = ToLowerAscii(value).find("chunked") != std::string::npos;
    }
  }
  return true;
}

std::string MediaType(std::string_view content_type) {
  return ToLowerAscii(TrimAscii(content_type.substr(0, content_type.find(';'))));
}

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

Status Dechunk(std::string_view body, size_t max_bytes, const std::string& where,
               std::string* out) {
  out->clear();
  size_t pos = 0;
  bool first = true;
  while (true) {
    size_t line_end = body.find('\n', pos);
    if (line_end == std::string_view::npos || line_end - pos > kMaxChunkLine) {
      if (first) break;  // not chunk framing
      return Status::Corruption(where, "truncated chunked body");
    }
    std::string_view size_text = TrimAscii(body.substr(pos, line_end - pos));
    size_text = TrimAscii(size_text.substr(0, size_text.find(';')));
    uint64_t size = 0;
    auto [ptr, ec] =
        std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, kHexBase);
    if (size_text.empty() || ec != std::errc() || ptr != size_text.data() + size_text.size()) {
      if (first) break;
      return Status::Corruption(where, "malformed chunk size in chunked body");
    }
    first = false;
    pos = line_end + 1;
    if (size == 0) return Status::OK();  // trailers, if any, are not payload
    if (size > body.size() - pos) {
      out->append(body.substr(pos));
      return Status::Corruption(where, "truncated chunked body");
    }
    if (out->size() + size > max_bytes) {
      out->clear();
      return Status::TooLarge(where, TooLargeReason(max_bytes));
    }
    out->append(body.substr(pos, size));
    pos += size;
    // The CRLF after the chunk data.
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
    if (pos >= body.size()) return Status::OK();  // last chunk marker missing: tolerated
  }
  // Not chunked after all (the crawler stored it de-chunked).
  if (body.size() > max_bytes) return Status::TooLarge(where, TooLargeReason(max_bytes));
  out->assign(body);
  return Status::OK();
}

Status DecodeContent(std::string_view encoding, std::string body, size_t max_bytes,
                     const std::string& where, std::string* out) {
  Compression compression = DetectCompression(body);
  std::unique_ptr<ByteStream> stream;
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    if (compression == Compression::kGzip || HasZlibHeader(body)) {
      stream = InflateStream(MemoryStream(std::move(body)), where);
    } else if (encoding == "deflate" && !body.empty() && !LooksLikeHtml(body)) {
      stream = InflateStream(MemoryStream(std::move(body)), where, InflateMode::kRaw);
    }
  } else if (encoding == "zstd") {
    if (compression == Compression::kZstd)
      stream = ZstdStream(MemoryStream(std::move(body)), where);
  } else {
    return Status::Unsupported(where, "unsupported Content-Encoding: " + std::string(encoding));
  }
  if (stream == nullptr) {  // declared but not applied: already decoded
    if (body.size() > max_bytes) return Status::TooLarge(where, TooLargeReason(max_bytes));
    *out = std::move(body);
    return Status::OK();
  }
  return ReadAll(*stream, max_bytes, where, out);
}

}  // namespace newsift::read
