// Decode(): the charset decision (HTML5 sniffing order) and the conversion to
// NFC UTF-8. Valid NFC UTF-8, the common case, is checked and left where it
// is: the decoded text is a view of the document's bytes.
#include "newsift/decode.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <memory>

#include "decode/binary.h"
#include "decode/charset.h"
#include "decode/double_encoding.h"

namespace newsift {
namespace {

using decode_internal::Charset;

// HTML5 prescans the first 1024 bytes; many real pages declare the charset
// after long scripts or comments, so a second, wider look follows.
constexpr size_t kPrescanBytes = 1024;
constexpr size_t kWidePrescanBytes = 16 * 1024;
// Statistical detection needs a sample, not the whole page.
constexpr size_t kDetectSampleBytes = 64 * 1024;
// Below this ICU confidence (0-100) a guess is no better than the default.
constexpr int32_t kMinDetectConfidence = 10;
// Output grows by this factor over the input when converting: enough for
// every single-byte charset (at most 3 UTF-8 bytes per byte) in one go.
constexpr size_t kConvertGrowth = 3;
constexpr size_t kPivotChars = 1024;

constexpr const char* kSourceBom = "bom";
constexpr const char* kSourceHttp = "http";
constexpr const char* kSourceMeta = "meta";
constexpr const char* kSourceDetected = "detected";
constexpr const char* kSourceDefault = "default";

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

// Every invalid or unmappable input sequence becomes U+FFFD (ICU's default
// substitute is U+001A for some code pages).
void SubstituteReplacementCharacter(const void* /*context*/, UConverterToUnicodeArgs* args,
                                    const char* /*units*/, int32_t /*length*/,
                                    UConverterCallbackReason reason, UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  static const UChar kReplacement = 0xFFFD;
  *error = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, error);
}

// Converts bytes in charset icu_name to UTF-8. Returns false only when ICU
// cannot open the converter.
bool ConvertToUtf8(std::string_view bytes, const char* icu_name, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr source(ucnv_open(icu_name, &status));
  if (U_FAILURE(status)) return false;
  ConverterPtr target(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(source.get(), SubstituteReplacementCharacter, nullptr, nullptr, nullptr,
                      &status);
  if (U_FAILURE(status)) return false;

  UChar pivot[kPivotChars];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  const char* in = bytes.data();
  const char* in_limit = bytes.data() + bytes.size();
  out->resize(bytes.size() * kConvertGrowth + kPivotChars);
  size_t written = 0;
  bool reset = true;
  while (true) {
    char* dest = out->data() + written;
    char* dest_start = dest;
    status = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &dest, out->data() + out->size(), &in, in_limit,
                   pivot, &pivot_source, &pivot_target, pivot + kPivotChars, reset,
                   /*flush=*/true, &status);
    written += static_cast<size_t>(dest - dest_start);
    reset = false;
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    out->resize(out->size() * 2);
  }
  out->resize(written);
  return true;
}

// The most likely charset of bytes that are not UTF-8, per ICU's statistics,
// among the charsets of the WHATWG table (ICU also guesses EBCDIC and such).
const Charset* DetectCharset(std::string_view bytes, bool is_markup) {
  UErrorCode status = U_ZERO_ERROR;
  DetectorPtr detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return nullptr;
  std::string_view sample = bytes.substr(0, kDetectSampleBytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  ucsdet_enableInputFilter(detector.get(), is_markup);  // ignore tags when counting
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status)) return nullptr;
  for (int32_t i = 0; i < count; ++i) {
    if (ucsdet_getConfidence(matches[i], &status) < kMinDetectConfidence) break;
    const char* name = ucsdet_getName(matches[i], &status);
    if (U_FAILURE(status) || name == nullptr) return nullptr;
    const Charset* charset = decode_internal::CharsetForLabel(name);
    // UTF-8 is ruled out already; UTF-16 without BOM counts as binary.
    if (charset != nullptr && charset->ascii_compatible &&
        charset != &decode_internal::Utf8Charset()) {
      return charset;
    }
  }
  return nullptr;
}

// Whether valid UTF-8 text is in NFC already (true when ICU cannot tell:
// the text is then kept as it is).
bool IsNfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return true;
  return nfc->isNormalizedUTF8(text, status) || U_FAILURE(status);
}

// Normalizes text to NFC; kept as it is when ICU fails.
void NormalizeNfc(std::string* text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  std::string normalized;
  normalized.reserve(text->size());
  icu::StringByteSink<std::string> sink(&normalized);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, *text, sink, nullptr, status);
  if (U_SUCCESS(status)) text->swap(normalized);
}

}  // namespace

// The text is a copy when anything is restored. The restored characters may
// be combining marks, hence the NFC step.
void DecodedText::RepairDoubleEncoding() {
  if (!decode_internal::MayHoldDoubleEncodedUtf8(utf8())) return;
  std::string repaired;
  mojibake_repairs_ = decode_internal::RepairDoubleEncodedUtf8(utf8(), &repaired);
  if (mojibake_repairs_ == 0) return;
  if (decode_internal::ScanUtf8(repaired).maybe_not_nfc && !IsNfc(repaired)) {
    NormalizeNfc(&repaired);
  }
  text_.swap(repaired);
  converted_ = true;
}

DecodedText Decode(const Document& doc) {
  DecodedText out;
  std::string_view bytes = doc.bytes;
  decode_internal::BomMatch bom = decode_internal::SniffBom(bytes);
  bool text_bom = bom.charset != nullptr && !bom.charset->ascii_compatible;  // UTF-16
  if (!text_bom && decode_internal::LooksBinary(bytes)) {
    out.is_binary_ = true;
    out.format_ = doc.hint == FormatHint::kText ? InputFormat::kText : InputFormat::kHtml;
    return out;
  }

  const Charset* charset = nullptr;
  const char* source = kSourceDefault;
  decode_internal::Utf8Scan scan;
  bool scanned = false;
  if (bom.charset != nullptr) {
    charset = bom.charset;
    source = kSourceBom;
    bytes.remove_prefix(bom.length);
    if (charset->ascii_compatible) {
      scan = decode_internal::ScanUtf8(bytes);
      scanned = true;
    }
  } else {
    scan = decode_internal::ScanUtf8(bytes);
    scanned = true;
    const Charset* declared = decode_internal::CharsetFromContentType(doc.content_type);
    const char* declared_source = kSourceHttp;
    // UTF-16 without a BOM has NUL bytes and is refused as binary above, so a
    // UTF-16 label here is wrong about the bytes.
    if (declared != nullptr && declared->name.starts_with("UTF-16")) {
      declared = &decode_internal::Utf8Charset();
    }
    if (declared == nullptr) {
      declared_source = kSourceMeta;
      declared = decode_internal::PrescanMeta(bytes, kPrescanBytes);
      if (declared == nullptr) declared = decode_internal::PrescanMeta(bytes, kWidePrescanBytes);
    }
    if (declared != nullptr) {
      bool utf8_declared = declared == &decode_internal::Utf8Charset();
      // Multibyte UTF-8 does not happen by chance in legacy-charset text:
      // the declaration is stale (a template, a proxy that re-encoded).
      bool declared_wrong = !utf8_declared && scan.valid && scan.has_non_ascii;
      charset = declared_wrong ? &decode_internal::Utf8Charset() : declared;
      source = declared_wrong ? kSourceDetected : declared_source;
    } else if (scan.valid) {
      charset = &decode_internal::Utf8Charset();
      source = kSourceDetected;
    } else {
      bool is_markup = doc.hint != FormatHint::kText;
      charset = DetectCharset(bytes, is_markup);
      source = charset != nullptr ? kSourceDetected : kSourceDefault;
      if (charset == nullptr) charset = &decode_internal::Windows1252Charset();
    }
  }
  out.charset_ = std::string(charset->name);
  out.charset_source_ = source;

  bool identity = scanned && scan.valid &&
                  (charset == &decode_internal::Utf8Charset() ||
                   (charset->ascii_compatible && !scan.has_non_ascii));
  if (identity && !scan.has_nul && (!scan.maybe_not_nfc || IsNfc(bytes))) {
    out.in_place_ = bytes;  // no copy of the page
  } else if (identity) {
    out.converted_ = true;
    out.text_.assign(bytes);
    std::erase(out.text_, '\0');
    // Taking NUL bytes out adds no code point, so the scan's flag holds for
    // what is left; without NUL bytes, the test above found the text not NFC.
    if (scan.maybe_not_nfc && (!scan.has_nul || !IsNfc(out.text_))) NormalizeNfc(&out.text_);
  } else {
    out.converted_ = true;
    std::string icu_name(charset->icu_name);
    if (!ConvertToUtf8(bytes, icu_name.c_str(), &out.text_)) {
      // Cannot happen with the charsets of our table; never fail anyway.
      out.charset_ = std::string(decode_internal::Windows1252Charset().name);
      out.charset_source_ = kSourceDefault;
      icu_name = std::string(decode_internal::Windows1252Charset().icu_name);
      ConvertToUtf8(bytes, icu_name.c_str(), &out.text_);
    }
    std::erase(out.text_, '\0');
    if (decode_internal::ScanUtf8(out.text_).maybe_not_nfc && !IsNfc(out.text_)) {
      NormalizeNfc(&out.text_);
    }
  }
  out.RepairDoubleEncoding();
  out.format_ = DetectFormat(out.utf8(), doc.hint);
  return out;
}

}  // namespace newsift
