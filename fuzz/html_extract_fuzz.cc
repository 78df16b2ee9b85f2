// libFuzzer target: ExtractHtml on arbitrary bytes must not crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/html_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsift::Article article;
  newsift::ExtractHtml(std::string_view(reinterpret_cast<const char*>(data), size), {}, &article);
  return 0;
}
