#include "util/word_table.h"

#include <algorithm>
#include <cstring>

#include "util/hash.h"

namespace newsift {
namespace {

// Up to eight bytes of text from `at`, zero-padded.
uint64_t LoadUpTo8(std::string_view text, size_t at) {
  uint64_t value = 0;
  std::memcpy(&value, text.data() + at, std::min<size_t>(8, text.size() - at));
  return value;
}

}  // namespace

WordTable::WordTable(std::span<const std::string_view> words) : words_(words.begin(), words.end()) {
  size_t capacity = 16;
  while (capacity < words_.size() * 2) capacity *= 2;  // at most half full
  slots_.assign(capacity, kAbsent);
  mask_ = capacity - 1;
  for (size_t i = 0; i < words_.size(); ++i) {
    size_t slot = SlotOf(words_[i]);
    while (slots_[slot] != kAbsent && words_[static_cast<size_t>(slots_[slot])] != words_[i]) {
      slot = (slot + 1) & mask_;
    }
    if (slots_[slot] == kAbsent) slots_[slot] = static_cast<int>(i);
  }
}

size_t WordTable::SlotOf(std::string_view word) const {
  if (word.empty()) return 0;
  const uint64_t head = LoadUpTo8(word, 0);
  const uint64_t tail = word.size() > 8 ? LoadUpTo8(word, word.size() - 8) : 0;
  return static_cast<size_t>(Mix64(head ^ (tail * 0x9e3779b97f4a7c15ULL) ^ word.size())) & mask_;
}

}  // namespace newsift
