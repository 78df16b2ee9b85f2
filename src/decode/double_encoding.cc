#include "decode/double_encoding.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

namespace newsift::decode_internal {
namespace {

constexpr UChar32 kFirstLead = 0xC2;  // lowest UTF-8 lead byte that is not overlong
constexpr UChar32 kLastLead = 0xF4;   // highest lead byte below U+10FFFF
constexpr UChar32 kLastTwoByteLead = 0xDF;
constexpr UChar32 kLastThreeByteLead = 0xEF;
// Certain sequences that make the text's other ones likely too.
constexpr std::ptrdiff_t kCertainSequencesForPage = 2;

// The characters windows-1252 gives bytes 0x80..0x9F, and the byte of each.
// Its five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) come out as the C1
// controls of the same value, as latin-1 reads every byte.
struct Windows1252Extra {
  char16_t character;
  uint8_t byte;
};
constexpr std::array<Windows1252Extra, 27> kWindows1252Extras = {{
    {u'\u0152', 0x8C}, {u'\u0153', 0x9C}, {u'\u0160', 0x8A}, {u'\u0161', 0x9A}, {u'\u0178', 0x9F},
    {u'\u017D', 0x8E}, {u'\u017E', 0x9E}, {u'\u0192', 0x83}, {u'\u02C6', 0x88}, {u'\u02DC', 0x98},
    {u'\u2013', 0x96}, {u'\u2014', 0x97}, {u'\u2018', 0x91}, {u'\u2019', 0x92}, {u'\u201A', 0x82},
    {u'\u201C', 0x93}, {u'\u201D', 0x94}, {u'\u201E', 0x84}, {u'\u2020', 0x86}, {u'\u2021', 0x87},
    {u'\u2022', 0x95}, {u'\u2026', 0x85}, {u'\u2030', 0x89}, {u'\u2039', 0x8B}, {u'\u203A', 0x9B},
    {u'\u20AC', 0x80}, {u'\u2122', 0x99},
}};

// The continuation byte (0x80..0xBF) that windows-1252 or latin-1 reads as c,
// or 0 when c stands for none.
uint8_t ContinuationByteOf(UChar32 c) {
  if (c >= 0x80 && c <= 0xBF) return static_cast<uint8_t>(c);
  if (c < 0x152 || c > 0x2122) return 0;
  for (const Windows1252Extra& extra : kWindows1252Extras) {
    if (extra.character == c) return extra.byte;
  }
  return 0;
}

bool IsC1Control(UChar32 c) { return c >= 0x80 && c <= 0x9F; }

// What a restored character may be: assigned, not for private use, not a
// control or a noncharacter. Text read wrongly was text.
bool IsPlausible(UChar32 c) {
  if (IsC1Control(c) || U_IS_UNICODE_NONCHAR(c)) return false;
  const int8_t type = u_charType(c);
  return type != U_UNASSIGNED && type != U_PRIVATE_USE_CHAR && type != U_SURROGATE;
}

// The leads of the sequences that are never text: "â" (U+2000..U+2FFF:
// quotes, dashes, the euro, ™), "ï" (U+F000..U+FFFF: the byte-order mark,
// U+FFFD, full-width forms) and "ð" (U+10000..U+3FFFF: emoji).
constexpr UChar32 kPunctuationLead = 0xE2;
constexpr UChar32 kSpecialsLead = 0xEF;
constexpr UChar32 kEmojiLead = 0xF0;
// "Â" and "Ã" before U+00A0..U+00BF: the no-break space, ©, ®, °, and the
// lowercase accented letters ("Ã©" for "é").
constexpr UChar32 kLatin1SymbolsLead = 0xC2;
constexpr UChar32 kLatin1LettersLead = 0xC3;
constexpr uint8_t kFirstLatin1Continuation = 0xA0;
// A letter made from a letter is restored on a damaged page when it is one
// of the Latin alphabets' ("Åº" for "ź"): not "ɮ" from "É®".
constexpr UChar32 kFirstLatinLetter = 0xC0;
constexpr UChar32 kLastLatinExtendedB = 0x24F;

struct Sequence {
  size_t begin = 0;  // byte offsets in the text
  size_t end = 0;
  UChar32 restored = 0;
  bool certain = false;           // restored even when no other sequence touches it
  bool latin_for_letter = false;  // a Latin letter, made from a letter
};

// The double-encoded sequence starting at text[at], if there is one.
bool SequenceAt(std::string_view text, size_t at, Sequence* sequence) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  auto i = static_cast<int32_t>(at);
  UChar32 lead;
  U8_NEXT(s, i, n, lead);
  if (lead < kFirstLead || lead > kLastLead) return false;
  const size_t length = lead <= kLastTwoByteLead ? 2 : lead <= kLastThreeByteLead ? 3 : 4;
  uint8_t bytes[4] = {static_cast<uint8_t>(lead)};
  bool has_c1 = false;
  for (size_t k = 1; k < length; ++k) {
    if (i >= n) return false;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    bytes[k] = ContinuationByteOf(c);
    if (bytes[k] == 0) return false;
    has_c1 = has_c1 || IsC1Control(c);
  }
  // The bytes must make one valid UTF-8 character: ICU's reader refuses
  // overlongs, surrogates and values past U+10FFFF.
  int32_t j = 0;
  UChar32 restored;
  U8_NEXT(bytes, j, static_cast<int32_t>(length), restored);
  if (restored < 0 || j != static_cast<int32_t>(length) || !IsPlausible(restored)) return false;
  sequence->begin = at;
  sequence->end = static_cast<size_t>(i);
  sequence->restored = restored;
  // "Ã" then "»" after a capital is Portuguese ("AMANHÃ»"), not "û".
  const bool lowercase_after_capital = lead == kLatin1LettersLead && at > 0 && [&] {
    auto before = static_cast<int32_t>(at);
    UChar32 previous;
    U8_PREV(s, 0, before, previous);
    return previous >= 0 && u_isupper(previous);
  }();
  // Other leads make text too: "é", a no-break space and "»" read as UTF-8
  // are U+983B, "IRMÃ”" holds "Ô".
  sequence->certain = has_c1 || lead == kPunctuationLead || lead == kSpecialsLead ||
                      lead == kEmojiLead ||
                      ((lead == kLatin1SymbolsLead || lead == kLatin1LettersLead) &&
                       bytes[1] >= kFirstLatin1Continuation && !lowercase_after_capital);
  sequence->latin_for_letter = length == 2 && u_isalpha(lead) && restored >= kFirstLatinLetter &&
                               restored <= kLastLatinExtendedB;
  return true;
}

}  // namespace

bool MayHoldDoubleEncodedUtf8(std::string_view text) {
  // Every lead character U+00C2..U+00F4 is 0xC3 then 0x82..0xB4 in UTF-8,
  // and every character standing for a continuation byte starts with 0xC2
  // (U+0080..U+00BF), 0xC5, 0xC6, 0xCB (the windows-1252 letters and
  // accents) or 0xE2 (its punctuation).
  const char* p = text.data();
  const char* end = p + text.size();
  while (end - p >= 3) {
    const void* hit = std::memchr(p, 0xC3, static_cast<size_t>(end - p - 2));
    if (hit == nullptr) return false;
    p = static_cast<const char*>(hit);
    const auto second = static_cast<uint8_t>(p[1]);
    const auto third = static_cast<uint8_t>(p[2]);
    if (second >= 0x82 && second <= 0xB4 &&
        (third == 0xC2 || third == 0xC5 || third == 0xC6 || third == 0xCB || third == 0xE2)) {
      return true;
    }
    ++p;
  }
  return false;
}

size_t RepairDoubleEncodedUtf8(std::string_view text, std::string* out) {
  // ICU's UTF-8 macros index with int32_t.
  if (text.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) return 0;
  std::vector<Sequence> found;
  for (size_t at = 0; at < text.size();) {
    const void* hit = std::memchr(text.data() + at, 0xC3, text.size() - at);
    if (hit == nullptr) break;
    at = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
    Sequence sequence;
    if (SequenceAt(text, at, &sequence)) {
      found.push_back(sequence);
      at = sequence.end;
    } else {
      ++at;
    }
  }
  // A sequence that may be text is restored beside another sequence, or
  // when a letter makes a Latin letter on a page that certainly holds double
  // encoding ("Åº" for "ź" in "Łódź", alone among ASCII letters; not "×"
  // and a no-break space, not "É®").
  const auto certain = std::count_if(found.begin(), found.end(),
                                     [](const Sequence& sequence) { return sequence.certain; });
  const bool page_is_double_encoded = certain >= kCertainSequencesForPage;
  std::vector<const Sequence*> restore;
  for (size_t k = 0; k < found.size(); ++k) {
    const bool touches = (k > 0 && found[k - 1].end == found[k].begin) ||
                         (k + 1 < found.size() && found[k].end == found[k + 1].begin);
    if (found[k].certain || touches || (page_is_double_encoded && found[k].latin_for_letter)) {
      restore.push_back(&found[k]);
    }
  }
  if (restore.empty()) return 0;
  std::string repaired;
  repaired.reserve(text.size());
  size_t copied = 0;
  for (const Sequence* sequence : restore) {
    repaired.append(text, copied, sequence->begin - copied);
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, sequence->restored);
    repaired.append(buffer, static_cast<size_t>(length));
    copied = sequence->end;
  }
  repaired.append(text, copied);
  out->swap(repaired);
  return restore.size();
}

}  // namespace newsift::decode_internal
