// libFuzzer target: ExtractTextDump on arbitrary bytes must not crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/text_dump_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsift::Article article;
  newsift::ExtractTextDump(std::string_view(reinterpret_cast<const char*>(data), size),
                           newsift::ExtractOptions{}, &article);
  return 0;
}
