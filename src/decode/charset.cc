#include "decode/charset.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>

#include "util/text.h"

namespace newsift::decode_internal {
namespace {

// The WHATWG encoding table (https://encoding.spec.whatwg.org/#names-and-labels),
// minus the encodings ICU lacks (ISO-8859-16) and the "replacement" ones.
// clang-format off
constexpr std::array<Charset, 37> kCharsets = {{
    {"UTF-8", "UTF-8", true},                       // 0
    {"IBM866", "IBM866", true},                     // 1
    {"ISO-8859-2", "ISO-8859-2", true},             // 2
    {"ISO-8859-3", "ISO-8859-3", true},             // 3
    {"ISO-8859-4", "ISO-8859-4", true},             // 4
    {"ISO-8859-5", "ISO-8859-5", true},             // 5
    {"ISO-8859-6", "ISO-8859-6", true},             // 6
    {"ISO-8859-7", "ISO-8859-7", true},             // 7
    {"ISO-8859-8", "ISO-8859-8", true},             // 8
    {"ISO-8859-8-I", "ISO-8859-8", true},           // 9
    {"ISO-8859-10", "ISO-8859-10", true},           // 10
    {"ISO-8859-13", "ISO-8859-13", true},           // 11
    {"ISO-8859-14", "ISO-8859-14", true},           // 12
    {"ISO-8859-15", "ISO-8859-15", true},           // 13
    {"KOI8-R", "KOI8-R", true},                     // 14
    {"KOI8-U", "KOI8-U", true},                     // 15
    {"macintosh", "macintosh", true},               // 16
    {"windows-874", "windows-874-2000", true},      // 17
    {"windows-1250", "windows-1250", true},         // 18
    {"windows-1251", "windows-1251", true},         // 19
    {"windows-1252", "windows-1252", true},         // 20
    {"windows-1253", "windows-1253", true},         // 21
    {"windows-1254", "windows-1254", true},         // 22
    {"windows-1255", "windows-1255", true},         // 23
    {"windows-1256", "windows-1256", true},         // 24
    {"windows-1257", "windows-1257", true},         // 25
    {"windows-1258", "windows-1258", true},         // 26
    {"x-mac-cyrillic", "x-mac-cyrillic", true},     // 27
    {"GBK", "GBK", true},                           // 28
    {"gb18030", "gb18030", true},                   // 29
    {"Big5", "windows-950-2000", true},             // 30
    {"EUC-JP", "EUC-JP", true},                     // 31
    {"ISO-2022-JP", "ISO-2022-JP", false},          // 32: ESC sequences switch sets
    {"Shift_JIS", "windows-31j", true},             // 33
    {"EUC-KR", "windows-949-2000", true},           // 34
    {"UTF-16BE", "UTF-16BE", false},                // 35
    {"UTF-16LE", "UTF-16LE", false},                // 36
}};
// clang-format on

constexpr size_t kUtf8 = 0, kWindows1252 = 20, kUtf16Be = 35, kUtf16Le = 36;

struct Label {
  std::string_view label;  // lowercase
  size_t charset;          // index in kCharsets
};

// clang-format off
constexpr Label kLabels[] = {
    {"unicode-1-1-utf-8", 0}, {"unicode11utf8", 0}, {"unicode20utf8", 0}, {"utf-8", 0},
    {"utf8", 0}, {"x-unicode20utf8", 0},
    {"866", 1}, {"cp866", 1}, {"csibm866", 1}, {"ibm866", 1},
    {"csisolatin2", 2}, {"iso-8859-2", 2}, {"iso-ir-101", 2}, {"iso8859-2", 2}, {"iso88592", 2},
    {"iso_8859-2", 2}, {"iso_8859-2:1987", 2}, {"l2", 2}, {"latin2", 2},
    {"csisolatin3", 3}, {"iso-8859-3", 3}, {"iso-ir-109", 3}, {"iso8859-3", 3}, {"iso88593", 3},
    {"iso_8859-3", 3}, {"iso_8859-3:1988", 3}, {"l3", 3}, {"latin3", 3},
    {"csisolatin4", 4}, {"iso-8859-4", 4}, {"iso-ir-110", 4}, {"iso8859-4", 4}, {"iso88594", 4},
    {"iso_8859-4", 4}, {"iso_8859-4:1988", 4}, {"l4", 4}, {"latin4", 4},
    {"csisolatincyrillic", 5}, {"cyrillic", 5}, {"iso-8859-5", 5}, {"iso-ir-144", 5},
    {"iso8859-5", 5}, {"iso88595", 5}, {"iso_8859-5", 5}, {"iso_8859-5:1988", 5},
    {"arabic", 6}, {"asmo-708", 6}, {"csiso88596e", 6}, {"csiso88596i", 6},
    {"csisolatinarabic", 6}, {"ecma-114", 6}, {"iso-8859-6", 6}, {"iso-8859-6-e", 6},
    {"iso-8859-6-i", 6}, {"iso-ir-127", 6}, {"iso8859-6", 6}, {"iso88596", 6}, {"iso_8859-6", 6},
    {"iso_8859-6:1987", 6},
    {"csisolatingreek", 7}, {"ecma-118", 7}, {"elot_928", 7}, {"greek", 7}, {"greek8", 7},
    {"iso-8859-7", 7}, {"iso-ir-126", 7}, {"iso8859-7", 7}, {"iso88597", 7}, {"iso_8859-7", 7},
    {"iso_8859-7:1987", 7}, {"sun_eu_greek", 7},
    {"csiso88598e", 8}, {"csisolatinhebrew", 8}, {"hebrew", 8}, {"iso-8859-8", 8},
    {"iso-8859-8-e", 8}, {"iso-ir-138", 8}, {"iso8859-8", 8}, {"iso88598", 8}, {"iso_8859-8", 8},
    {"iso_8859-8:1988", 8}, {"visual", 8},
    {"csiso88598i", 9}, {"iso-8859-8-i", 9}, {"logical", 9},
    {"csisolatin6", 10}, {"iso-8859-10", 10}, {"iso-ir-157", 10}, {"iso8859-10", 10},
    {"iso885910", 10}, {"l6", 10}, {"latin6", 10},
    {"iso-8859-13", 11}, {"iso8859-13", 11}, {"iso885913", 11},
    {"iso-8859-14", 12}, {"iso8859-14", 12}, {"iso885914", 12},
    {"csisolatin9", 13}, {"iso-8859-15", 13}, {"iso8859-15", 13}, {"iso885915", 13},
    {"iso_8859-15", 13}, {"l9", 13},
    {"cskoi8r", 14}, {"koi", 14}, {"koi8", 14}, {"koi8-r", 14}, {"koi8_r", 14},
    {"koi8-ru", 15}, {"koi8-u", 15},
    {"csmacintosh", 16}, {"mac", 16}, {"macintosh", 16}, {"x-mac-roman", 16},
    {"dos-874", 17}, {"iso-8859-11", 17}, {"iso8859-11", 17}, {"iso885911", 17}, {"tis-620", 17},
    {"windows-874", 17},
    {"cp1250", 18}, {"windows-1250", 18}, {"x-cp1250", 18},
    {"cp1251", 19}, {"windows-1251", 19}, {"x-cp1251", 19},
    {"ansi_x3.4-1968", 20}, {"ascii", 20}, {"cp1252", 20}, {"cp819", 20}, {"csisolatin1", 20},
    {"ibm819", 20}, {"iso-8859-1", 20}, {"iso-ir-100", 20}, {"iso8859-1", 20}, {"iso88591", 20},
    {"iso_8859-1", 20}, {"iso_8859-1:1987", 20}, {"l1", 20}, {"latin1", 20}, {"us-ascii", 20},
    {"windows-1252", 20}, {"x-cp1252", 20},
    {"cp1253", 21}, {"windows-1253", 21}, {"x-cp1253", 21},
    {"cp1254", 22}, {"csisolatin5", 22}, {"iso-8859-9", 22}, {"iso-ir-148", 22}, {"iso8859-9", 22},
    {"iso88599", 22}, {"iso_8859-9", 22}, {"iso_8859-9:1989", 22}, {"l5", 22}, {"latin5", 22},
    {"windows-1254", 22}, {"x-cp1254", 22},
    {"cp1255", 23}, {"windows-1255", 23}, {"x-cp1255", 23},
    {"cp1256", 24}, {"windows-1256", 24}, {"x-cp1256", 24},
    {"cp1257", 25}, {"windows-1257", 25}, {"x-cp1257", 25},
    {"cp1258", 26}, {"windows-1258", 26}, {"x-cp1258", 26},
    {"x-mac-cyrillic", 27}, {"x-mac-ukrainian", 27},
    {"chinese", 28}, {"csgb2312", 28}, {"csiso58gb231280", 28}, {"gb2312", 28}, {"gb_2312", 28},
    {"gb_2312-80", 28}, {"gbk", 28}, {"iso-ir-58", 28}, {"x-gbk", 28},
    {"gb18030", 29},
    {"big5", 30}, {"big5-hkscs", 30}, {"cn-big5", 30}, {"csbig5", 30}, {"x-x-big5", 30},
    {"cseucpkdfmtjapanese", 31}, {"euc-jp", 31}, {"x-euc-jp", 31},
    {"csiso2022jp", 32}, {"iso-2022-jp", 32},
    {"csshiftjis", 33}, {"ms932", 33}, {"ms_kanji", 33}, {"shift-jis", 33}, {"shift_jis", 33},
    {"sjis", 33}, {"windows-31j", 33}, {"x-sjis", 33},
    {"cseuckr", 34}, {"csksc56011987", 34}, {"euc-kr", 34}, {"iso-ir-149", 34}, {"korean", 34},
    {"ks_c_5601-1987", 34}, {"ks_c_5601-1989", 34}, {"ksc5601", 34}, {"ksc_5601", 34},
    {"windows-949", 34},
    {"unicodefffe", 35}, {"utf-16be", 35},
    {"csunicode", 36}, {"iso-10646-ucs-2", 36}, {"ucs-2", 36}, {"unicode", 36},
    {"unicodefeff", 36}, {"utf-16", 36}, {"utf-16le", 36},
};
// clang-format on

// Longest label in kLabels, so longer input is rejected without copying.
constexpr size_t kMaxLabelLength = 24;

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsUtf16(const Charset* charset) {
  return charset == &kCharsets[kUtf16Be] || charset == &kCharsets[kUtf16Le];
}

// --- The HTML5 prescan (https://html.spec.whatwg.org/#prescan-a-byte-stream) ---

struct Attribute {
  std::string_view name;
  std::string_view value;
};

class Prescanner {
 public:
  explicit Prescanner(std::string_view bytes) : s_(bytes) {}

  const Charset* Run() {
    while (pos_ < s_.size()) {
      size_t lt = s_.find('<', pos_);
      if (lt == std::string_view::npos) return nullptr;
      pos_ = lt;
      std::string_view rest = s_.substr(pos_);
      if (rest.substr(0, 4) == "<!--") {
        size_t end = s_.find("-->", pos_ + 2);
        if (end == std::string_view::npos) return nullptr;
        pos_ = end + 3;
      } else if (StartsWithIgnoreAsciiCase(rest, "<meta") && rest.size() > 5 &&
                 (IsAsciiSpace(rest[5]) || rest[5] == '/')) {
        pos_ += 5;
        if (const Charset* found = Meta()) return found;
      } else if (StartsWithIgnoreAsciiCase(rest, "<?xml") && pos_ == 0) {
        pos_ += 5;
        if (const Charset* found = XmlDeclaration()) return found;
      } else if (rest.size() > 1 &&
                 (IsAlpha(rest[1]) || (rest[1] == '/' && rest.size() > 2 && IsAlpha(rest[2])))) {
        pos_ += rest[1] == '/' ? 2 : 1;
        while (pos_ < s_.size() && !IsAsciiSpace(s_[pos_]) && s_[pos_] != '/' && s_[pos_] != '>') {
          ++pos_;
        }
        Attribute attr;
        while (NextAttribute(&attr)) {
        }
      } else if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '/' || rest[1] == '?')) {
        size_t gt = s_.find('>', pos_);
        if (gt == std::string_view::npos) return nullptr;
        pos_ = gt + 1;
      } else {
        ++pos_;
      }
    }
    return nullptr;
  }

 private:
  static bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

  const Charset* Meta() {
    bool got_pragma = false;
    std::string_view charset_attr, content_attr;
    bool has_charset = false, has_content = false;
    Attribute attr;
    while (NextAttribute(&attr)) {
      if (EqualsIgnoreAsciiCase(attr.name, "http-equiv")) {
        if (EqualsIgnoreAsciiCase(TrimSpaces(attr.value), "content-type")) got_pragma = true;
      } else if (EqualsIgnoreAsciiCase(attr.name, "content") && !has_content) {
        content_attr = attr.value;
        has_content = true;
      } else if (EqualsIgnoreAsciiCase(attr.name, "charset") && !has_charset) {
        charset_attr = attr.value;
        has_charset = true;
      }
    }
    const Charset* found = nullptr;
    if (has_charset) {
      found = CharsetForLabel(charset_attr);
    } else if (got_pragma && has_content) {
      found = CharsetFromContentType(content_attr);
    }
    if (found != nullptr && IsUtf16(found)) return &kCharsets[kUtf8];
    return found;
  }

  const Charset* XmlDeclaration() {
    size_t end = s_.find("?>", pos_);
    if (end == std::string_view::npos) return nullptr;
    std::string_view decl = s_.substr(pos_, end - pos_);
    pos_ = end + 2;
    size_t enc = decl.find("encoding");
    if (enc == std::string_view::npos) return nullptr;
    std::string_view rest = TrimSpaces(decl.substr(enc + 8));
    if (rest.empty() || rest.front() != '=') return nullptr;
    rest = TrimSpaces(rest.substr(1));
    if (rest.empty() || (rest.front() != '"' && rest.front() != '\'')) return nullptr;
    size_t close = rest.find(rest.front(), 1);
    if (close == std::string_view::npos) return nullptr;
    const Charset* found = CharsetForLabel(rest.substr(1, close - 1));
    if (found != nullptr && IsUtf16(found)) return &kCharsets[kUtf8];
    return found;
  }

  // The spec's "get an attribute"; false at '>' or the end of input.
  bool NextAttribute(Attribute* attr) {
    while (pos_ < s_.size() && (IsAsciiSpace(s_[pos_]) || s_[pos_] == '/')) ++pos_;
    if (pos_ >= s_.size()) return false;
    if (s_[pos_] == '>') {
      ++pos_;
      return false;
    }
    size_t name_start = pos_;
    while (pos_ < s_.size() && !IsAsciiSpace(s_[pos_]) && s_[pos_] != '=' && s_[pos_] != '/' &&
           s_[pos_] != '>') {
      ++pos_;
    }
    if (pos_ == name_start) ++pos_;  // a lone '=' starts a name in the spec
    attr->name = s_.substr(name_start, pos_ - name_start);
    attr->value = {};
    while (pos_ < s_.size() && IsAsciiSpace(s_[pos_])) ++pos_;
    if (pos_ >= s_.size() || s_[pos_] != '=') return true;
    ++pos_;
    while (pos_ < s_.size() && IsAsciiSpace(s_[pos_])) ++pos_;
    if (pos_ >= s_.size()) return true;
    char quote = s_[pos_];
    if (quote == '"' || quote == '\'') {
      size_t close = s_.find(quote, pos_ + 1);
      if (close == std::string_view::npos) close = s_.size();
      attr->value = s_.substr(pos_ + 1, close - pos_ - 1);
      pos_ = close + 1;
      return true;
    }
    size_t value_start = pos_;
    while (pos_ < s_.size() && !IsAsciiSpace(s_[pos_]) && s_[pos_] != '>') ++pos_;
    attr->value = s_.substr(value_start, pos_ - value_start);
    return true;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

// Whether a code point cannot make a string non-NFC: quick check "yes" and
// combining class 0.
bool IsNfcSafe(UChar32 c) {
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
         u_getCombiningClass(c) == 0;
}

// IsNfcSafe of every BMP code point, one bit each. Lets the common case skip
// ICU's slower normalisation check.
constexpr size_t kBmpSize = 0x10000;

const std::bitset<kBmpSize>& NfcSafeTable() {
  static const auto* table = [] {
    auto* bits = new std::bitset<kBmpSize>();
    // From the ranges of ICU's set of unsafe code points: asking for each of
    // the 65,536 one by one cost 19 M instructions (5 ms) in every process.
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeSet unsafe(u"[[:NFC_QC=N:][:NFC_QC=M:][:^ccc=0:]]", status);
    if (U_FAILURE(status)) {
      for (UChar32 c = 0; c < static_cast<UChar32>(kBmpSize); ++c) {
        bits->set(static_cast<size_t>(c), IsNfcSafe(c));
      }
      return bits;
    }
    bits->set();
    for (int32_t range = 0; range < unsafe.getRangeCount(); ++range) {
      const UChar32 last = std::min<UChar32>(unsafe.getRangeEnd(range), kBmpSize - 1);
      for (UChar32 c = unsafe.getRangeStart(range); c <= last; ++c) {
        bits->reset(static_cast<size_t>(c));
      }
    }
    return bits;
  }();
  return *table;
}

}  // namespace

const Charset* CharsetForLabel(std::string_view label) {
  label = TrimSpaces(label);
  if (label.empty() || label.size() > kMaxLabelLength) return nullptr;
  char lower[kMaxLabelLength];
  for (size_t i = 0; i < label.size(); ++i) lower[i] = LowerAscii(label[i]);
  std::string_view key(lower, label.size());
  for (const Label& entry : kLabels) {
    if (entry.label == key) return &kCharsets[entry.charset];
  }
  return nullptr;
}

const Charset& Utf8Charset() { return kCharsets[kUtf8]; }
const Charset& Windows1252Charset() { return kCharsets[kWindows1252]; }

BomMatch SniffBom(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {&kCharsets[kUtf8], 3};
  if (bytes.substr(0, 2) == "\xFE\xFF") return {&kCharsets[kUtf16Be], 2};
  if (bytes.substr(0, 2) == "\xFF\xFE") return {&kCharsets[kUtf16Le], 2};
  return {};
}

// https://html.spec.whatwg.org/#algorithm-for-extracting-a-character-encoding-from-a-meta-element
const Charset* CharsetFromContentType(std::string_view content_type) {
  constexpr std::string_view kCharsetKey = "charset";
  size_t pos = 0;
  while (pos < content_type.size()) {
    size_t found = std::string_view::npos;
    for (size_t i = pos; i + kCharsetKey.size() <= content_type.size(); ++i) {
      if (StartsWithIgnoreAsciiCase(content_type.substr(i), kCharsetKey)) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return nullptr;
    pos = found + kCharsetKey.size();
    while (pos < content_type.size() && IsAsciiSpace(content_type[pos])) ++pos;
    if (pos >= content_type.size() || content_type[pos] != '=') continue;
    ++pos;
    while (pos < content_type.size() && IsAsciiSpace(content_type[pos])) ++pos;
    if (pos >= content_type.size()) return nullptr;
    char quote = content_type[pos];
    if (quote == '"' || quote == '\'') {
      size_t close = content_type.find(quote, pos + 1);
      if (close == std::string_view::npos) return nullptr;
      return CharsetForLabel(content_type.substr(pos + 1, close - pos - 1));
    }
    size_t end = pos;
    while (end < content_type.size() && !IsAsciiSpace(content_type[end]) &&
           content_type[end] != ';') {
      ++end;
    }
    return CharsetForLabel(content_type.substr(pos, end - pos));
  }
  return nullptr;
}

const Charset* PrescanMeta(std::string_view bytes, size_t max_bytes) {
  return Prescanner(bytes.substr(0, max_bytes)).Run();
}

namespace {

// The position of the first byte >= 0x80 in p[i, n), or n; sets *has_nul
// when a NUL comes before it (or in the same block of bytes).
size_t SkipAscii(const uint8_t* p, size_t n, size_t i, bool* has_nul) {
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is at hand (all x86-64).
  for (; i + sizeof(__m128i) <= n; i += sizeof(__m128i)) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, _mm_setzero_si128())) != 0) *has_nul = true;
    const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(chunk));
    if (high != 0) return i + static_cast<size_t>(std::countr_zero(high));
  }
#endif
  // Eight bytes at a time: NULs anywhere in the word, then a jump over its
  // ASCII prefix straight to the first byte >= 0x80.
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  for (; i + sizeof(uint64_t) <= n; i += sizeof(uint64_t)) {
    uint64_t word;
    std::memcpy(&word, p + i, sizeof(word));
    if ((word - kOnes) & ~word & kHighBits) *has_nul = true;
    const uint64_t high = word & kHighBits;
    if (high == 0) continue;
    if constexpr (std::endian::native == std::endian::little) {
      return i + static_cast<size_t>(std::countr_zero(high)) / 8;
    }
    break;
  }
  for (; i < n && p[i] < 0x80; ++i) {
    if (p[i] == 0) *has_nul = true;
  }
  return i;
}

}  // namespace

Utf8Scan ScanUtf8(std::string_view bytes) {
  Utf8Scan scan;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  const std::bitset<kBmpSize>& nfc_safe = NfcSafeTable();
  for (size_t i = SkipAscii(p, n, 0, &scan.has_nul); i < n; i = SkipAscii(p, n, i, &scan.has_nul)) {
    uint8_t b = p[i];
    scan.has_non_ascii = true;
    size_t len;
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;  // overlong
      if (b == 0xED) hi = 0x9F;  // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;  // overlong
      if (b == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      scan.valid = false;
      return scan;
    }
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) {
      scan.valid = false;
      return scan;
    }
    for (size_t k = 2; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) {
        scan.valid = false;
        return scan;
      }
    }
    if (len == 2) {
      // Below U+0300 (lead byte 0xCC) everything is NFC-safe.
      constexpr uint8_t kFirstCombiningLead = 0xCC;
      if (b >= kFirstCombiningLead)
        scan.maybe_not_nfc |= !nfc_safe[((b & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)];
    } else if (len == 3) {
      scan.maybe_not_nfc |=
          !nfc_safe[((b & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu)];
    } else if (!scan.maybe_not_nfc) {
      // Outside the table: emoji are most of them on pages, and all are safe.
      // ICU's property lookups cost far less than its check of a whole page.
      const UChar32 c = static_cast<UChar32>(((b & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) |
                                             ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu));
      scan.maybe_not_nfc = !IsNfcSafe(c);
    }
    i += len;
  }
  return scan;
}

}  // namespace newsift::decode_internal
