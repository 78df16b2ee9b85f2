// Hashing helpers (XXH3) used for record ids and content fingerprints.
#ifndef NEWSIFT_UTIL_HASH_H_
#define NEWSIFT_UTIL_HASH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace newsift {

uint64_t Hash64(std::string_view data, uint64_t seed = 0);

// Hash64 of a text that comes in pieces: Digest() equals Hash64 of the pieces
// concatenated, without building the concatenation.
class Hash64Builder {
 public:
  explicit Hash64Builder(uint64_t seed = 0);
  ~Hash64Builder();
  Hash64Builder(const Hash64Builder&) = delete;
  Hash64Builder& operator=(const Hash64Builder&) = delete;

  void Add(std::string_view piece);
  uint64_t Digest() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// splitmix64 finaliser: a strong 64-bit mix, so hashes of any quality spread
// evenly over all bits.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
// 16 lowercase hex digits.
std::string HexId(uint64_t value);

}  // namespace newsift

#endif  // NEWSIFT_UTIL_HASH_H_
