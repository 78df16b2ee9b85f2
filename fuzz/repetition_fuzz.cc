// libFuzzer target: FindRepetition and SplitSentences on arbitrary lines.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/repetition.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> blocks;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    blocks.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  newsift::SplitSentences(text);
  newsift::FindRepetition(blocks);
  return 0;
}
