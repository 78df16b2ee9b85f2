#include "util/hash.h"

#include <xxhash.h>

#include <new>

namespace newsift {

uint64_t Hash64(std::string_view data, uint64_t seed) {
  return XXH3_64bits_withSeed(data.data(), data.size(), seed);
}

struct Hash64Builder::State {
  State() : xxh(XXH3_createState()) {
    if (xxh == nullptr) throw std::bad_alloc();
  }
  ~State() { XXH3_freeState(xxh); }
  XXH3_state_t* xxh;
};

Hash64Builder::Hash64Builder(uint64_t seed) : state_(std::make_unique<State>()) {
  XXH3_64bits_reset_withSeed(state_->xxh, seed);
}

Hash64Builder::~Hash64Builder() = default;

void Hash64Builder::Add(std::string_view piece) {
  XXH3_64bits_update(state_->xxh, piece.data(), piece.size());
}

uint64_t Hash64Builder::Digest() const { return XXH3_64bits_digest(state_->xxh); }

std::string HexId(uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[i] = kDigits[value & 0xf];
    value >>= 4;
  }
  return out;
}

}  // namespace newsift
