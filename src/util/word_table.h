// WordTable: a fixed list of words looked up many times per line of text
// (stop words, the first words of vocabulary phrases). Open addressing over
// a power-of-two table, and a hash of a word's first and last eight bytes and
// its length: a lookup is a few multiplies and one comparison, where
// std::unordered_set hashes every byte and divides by a prime.
#ifndef NEWSIFT_UTIL_WORD_TABLE_H_
#define NEWSIFT_UTIL_WORD_TABLE_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

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
  size_t SlotOf(std::string_view word) const;

  std::vector<std::string_view> words_;
  std::vector<int> slots_;  // index into words_, or kAbsent; never full
  size_t mask_ = 0;
};

}  // namespace newsift

#endif  // NEWSIFT_UTIL_WORD_TABLE_H_
