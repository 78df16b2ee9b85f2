#include "util/text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstring>

namespace newsift {
namespace {

// Decodes the code point at text[*i], advancing *i; invalid bytes give -1.
UChar32 NextCodePoint(std::string_view text, size_t* i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(*i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), pos, static_cast<int32_t>(text.size()), c);
  *i = static_cast<size_t>(pos);
  return c;
}

bool IsSpace(UChar32 c) { return c >= 0 && (u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF); }

// Letters, decimal digits, combining marks and '_' (Java's isLetterOrDigit
// plus marks): one property lookup instead of one per category.
bool IsWordChar(UChar32 c) {
  constexpr uint32_t kWordCategories = U_GC_L_MASK | U_GC_ND_MASK | U_GC_MN_MASK | U_GC_MC_MASK;
  return c >= 0 && (c == '_' || (U_MASK(u_charType(c)) & kWordCategories) != 0);
}

// The bytes white space (IsSpace) can start with: the ASCII spaces and the
// lead bytes of U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000 and U+FEFF.
constexpr std::array<bool, 256> kMayStartSpace = [] {
  std::array<bool, 256> may{};
  for (unsigned char b : {'\t', '\n', '\v', '\f', '\r', ' '}) may[b] = true;
  for (unsigned char b : {0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) may[b] = true;
  return may;
}();

// Byte length of the white space (IsSpace) that starts at text[i], or 0.
// Outside ASCII only five lead bytes can start one, so the letters and
// punctuation of most text never reach ICU.
size_t SpaceLengthAt(std::string_view text, size_t i) {
  unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return AsciiKindOf(b) == kAsciiSpace ? 1 : 0;
  if (!kMayStartSpace[b]) return 0;
  size_t next = i;
  return IsSpace(NextCodePoint(text, &next)) ? next - i : 0;
}

}  // namespace

bool HasVisibleText(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (AsciiKindOf(b) != kAsciiSpace) return true;
      ++i;
      continue;
    }
    const UChar32 c = NextCodePoint(text, &i);
    if (c < 0 || (!IsSpace(c) && u_charType(c) != U_FORMAT_CHAR)) return true;
  }
  return false;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  unsigned char b = static_cast<unsigned char>(word[0]);
  if (b < 0x80) return b >= 'A' && b <= 'Z';
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && u_isupper(c);
}

std::string WithStraightQuotes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    // U+2018..U+201F are E2 80 98..9F in UTF-8.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
        static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const auto third = static_cast<unsigned char>(text[i + 2]);
      if (third >= 0x98 && third <= 0x9B) {  // single quotes
        out += '\'';
        i += 2;
        continue;
      }
      if (third >= 0x9C && third <= 0x9F) {  // double quotes
        out += '"';
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const size_t n = text.size();
  auto skip_space = [&](size_t i) {
    for (size_t space; i < n && (space = SpaceLengthAt(text, i)) > 0;) i += space;
    return i;
  };
  size_t i = skip_space(0);
  while (i < n) {
    // A run of text copied at once: it goes on over the bytes that cannot
    // start white space and over single ASCII spaces between words, so a
    // line that needs no change is one append.
    const size_t run = i;
    while (i < n) {
      while (i < n && !kMayStartSpace[static_cast<unsigned char>(text[i])]) ++i;
      if (i == n) break;
      if (text[i] == ' ') {  // one space between words stays in the run
        const unsigned char next = i + 1 < n ? static_cast<unsigned char>(text[i + 1]) : ' ';
        if (next < 0x80 ? AsciiKindOf(next) != kAsciiSpace : SpaceLengthAt(text, i + 1) == 0) {
          i += 2;
          continue;
        }
        break;
      }
      if (SpaceLengthAt(text, i) != 0) break;
      ++i;  // the lead byte of a character that is not white space
    }
    out.append(text.data() + run, i - run);
    i = skip_space(i);
    if (i < n) out.push_back(' ');
  }
  return out;
}

namespace {

// NormalizeForCompare, with the source words when kMarkWords.
template <bool kMarkWords>
std::string Normalize(std::string_view text, std::vector<std::string_view>* source_words) {
  // Written through a pointer into a buffer that always has room for the
  // rest of the input plus a pending separator: an input byte gives at most
  // one output byte, and a separator stands for at least one skipped byte.
  // Only lowercasing outside ASCII can lengthen a character (U+023A is two
  // bytes, its lowercase three), so that path restores the room first. Local
  // pointers, not the strings' own: a store through char* could alias their
  // fields, which would reload them on every byte.
  std::string out(text.size() + 1, '\0');
  char* dst = out.data();
  size_t w = 0;  // bytes written
  const char* src = text.data();
  const size_t n = text.size();
  bool pending_space = false;
  size_t word_start = std::string_view::npos;  // in text, of the word being written
  auto begin_word = [&](size_t at) {
    if (kMarkWords && word_start == std::string_view::npos) word_start = at;
  };
  auto end_word = [&](size_t at) {
    if (kMarkWords && word_start != std::string_view::npos) {
      source_words->push_back(text.substr(word_start, at - word_start));
      word_start = std::string_view::npos;
    }
  };
  size_t i = 0;
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(src[i]);
    if (b < 0x80) {  // ASCII without ICU: most text of most pages
      uint8_t kind = AsciiKindOf(b);
      if (kind < kAsciiLowerWord) {
        end_word(i);
        pending_space = true;
        ++i;
        continue;
      }
      begin_word(i);
      if (pending_space && w != 0) dst[w++] = ' ';
      pending_space = false;
      // The rest of the ASCII word: found first, then copied lowercased in a
      // loop without exits.
      size_t word_end = i + 1;
      while (word_end < n &&
             AsciiKindOf(static_cast<unsigned char>(src[word_end])) >= kAsciiLowerWord) {
        ++word_end;
      }
      for (; i < word_end; ++i) dst[w++] = AsciiToLower(src[i]);
      continue;
    }
    const size_t at = i;
    UChar32 c = NextCodePoint(text, &i);
    if (IsWordChar(c)) {
      begin_word(at);
      const size_t needed = w + 1 + U8_MAX_LENGTH + (n - i);
      if (out.size() < needed) {
        out.resize(needed + needed / 2);
        dst = out.data();
      }
      if (pending_space && w != 0) dst[w++] = ' ';
      pending_space = false;
      UChar32 lower = u_tolower(c);
      int32_t length = static_cast<int32_t>(w);
      UBool error = false;
      U8_APPEND(reinterpret_cast<uint8_t*>(dst), length, static_cast<int32_t>(out.size()), lower,
                error);
      if (!error) w = static_cast<size_t>(length);
    } else {
      end_word(at);
      pending_space = true;
    }
  }
  end_word(n);
  out.resize(w);
  return out;
}

}  // namespace

std::string NormalizeForCompare(std::string_view text) { return Normalize<false>(text, nullptr); }

std::string NormalizeForCompare(std::string_view text,
                                std::vector<std::string_view>* source_words) {
  source_words->clear();
  return Normalize<true>(text, source_words);
}

bool WordTokenizer::Next(std::string_view* word) {
  // Locals, not the members: the loops then keep them in registers.
  const std::string_view text = text_;
  const size_t n = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // Whether the character at *pos is a word character; advances *pos past it.
  auto word_char_at = [&](size_t* pos) {
    const unsigned char b = bytes[*pos];
    if (b < 0x80) {
      ++*pos;
      return AsciiKindOf(b) >= kAsciiLowerWord;
    }
    return IsWordChar(NextCodePoint(text, pos));
  };
  size_t pos = pos_;
  size_t start = pos;
  bool found = false;
  while (!found && pos < n) {
    start = pos;
    found = word_char_at(&pos);
  }
  if (!found) {
    pos_ = n;
    return false;
  }
  size_t end = pos;
  while (pos < n) {
    // The ASCII letters and digits of the word in a tight loop.
    while (pos < n && AsciiKindOf(bytes[pos]) >= kAsciiLowerWord) ++pos;
    end = pos;
    if (pos == n || !word_char_at(&pos)) break;
    end = pos;
  }
  pos_ = pos;  // past the character that ended the word: it is no word's
  *word = text.substr(start, end - start);
  return true;
}

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  WordTokenizer words(text);
  for (std::string_view word; words.Next(&word);) tokens.push_back(word);
  return tokens;
}

size_t Utf8Length(std::string_view text) {
  // Code points = bytes that are not continuation bytes (10xxxxxx), counted
  // eight at a time: each continuation byte leaves a 1 in its lowest bit,
  // and the multiplication sums the eight bytes into the top one (no
  // popcount instruction needed on baseline x86-64).
  size_t continuation = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    uint64_t ones = (word & ~(word << 1) & 0x8080808080808080ULL) >> 7;
    continuation += static_cast<size_t>((ones * 0x0101010101010101ULL) >> 56);
  }
  for (; i < text.size(); ++i) {
    continuation += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  }
  return text.size() - continuation;
}

bool IsValidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    if (NextCodePoint(text, &i) < 0) return false;
  }
  return true;
}

std::string Shorten(std::string_view text, size_t max_chars) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (count == max_chars) return std::string(text.substr(0, i)) + "…";
      ++count;
    }
  }
  return std::string(text);
}

std::string ToLowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiToLower(c);
  return out;
}

bool ContainsIgnoreAsciiCase(std::string_view text, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > text.size()) return false;
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; };
  const char first = fold(needle[0]);
  const size_t last_start = text.size() - needle.size();
  if (!(first >= 'a' && first <= 'z')) {
    // A first byte without case (a '/' of a path, a digit): memchr to each.
    size_t i = 0;
    while (i <= last_start) {
      const void* hit = std::memchr(text.data() + i, first, last_start + 1 - i);
      if (hit == nullptr) return false;
      i = static_cast<const char*>(hit) - text.data();
      if (EqualsIgnoreAsciiCase(text.substr(i + 1, needle.size() - 1), needle.substr(1))) {
        return true;
      }
      ++i;
    }
    return false;
  }
  for (size_t i = 0; i <= last_start; ++i) {
    if (fold(text[i]) == first && EqualsIgnoreAsciiCase(text.substr(i, needle.size()), needle)) {
      return true;
    }
  }
  return false;
}

std::string_view TrimAscii(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n' || text[b] == '\r')) ++b;
  while (e > b &&
         (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n' || text[e - 1] == '\r'))
    --e;
  return text.substr(b, e - b);
}

}  // namespace newsift
