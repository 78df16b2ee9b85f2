// ProgressBar: one self-redrawing status line on a terminal for `ingest`:
// documents, documents/s, MB/s, and a bar with ETA when the total input size
// is known. Redraws at most 10 times a second. Only for a terminal: the
// caller decides (stderr piped to a file gets no progress).
#ifndef NEWSIFT_CLI_PROGRESS_H_
#define NEWSIFT_CLI_PROGRESS_H_

#include <chrono>
#include <cstdio>
#include <string>

#include "newsift/pipeline.h"

namespace newsift::cli {

// The status line for a progress report (no terminal control characters).
std::string FormatProgress(const IngestProgress& progress);

class ProgressBar {
 public:
  explicit ProgressBar(std::FILE* stream) : stream_(stream) {}
  ~ProgressBar() { Clear(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void Update(const IngestProgress& progress);
  // Erases the line so that what follows starts clean.
  void Clear();

 private:
  std::FILE* stream_;
  std::chrono::steady_clock::time_point last_draw_{};
  bool drawn_ = false;
};

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_PROGRESS_H_
