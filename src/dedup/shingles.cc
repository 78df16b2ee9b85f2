#include "dedup/shingles.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "util/hash.h"

namespace newsift {
namespace {

constexpr uint64_t kWordSeed = 0x6e657773696674ULL;  // "newsift"

inline bool IsAsciiWordByte(uint8_t b) {
  return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_' || (b >= 'A' && b <= 'Z');
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
// Words of lowercase ASCII (most of them) are hashed in place; the others are
// lowercased into a buffer first.
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  words.reserve(text.size() / 5);
  std::string word;
  const char* word_start = nullptr;  // in-place word being scanned
  size_t word_length = 0;
  auto flush = [&] {
    if (word_start != nullptr) {
      words.push_back(Hash64(std::string_view(word_start, word_length), kWordSeed));
      word_start = nullptr;
      word_length = 0;
    } else if (!word.empty()) {
      words.push_back(Hash64(word, kWordSeed));
      word.clear();
    }
  };
  // Moves the in-place word into the buffer (it needs lowercasing from here).
  auto to_buffer = [&] {
    if (word_start == nullptr) return;
    word.assign(word_start, word_length);
    word_start = nullptr;
    word_length = 0;
  };
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    uint8_t b = bytes[i];
    if (b < 0x80) {
      if (!IsAsciiWordByte(b)) {
        ++i;
        flush();
        continue;
      }
      const bool upper = b >= 'A' && b <= 'Z';
      if (!upper && word.empty()) {
        if (word_start == nullptr) word_start = text.data() + i;
        ++word_length;
      } else {
        to_buffer();
        word.push_back(static_cast<char>(upper ? b + 32 : b));
      }
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c >= 0 && IsUnspacedScriptChar(c)) {
      // One word per character: these scripts put no space between words.
      flush();
      words.push_back(
          Hash64(std::string_view(text.data() + i - U8_LENGTH(c), U8_LENGTH(c)), kWordSeed));
      continue;
    }
    int8_t type = c < 0 ? 0 : u_charType(c);
    if (c >= 0 &&
        (u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK)) {
      to_buffer();
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

// Order-dependent combination of word hashes (not commutative: "a b" != "b a").
inline uint64_t Combine(uint64_t seed, uint64_t value) {
  seed ^= value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
  return seed * 0xbf58476d1ce4e5b9ULL;
}

}  // namespace

std::vector<uint64_t> ShingleHashes(std::string_view text, int ngram) {
  std::vector<uint64_t> words = WordHashes(text);
  std::vector<uint64_t> shingles;
  if (words.empty()) return shingles;
  size_t n = static_cast<size_t>(std::max(ngram, 1));
  if (words.size() < n) n = words.size();
  shingles.reserve(words.size() - n + 1);
  for (size_t start = 0; start + n <= words.size(); ++start) {
    uint64_t h = n;
    for (size_t k = 0; k < n; ++k) h = Combine(h, words[start + k]);
    shingles.push_back(h ^ (h >> 31));
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
