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
#include <vector>

#include "dedup/exact_index.h"
#include "dedup/sketch.h"
#include "newsift/extract.h"
#include "newsift/pipeline.h"
#include "pipeline/corpus_dedup.h"
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

// Writes records in batches of batch_size per transaction, after the corpus
// decisions (site boilerplate, exact duplicate, near-duplicate cluster), and
// counts their statuses.
class Committer {
 public:
  Committer(Store& store, size_t batch_size, IngestSummary* summary)
      : store_(store),
        batch_size_(std::max<size_t>(1, batch_size)),
        summary_(summary),
        dedup_([&store](const std::string& body_hash) { return store.FindByBodyHash(body_hash); }),
        corpus_(store) {}

  Status Add(Extracted extracted) {
    Status status = OpenBatch();
    if (!status.ok()) return status;
    Article& article = extracted.article;
    bool body_changed = false;
    status = corpus_.CountAndClean(article, &body_changed);
    if (!status.ok()) return status;
    status = dedup_.Apply(&article);
    if (!status.ok()) return status;
    if (article.status == RecordStatus::kOk) {
      article.dup_cluster = article.id;  // until it joins a cluster
    } else if (article.status == RecordStatus::kDuplicate) {
      Result<std::string> cluster = store_.DupClusterOf(article.duplicate_of);
      if (!cluster.ok()) return cluster.status();
      article.dup_cluster = cluster->empty() ? article.duplicate_of : *cluster;
    }
    status = store_.Put(article);
    if (!status.ok()) return status;
    if (first_seq_ < 0) {
      Result<std::optional<int64_t>> seq = store_.SeqOf(article.source);
      if (!seq.ok()) return seq.status();
      if (*seq) first_seq_ = **seq;
    }
    if (article.status == RecordStatus::kOk) {
      if (body_changed) {
        extracted.sketch = MakeSketch(article.Body(), CorpusNearDuplicateOptions());
      }
      bool joined = false;
      status = corpus_.LinkNearDuplicates(article, extracted.sketch, &joined);
      if (!status.ok()) return status;
      if (joined) ++summary_->near_duplicate;
    }
    Count(article.status);
    // Settling moves records between statuses, never between page types: no recount.
    if (article.page_type == PageType::kListing) ++summary_->listing;
    if (++batch_records_ >= batch_size_) return Flush();
    return Status::OK();
  }

  // Before the first record: the persisted index must match the parameters.
  Status Prepare() {
    Status status = OpenBatch();
    if (status.ok()) status = corpus_.EnsureIndex();
    if (status.ok()) status = Flush();
    return status;
  }

  // After the last record: boilerplate learned in this run re-applied to the
  // touched sites, in one transaction.
  Status Settle() {
    Status status = OpenBatch();
    RecleanSummary settled;
    if (status.ok()) status = corpus_.Settle(&settled);
    if (status.ok()) status = Flush();
    if (status.ok()) status = Recount();
    return status;
  }

  Status OpenBatch() {
    if (in_batch_) return Status::OK();
    Status status = store_.Begin();
    if (!status.ok()) return status;
    in_batch_ = true;
    batch_records_ = 0;
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

  // The settle pass may turn a record of this run into a duplicate or move it
  // between clusters: the summary reports the final state of the run's records.
  Status Recount() {
    if (first_seq_ < 0) return Status::OK();
    summary_->ok = summary_->empty = summary_->duplicate = summary_->error = 0;
    summary_->near_duplicate = 0;
    return store_.ForEachDedupRow(/*with_body=*/false,
                                  [this](const DedupRow& row) {
                                    Count(row.status);
                                    if (row.status == RecordStatus::kOk &&
                                        !row.dup_cluster.empty() && row.dup_cluster != row.id) {
                                      ++summary_->near_duplicate;
                                    }
                                    return true;
                                  },
                                  first_seq_);
  }

  Store& store_;
  const size_t batch_size_;
  IngestSummary* summary_;
  int64_t first_seq_ = -1;  // store seq of this run's first record
  ExactDedupIndex dedup_;
  CorpusDedup corpus_;
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
    Status status = committer_.Prepare();
    if (status.ok()) status = ReadAll();
    if (status.ok()) status = CommitReady(/*until=*/next_seq_);
    if (status.ok()) status = committer_.Flush();
    if (status.ok()) status = committer_.Settle();
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
      std::optional<Extracted> extracted = pool_.Take(next_commit_, next_commit_ < until);
      if (!extracted) break;
      Status status = committer_.Add(std::move(*extracted));
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
