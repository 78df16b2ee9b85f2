#include "util/text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <bit>
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

bool IsWordChar(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
                    u_charType(c) == U_COMBINING_SPACING_MARK || c == '_');
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    size_t start = i;
    if (b < 0x80) {
      if (AsciiKindOf(b) == kAsciiSpace) {
        pending_space = !out.empty();
        ++i;
        continue;
      }
      // A run of printable ASCII copied at once.
      while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 &&
             AsciiKindOf(static_cast<unsigned char>(text[i])) != kAsciiSpace) {
        ++i;
      }
    } else {
      UChar32 c = NextCodePoint(text, &i);
      if (IsSpace(c)) {
        pending_space = !out.empty();
        continue;
      }
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.substr(start, i - start));
  }
  return out;
}

std::string NormalizeForCompare(std::string_view text) {
  // Written through a pointer into a buffer sized for the input (a word byte
  // or one separator byte per input byte); only lowercasing outside ASCII can
  // lengthen a character, and that path makes room first.
  std::string out(text.size() + 8, '\0');
  size_t w = 0;  // bytes written
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // ASCII without ICU: most text of most pages
      uint8_t kind = AsciiKindOf(b);
      if (kind < kAsciiLowerWord) {
        pending_space = true;
        ++i;
        continue;
      }
      if (pending_space && w != 0) out[w++] = ' ';
      pending_space = false;
      // The rest of the ASCII word, lowercased as it is copied.
      do {
        out[w++] = static_cast<char>(kind == kAsciiUpperWord ? b + ('a' - 'A') : b);
        if (++i == text.size()) break;
        b = static_cast<unsigned char>(text[i]);
        kind = AsciiKindOf(b);
      } while (kind >= kAsciiLowerWord);
      continue;
    }
    UChar32 c = NextCodePoint(text, &i);
    if (IsWordChar(c)) {
      if (out.size() - w < 8) out.resize(out.size() * 2 + 8);
      if (pending_space && w != 0) out[w++] = ' ';
      pending_space = false;
      UChar32 lower = u_tolower(c);
      int32_t length = static_cast<int32_t>(w);
      UBool error = false;
      U8_APPEND(reinterpret_cast<uint8_t*>(out.data()), length, static_cast<int32_t>(out.size()),
                lower, error);
      if (!error) w = static_cast<size_t>(length);
    } else {
      pending_space = true;
    }
  }
  out.resize(w);
  return out;
}

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  size_t start = std::string_view::npos;
  while (i < text.size()) {
    size_t here = i;
    UChar32 c;
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      c = b;
      ++i;
    } else {
      c = NextCodePoint(text, &i);
    }
    bool word = b < 0x80 ? AsciiKindOf(b) >= kAsciiLowerWord : IsWordChar(c);
    if (word) {
      if (start == std::string_view::npos) start = here;
    } else if (start != std::string_view::npos) {
      tokens.push_back(text.substr(start, here - start));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) tokens.push_back(text.substr(start));
  return tokens;
}

size_t Utf8Length(std::string_view text) {
  // Code points = bytes that are not continuation bytes (10xxxxxx), counted
  // eight at a time.
  size_t continuation = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    continuation += static_cast<size_t>(std::popcount(word & ~(word << 1) & 0x8080808080808080ULL));
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

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string ToLowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiToLower(c);
  return out;
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + ('a' - 'A')) : a[i];
    char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] + ('a' - 'A')) : b[i];
    if (x != y) return false;
  }
  return true;
}

bool StartsWithIgnoreAsciiCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         EqualsIgnoreAsciiCase(text.substr(0, prefix.size()), prefix);
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
