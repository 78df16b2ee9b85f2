#include "util/word_table.h"

namespace newsift {

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

}  // namespace newsift
