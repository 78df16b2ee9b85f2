// libFuzzer target: Decode() and DetectFormat() must accept any bytes, and
// Decode() must give valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>

#include "newsift/decode.h"
#include "util/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsift::Document doc;
  doc.bytes.assign(reinterpret_cast<const char*>(data), size);
  // The first byte, when present, chooses a declared charset to exercise the converters.
  static const char* const kContentTypes[] = {"", "text/html; charset=utf-8",
                                              "text/html; charset=windows-1251",
                                              "charset=shift_jis", "charset=utf-16le"};
  if (size > 0) doc.content_type = kContentTypes[data[0] % 5];
  newsift::DecodedText decoded = newsift::Decode(doc);
  // Whatever came in, what goes on is UTF-8 (double-encoding repair included).
  if (!decoded.is_binary() && !newsift::IsValidUtf8(decoded.utf8())) __builtin_trap();
  newsift::DetectFormat(decoded.utf8(), newsift::FormatHint::kUnknown);
  return 0;
}
