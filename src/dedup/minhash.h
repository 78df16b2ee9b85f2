// MinHash signatures by one-permutation hashing with optimal densification.
//
// Classic MinHash hashes every shingle K times (K = 128: 128 multiplications
// per shingle). One-permutation hashing hashes each shingle once, uses part of
// the hash to pick one of K bins and keeps the minimum of the rest per bin;
// empty bins borrow from a pseudo-randomly chosen full bin (Shrivastava 2017),
// which keeps P[sig_a[i] == sig_b[i]] = Jaccard(a, b) for every i. Same
// estimator, K times less hashing.
//
// Thread-safe: a MinHasher is immutable after construction.
#ifndef NEWSIFT_DEDUP_MINHASH_H_
#define NEWSIFT_DEDUP_MINHASH_H_

#include <cstdint>
#include <vector>

namespace newsift {

using Signature = std::vector<uint32_t>;

class MinHasher {
 public:
  // REQUIRES: num_hashes >= 1.
  explicit MinHasher(int num_hashes = 128, uint64_t seed = 1);

  int num_hashes() const { return num_hashes_; }

  // Signature of a set of shingle hashes (any order; duplicates harmless). An
  // empty set gives a signature of all 0xffffffff that matches nothing else.
  Signature Compute(const std::vector<uint64_t>& shingles) const;

  // Fraction of equal positions: an estimate of the Jaccard similarity.
  static double Similarity(const Signature& a, const Signature& b);

 private:
  int num_hashes_;
  uint64_t seed_;
};

}  // namespace newsift

#endif  // NEWSIFT_DEDUP_MINHASH_H_
