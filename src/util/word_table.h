// WordTable: a fixed list of words looked up many times per line of text
// (stop words, the first words of vocabulary phrases). Open addressing over
// a power-of-two table, and a hash of a word's first and last (up to) eight
// bytes and its length, read as fixed-size loads: a lookup is a few
// multiplies and one comparison, where std::unordered_set hashes every byte
// and divides by a prime.
#ifndef NEWSIFT_UTIL_WORD_TABLE_H_
#define NEWSIFT_UTIL_WORD_TABLE_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

#include "util/hash.h"

namespace newsift {

class WordTable {
 public:
  static constexpr int kAbsent = -1;

  // The words must outlive the table. A word given twice keeps its first index.
  explicit WordTable(std::span<const std::string_view> words);

  // The index of word in the list given, or kAbsent.
  int Find(std::string_view word) const {
    for (size_t slot = SlotOf(word);; slot = (slot + 1) & mask_) {
      const int index = slots_[slot];
      if (index == kAbsent || words_[static_cast<size_t>(index)] == word) return index;
    }
  }
  bool Contains(std::string_view word) const { return Find(word) != kAbsent; }

 private:
  size_t SlotOf(std::string_view word) const {
    const size_t n = word.size();
    const char* p = word.data();
    uint64_t head = 0, tail = 0;
    if (n >= sizeof(uint64_t)) {  // first and last eight bytes (they overlap below 16)
      std::memcpy(&head, p, sizeof(uint64_t));
      std::memcpy(&tail, p + n - sizeof(uint64_t), sizeof(uint64_t));
    } else if (n >= sizeof(uint32_t)) {  // first and last four
      uint32_t first, last;
      std::memcpy(&first, p, sizeof first);
      std::memcpy(&last, p + n - sizeof last, sizeof last);
      head = first;
      tail = last;
    } else if (n > 0) {  // one, two or three bytes
      head = static_cast<unsigned char>(p[0]) |
             static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
             static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
    }
    return static_cast<size_t>(Mix64(head ^ (tail * 0x9e3779b97f4a7c15ULL) ^ n)) & mask_;
  }

  std::vector<std::string_view> words_;
  std::vector<int> slots_;  // index into words_, or kAbsent; never full
  size_t mask_ = 0;
};

}  // namespace newsift

#endif  // NEWSIFT_UTIL_WORD_TABLE_H_
