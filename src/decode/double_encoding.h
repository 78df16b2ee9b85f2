// Double-encoded UTF-8 ("mojibake"): text whose UTF-8 bytes were once read
// as windows-1252 (or latin-1) and encoded to UTF-8 again, so that "’" shows
// as "â€™" and "é" as "Ã©". Scraped pages carry it when a CMS stored
// mis-decoded text; the page's charset is right, its text is not.
#ifndef NEWSIFT_DECODE_DOUBLE_ENCODING_H_
#define NEWSIFT_DECODE_DOUBLE_ENCODING_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsift::decode_internal {

// Writes to *out the UTF-8 text with its double-encoded sequences restored,
// and returns how many were restored; with none, *out is left as it was.
//
// A sequence is a lead character (U+00C2..U+00F4, a UTF-8 lead byte read as
// latin-1) followed by as many characters standing for continuation bytes
// (0x80..0xBF as windows-1252 or latin-1 reads them) as the lead asks for,
// which together form one assigned character that is not for private use,
// a control or a noncharacter. Legitimate text can look like a sequence:
// "é", a no-break space and "»" in French make U+983B, "IRMÃ”" holds "Ô",
// "×" before a no-break space makes U+05E0, "É®" makes U+026E. So only
// these are restored wherever they are:
// - sequences led by "â" (quotes, dashes, the euro, ™: "â€™"), "ï" (the
//   byte-order mark, U+FFFD: "ï»¿") or "ð" (emoji: "ðŸ˜€");
// - "Â" or "Ã" before U+00A0..U+00BF ("Ã©" for "é", "Â®" for "®"), but
//   for "Ã" after a capital letter ("AMANHÃ»" in Portuguese);
// - any sequence with a C1 control inside ("Å\u0084" for "ń").
// Other sequences are restored when they touch another sequence (a word of
// Cyrillic, Greek or CJK read wrongly), or when a letter makes a Latin
// letter (U+00C0..U+024F, "Åº" for "ź") in a text that holds at least two
// sequences of the first kind.
size_t RepairDoubleEncodedUtf8(std::string_view text, std::string* out);

// Cheap test on UTF-8 text: false when it certainly holds no sequence that
// RepairDoubleEncodedUtf8 restores ("Ã", "Â", "â"... followed by what
// windows-1252 makes of a continuation byte).
bool MayHoldDoubleEncodedUtf8(std::string_view text);

}  // namespace newsift::decode_internal

#endif  // NEWSIFT_DECODE_DOUBLE_ENCODING_H_
