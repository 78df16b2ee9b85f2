// OpenReader: expands the paths, then runs one stream reader per input in
// order, turning inputs that cannot be opened into error Documents.
#include <algorithm>

#include "newsift/reader.h"
#include "read/directory_walker.h"
#include "read/formats.h"
#include "read/readers.h"

namespace newsift {
namespace read {
namespace {

constexpr std::string_view kStdinName = "-";

void Add(ReaderStats& total, const ReaderStats& part) {
  total.documents += part.documents;
  total.read_errors += part.read_errors;
  total.skipped_records += part.skipped_records;
  total.skipped_files += part.skipped_files;
  total.bytes_read += part.bytes_read;
}

class MultiReader : public DocumentReader {
 public:
  MultiReader(ExpandedInputs inputs, const ReadOptions& options)
      : items_(std::move(inputs.items)), total_bytes_(inputs.total_bytes), options_(options) {
    finished_.skipped_files = inputs.skipped_files;
    stats_ = finished_;
  }

  bool Next(Document* doc) override {
    while (true) {
      if (current_ != nullptr) {
        if (current_->Next(doc)) {
          Refresh();
          return true;
        }
        CloseCurrent();
      }
      if (next_item_ >= items_.size()) {
        Refresh();
        return false;
      }
      InputItem& item = items_[next_item_++];
      if (item.error.ok()) item.error = Open(item);
      if (!item.error.ok()) {
        *doc = Document{};
        doc->source = item.path;
        doc->read_status = std::move(item.error);
        ++finished_.documents;
        ++finished_.read_errors;
        Refresh();
        return true;
      }
    }
  }

  const ReaderStats& stats() const override { return stats_; }
  uint64_t total_bytes() const override { return total_bytes_; }

 private:
  Status Open(const InputItem& item) {
    std::unique_ptr<read::ByteStream> stream;
    if (item.path == kStdinName) {
      stream = StdinStream();
    } else {
      auto opened = OpenFileStream(item.path);
      if (!opened.ok()) return opened.status();
      stream = std::move(opened).value();
    }
    current_ = MakeStreamReader(std::move(stream), item.path, options_);
    current_size_ = item.size;
    return Status::OK();
  }

  void CloseCurrent() {
    ReaderStats part = current_->stats();
    // An input left early (a document over the size limit) still counts as
    // consumed in full, so progress reaches total_bytes().
    part.bytes_read = std::max(part.bytes_read, current_size_);
    Add(finished_, part);
    current_.reset();
    current_size_ = 0;
  }

  void Refresh() {
    stats_ = finished_;
    if (current_ != nullptr) Add(stats_, current_->stats());
  }

  std::vector<InputItem> items_;
  size_t next_item_ = 0;
  uint64_t total_bytes_;
  ReadOptions options_;
  std::unique_ptr<DocumentReader> current_;
  uint64_t current_size_ = 0;
  ReaderStats finished_;
  ReaderStats stats_;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeStreamReader(std::unique_ptr<ByteStream> raw, std::string name,
                                                 const ReadOptions& options) {
  auto in = std::make_unique<BufferedReader>(AutoDecompress(std::move(raw), name));
  std::string_view head = in->Peek(kSniffBytes);
  FormatGuess guess = name == kStdinName ? GuessFromContent(head) : DetectFormat(name, head);
  switch (guess.format) {
    case InputFormat::kJsonl:
      return MakeJsonlReader(std::move(in), std::move(name), options);
    case InputFormat::kWarc:
      return MakeWarcReader(std::move(in), std::move(name), options);
    case InputFormat::kSingle:
      break;
  }
  return MakeSingleDocumentReader(std::move(in), std::move(name), guess.hint, options);
}

}  // namespace read

std::unique_ptr<DocumentReader> OpenReader(const std::vector<std::string>& paths,
                                           const ReadOptions& options) {
  return std::make_unique<read::MultiReader>(read::ExpandInputs(paths, options), options);
}

}  // namespace newsift
