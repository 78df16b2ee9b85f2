// Sketch: what near-duplicate detection keeps of one article body, the word
// shingle set (for exact Jaccard verification) and its LSH band keys (for the
// persisted candidate index). Computed in extraction threads so the committing
// thread only looks candidates up and verifies them.
//
// The corpus parameters are fixed here (CorpusNearDuplicateOptions) and
// recorded with the persisted index (ParamsString): a store built with other
// parameters is rebuilt on open of an ingest/reclean.
#ifndef NEWSIFT_DEDUP_SKETCH_H_
#define NEWSIFT_DEDUP_SKETCH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/near_duplicates.h"

namespace newsift {

// ngram 5, 128 hashes, seed 1, 32 bands x 4 rows, threshold 0.8 (docs/dedup.md).
const NearDuplicateOptions& CorpusNearDuplicateOptions();

// "ngram=5 num_hashes=128 bands=32 rows=4 threshold=0.8 seed=1 words=2".
std::string ParamsString(const NearDuplicateOptions& options);

struct Sketch {
  std::vector<uint64_t> shingles;   // sorted unique shingle hashes
  std::vector<uint64_t> band_keys;  // one per band; empty for an empty body
};

// Thread-safe.
Sketch MakeSketch(std::string_view body, const NearDuplicateOptions& options);

}  // namespace newsift

#endif  // NEWSIFT_DEDUP_SKETCH_H_
