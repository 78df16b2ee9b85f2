// Small UTF-8 text utilities shared by the stages: whitespace folding,
// normalisation for comparisons, word tokenisation.
#ifndef NEWSIFT_UTIL_TEXT_H_
#define NEWSIFT_UTIL_TEXT_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsift {

// Byte classes of ASCII for the scanners that take words as Python's \w does
// (letters, digits, '_'); bytes from 0x80 up are kAsciiOther.
enum AsciiKind : uint8_t {
  kAsciiOther = 0,
  kAsciiSpace = 1,      // ' ' \t \n \r \f \v
  kAsciiLowerWord = 2,  // a-z 0-9 _
  kAsciiUpperWord = 3,  // A-Z
};

namespace text_internal {
constexpr std::array<uint8_t, 256> MakeAsciiKinds() {
  std::array<uint8_t, 256> kinds{};
  for (int b = 0; b < 128; ++b) {
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
      kinds[b] = kAsciiSpace;
    } else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_') {
      kinds[b] = kAsciiLowerWord;
    } else if (b >= 'A' && b <= 'Z') {
      kinds[b] = kAsciiUpperWord;
    }
  }
  return kinds;
}
inline constexpr std::array<uint8_t, 256> kAsciiKinds = MakeAsciiKinds();
}  // namespace text_internal

inline uint8_t AsciiKindOf(unsigned char b) { return text_internal::kAsciiKinds[b]; }

// Collapses runs of Unicode white space (incl. NBSP) to one ASCII space and trims.
std::string CollapseWhitespace(std::string_view text);

// Whether text shows anything: a character other than white space and the
// invisible format characters (zero-width joiner, word joiner, soft hyphen...)
// that page builders put in "empty" paragraphs.
bool HasVisibleText(std::string_view text);

// Text reduced for equality tests: lowercase (Unicode), letters and digits
// only, words separated by single spaces. "Hello,  World!" -> "hello world".
std::string NormalizeForCompare(std::string_view text);
// Same, and sets *source_words to the words as text writes them (views into
// text; the \w+ matches WordTokens gives), the i-th for the i-th word of the
// result: one pass where a caller needs both.
std::string NormalizeForCompare(std::string_view text, std::vector<std::string_view>* source_words);

// Words as the matches of \w+ (Unicode letters, digits, marks, underscore).
std::vector<std::string_view> WordTokens(std::string_view text);

// The same words one at a time, without a vector:
//   WordTokenizer words(text);
//   for (std::string_view word; words.Next(&word);) ...
class WordTokenizer {
 public:
  explicit WordTokenizer(std::string_view text) : text_(text) {}
  // The words would point into a temporary.
  explicit WordTokenizer(std::string&& text) = delete;
  // Sets *word to the next word (a view into the text); false at the end.
  bool Next(std::string_view* word);

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

// Number of Unicode code points (invalid bytes count one each).
size_t Utf8Length(std::string_view text);

// Whether text is valid UTF-8.
bool IsValidUtf8(std::string_view text);

// text cut to at most max_chars code points, with "…" when cut.
std::string Shorten(std::string_view text, size_t max_chars);

inline bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}
inline bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}
// Whether text starts with any of prefixes.
inline bool StartsWithAny(std::string_view text, std::span<const std::string_view> prefixes) {
  for (std::string_view prefix : prefixes) {
    if (StartsWith(text, prefix)) return true;
  }
  return false;
}
// The first of prefixes (none empty) that text starts with, or an empty view.
inline std::string_view FindPrefix(std::string_view text,
                                   std::span<const std::string_view> prefixes) {
  for (std::string_view prefix : prefixes) {
    if (StartsWith(text, prefix)) return prefix;
  }
  return {};
}
// Whether word starts with an uppercase letter (Unicode: "Émile" does);
// false for an empty word.
bool StartsUpper(std::string_view word);
// Whether text is one or more ASCII digits.
inline bool IsAsciiDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

inline char AsciiToLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
std::string ToLowerAscii(std::string_view text);
// a == b ignoring ASCII case (HTTP and WARC header names, charset labels,
// tag and attribute names: inline, as the pre-filter asks per tag).
inline bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiToLower(a[i]) != AsciiToLower(b[i])) return false;
  }
  return true;
}
inline bool StartsWithIgnoreAsciiCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         EqualsIgnoreAsciiCase(text.substr(0, prefix.size()), prefix);
}
bool ContainsIgnoreAsciiCase(std::string_view text, std::string_view needle);
// Whether text has an ASCII lowercase letter: a headline without one is set
// in capitals, usually by the page's style.
inline bool HasLowercaseLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
std::string_view TrimAscii(std::string_view text);
// The text with typographic quotes and apostrophes made ASCII (U+2018 to
// U+201B -> "'", U+201C to U+201F -> '"', the low "\u201A" and "\u201E" of
// German quotes among them): what a page's <title> or og:title writes where
// its heading sets the same words in curly quotes.
std::string WithStraightQuotes(std::string_view text);

}  // namespace newsift

#endif  // NEWSIFT_UTIL_TEXT_H_
