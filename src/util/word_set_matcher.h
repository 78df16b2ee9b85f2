// WordSetMatcher: which words of a fixed list occur in a text as substrings,
// found in one pass over the text (an Aho-Corasick automaton).
//
// For vocabularies matched against many short strings (class and id tokens of
// every element of a page): one pass per string instead of one search per
// word. Words and texts are compared byte for byte; callers lowercase both.
// Immutable after construction, so one instance may serve every thread.
#ifndef NEWSIFT_UTIL_WORD_SET_MATCHER_H_
#define NEWSIFT_UTIL_WORD_SET_MATCHER_H_

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace newsift {

// A set of word indices (bit i: word i of the matcher's list).
class WordSet {
 public:
  static constexpr size_t kMaxWords = 128;

  bool Has(size_t word) const { return (bits_[word / 64] >> (word % 64)) & 1; }
  bool Empty() const { return bits_[0] == 0 && bits_[1] == 0; }
  void Add(size_t word) { bits_[word / 64] |= uint64_t{1} << (word % 64); }
  void AddAll(const WordSet& other) {
    bits_[0] |= other.bits_[0];
    bits_[1] |= other.bits_[1];
  }
  bool IsSubsetOf(const WordSet& other) const {
    return (bits_[0] & ~other.bits_[0]) == 0 && (bits_[1] & ~other.bits_[1]) == 0;
  }

 private:
  std::array<uint64_t, 2> bits_ = {0, 0};
};

class WordSetMatcher {
 public:
  // REQUIRES: 1 <= words.size() <= WordSet::kMaxWords, no empty word.
  explicit WordSetMatcher(std::span<const std::string_view> words);

  // The words that occur in text.
  WordSet Find(std::string_view text) const;

 private:
  // Bytes map to symbols: 0 for any byte no word holds, then one per byte
  // that some word holds; the table stays small enough for the cache.
  std::array<uint8_t, 256> symbol_{};
  size_t symbols_ = 1;
  std::vector<uint16_t> next_;   // state s on symbol c: next_[s * symbols_ + c]
  std::vector<WordSet> output_;  // words ending at each state, via suffix links too
};

}  // namespace newsift

#endif  // NEWSIFT_UTIL_WORD_SET_MATCHER_H_
