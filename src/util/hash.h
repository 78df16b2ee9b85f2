// Hashing helpers (XXH3) used for record ids and content fingerprints.
#ifndef NEWSIFT_UTIL_HASH_H_
#define NEWSIFT_UTIL_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsift {

uint64_t Hash64(std::string_view data, uint64_t seed = 0);
// 16 lowercase hex digits.
std::string HexId(uint64_t value);

}  // namespace newsift

#endif  // NEWSIFT_UTIL_HASH_H_
