// JSON Lines: one Document per non-empty line.
#include <limits>
#include <nlohmann/json.hpp>

#include "read/readers.h"
#include "util/text.h"

namespace newsift::read {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// Room for JSON syntax and escapes on top of the document itself: a line may
// be this much longer than max_document_bytes before it is skipped unread.
constexpr size_t kLineSlackDivisor = 2;
constexpr size_t kMinLineSlack = size_t{64} << 10;

size_t SaturatingAdd(size_t a, size_t b) {
  return a > std::numeric_limits<size_t>::max() - b ? std::numeric_limits<size_t>::max() : a + b;
}

// The string member `key` of `object`, moved out, or nullptr when absent or
// not a string.
std::string* StringField(nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return nullptr;
  return it->get_ptr<std::string*>();
}

class JsonlReader : public DocumentReader {
 public:
  JsonlReader(std::unique_ptr<BufferedReader> in, std::string name, const ReadOptions& options)
      : in_(std::move(in)),
        name_(std::move(name)),
        options_(options),
        max_line_(SaturatingAdd(
            options.max_document_bytes,
            std::max(kMinLineSlack, options.max_document_bytes / kLineSlackDivisor))) {}

  bool Next(Document* doc) override {
    bool produced = ReadOne(doc);
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
  bool ReadOne(Document* doc) {
    while (!done_) {
      uint64_t line_bytes = 0;
      bool terminated = false;
      BufferedReader::Line result = in_->ReadLine(max_line_, &line_, &line_bytes, &terminated);
      if (result == BufferedReader::Line::kEnd) {
        done_ = true;
        if (in_->status().ok() || stream_error_reported_) return false;
        *doc = Document{};
        doc->source = name_;
        doc->read_status = in_->status();
        return true;
      }
      ++line_number_;
      // A last line cut short by a damaged stream carries the stream's error.
      const bool cut = !terminated && !in_->status().ok();
      std::string source = name_ + ":" + std::to_string(line_number_);
      if (result == BufferedReader::Line::kTooLong) {
        *doc = Document{};
        doc->source = std::move(source);
        doc->read_status = Status::TooLarge(
            doc->source, "line of " + std::to_string(line_bytes) +
                             " bytes: " + TooLargeReason(options_.max_document_bytes));
        return true;
      }
      std::string_view text = line_;
      if (line_number_ == 1 && StartsWith(text, kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
      text = TrimAscii(text);
      if (text.empty()) continue;
      ParseLine(text, std::move(source), doc);
      if (cut) {
        doc->read_status =
            Status::Corruption(doc->source, "line cut short (" + in_->status().message() + ")");
        stream_error_reported_ = true;
      }
      return true;
    }
    return false;
  }

  void ParseLine(std::string_view text, std::string source, Document* doc) {
    *doc = Document{};
    doc->source = std::move(source);
    nlohmann::json value;
    try {
      value = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
      doc->read_status =
          Status::InvalidArgument(doc->source, std::string("invalid JSON: ") + e.what());
      return;
    }
    if (!value.is_object()) {
      doc->read_status = Status::InvalidArgument(doc->source, "line is not a JSON object");
      return;
    }
    std::string* body = StringField(value, "html");
    doc->hint = FormatHint::kHtml;
    if (body == nullptr) {
      body = StringField(value, "text");
      doc->hint = FormatHint::kText;
    }
    if (body == nullptr) {
      doc->hint = FormatHint::kUnknown;
      doc->read_status =
          Status::InvalidArgument(doc->source, "no string field \"html\" or \"text\"");
      return;
    }
    if (std::string* url = StringField(value, "url")) doc->url = std::move(*url);
    if (std::string* date = StringField(value, "fetched_at")) doc->fetched_at = std::move(*date);
    if (std::string* type = StringField(value, "content_type"))
      doc->content_type = std::move(*type);
    if (body->size() > options_.max_document_bytes) {
      doc->read_status = Status::TooLarge(doc->source, TooLargeReason(options_.max_document_bytes));
      return;
    }
    doc->bytes = std::move(*body);
  }

  std::unique_ptr<BufferedReader> in_;
  std::string name_;
  ReadOptions options_;
  size_t max_line_;
  std::string line_;
  uint64_t line_number_ = 0;
  bool done_ = false;
  bool stream_error_reported_ = false;
  ReaderStats stats_;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeJsonlReader(std::unique_ptr<BufferedReader> in,
                                                std::string name, const ReadOptions& options) {
  return std::make_unique<JsonlReader>(std::move(in), std::move(name), options);
}

std::unique_ptr<DocumentReader> MakeJsonlReader(std::unique_ptr<ByteStream> in, std::string name,
                                                const ReadOptions& options) {
  return MakeJsonlReader(std::make_unique<BufferedReader>(std::move(in)), std::move(name), options);
}

}  // namespace newsift::read
