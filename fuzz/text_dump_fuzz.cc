// libFuzzer target: ExtractTextDump on arbitrary bytes must not crash, and
// the body fingerprint it builds from the lines must be the body's own.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/text_dump_extractor.h"
#include "util/hash.h"
#include "util/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsift::Article article;
  uint64_t fingerprint =
      newsift::ExtractTextDump(std::string_view(reinterpret_cast<const char*>(data), size),
                               newsift::ExtractOptions{}, &article);
  if (fingerprint != newsift::Hash64(newsift::NormalizeForCompare(article.Body()))) std::abort();
  return 0;
}
