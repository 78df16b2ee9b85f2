#include "util/word_set_matcher.h"

#include <queue>
#include <stdexcept>

namespace newsift {

WordSetMatcher::WordSetMatcher(std::span<const std::string_view> words) {
  if (words.empty() || words.size() > WordSet::kMaxWords) {
    throw std::invalid_argument("WordSetMatcher: 1 to 128 words");
  }
  for (std::string_view word : words) {
    if (word.empty()) throw std::invalid_argument("WordSetMatcher: empty word");
    for (char c : word) {
      uint8_t& symbol = symbol_[static_cast<unsigned char>(c)];
      if (symbol == 0) symbol = static_cast<uint8_t>(symbols_++);
    }
  }
  // The trie; kNone marks a missing edge until the suffix links fill it.
  constexpr uint16_t kNone = UINT16_MAX;
  next_.assign(symbols_, kNone);
  output_.assign(1, WordSet{});
  for (size_t w = 0; w < words.size(); ++w) {
    size_t state = 0;
    for (char c : words[w]) {
      size_t edge = state * symbols_ + symbol_[static_cast<unsigned char>(c)];
      if (next_[edge] == kNone) {
        if (output_.size() >= kNone) throw std::invalid_argument("WordSetMatcher: words too long");
        next_[edge] = static_cast<uint16_t>(output_.size());
        output_.emplace_back();
        next_.resize(output_.size() * symbols_, kNone);
      }
      state = next_[edge];
    }
    output_[state].Add(w);
  }
  // Breadth first: a missing edge goes where the suffix link's edge goes, and
  // a state outputs what its suffix link outputs.
  std::vector<uint16_t> link(output_.size(), 0);
  std::queue<uint16_t> queue;
  for (size_t c = 0; c < symbols_; ++c) {
    uint16_t& child = next_[c];
    if (child == kNone) {
      child = 0;
    } else {
      queue.push(child);
    }
  }
  while (!queue.empty()) {
    uint16_t state = queue.front();
    queue.pop();
    output_[state].AddAll(output_[link[state]]);
    for (size_t c = 0; c < symbols_; ++c) {
      uint16_t& child = next_[state * symbols_ + c];
      uint16_t fallback = next_[link[state] * symbols_ + c];
      if (child == kNone) {
        child = fallback;
      } else {
        link[child] = fallback;
        queue.push(child);
      }
    }
  }
}

WordSet WordSetMatcher::Find(std::string_view text) const {
  WordSet found;
  size_t state = 0;
  for (char c : text) {
    state = next_[state * symbols_ + symbol_[static_cast<unsigned char>(c)]];
    found.AddAll(output_[state]);
  }
  return found;
}

}  // namespace newsift
