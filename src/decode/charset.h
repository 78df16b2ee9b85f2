// Charset sniffing for the decoder: WHATWG encoding labels, byte order marks,
// the charset parameter of a Content-Type, the HTML5 <meta> prescan and the
// XML declaration, and a one-pass UTF-8 validity scan.
//
// Every function here is pure and bounded: it looks at most at the bytes it
// is documented to look at and never fails (an unknown label is "no answer").
#ifndef NEWSIFT_DECODE_CHARSET_H_
#define NEWSIFT_DECODE_CHARSET_H_

#include <cstddef>
#include <string_view>

namespace newsift::decode_internal {

// One entry of the WHATWG encoding table we support.
struct Charset {
  std::string_view name;      // WHATWG canonical name, what Article::charset records
  std::string_view icu_name;  // converter name for ucnv_open
  bool ascii_compatible;      // ASCII bytes decode to themselves
};

// The charset a label names, per the WHATWG table (case-insensitive, ASCII
// white space trimmed); nullptr for unknown labels and for the "replacement"
// labels, which we ignore.
const Charset* CharsetForLabel(std::string_view label);

const Charset& Utf8Charset();
const Charset& Windows1252Charset();

// A byte order mark at the start of bytes: its charset and length.
struct BomMatch {
  const Charset* charset = nullptr;
  size_t length = 0;
};
BomMatch SniffBom(std::string_view bytes);

// The charset named by the charset parameter of an HTTP Content-Type header
// or of a <meta http-equiv> content attribute, e.g.
// "text/html; charset=windows-1251". Unknown or absent: nullptr.
const Charset* CharsetFromContentType(std::string_view content_type);

// The HTML5 prescan over the first max_bytes of bytes: <meta charset>,
// <meta http-equiv=Content-Type content=...> and <?xml encoding=...?>.
// A declared UTF-16 means UTF-8 (the bytes being read as ASCII prove it is not
// UTF-16). nullptr when nothing usable is declared.
const Charset* PrescanMeta(std::string_view bytes, size_t max_bytes);

// One pass over bytes: whether they are valid UTF-8 (no overlongs, no
// surrogates, nothing above U+10FFFF), whether any byte is >= 0x80, and
// whether any NUL occurs, and whether NFC normalisation may change the text
// (a code point that is not NFC quick-check "yes" with combining class 0:
// combining marks, singletons, Hangul jamo, musical symbols). The scan
// stops at the first invalid sequence, so the other fields are complete only
// when valid.
struct Utf8Scan {
  bool valid = true;
  bool has_non_ascii = false;
  bool has_nul = false;
  bool maybe_not_nfc = false;
};
Utf8Scan ScanUtf8(std::string_view bytes);

}  // namespace newsift::decode_internal

#endif  // NEWSIFT_DECODE_CHARSET_H_
