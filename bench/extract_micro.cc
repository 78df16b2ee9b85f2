// Micro-benchmark of Extract() with Google Benchmark, for quick before/after
// checks of a hot-path change (bench/run gives the full per-page picture).
//
//   newsift_extract_micro [--benchmark_filter=...]
//
// Uses the scrapinghub pages (HTML and text dumps) under $NEWSIFT_SHARED
// (default ../shared beside the source tree) when present, cycling through
// them one page per iteration; a synthetic page always runs, so the binary is
// useful without the data.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsift/extract.h"

namespace {

namespace fs = std::filesystem;

constexpr size_t kGzipChunkBytes = size_t{1} << 16;
constexpr int kSyntheticParagraphs = 40;
constexpr int kSyntheticLinks = 60;

std::string ReadFile(const fs::path& path) {
  std::string out;
  if (path.extension() == ".gz") {
    gzFile file = gzopen(path.c_str(), "rb");
    if (file == nullptr) return out;
    std::string chunk(kGzipChunkBytes, '\0');
    int n = 0;
    while ((n = gzread(file, chunk.data(), static_cast<unsigned>(chunk.size()))) > 0) {
      out.append(chunk.data(), static_cast<size_t>(n));
    }
    gzclose(file);
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

fs::path SharedDir() {
  if (const char* env = std::getenv("NEWSIFT_SHARED")) return env;
  return fs::path(NEWSIFT_SOURCE_DIR) / ".." / "shared";
}

std::vector<newsift::Document> LoadPages(const std::string& subdir, newsift::FormatHint hint) {
  std::vector<newsift::Document> docs;
  fs::path dir = SharedDir() / "data" / "extraction" / "scrapinghub" / subdir;
  std::error_code error;
  if (!fs::is_directory(dir, error)) return docs;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir, error)) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const fs::path& path : paths) {
    newsift::Document doc;
    doc.source = path.string();
    doc.bytes = ReadFile(path);
    doc.hint = hint;
    docs.push_back(std::move(doc));
  }
  return docs;
}

// An invented page: navigation, an article of plain paragraphs, a footer.
newsift::Document SyntheticPage() {
  std::string html = "<html><head><title>Council approves budget</title></head><body><nav>";
  for (int i = 0; i < kSyntheticLinks; ++i) {
    html += "<a href=\"/section/" + std::to_string(i) + "\">Section " + std::to_string(i) + "</a>";
  }
  html += "</nav><article><h1>Council approves budget</h1>";
  for (int i = 0; i < kSyntheticParagraphs; ++i) {
    html += "<p>The council met on Monday evening and debated item " + std::to_string(i) +
            " of the budget at length, before a majority voted to approve the plan.</p>";
  }
  html += "</article><footer>All rights reserved.</footer></body></html>";
  newsift::Document doc;
  doc.source = "synthetic.html";
  doc.bytes = std::move(html);
  doc.hint = newsift::FormatHint::kHtml;
  return doc;
}

void RunPages(benchmark::State& state, const std::vector<newsift::Document>& docs) {
  if (docs.empty()) {
    state.SkipWithError("no pages: set NEWSIFT_SHARED to the shared data folder");
    return;
  }
  newsift::ExtractOptions options;
  options.explain = false;
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const newsift::Document& doc = docs[i];
    benchmark::DoNotOptimize(newsift::Extract(doc, options));
    bytes += static_cast<int64_t>(doc.bytes.size());
    i = (i + 1) % docs.size();
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations());
}

void BM_ExtractSynthetic(benchmark::State& state) {
  static const std::vector<newsift::Document> docs = {SyntheticPage()};
  RunPages(state, docs);
}

void BM_ExtractHtml(benchmark::State& state) {
  static const std::vector<newsift::Document> docs = LoadPages("html", newsift::FormatHint::kHtml);
  RunPages(state, docs);
}

void BM_ExtractTextDump(benchmark::State& state) {
  static const std::vector<newsift::Document> docs =
      LoadPages("textdump", newsift::FormatHint::kText);
  RunPages(state, docs);
}

BENCHMARK(BM_ExtractSynthetic)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ExtractHtml)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ExtractTextDump)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
