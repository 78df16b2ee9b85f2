#include "dedup/lsh.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <string_view>

#include "util/hash.h"

namespace newsift {

double LshParams::CandidateProbability(double j) const {
  return 1.0 - std::pow(1.0 - std::pow(j, rows), bands);
}

std::vector<uint64_t> BandKeys(const Signature& signature, const LshParams& params) {
  assert(static_cast<size_t>(params.bands * params.rows) <= signature.size());
  std::vector<uint64_t> keys(static_cast<size_t>(params.bands));
  const size_t rows = static_cast<size_t>(params.rows);
  for (size_t band = 0; band < keys.size(); ++band) {
    std::string_view bytes(reinterpret_cast<const char*>(signature.data() + band * rows),
                           rows * sizeof(uint32_t));
    keys[band] = Hash64(bytes, band + 1);
  }
  return keys;
}

std::vector<std::pair<uint32_t, uint32_t>> CandidatePairs(const std::vector<Signature>& signatures,
                                                          const LshParams& params) {
  struct Entry {
    uint64_t key;
    uint32_t doc;
    bool operator<(const Entry& other) const {
      return key != other.key ? key < other.key : doc < other.doc;
    }
  };
  std::vector<Entry> entries;
  entries.reserve(signatures.size() * static_cast<size_t>(params.bands));
  for (uint32_t doc = 0; doc < signatures.size(); ++doc) {
    for (uint64_t key : BandKeys(signatures[doc], params)) entries.push_back({key, doc});
  }
  std::sort(entries.begin(), entries.end());
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (size_t start = 0; start < entries.size();) {
    size_t end = start + 1;
    while (end < entries.size() && entries[end].key == entries[start].key) ++end;
    for (size_t a = start; a < end; ++a) {
      for (size_t b = a + 1; b < end; ++b) pairs.emplace_back(entries[a].doc, entries[b].doc);
    }
    start = end;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace newsift
