// Ingest: the whole road for a set of inputs, read -> extract -> dedup -> store.
//
// Extraction runs on N threads; records are committed in input order, so the
// result (ids, statuses, which copy is the duplicate) does not depend on the
// thread count. Documents already stored with the same id are skipped, which
// makes re-running an interrupted ingest finish the job.
#ifndef NEWSIFT_PIPELINE_H_
#define NEWSIFT_PIPELINE_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "newsift/options.h"
#include "newsift/reader.h"
#include "newsift/status.h"
#include "newsift/store.h"

namespace newsift {

struct IngestOptions {
  int threads = 0;          // 0: one per core
  size_t batch_size = 256;  // records per transaction
  ReadOptions read;
  ExtractOptions extract;
  // When set and it becomes true (e.g. from a SIGINT handler), reading stops;
  // documents already in flight are extracted and committed, then Ingest
  // returns with summary.interrupted set.
  const std::atomic<bool>* stop = nullptr;
};

struct IngestProgress {
  uint64_t documents = 0;    // documents finished (stored or skipped)
  uint64_t bytes_read = 0;   // input bytes consumed
  uint64_t total_bytes = 0;  // 0 when unknown
  double seconds = 0;
};

struct IngestSummary {
  uint64_t read = 0;  // documents read
  uint64_t ok = 0;
  uint64_t empty = 0;
  uint64_t duplicate = 0;
  // ok articles of this run that are near copies: in a near-duplicate cluster
  // whose representative is another article (what `export --unique` leaves
  // out), like `duplicate` counts exact copies; counted once the run is settled
  uint64_t near_duplicate = 0;
  uint64_t error = 0;
  // Of this run's records, pages that list other articles (page_type
  // listing): ok, or empty under ExtractOptions::drop_listings.
  uint64_t listing = 0;
  uint64_t skipped_existing = 0;  // already in the store from an earlier run
  ReaderStats reader;
  uint64_t bytes = 0;
  double seconds = 0;
  bool interrupted = false;  // options.stop cut the input short
};

using ProgressFn = std::function<void(const IngestProgress&)>;

struct RecleanSummary {
  uint64_t sites = 0;               // sites re-cleaned
  uint64_t articles = 0;            // extraction-ok records examined
  uint64_t changed = 0;             // records whose body changed
  uint64_t boilerplate_blocks = 0;  // paragraphs dropped as site boilerplate, in total
  uint64_t duplicate = 0;           // exact duplicates after re-clustering
  uint64_t clusters = 0;            // near-duplicate clusters with 2+ ok members
  double seconds = 0;
};

// Re-applies the site boilerplate learned so far to every stored
// extraction-ok record (bodies, body_hash, explain, FTS), then recomputes
// exact duplicates and near-duplicate clusters from the persisted index.
Result<RecleanSummary> Reclean(Store& store);

// Fails only when the store fails; bad input is recorded, not returned.
Result<IngestSummary> Ingest(const std::vector<std::string>& paths, Store& store,
                             const IngestOptions& options, const ProgressFn& progress = {});

}  // namespace newsift

#endif  // NEWSIFT_PIPELINE_H_
