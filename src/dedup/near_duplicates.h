// Near-duplicate detection over a batch of texts: shingles -> MinHash ->
// LSH candidates -> exact Jaccard verification -> clusters (union-find).
//
// Every reported pair has exact Jaccard >= threshold on the shingle sets, so
// precision is limited only by the shingle hash (64-bit: no collisions in
// practice); recall is set by the LSH parameters (see LshParams).
#ifndef NEWSIFT_DEDUP_NEAR_DUPLICATES_H_
#define NEWSIFT_DEDUP_NEAR_DUPLICATES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dedup/lsh.h"

namespace newsift {

struct NearDuplicateOptions {
  int ngram = 5;          // words per shingle
  int num_hashes = 128;   // signature length
  LshParams lsh;          // 32 bands x 4 rows: a pair at J=0.8 is missed with p < 1e-7
  double threshold = 0.8; // minimum exact Jaccard of a reported pair
  uint64_t seed = 1;
};

struct NearDuplicatePair {
  uint32_t a = 0, b = 0;  // a < b, indices into the input
  double jaccard = 0;
};

struct NearDuplicateResult {
  std::vector<NearDuplicatePair> pairs;  // verified, sorted by (a, b)
  // cluster[i]: the smallest index in i's cluster (i itself when alone), so a
  // caller that orders its input by preference gets the preferred member.
  std::vector<uint32_t> cluster;
  uint64_t candidates = 0;  // pairs LSH proposed before verification
};

NearDuplicateResult FindNearDuplicates(const std::vector<std::string_view>& texts,
                                       const NearDuplicateOptions& options = {});

// Smallest-index representatives from verified pairs over n items.
std::vector<uint32_t> ClustersFromPairs(size_t n, const std::vector<NearDuplicatePair>& pairs);

}  // namespace newsift

#endif  // NEWSIFT_DEDUP_NEAR_DUPLICATES_H_
