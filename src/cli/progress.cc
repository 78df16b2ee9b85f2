#include "cli/progress.h"

#include <fmt/format.h>

#include <algorithm>

namespace newsift::cli {
namespace {

constexpr std::chrono::milliseconds kRedrawInterval{100};
constexpr int kBarWidth = 24;
constexpr double kBytesPerMegabyte = 1e6;
constexpr int kSecondsPerMinute = 60;
constexpr int kSecondsPerHour = 3600;
// Rates over less time than this are noise.
constexpr double kMinSecondsForRate = 0.05;
// ANSI: carriage return, then erase to the end of the line.
constexpr const char* kLineStart = "\r\x1b[K";

std::string FormatDuration(double seconds) {
  long total = static_cast<long>(std::max(0.0, seconds) + 0.5);
  if (total >= kSecondsPerHour) {
    return fmt::format("{}:{:02}:{:02}", total / kSecondsPerHour,
                       (total % kSecondsPerHour) / kSecondsPerMinute, total % kSecondsPerMinute);
  }
  return fmt::format("{}:{:02}", total / kSecondsPerMinute, total % kSecondsPerMinute);
}

}  // namespace

std::string FormatProgress(const IngestProgress& p) {
  bool have_rate = p.seconds >= kMinSecondsForRate;
  double docs_per_second = have_rate ? p.documents / p.seconds : 0;
  double mb_per_second = have_rate ? p.bytes_read / kBytesPerMegabyte / p.seconds : 0;
  std::string line;
  if (p.total_bytes > 0) {
    double fraction = std::min(1.0, static_cast<double>(p.bytes_read) / p.total_bytes);
    int filled = static_cast<int>(fraction * kBarWidth);
    line = fmt::format("[{}{}] {:3.0f}%  ", std::string(filled, '#'),
                       std::string(kBarWidth - filled, '-'), fraction * 100);
  }
  line += fmt::format("{} docs  {:.0f} docs/s  {:.1f} MB/s  {}", p.documents, docs_per_second,
                      mb_per_second, FormatDuration(p.seconds));
  if (p.total_bytes > 0 && have_rate && p.bytes_read > 0 && p.bytes_read < p.total_bytes) {
    double bytes_per_second = p.bytes_read / p.seconds;
    line +=
        fmt::format("  ETA {}", FormatDuration((p.total_bytes - p.bytes_read) / bytes_per_second));
  }
  return line;
}

void ProgressBar::Update(const IngestProgress& progress) {
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  drawn_ = true;
  fmt::print(stream_, "{}{}", kLineStart, FormatProgress(progress));
  std::fflush(stream_);
}

void ProgressBar::Clear() {
  if (!drawn_) return;
  drawn_ = false;
  fmt::print(stream_, "{}", kLineStart);
  std::fflush(stream_);
}

}  // namespace newsift::cli
