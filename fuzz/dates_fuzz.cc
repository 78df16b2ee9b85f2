// libFuzzer target: the date parsers must accept any text and stay consistent.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

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
  // The page's all-digit order, and the parsers in each order.
  const newsift::NumericDateOrder order = newsift::NumericDateOrderOf(text);
  for (newsift::NumericDateOrder o :
       {order, newsift::NumericDateOrder::kMonthFirst, newsift::NumericDateOrder::kDayFirst,
        newsift::NumericDateOrder::kEither}) {
    if (std::optional<newsift::ParsedDate> date = newsift::ParseDate(text, o)) {
      if (date->ToIso8601().empty()) __builtin_trap();
    }
    const std::vector<newsift::DateMention> mentions = newsift::FindDatesInText(text, o);
    for (const newsift::DateMention& m : mentions) {
      if (m.offset >= size || m.end > size) __builtin_trap();
    }
    (void)newsift::WordsOutsideDates(text, mentions);
  }
  (void)newsift::DateFromUrl(text);
  (void)newsift::IsMonthName(text);
  return 0;
}
