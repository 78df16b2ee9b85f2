// Ingest(): reads on the calling thread, extracts on a pool, and commits on
// the calling thread in input order. The calling thread is the only one that
// touches the store and the dedup index, so decisions (skip, duplicate) are
// made in input order and do not depend on the thread count.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include "dedup/exact_index.h"
#include "newsift/extract.h"
#include "newsift/pipeline.h"
#include "pipeline/extraction_pool.h"

namespace newsift {
namespace {

// Documents in flight (submitted, not yet committed) per extraction thread:
// enough to keep every thread busy while the committer waits for a slow page,
// small enough that memory does not depend on the input size.
constexpr uint64_t kInFlightPerThread = 4;
// Progress callbacks at most this often (10 Hz).
constexpr std::chrono::milliseconds kProgressInterval{100};

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

int ThreadCount(int requested) {
  if (requested > 0) return requested;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Writes records in batches of batch_size per transaction, after the exact
// duplicate decision, and counts their statuses.
class Committer {
 public:
  Committer(Store& store, size_t batch_size, IngestSummary* summary)
      : store_(store),
        batch_size_(std::max<size_t>(1, batch_size)),
        summary_(summary),
        dedup_([&store](const std::string& body_hash) { return store.FindByBodyHash(body_hash); }) {
  }

  Status Add(Article article) {
    Status status = dedup_.Apply(&article);
    if (!status.ok()) return status;
    if (!in_batch_) {
      status = store_.Begin();
      if (!status.ok()) return status;
      in_batch_ = true;
      batch_records_ = 0;
    }
    status = store_.Put(article);
    if (!status.ok()) return status;
    Count(article.status);
    if (++batch_records_ >= batch_size_) return Flush();
    return Status::OK();
  }

  Status Flush() {
    if (!in_batch_) return Status::OK();
    in_batch_ = false;
    return store_.Commit();
  }

  // After a store failure: the open batch is dropped, earlier ones are kept.
  void Abandon() {
    if (!in_batch_) return;
    in_batch_ = false;
    store_.Rollback();  // the run already failed; the first error is the one reported
  }

 private:
  void Count(RecordStatus status) {
    switch (status) {
      case RecordStatus::kOk:
        ++summary_->ok;
        break;
      case RecordStatus::kEmpty:
        ++summary_->empty;
        break;
      case RecordStatus::kDuplicate:
        ++summary_->duplicate;
        break;
      case RecordStatus::kError:
        ++summary_->error;
        break;
    }
  }

  Store& store_;
  const size_t batch_size_;
  IngestSummary* summary_;
  ExactDedupIndex dedup_;
  bool in_batch_ = false;
  size_t batch_records_ = 0;
};

class IngestRun {
 public:
  IngestRun(const std::vector<std::string>& paths, Store& store, const IngestOptions& options,
            const ProgressFn& progress)
      : options_(options),
        progress_(progress),
        reader_(OpenReader(paths, options.read)),
        store_(store),
        threads_(ThreadCount(options.threads)),
        window_(kInFlightPerThread * static_cast<uint64_t>(threads_)),
        committer_(store, options.batch_size, &summary_),
        pool_(threads_, options.extract) {}

  Result<IngestSummary> Run() {
    Status status = ReadAll();
    if (status.ok()) status = CommitReady(/*until=*/next_seq_);
    if (status.ok()) status = committer_.Flush();
    if (!status.ok()) {
      committer_.Abandon();
      return status;
    }
    Finish();
    Report(/*force=*/true);
    return summary_;
  }

 private:
  bool StopRequested() const {
    return options_.stop != nullptr && options_.stop->load(std::memory_order_relaxed);
  }

  Status ReadAll() {
    Document doc;
    while (!StopRequested() && reader_->Next(&doc)) {
      ++summary_.read;
      Result<bool> stored = store_.Contains(doc.source, DocumentId(doc));
      if (!stored.ok()) return stored.status();
      if (*stored) {
        ++summary_.skipped_existing;
        ++finished_;
      } else {
        pool_.Submit(next_seq_++, std::move(doc));
        doc = Document();
      }
      // Commit whatever is ready; wait only when the window is full.
      uint64_t must_reach = next_seq_ > window_ ? next_seq_ - window_ : 0;
      Status status = CommitReady(must_reach);
      if (!status.ok()) return status;
      Report(/*force=*/false);
    }
    summary_.interrupted = StopRequested();
    return Status::OK();
  }

  // Commits every record that is ready, in order, waiting for records before
  // sequence number `until`.
  Status CommitReady(uint64_t until) {
    while (next_commit_ < next_seq_) {
      std::optional<Article> article = pool_.Take(next_commit_, next_commit_ < until);
      if (!article) break;
      Status status = committer_.Add(std::move(*article));
      if (!status.ok()) return status;
      ++next_commit_;
      ++finished_;
      Report(/*force=*/false);
    }
    return Status::OK();
  }

  void Finish() {
    summary_.reader = reader_->stats();
    summary_.bytes = summary_.reader.bytes_read;
    summary_.seconds = SecondsSince(start_);
  }

  void Report(bool force) {
    if (!progress_) return;
    Clock::time_point now = Clock::now();
    if (!force && now - last_report_ < kProgressInterval) return;
    last_report_ = now;
    IngestProgress progress;
    progress.documents = finished_;
    progress.bytes_read = reader_->stats().bytes_read;
    progress.total_bytes = reader_->total_bytes();
    progress.seconds = SecondsSince(start_);
    progress_(progress);
  }

  const IngestOptions& options_;
  const ProgressFn& progress_;
  const Clock::time_point start_ = Clock::now();
  Clock::time_point last_report_ = start_;
  IngestSummary summary_;
  std::unique_ptr<DocumentReader> reader_;
  Store& store_;
  const int threads_;
  const uint64_t window_;
  Committer committer_;
  // Last member: destroyed first, so no thread outlives what it uses.
  ExtractionPool pool_;
  uint64_t next_seq_ = 0;     // sequence number of the next submitted document
  uint64_t next_commit_ = 0;  // sequence number of the next record to commit
  uint64_t finished_ = 0;     // committed or skipped
};

}  // namespace

Result<IngestSummary> Ingest(const std::vector<std::string>& paths, Store& store,
                             const IngestOptions& options, const ProgressFn& progress) {
  IngestRun run(paths, store, options, progress);
  return run.Run();
}

}  // namespace newsift
