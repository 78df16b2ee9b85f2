// Locality-sensitive hashing of MinHash signatures by banding: the signature is
// cut into `bands` bands of `rows` values; two documents become a candidate
// pair when any band is equal, which happens with probability
// 1 - (1 - J^rows)^bands for Jaccard similarity J.
#ifndef NEWSIFT_DEDUP_LSH_H_
#define NEWSIFT_DEDUP_LSH_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "dedup/minhash.h"

namespace newsift {

struct LshParams {
  int bands = 32;
  int rows = 4;  // bands * rows must not exceed the signature length
  // Probability that a pair with Jaccard j becomes a candidate.
  double CandidateProbability(double j) const;
};

// One 64-bit key per band (band index mixed in, so equal values in different
// bands do not collide).
std::vector<uint64_t> BandKeys(const Signature& signature, const LshParams& params);

// All pairs (i < j) of documents sharing at least one band key, each once,
// sorted. Memory: one (key, doc) entry per band and document, sorted in place.
std::vector<std::pair<uint32_t, uint32_t>> CandidatePairs(
    const std::vector<Signature>& signatures, const LshParams& params);

}  // namespace newsift

#endif  // NEWSIFT_DEDUP_LSH_H_
