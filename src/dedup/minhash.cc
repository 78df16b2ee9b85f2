#include "dedup/minhash.h"

#include <cassert>
#include <cstddef>
#include <limits>

#include "util/hash.h"

namespace newsift {
namespace {

constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();
// Densification gives up after this many probes and leaves the bin empty; with
// at least one full bin the chance of reaching it is (1 - 1/K)^limit, nil.
constexpr int kMaxProbes = 4096;

}  // namespace

MinHasher::MinHasher(int num_hashes, uint64_t seed) : num_hashes_(num_hashes), seed_(seed) {
  assert(num_hashes >= 1);
}

Signature MinHasher::Compute(const std::vector<uint64_t>& shingles) const {
  const uint64_t bins = static_cast<uint64_t>(num_hashes_);
  Signature sig(bins, kEmpty);
  for (uint64_t shingle : shingles) {
    uint64_t h = Mix64(shingle ^ seed_);
    // High 32 bits choose the bin (multiply-shift range reduction), low 32
    // bits are the value whose minimum the bin keeps.
    uint64_t bin = ((h >> 32) * bins) >> 32;
    uint32_t value = static_cast<uint32_t>(h);
    if (value < sig[bin]) sig[bin] = value;
  }
  if (shingles.empty()) return sig;
  // Optimal densification: an empty bin copies the value of the first full
  // bin met on its own pseudo-random probe sequence. Copies come from the
  // original full bins only, so the result does not depend on fill order.
  Signature filled = sig;
  for (uint64_t i = 0; i < bins; ++i) {
    if (sig[i] != kEmpty) continue;
    for (int attempt = 0; attempt < kMaxProbes; ++attempt) {
      uint64_t probe = Mix64(seed_ ^ Mix64(i * 0x100000001b3ULL + static_cast<uint64_t>(attempt)));
      uint64_t j = ((probe >> 32) * bins) >> 32;
      if (sig[j] != kEmpty) {
        filled[i] = sig[j];
        break;
      }
    }
  }
  return filled;
}

double MinHasher::Similarity(const Signature& a, const Signature& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t equal = 0;
  for (size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i] && a[i] != kEmpty;
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

}  // namespace newsift
