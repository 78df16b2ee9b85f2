#include "util/shingle_score.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cassert>
#include <unordered_map>

namespace newsift {
namespace {

bool IsAsciiWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Python's str.isalnum() or '_': a letter category, or any numeric type.
bool IsPythonWordChar(UChar32 c) {
  if (c < 0) return false;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return true;
    default:
      return u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
  }
}

}  // namespace

std::vector<std::string_view> ScoreTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int32_t start = -1;
  while (i < length) {
    int32_t here = i;
    bool word;
    if (bytes[i] < 0x80) {
      word = IsAsciiWordChar(bytes[i]);
      ++i;
    } else {
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      word = IsPythonWordChar(c);
    }
    if (word) {
      if (start < 0) start = here;
    } else if (start >= 0) {
      tokens.push_back(text.substr(static_cast<size_t>(start), static_cast<size_t>(here - start)));
      start = -1;
    }
  }
  if (start >= 0) tokens.push_back(text.substr(static_cast<size_t>(start)));
  return tokens;
}

std::vector<std::string> TokenShingles(std::string_view text, size_t n) {
  assert(n >= 1);
  std::vector<std::string_view> tokens = ScoreTokens(text);
  std::vector<std::string> shingles;
  if (tokens.empty()) return shingles;
  // Fewer tokens than n: the whole sequence is one gram, as in the published
  // metric (range(max(1, len - n + 1))), so short texts still score.
  size_t count = tokens.size() >= n ? tokens.size() - n + 1 : 1;
  size_t width = tokens.size() >= n ? n : tokens.size();
  shingles.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    std::string gram(tokens[i]);
    for (size_t j = 1; j < width; ++j) {
      // Tokens never contain a space, so the joined form is unambiguous.
      gram += ' ';
      gram += tokens[i + j];
    }
    shingles.push_back(std::move(gram));
  }
  return shingles;
}

PageCounts ScorePage(std::string_view predicted, std::string_view truth, size_t n) {
  std::vector<std::string> true_grams = TokenShingles(truth, n);
  std::vector<std::string> predicted_grams = TokenShingles(predicted, n);
  // Multiset intersection: remaining true copies of each gram, consumed by predictions.
  std::unordered_map<std::string_view, size_t> remaining;
  remaining.reserve(true_grams.size());
  for (const std::string& gram : true_grams) ++remaining[gram];
  PageCounts counts;
  for (const std::string& gram : predicted_grams) {
    auto it = remaining.find(gram);
    if (it != remaining.end() && it->second > 0) {
      --it->second;
      ++counts.tp;
    } else {
      ++counts.fp;
    }
  }
  counts.fn = true_grams.size() - counts.tp;
  return counts;
}

double PagePrecision(const PageCounts& counts) {
  if (counts.fp == 0 && counts.fn == 0) return 1.0;
  if (counts.tp + counts.fp == 0) return 0.0;
  return static_cast<double>(counts.tp) / static_cast<double>(counts.tp + counts.fp);
}

double PageRecall(const PageCounts& counts) {
  if (counts.fp == 0 && counts.fn == 0) return 1.0;
  if (counts.tp + counts.fn == 0) return 0.0;
  return static_cast<double>(counts.tp) / static_cast<double>(counts.tp + counts.fn);
}

ShingleScore Aggregate(std::span<const PageCounts> pages) {
  ShingleScore score;
  score.pages = pages.size();
  double precision_sum = 0;
  double recall_sum = 0;
  for (const PageCounts& page : pages) {
    if (page.tp + page.fp > 0) {
      precision_sum += PagePrecision(page);
      ++score.precision_pages;
    }
    if (page.tp + page.fn > 0) {
      recall_sum += PageRecall(page);
      ++score.recall_pages;
    }
  }
  if (score.precision_pages > 0) {
    score.precision = precision_sum / static_cast<double>(score.precision_pages);
  }
  if (score.recall_pages > 0) {
    score.recall = recall_sum / static_cast<double>(score.recall_pages);
  }
  if (score.precision + score.recall > 0) {
    score.f1 = 2 * score.precision * score.recall / (score.precision + score.recall);
  }
  return score;
}

}  // namespace newsift
