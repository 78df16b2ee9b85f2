#include "clean/repetition.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <unordered_map>

#include "util/byte_scan.h"
#include "util/hash.h"
#include "util/text.h"

namespace newsift {
namespace {

// Words that end with a period without ending the sentence ("Mr. Smith").
// Compared lowercase, without the period.
constexpr std::array<std::string_view, 40> kAbbreviations = {
    "mr",  "mrs", "ms",  "dr",  "prof", "st",     "jr",  "sr",   "gen",  "gov",
    "sen", "rep", "rev", "col", "capt", "lt",     "sgt", "inc",  "co",   "corp",
    "ltd", "vs",  "no",  "nos", "jan",  "feb",    "mar", "apr",  "aug",  "sept",
    "sep", "oct", "nov", "dec", "fig",  "approx", "est", "dept", "univ", "mt"};

// A sentence of fewer words than this cannot make a block a composite on its
// own: "Yes." or "Watch." turn up everywhere.
constexpr size_t kMinSentenceWords = 3;
// A composite must consist of at least this many sentences found elsewhere.
constexpr size_t kMinCompositeParts = 2;

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsSentenceEnd(char c) { return c == '.' || c == '!' || c == '?'; }

// Closing quotes and brackets that may follow a sentence end: ASCII ones and
// the UTF-8 encodings of ’ ” » (all three start with 0xE2 or 0xC2).
size_t ClosingMarkLength(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  char c = text[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (text.compare(i, 3, "\xE2\x80\x99") == 0 || text.compare(i, 3, "\xE2\x80\x9D") == 0) {
    return 3;
  }
  if (text.compare(i, 2, "\xC2\xBB") == 0) return 2;
  return 0;
}

// Whether position i starts something that can open a sentence: an uppercase
// ASCII letter, a digit, an opening quote or any non-ASCII letter (we cannot
// tell case cheaply there, and Cyrillic/Greek sentences glue the same way).
bool CanOpenSentence(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  char c = text[i];
  if (IsAsciiUpper(c) || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(') return true;
  return static_cast<unsigned char>(c) >= 0xC0;
}

// The word ending just before position end (letters only, ASCII).
std::string_view WordBefore(std::string_view text, size_t end) {
  size_t start = end;
  while (start > 0 && (IsAsciiUpper(text[start - 1]) || IsAsciiLower(text[start - 1]))) --start;
  return text.substr(start, end - start);
}

// Whether normalised text (words one space apart) has at least `words` words.
bool HasAtLeastWords(std::string_view normalized, size_t words) {
  if (normalized.empty()) return words == 0;
  size_t found = 1;
  for (size_t at = 0; found < words; ++at, ++found) {
    at = normalized.find(' ', at);
    if (at == std::string_view::npos) return false;
  }
  return true;
}

bool IsAbbreviation(std::string_view word) {
  if (word.size() == 1) return true;  // initials: "U.S.", "J. Smith"
  std::string lower = ToLowerAscii(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

}  // namespace

std::vector<std::string_view> SplitSentences(std::string_view text) {
  std::vector<std::string_view> sentences;
  SplitSentences(text, &sentences);
  return sentences;
}

void SplitSentences(std::string_view text, std::vector<std::string_view>* sentences) {
  sentences->clear();
  size_t start = 0;
  auto emit = [&](size_t end) {
    std::string_view s = TrimAscii(text.substr(start, end - start));
    if (!s.empty()) sentences->push_back(s);
    start = end;
  };
  for (size_t i = 0; (i = FindAnyOf3(text, i, '.', '!', '?')) < text.size(); ++i) {
    size_t end = i + 1;
    while (end < text.size() && IsSentenceEnd(text[end])) ++end;
    while (size_t n = ClosingMarkLength(text, end)) end += n;
    if (end >= text.size()) break;
    bool period = text[i] == '.';
    std::string_view word = WordBefore(text, i);
    if (text[end] == ' ') {
      size_t next = end;
      while (next < text.size() && text[next] == ' ') ++next;
      if (!CanOpenSentence(text, next)) continue;
      if (period && IsAbbreviation(word)) continue;
      emit(end);
      i = end - 1;
      continue;
    }
    // Glued: "Tuesday.The". Only after a lowercase word of two letters or
    // more, so "U.S.", "ASP.NET" and "example.com" stay whole.
    if (end == i + 1 && IsAsciiUpper(text[end]) && word.size() >= 2 && IsAsciiLower(word.back()) &&
        !IsAbbreviation(word)) {
      emit(end);
      i = end - 1;
    } else if (end > i + 1 && CanOpenSentence(text, end) && word.size() >= 2) {
      // A closing quote glued to the next sentence: "...said.”The".
      emit(end);
      i = end - 1;
    }
  }
  emit(text.size());
}

std::string RepeatVerdict::Reason() const {
  if (!repeated) return {};
  if (parts.empty()) return fmt::format("same text as block {}", same_as);
  return fmt::format("made of sentences of blocks {}", fmt::join(parts, ", "));
}

std::vector<RepeatVerdict> FindRepetition(const std::vector<std::string_view>& blocks,
                                          size_t min_words) {
  std::vector<std::string> normalized;
  normalized.reserve(blocks.size());
  for (std::string_view b : blocks) normalized.push_back(NormalizeForCompare(b));
  const std::vector<std::string_view> views(normalized.begin(), normalized.end());
  return FindRepetition(blocks, views, min_words);
}

std::vector<RepeatVerdict> FindRepetition(std::span<const std::string_view> blocks,
                                          std::span<const std::string_view> normalized,
                                          size_t min_words) {
  const size_t n = blocks.size();
  std::vector<RepeatVerdict> verdicts(n);
  std::unordered_map<std::string_view, size_t> first_of;
  first_of.reserve(n * 2);
  for (size_t i = 0; i < n; ++i) {
    if (normalized[i].empty()) continue;
    auto [it, inserted] = first_of.emplace(normalized[i], i);
    if (!inserted) {
      verdicts[i].repeated = true;
      verdicts[i].same_as = static_cast<int>(it->second);
    }
  }

  // Sentences of every block (not exact repeats), as hashes of their
  // normalised text with whether they are long enough to count, and every
  // (sentence, block) pair sorted by sentence so the blocks holding a
  // sentence are one range. One vector for all blocks: block i's sentences
  // are [first_sentence[i], first_sentence[i + 1]).
  struct Sentence {
    uint64_t hash;
    bool substantive;  // at least kMinSentenceWords words
  };
  std::vector<Sentence> sentences;
  std::vector<size_t> first_sentence(n + 1, 0);
  std::vector<std::string_view> split;  // reused for every block
  for (size_t i = 0; i < n; ++i) {
    first_sentence[i] = sentences.size();
    if (verdicts[i].repeated || normalized[i].empty()) continue;
    SplitSentences(blocks[i], &split);
    if (split.size() == 1) {
      sentences.push_back(
          {Hash64(normalized[i]), HasAtLeastWords(normalized[i], kMinSentenceWords)});
    } else {
      for (std::string_view s : split) {
        std::string norm = NormalizeForCompare(s);
        if (!norm.empty()) {
          sentences.push_back({Hash64(norm), HasAtLeastWords(norm, kMinSentenceWords)});
        }
      }
    }
  }
  first_sentence[n] = sentences.size();
  auto sentences_of = [&](size_t block) {
    return std::span<const Sentence>(sentences.data() + first_sentence[block],
                                     first_sentence[block + 1] - first_sentence[block]);
  };
  struct Holder {
    uint64_t hash;
    size_t block;
    size_t sentence_count;
    bool operator<(const Holder& other) const {
      return hash != other.hash ? hash < other.hash : block < other.block;
    }
  };
  std::vector<Holder> holders;
  holders.reserve(sentences.size());
  for (size_t i = 0; i < n; ++i) {
    const std::span<const Sentence> own = sentences_of(i);
    for (const Sentence& s : own) holders.push_back({s.hash, i, own.size()});
  }
  std::sort(holders.begin(), holders.end());

  for (size_t i = 0; i < n; ++i) {
    const std::span<const Sentence> own = sentences_of(i);
    if (verdicts[i].repeated || own.size() < kMinCompositeParts) continue;
    if (!HasAtLeastWords(normalized[i], min_words)) continue;
    std::vector<size_t> parts;
    size_t substantive = 0;
    bool all_found = true;
    for (const Sentence& s : own) {
      // A part must be a smaller block: that keeps the relation acyclic, so
      // composites lose to their parts whatever the order.
      const Holder* found = nullptr;
      auto first = std::lower_bound(holders.begin(), holders.end(), Holder{s.hash, 0, 0});
      for (auto h = first; h != holders.end() && h->hash == s.hash; ++h) {
        if (h->block != i && h->sentence_count < own.size()) {
          found = &*h;
          break;
        }
      }
      if (found == nullptr) {
        all_found = false;
        break;
      }
      if (s.substantive) ++substantive;
      if (std::find(parts.begin(), parts.end(), found->block) == parts.end()) {
        parts.push_back(found->block);
      }
    }
    if (!all_found || substantive < kMinCompositeParts) continue;
    std::sort(parts.begin(), parts.end());
    verdicts[i].repeated = true;
    verdicts[i].same_as = static_cast<int>(parts.front());
    verdicts[i].parts = std::move(parts);
  }
  return verdicts;
}

}  // namespace newsift
