#include "dedup/representative.h"

#include <charconv>

namespace newsift {
namespace {

constexpr int64_t kSecondsPerMinute = 60;
constexpr int64_t kSecondsPerHour = 3600;
constexpr int64_t kSecondsPerDay = 86400;
constexpr int kMaxMonth = 12;
constexpr int kMaxDay = 31;
constexpr int kMaxHour = 24;
constexpr int kMaxMinute = 59;
constexpr int kMaxSecond = 60;  // leap second

// Reads exactly `digits` decimal digits at text[*pos].
bool ReadNumber(std::string_view text, size_t* pos, size_t digits, int* out) {
  if (*pos + digits > text.size()) return false;
  const char* begin = text.data() + *pos;
  auto [end, ec] = std::from_chars(begin, begin + digits, *out);
  if (ec != std::errc() || end != begin + digits) return false;
  *pos += digits;
  return true;
}

bool Expect(std::string_view text, size_t* pos, char c) {
  if (*pos >= text.size() || text[*pos] != c) return false;
  ++*pos;
  return true;
}

// Days from 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (m + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::optional<int64_t> PublishedEpochSeconds(std::string_view text) {
  size_t pos = 0;
  int year = 0, month = 0, day = 0;
  if (!ReadNumber(text, &pos, 4, &year) || !Expect(text, &pos, '-') ||
      !ReadNumber(text, &pos, 2, &month) || !Expect(text, &pos, '-') ||
      !ReadNumber(text, &pos, 2, &day)) {
    return std::nullopt;
  }
  if (month < 1 || month > kMaxMonth || day < 1 || day > kMaxDay) return std::nullopt;
  int64_t seconds = DaysFromCivil(year, month, day) * kSecondsPerDay;
  if (pos == text.size()) return seconds;
  if (text[pos] != 'T' && text[pos] != ' ') return std::nullopt;
  ++pos;
  int hour = 0, minute = 0, second = 0;
  if (!ReadNumber(text, &pos, 2, &hour) || !Expect(text, &pos, ':') ||
      !ReadNumber(text, &pos, 2, &minute)) {
    return std::nullopt;
  }
  if (pos < text.size() && text[pos] == ':') {
    ++pos;
    if (!ReadNumber(text, &pos, 2, &second)) return std::nullopt;
    if (pos < text.size() && text[pos] == '.') {  // fractions do not order pages
      ++pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    }
  }
  if (hour > kMaxHour || minute > kMaxMinute || second > kMaxSecond) return std::nullopt;
  seconds += hour * kSecondsPerHour + minute * kSecondsPerMinute + second;
  if (pos == text.size()) return seconds;
  if (text[pos] == 'Z' && pos + 1 == text.size()) return seconds;
  if (text[pos] != '+' && text[pos] != '-') return std::nullopt;
  const int sign = text[pos] == '-' ? -1 : 1;
  ++pos;
  int offset_hours = 0, offset_minutes = 0;
  if (!ReadNumber(text, &pos, 2, &offset_hours)) return std::nullopt;
  if (pos < text.size() && text[pos] == ':') ++pos;
  if (pos < text.size() && !ReadNumber(text, &pos, 2, &offset_minutes)) return std::nullopt;
  if (pos != text.size()) return std::nullopt;
  // Local time minus the offset east of UTC is UTC.
  return seconds - sign * (offset_hours * kSecondsPerHour + offset_minutes * kSecondsPerMinute);
}

RepresentativeKey MakeRepresentativeKey(std::string_view published, int64_t seq) {
  RepresentativeKey key;
  key.seq = seq;
  if (std::optional<int64_t> utc = PublishedEpochSeconds(published)) {
    key.undated = 0;
    key.published_utc = *utc;
  }
  return key;
}

int CompareRepresentative(std::string_view a_published, int64_t a_seq, std::string_view b_published,
                          int64_t b_seq) {
  const RepresentativeKey a = MakeRepresentativeKey(a_published, a_seq);
  const RepresentativeKey b = MakeRepresentativeKey(b_published, b_seq);
  if (a < b) return -1;
  if (b < a) return 1;
  return 0;
}

}  // namespace newsift
