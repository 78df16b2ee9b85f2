// The whole (decompressed) input as one Document.
#include <limits>

#include "read/readers.h"

namespace newsift::read {
namespace {

class SingleDocumentReader : public DocumentReader {
 public:
  SingleDocumentReader(std::unique_ptr<BufferedReader> in, std::string name, FormatHint hint,
                       const ReadOptions& options)
      : in_(std::move(in)), name_(std::move(name)), hint_(hint), options_(options) {}

  bool Next(Document* doc) override {
    if (done_) return false;
    done_ = true;
    *doc = Document{};
    doc->source = name_;
    doc->hint = hint_;
    const size_t limit = options_.max_document_bytes;
    // One byte past the limit tells "too large" from "exactly at the limit".
    const uint64_t want = limit == std::numeric_limits<size_t>::max() ? limit : limit + 1;
    in_->ReadInto(want, &doc->bytes);
    if (doc->bytes.size() > limit) {
      std::string().swap(doc->bytes);
      doc->read_status = Status::TooLarge(name_, TooLargeReason(limit));
    } else if (!in_->status().ok()) {
      doc->read_status = in_->status();
    }
    ++stats_.documents;
    if (!doc->read_status.ok()) ++stats_.read_errors;
    stats_.bytes_read = in_->raw_bytes_read();
    return true;
  }
  const ReaderStats& stats() const override { return stats_; }
  uint64_t total_bytes() const override { return 0; }

 private:
  std::unique_ptr<BufferedReader> in_;
  std::string name_;
  FormatHint hint_;
  ReadOptions options_;
  bool done_ = false;
  ReaderStats stats_;
};

}  // namespace

std::string TooLargeReason(size_t max_bytes) {
  return "document larger than max_document_bytes (" + std::to_string(max_bytes) + " bytes)";
}

std::unique_ptr<DocumentReader> MakeSingleDocumentReader(std::unique_ptr<BufferedReader> in,
                                                         std::string name, FormatHint hint,
                                                         const ReadOptions& options) {
  return std::make_unique<SingleDocumentReader>(std::move(in), std::move(name), hint, options);
}

}  // namespace newsift::read
