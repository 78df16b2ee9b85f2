#include "dedup/shingles.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

#define XXH_INLINE_ALL  // word hashing is the inner loop: inline XXH3
#include <xxhash.h>

#include "util/hash.h"
#include "util/text.h"

namespace newsift {
namespace {

constexpr uint64_t kWordSeed = 0x6e657773696674ULL;  // "newsift"

inline uint64_t WordHash(const char* data, size_t size) {
  return XXH3_64bits_withSeed(data, size, kWordSeed);
}

// Chinese, Japanese, Thai, Lao, Khmer and Myanmar write words without spaces
// between them: each of their characters is a word, so shingles are
// character n-grams there (a clause-long "word" would make one edit change
// a whole shingle window).
bool IsUnspacedScriptChar(UChar32 c) {
  UErrorCode error = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &error);
  if (U_FAILURE(error)) return false;
  switch (script) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
      return true;
    default:
      return false;
  }
}

// Lowercased words of text: runs of Unicode letters, digits, marks, '_';
// single characters of the unspaced scripts.
// A word that is one run of lowercase ASCII (most of them) is hashed in place;
// the others are lowercased into a buffer first.
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  words.reserve(text.size() / 5 + 1);
  std::string word;  // the current word when it needs lowercasing or spans runs
  auto flush = [&] {
    if (word.empty()) return;
    words.push_back(WordHash(word.data(), word.size()));
    word.clear();
  };
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    uint8_t b = bytes[i];
    if (b < 0x80) {
      if (AsciiKindOf(b) < kAsciiLowerWord) {
        flush();
        ++i;
        continue;
      }
      // A run of ASCII word bytes.
      const int32_t start = i;
      bool upper = false;
      while (i < n && AsciiKindOf(bytes[i]) >= kAsciiLowerWord) {
        upper |= AsciiKindOf(bytes[i]) == kAsciiUpperWord;
        ++i;
      }
      const bool word_ends = i == n || bytes[i] < 0x80;
      if (word.empty() && word_ends && !upper) {
        words.push_back(WordHash(text.data() + start, static_cast<size_t>(i - start)));
      } else {
        for (int32_t k = start; k < i; ++k) {
          const uint8_t c = bytes[k];
          word.push_back(static_cast<char>(AsciiKindOf(c) == kAsciiUpperWord ? c + 32 : c));
        }
      }
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c >= 0 && IsUnspacedScriptChar(c)) {
      // One word per character: these scripts put no space between words.
      flush();
      words.push_back(WordHash(text.data() + i - U8_LENGTH(c), U8_LENGTH(c)));
      continue;
    }
    int8_t type = c < 0 ? 0 : u_charType(c);
    if (c >= 0 &&
        (u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK)) {
      UChar32 lower = u_tolower(c);
      char buf[4];
      int32_t len = 0;
      UBool error = false;
      U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, lower, error);
      if (!error) word.append(buf, static_cast<size_t>(len));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

}  // namespace

std::vector<uint64_t> ShingleHashes(std::string_view text, int ngram) {
  std::vector<uint64_t> words = WordHashes(text);
  std::vector<uint64_t> shingles;
  if (words.empty()) return shingles;
  size_t n = static_cast<size_t>(std::max(ngram, 1));
  if (words.size() < n) n = words.size();
  shingles.reserve(words.size() - n + 1);
  // Polynomial rolling hash over the word hashes, sum of w[start+k] *
  // P^(n-1-k) mod 2^64: order-dependent ("a b" != "b a"), one multiply per
  // window instead of n, then mixed so every bit depends on every word.
  constexpr uint64_t kBase = 0x9e3779b97f4a7c15ULL;
  uint64_t top_power = 1;  // P^(n-1)
  for (size_t k = 1; k < n; ++k) top_power *= kBase;
  uint64_t window = 0;
  for (size_t k = 0; k < n; ++k) window = window * kBase + words[k];
  const uint64_t length_salt = static_cast<uint64_t>(n) * 0xd6e8feb86659fd93ULL;
  for (size_t start = 0;; ++start) {
    shingles.push_back(Mix64(window ^ length_salt));
    if (start + n >= words.size()) break;
    window = (window - words[start] * top_power) * kBase + words[start + n];
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 0;
  size_t common = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace newsift
