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
// which together form one valid UTF-8 character other than a C1 control.
// Legitimate text can look like a two-character sequence ("×" before a
// no-break space, "É®" in a brand name), so those are restored only when
// they cannot be text: the lead is "Â" or "Ã" (UTF-8 for U+0080..U+00FF,
// which makes "Ã©" of "é"), one of the characters is a C1 control, the
// sequence touches another one (a word of Cyrillic or Greek read wrongly),
// or a letter makes a letter ("Åº" in "ÅódÅº") in a text holding at least two
// sequences of the other kinds. Three- and four-character sequences ("â€™",
// "ðŸ˜€") are always restored.
size_t RepairDoubleEncodedUtf8(std::string_view text, std::string* out);

// Cheap test on UTF-8 text: false when it certainly holds no sequence that
// RepairDoubleEncodedUtf8 restores ("Ã", "Â", "â"... followed by what
// windows-1252 makes of a continuation byte).
bool MayHoldDoubleEncodedUtf8(std::string_view text);

}  // namespace newsift::decode_internal

#endif  // NEWSIFT_DECODE_DOUBLE_ENCODING_H_
