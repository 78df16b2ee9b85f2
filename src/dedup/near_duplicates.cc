#include "dedup/near_duplicates.h"

#include <numeric>

#include "dedup/minhash.h"
#include "dedup/shingles.h"

namespace newsift {
namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];  // path halving
      x = parent_[x];
    }
    return x;
  }
  // The smaller root wins, so every root is its cluster's smallest member.
  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<uint32_t> parent_;
};

}  // namespace

std::vector<uint32_t> ClustersFromPairs(size_t n, const std::vector<NearDuplicatePair>& pairs) {
  UnionFind sets(n);
  for (const NearDuplicatePair& p : pairs) sets.Union(p.a, p.b);
  std::vector<uint32_t> cluster(n);
  for (uint32_t i = 0; i < n; ++i) cluster[i] = sets.Find(i);
  return cluster;
}

NearDuplicateResult FindNearDuplicates(const std::vector<std::string_view>& texts,
                                       const NearDuplicateOptions& options) {
  MinHasher hasher(options.num_hashes, options.seed);
  std::vector<std::vector<uint64_t>> shingles(texts.size());
  std::vector<Signature> signatures(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    shingles[i] = ShingleHashes(texts[i], options.ngram);
    signatures[i] = hasher.Compute(shingles[i]);
  }
  NearDuplicateResult result;
  auto candidates = CandidatePairs(signatures, options.lsh);
  result.candidates = candidates.size();
  for (const auto& [a, b] : candidates) {
    if (shingles[a].empty() || shingles[b].empty()) continue;
    double j = Jaccard(shingles[a], shingles[b]);
    if (j >= options.threshold) result.pairs.push_back({a, b, j});
  }
  result.cluster = ClustersFromPairs(texts.size(), result.pairs);
  return result;
}

}  // namespace newsift
