// WARC 1.0/1.1: one Document per HTML response (or resource) record, streamed
// record by record; everything else is skipped and counted.
#include <charconv>
#include <limits>

#include "read/formats.h"
#include "read/http_response.h"
#include "read/readers.h"
#include "util/text.h"

namespace newsift::read {
namespace {

constexpr std::string_view kWarcVersionPrefix = "WARC/1.";
constexpr std::string_view kHttpPrefix = "HTTP/";
// Limits that keep a garbled header from being buffered without end.
constexpr size_t kMaxHeaderLine = size_t{64} << 10;
constexpr size_t kMaxHeaderBytes = size_t{1} << 20;
constexpr size_t kMaxHttpHead = size_t{64} << 10;
// Chunk framing adds a few bytes per chunk: a chunked body may be this much
// over max_document_bytes before it is refused unread.
constexpr size_t kChunkedSlackDivisor = 8;
constexpr size_t kMinChunkedSlack = size_t{4} << 10;
constexpr int kHttpOkMin = 200;
constexpr int kHttpOkEnd = 300;

bool IEquals(std::string_view a, std::string_view b) { return EqualsIgnoreAsciiCase(a, b); }

std::string_view StripCr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// WARC 1.0 allowed (and some writers still use) "<...>" around URIs and ids.
std::string_view StripAngles(std::string_view value) {
  if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
    return value.substr(1, value.size() - 2);
  }
  return value;
}

struct WarcHeader {
  std::string type;
  std::string record_id;
  std::string target_uri;
  std::string date;
  std::string content_type;
  uint64_t content_length = 0;
  bool has_length = false;
};

class WarcReader : public DocumentReader {
 public:
  WarcReader(std::unique_ptr<BufferedReader> in, std::string name, const ReadOptions& options)
      : in_(std::move(in)), name_(std::move(name)), options_(options) {}

  bool Next(Document* doc) override {
    bool produced = false;
    while (!done_ && !produced) produced = ReadRecord(doc);
    if (produced) {
      ++stats_.documents;
      if (!doc->read_status.ok()) ++stats_.read_errors;
    }
    stats_.bytes_read = in_->raw_bytes_read();
    return produced;
  }
  const ReaderStats& stats() const override { return stats_; }
  uint64_t total_bytes() const override { return 0; }

 private:
  // Reads one record. True when it filled *doc; false when the record was
  // skipped or the input ended (done_).
  bool ReadRecord(Document* doc) {
    uint64_t record_start = 0;
    while (true) {
      record_start = in_->position();
      BufferedReader::Line result = in_->ReadLine(kMaxHeaderLine, &line_);
      if (result == BufferedReader::Line::kEnd) return Finish(doc);
      std::string_view line = StripCr(line_);
      if (result == BufferedReader::Line::kOk && StartsWith(line, kWarcVersionPrefix)) break;
      if (result == BufferedReader::Line::kOk && line.empty()) continue;  // record separators
      if (resyncing_) continue;
      resyncing_ = true;
      return Error(doc, name_,
                   Status::Corruption(name_, "invalid WARC header at offset " +
                                                 std::to_string(record_start) +
                                                 ": expected a WARC/1.x version line"));
    }
    resyncing_ = false;
    ++record_index_;

    WarcHeader header;
    size_t header_bytes = 0;
    while (true) {
      uint64_t line_bytes = 0;
      BufferedReader::Line result = in_->ReadLine(kMaxHeaderLine, &line_, &line_bytes);
      if (result == BufferedReader::Line::kEnd) {
        std::string source = RecordSource(header);
        return Error(doc, source,
                     Status::Corruption(source, WithStreamError("truncated WARC header")));
      }
      header_bytes += line_bytes;
      if (result == BufferedReader::Line::kTooLong || header_bytes > kMaxHeaderBytes) {
        return Garbled(doc, header, "WARC header too long");
      }
      std::string_view line = StripCr(line_);
      if (line.empty()) break;
      if (line.front() == ' ' || line.front() == '\t') continue;  // folded value: not one we use
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        return Garbled(doc, header, "malformed WARC header line (no ':')");
      }
      std::string_view field = TrimAscii(line.substr(0, colon));
      std::string_view value = TrimAscii(line.substr(colon + 1));
      if (IEquals(field, "WARC-Type")) {
        header.type = ToLowerAscii(value);
      } else if (IEquals(field, "WARC-Record-ID")) {
        header.record_id = std::string(StripAngles(value));
      } else if (IEquals(field, "WARC-Target-URI")) {
        header.target_uri = std::string(StripAngles(value));
      } else if (IEquals(field, "WARC-Date")) {
        header.date = std::string(value);
      } else if (IEquals(field, "Content-Type")) {
        header.content_type = std::string(value);
      } else if (IEquals(field, "Content-Length")) {
        auto [ptr, ec] =
            std::from_chars(value.data(), value.data() + value.size(), header.content_length);
        header.has_length = ec == std::errc() && ptr == value.data() + value.size();
      }
    }
    if (!header.has_length) return Garbled(doc, header, "missing or invalid Content-Length");
    return ReadBlock(header, doc);
  }

  bool ReadBlock(const WarcHeader& header, Document* doc) {
    const uint64_t length = header.content_length;
    const bool response = header.type == "response";
    if (!response && header.type != "resource") return SkipBlock(header, length, length, doc);

    HttpHead http;
    uint64_t remaining = length;
    std::string content_type = header.content_type;
    if (response) {
      const size_t want = static_cast<size_t>(std::min<uint64_t>(length, kMaxHttpHead));
      std::string_view head = in_->Peek(want);
      if (head.size() < want) {
        const size_t got = head.size();
        in_->Consume(got);
        return Truncated(doc, header, length, got);
      }
      if (!StartsWith(head, kHttpPrefix)) return SkipBlock(header, length, length, doc);
      size_t head_end = FindHeadEnd(head);
      if (head_end == std::string_view::npos) {
        if (length > kMaxHttpHead) {
          std::string source = RecordSource(header);
          Status error = Status::Corruption(
              source, "HTTP head larger than " + std::to_string(kMaxHttpHead) + " bytes");
          uint64_t skipped = in_->Skip(length);
          if (skipped < length) return Truncated(doc, header, length, skipped);
          return Error(doc, source, std::move(error));
        }
        head_end = head.size();  // a head with no body
      }
      if (!ParseHttpHead(head.substr(0, head_end), &http)) {
        return SkipBlock(header, length, length, doc);
      }
      in_->Consume(head_end);
      remaining -= head_end;
      if (http.status_code < kHttpOkMin || http.status_code >= kHttpOkEnd) {
        return SkipBlock(header, length, remaining, doc);  // redirects, errors
      }
      content_type = http.content_type;
    }

    const std::string media_type = MediaType(content_type);
    const bool must_sniff = media_type.empty();
    if (!must_sniff && !IsHtmlMediaType(media_type)) {
      return SkipBlock(header, length, remaining, doc);
    }

    const size_t max_bytes = options_.max_document_bytes;
    const std::string source = RecordSource(header);
    if (remaining > RawBodyLimit(http.chunked)) {
      uint64_t skipped = in_->Skip(remaining);
      if (skipped < remaining) return Truncated(doc, header, length, length - remaining + skipped);
      return Error(doc, source, Status::TooLarge(source, TooLargeReason(max_bytes)));
    }
    std::string payload;
    payload.reserve(static_cast<size_t>(remaining));
    size_t got = in_->ReadInto(remaining, &payload);
    if (got < remaining) return Truncated(doc, header, length, length - remaining + got);

    Status status;
    if (http.chunked) {
      std::string dechunked;
      status = Dechunk(payload, max_bytes, source, &dechunked);
      payload = std::move(dechunked);
    }
    if (!http.content_encoding.empty() && status.code() != Status::Code::kTooLarge) {
      std::string decoded;
      Status decode_status =
          DecodeContent(http.content_encoding, std::move(payload), max_bytes, source, &decoded);
      payload = std::move(decoded);
      if (status.ok()) status = std::move(decode_status);
    }
    if (must_sniff && status.ok() && !LooksLikeHtml(payload)) {
      ++stats_.skipped_records;
      return false;
    }

    *doc = Document{};
    doc->source = source;
    doc->url = header.target_uri;
    doc->fetched_at = header.date;
    doc->content_type = std::move(content_type);
    doc->hint = FormatHint::kHtml;
    if (status.ok()) doc->bytes = std::move(payload);
    if (!status.ok() && status.code() == Status::Code::kCorruption) {
      doc->bytes = std::move(payload);  // what could be decoded before the damage
    }
    doc->read_status = std::move(status);
    return true;
  }

  uint64_t RawBodyLimit(bool chunked) const {
    const size_t max_bytes = options_.max_document_bytes;
    if (!chunked) return max_bytes;
    const size_t slack = std::max(kMinChunkedSlack, max_bytes / kChunkedSlackDivisor);
    return max_bytes > std::numeric_limits<size_t>::max() - slack
               ? std::numeric_limits<size_t>::max()
               : max_bytes + slack;
  }

  // Skips the rest of a record that is not a document (remaining of length
  // bytes are left).
  bool SkipBlock(const WarcHeader& header, uint64_t length, uint64_t remaining, Document* doc) {
    uint64_t skipped = in_->Skip(remaining);
    if (skipped < remaining) return Truncated(doc, header, length, length - remaining + skipped);
    ++stats_.skipped_records;
    return false;
  }

  bool Truncated(Document* doc, const WarcHeader& header, uint64_t expected, uint64_t got) {
    std::string source = RecordSource(header);
    Status error = Status::Corruption(
        source, WithStreamError("truncated record: expected " + std::to_string(expected) +
                                " bytes, got " + std::to_string(got)));
    Error(doc, source, std::move(error));
    doc->url = header.target_uri;
    doc->fetched_at = header.date;
    return true;
  }

  bool Garbled(Document* doc, const WarcHeader& header, std::string_view why) {
    resyncing_ = true;
    std::string source = RecordSource(header);
    return Error(doc, source, Status::Corruption(source, why));
  }

  static bool Error(Document* doc, std::string source, Status status) {
    *doc = Document{};
    doc->source = std::move(source);
    doc->read_status = std::move(status);
    return true;
  }

  // End of input: a damaged stream not yet reported becomes one error Document.
  bool Finish(Document* doc) {
    done_ = true;
    if (in_->status().ok() || stream_error_reported_) return false;
    stream_error_reported_ = true;
    return Error(doc, name_, in_->status());
  }

  // Appends the stream's error (e.g. "truncated gzip stream") when there is one.
  std::string WithStreamError(std::string why) {
    if (in_->status().ok()) return why;
    stream_error_reported_ = true;
    return why + " (" + in_->status().message() + ")";
  }

  std::string RecordSource(const WarcHeader& header) const {
    if (!header.record_id.empty()) return name_ + "#" + header.record_id;
    return name_ + "#record-" + std::to_string(record_index_);
  }

  std::unique_ptr<BufferedReader> in_;
  std::string name_;
  ReadOptions options_;
  std::string line_;
  uint64_t record_index_ = 0;
  bool resyncing_ = false;
  bool done_ = false;
  bool stream_error_reported_ = false;
  ReaderStats stats_;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeWarcReader(std::unique_ptr<BufferedReader> in, std::string name,
                                               const ReadOptions& options) {
  return std::make_unique<WarcReader>(std::move(in), std::move(name), options);
}

std::unique_ptr<DocumentReader> MakeWarcReader(std::unique_ptr<ByteStream> in, std::string name,
                                               const ReadOptions& options) {
  return MakeWarcReader(std::make_unique<BufferedReader>(std::move(in)), std::move(name), options);
}

}  // namespace newsift::read
