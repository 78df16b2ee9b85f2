// newsift_bench_extract: times newsift::Extract() page by page and writes its
// predictions for the extraction scorer.
//
//   newsift_bench_extract MANIFEST.tsv PREDICTIONS.jsonl STATS.json [--repeats R]
//
// MANIFEST has one page per line: id TAB path TAB url TAB kind (html|text);
// a path ending in .gz is gunzipped. Every file is read into memory first, so
// file reading and decompression are not timed. The whole set is then
// extracted R times on the calling thread; a page's time is the median of its
// R times. PREDICTIONS gets one JSON object per page, in manifest order:
// {id, body, title, authors, published, status, ms, cpu_ms, best_ms, ms_all,
// cpu_ms_all} (cpu_ms: the thread's CPU time, median too; best_ms: the
// fastest repeat, the least disturbed by a drifting machine; the _all arrays
// hold every repeat's, for bench_tools.py merge-passes). STATS gets the run's
// totals: pages, repeats, input bytes, peak RSS, pages whose output changed
// between repeats, and the cores other processes kept busy and the host
// took around the timing (other_busy_cores, steal_cores, over load_window_s
// seconds from the start of the timing; null where /proc/stat cannot be
// read): they tell a slow run on a busy machine from a slow extractor. The
// peers' runners (bench/peers/) write the same prediction fields except the
// _all arrays, and no load.
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "newsift/extract.h"
#include "util/hash.h"

namespace {

using nlohmann::json;

constexpr int kDefaultRepeats = 3;
constexpr size_t kManifestFields = 4;
constexpr size_t kGzipChunkBytes = size_t{1} << 16;

struct Page {
  std::string id;
  std::string path;
  newsift::Document doc;
};

// What is kept of a page's first extraction, plus the times of all repeats.
struct Outcome {
  std::string body;
  std::string title;
  std::vector<std::string> authors;
  std::string published;
  std::string status;
  std::string page_type;
  uint64_t body_hash = 0;
  std::vector<double> ms;
  std::vector<double> cpu_ms;
  bool changed = false;  // output differed between repeats
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) fields.push_back(field);
  return fields;
}

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Reads a whole file, gunzipping .gz; false with *error set on failure.
bool ReadWholeFile(const std::string& path, std::string* out, std::string* error) {
  if (EndsWith(path, ".gz")) {
    gzFile file = gzopen(path.c_str(), "rb");
    if (file == nullptr) {
      *error = path + ": cannot open";
      return false;
    }
    std::string chunk(kGzipChunkBytes, '\0');
    int n = 0;
    while ((n = gzread(file, chunk.data(), static_cast<unsigned>(chunk.size()))) > 0) {
      out->append(chunk.data(), static_cast<size_t>(n));
    }
    bool ok = n == 0;
    if (!ok) {
      int code = 0;
      *error = path + ": " + gzerror(file, &code);
    }
    gzclose(file);
    return ok;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = std::move(buffer).str();
  return true;
}

bool LoadManifest(const std::string& manifest_path, std::vector<Page>* pages) {
  std::ifstream in(manifest_path);
  if (!in) {
    std::cerr << manifest_path << ": cannot open manifest\n";
    return false;
  }
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    std::vector<std::string> fields = SplitTabs(line);
    if (fields.size() < kManifestFields) {
      std::cerr << manifest_path << ":" << line_number
                << ": expected id, path, url, kind separated by tabs\n";
      return false;
    }
    Page page;
    page.id = fields[0];
    page.path = fields[1];
    page.doc.source = fields[1];
    page.doc.url = fields[2];
    page.doc.hint = fields[3] == "text" ? newsift::FormatHint::kText : newsift::FormatHint::kHtml;
    std::string error;
    if (!ReadWholeFile(page.path, &page.doc.bytes, &error)) {
      // Extract() reports the failed read as an error record; the run goes on.
      page.doc.read_status = newsift::Status::IOError(page.path, error);
    }
    pages->push_back(std::move(page));
  }
  return true;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

// CPU time of the calling thread: tells time lost to other processes on a
// busy machine apart from time spent extracting.
double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  constexpr double kMsPerSecond = 1e3;
  constexpr double kNsPerMs = 1e6;
  return static_cast<double>(ts.tv_sec) * kMsPerSecond + static_cast<double>(ts.tv_nsec) / kNsPerMs;
}

// The machine's CPU time so far, from the "cpu" line of /proc/stat, in
// seconds: busy (user, nice, system, irq, softirq) and stolen by the host.
struct MachineCpu {
  double busy_s = 0;
  double steal_s = 0;
};

std::optional<MachineCpu> ReadMachineCpu() {
  std::ifstream in("/proc/stat");
  std::string label;
  uint64_t user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
  if (!(in >> label >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal) ||
      label != "cpu") {
    return std::nullopt;
  }
  const double ticks_per_s = static_cast<double>(sysconf(_SC_CLK_TCK));
  if (ticks_per_s <= 0) return std::nullopt;
  return MachineCpu{static_cast<double>(user + nice + system + irq + softirq) / ticks_per_s,
                    static_cast<double>(steal) / ticks_per_s};
}

double ProcessCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& tv) {
    constexpr double kUsPerSecond = 1e6;
    return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / kUsPerSecond;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// What the rest of the machine did around the timing: cores kept busy by
// other processes, and cores' worth of time the host took away. The window
// starts with the timing and lasts at least a second: /proc/stat counts in
// ticks (10 ms), so a pass of 40 ms alone would say little. Load that lasts
// (a build, another benchmark) shows in full; a burst inside a short pass is
// diluted.
class MachineLoad {
 public:
  MachineLoad()
      : start_(ReadMachineCpu()),
        own_start_s_(ProcessCpuSeconds()),
        wall_start_(std::chrono::steady_clock::now()) {}

  void Finish(json* stats) const {
    constexpr std::chrono::seconds kMinWindow{1};
    std::this_thread::sleep_until(wall_start_ + kMinWindow);
    std::optional<MachineCpu> stop = ReadMachineCpu();
    const double wall_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start_).count();
    (*stats)["load_window_s"] = wall_s;
    if (!start_ || !stop || wall_s <= 0) {
      (*stats)["other_busy_cores"] = nullptr;
      (*stats)["steal_cores"] = nullptr;
      return;
    }
    const double own_s = ProcessCpuSeconds() - own_start_s_;
    const double others_s = std::max(0.0, stop->busy_s - start_->busy_s - own_s);
    (*stats)["other_busy_cores"] = others_s / wall_s;
    (*stats)["steal_cores"] = std::max(0.0, stop->steal_s - start_->steal_s) / wall_s;
  }

 private:
  std::optional<MachineCpu> start_;
  double own_start_s_;
  std::chrono::steady_clock::time_point wall_start_;
};

double Median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

int Run(const std::string& manifest, const std::string& predictions_path,
        const std::string& stats_path, int repeats) {
  std::vector<Page> pages;
  if (!LoadManifest(manifest, &pages)) return 1;
  uint64_t input_bytes = 0;
  for (const Page& page : pages) input_bytes += page.doc.bytes.size();
  long rss_after_load_kb = PeakRssKb();

  newsift::ExtractOptions options;
  options.explain = false;  // what a user's run does: explain is for `show --explain`
  std::vector<Outcome> outcomes(pages.size());
  const MachineLoad load;
  for (int r = 0; r < repeats; ++r) {
    for (size_t i = 0; i < pages.size(); ++i) {
      double cpu_start = ThreadCpuMs();
      auto start = std::chrono::steady_clock::now();
      newsift::Article article = newsift::Extract(pages[i].doc, options);
      auto stop = std::chrono::steady_clock::now();
      double cpu_stop = ThreadCpuMs();
      Outcome& outcome = outcomes[i];
      outcome.ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
      outcome.cpu_ms.push_back(cpu_stop - cpu_start);
      std::string body = article.Body();
      uint64_t hash = newsift::Hash64(body);
      if (r == 0) {
        outcome.body = std::move(body);
        outcome.body_hash = hash;
        outcome.title = std::move(article.title);
        outcome.authors = std::move(article.authors);
        outcome.published = std::move(article.published);
        outcome.status = newsift::ToString(article.status);
        outcome.page_type = newsift::ToString(article.page_type);
      } else if (hash != outcome.body_hash) {
        outcome.changed = true;
      }
    }
  }
  json stats = {{"system", "newsift"},        {"version", "working tree"},
                {"pages", pages.size()},      {"repeats", repeats},
                {"input_bytes", input_bytes}, {"rss_after_load_kb", rss_after_load_kb}};
  load.Finish(&stats);  // first: its window starts with the timing

  std::ofstream predictions(predictions_path);
  if (!predictions) {
    std::cerr << predictions_path << ": cannot write predictions\n";
    return 1;
  }
  size_t changed = 0;
  for (size_t i = 0; i < pages.size(); ++i) {
    const Outcome& outcome = outcomes[i];
    changed += outcome.changed ? 1 : 0;
    json line = {{"id", pages[i].id},
                 {"body", outcome.body},
                 {"title", outcome.title},
                 {"authors", outcome.authors},
                 {"published", outcome.published},
                 {"status", outcome.status},
                 {"page_type", outcome.page_type},
                 {"ms", Median(outcome.ms)},
                 {"cpu_ms", Median(outcome.cpu_ms)},
                 {"best_ms", *std::min_element(outcome.ms.begin(), outcome.ms.end())},
                 {"ms_all", outcome.ms},
                 {"cpu_ms_all", outcome.cpu_ms}};
    // Pages may hold invalid UTF-8 that the extractor passed through: replace, don't throw.
    predictions << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  stats["nondeterministic_pages"] = changed;
  stats["peak_rss_kb"] = PeakRssKb();
  std::ofstream(stats_path) << stats.dump(2) << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional;
  int repeats = kDefaultRepeats;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeats" && i + 1 < argc) {
      repeats = std::max(1, std::atoi(argv[++i]));
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 3) {
    std::cerr << "usage: newsift_bench_extract MANIFEST.tsv PREDICTIONS.jsonl STATS.json "
                 "[--repeats R]\n";
    return 2;
  }
  return Run(positional[0], positional[1], positional[2], repeats);
}
