// libFuzzer target: the date parsers must accept any text and stay consistent.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "extract/dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (std::optional<newsift::ParsedDate> date = newsift::ParseDate(text)) {
    if (date->ToIso8601().empty()) __builtin_trap();
    (void)date->EpochSeconds();
  }
  for (const newsift::DateMention& m : newsift::FindDatesInText(text)) {
    if (m.offset >= size) __builtin_trap();
  }
  (void)newsift::DateFromUrl(text);
  return 0;
}
