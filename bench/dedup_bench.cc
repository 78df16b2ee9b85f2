// newsift_dedup_bench: near-duplicate detection measured on the Reuters-21578
// stories against the exact ground truth (gt_jaccard_w5_ge0.5.json), an exact
// all-pairs reference written here, and a scaling run on a synthetic corpus.
//
//   newsift_dedup_bench --data DIR --out dedup.json [--synthetic-docs N]
//
// Every phase runs single-threaded in a forked child, so its peak RSS
// (getrusage of the child) is its own. Figures:
//   signatures   shingling + MinHash of every story (MB/s, docs/s)
//   whole        FindNearDuplicates at the corpus parameters (signatures, LSH
//                candidates, exact verification, clusters)
//   pr           precision/recall of the verified pairs at thresholds 0.5..0.9
//                vs the ground truth, for several bands x rows layouts
//   exact        all-pairs exact Jaccard >= 0.5 via an inverted index on shingles
//   synthetic    N documents generated from the stories with random edits
//                (10% are light-edit copies of an earlier document), streamed:
//                only band keys (sorted flat vector) stay in memory; shingle
//                sets are rebuilt for candidates only.
#include <fmt/format.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dedup/lsh.h"
#include "dedup/minhash.h"
#include "dedup/near_duplicates.h"
#include "dedup/shingles.h"
#include "dedup/sketch.h"
#include "util/hash.h"
#include "util/text.h"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;
using newsift::NearDuplicateOptions;

constexpr double kMegabyte = 1e6;
constexpr double kKibPerMib = 1024.0;
constexpr double kThresholds[] = {0.5, 0.6, 0.7, 0.8, 0.9};
// Layouts of the 128-value signature compared on the P/R curve.
constexpr std::pair<int, int> kLayouts[] = {{16, 8}, {32, 4}, {42, 3}, {64, 2}};
// The exact reference reports pairs from this Jaccard up (the ground truth's floor).
constexpr double kReferenceFloor = 0.5;
// Synthetic corpus: share of light-edit copies, edit rates.
constexpr uint64_t kCopyEvery = 10;       // 1 in 10 documents is a copy
constexpr uint64_t kCopyLookback = 1000;  // copies come from the last 1000 documents
constexpr double kHeavyEditRate = 0.30;   // originals: 30% of words replaced
constexpr double kLightEditRate = 0.01;   // copies: 1% of words replaced
constexpr uint64_t kSeed = 0x9e3779b97f4a7c15ULL;

// CPU seconds of this (single-threaded) process: on a shared machine the wall
// clock also counts other processes' turns, the CPU time only ours.
double CpuNow() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

struct Timer {
  Clock::time_point wall = Clock::now();
  double cpu = CpuNow();
  double CpuSeconds() const { return CpuNow() - cpu; }
  double WallSeconds() const { return std::chrono::duration<double>(Clock::now() - wall).count(); }
};

struct Corpus {
  std::vector<int64_t> ids;
  std::vector<std::string> texts;
  uint64_t bytes = 0;
};

Corpus LoadCorpus(const std::string& path) {
  Corpus corpus;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    json j = json::parse(line);
    corpus.ids.push_back(j["id"].get<int64_t>());
    corpus.texts.push_back(j["text"].get<std::string>());
    corpus.bytes += corpus.texts.back().size();
  }
  return corpus;
}

using PairSet = std::set<std::pair<int64_t, int64_t>>;

// Ground-truth pairs (ids, a < b) with Jaccard >= threshold.
std::vector<std::pair<std::pair<int64_t, int64_t>, double>> LoadTruth(const std::string& path) {
  std::ifstream in(path);
  json j = json::parse(in);
  std::vector<std::pair<std::pair<int64_t, int64_t>, double>> out;
  for (const json& p : j["pairs"]) {
    int64_t a = p[0].get<int64_t>(), b = p[1].get<int64_t>();
    if (b < a) std::swap(a, b);
    out.push_back({{a, b}, p[2].get<double>()});
  }
  return out;
}

// Runs fn in a forked child; returns its JSON with "peak_rss_mb" added.
json InChild(const std::function<json()>& fn) {
  int fds[2];
  if (pipe(fds) != 0) return {{"error", "pipe failed"}};
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    std::string out = fn().dump();
    size_t written = 0;
    while (written < out.size()) {
      ssize_t n = write(fds[1], out.data() + written, out.size() - written);
      if (n <= 0) break;
      written += static_cast<size_t>(n);
    }
    close(fds[1]);
    _exit(0);
  }
  close(fds[1]);
  std::string text;
  char buffer[1 << 16];
  ssize_t n;
  while ((n = read(fds[0], buffer, sizeof(buffer))) > 0)
    text.append(buffer, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  struct rusage usage = {};
  wait4(pid, &status, 0, &usage);
  json result = json::parse(text, nullptr, false);
  if (result.is_discarded()) return {{"error", "child failed"}};
  result["peak_rss_mb"] = static_cast<double>(usage.ru_maxrss) / kKibPerMib;
  return result;
}

json SignaturePhase(const Corpus& corpus) {
  const NearDuplicateOptions& options = newsift::CorpusNearDuplicateOptions();
  newsift::MinHasher hasher(options.num_hashes, options.seed);
  const Timer timer;
  uint64_t checksum = 0;
  for (const std::string& text : corpus.texts) {
    newsift::Signature s = hasher.Compute(newsift::ShingleHashes(text, options.ngram));
    checksum += s[0];
  }
  const double seconds = timer.CpuSeconds();
  const double wall_seconds = timer.WallSeconds();
  return {{"seconds", seconds},
          {"wall_seconds", wall_seconds},
          {"mb_per_s", static_cast<double>(corpus.bytes) / kMegabyte / seconds},
          {"docs_per_s", static_cast<double>(corpus.texts.size()) / seconds},
          {"checksum", checksum}};
}

json WholePhase(const Corpus& corpus) {
  std::vector<std::string_view> views(corpus.texts.begin(), corpus.texts.end());
  const Timer timer;
  newsift::NearDuplicateResult result =
      newsift::FindNearDuplicates(views, newsift::CorpusNearDuplicateOptions());
  const double seconds = timer.CpuSeconds();
  const double wall_seconds = timer.WallSeconds();
  std::set<uint32_t> clustered;
  for (const auto& p : result.pairs) {
    clustered.insert(p.a);
    clustered.insert(p.b);
  }
  return {{"seconds", seconds},
          {"wall_seconds", wall_seconds},
          {"mb_per_s", static_cast<double>(corpus.bytes) / kMegabyte / seconds},
          {"docs_per_s", static_cast<double>(corpus.texts.size()) / seconds},
          {"candidates", result.candidates},
          {"pairs", result.pairs.size()},
          {"documents_in_clusters", clustered.size()}};
}

// P/R at each threshold for several layouts: verified pairs come from the
// candidates of the layout, checked by exact Jaccard >= threshold.
json CurvePhase(const Corpus& corpus, const std::string& truth_path) {
  const NearDuplicateOptions& base = newsift::CorpusNearDuplicateOptions();
  auto truth = LoadTruth(truth_path);
  newsift::MinHasher hasher(base.num_hashes, base.seed);
  std::vector<std::vector<uint64_t>> shingles(corpus.texts.size());
  std::vector<newsift::Signature> signatures(corpus.texts.size());
  for (size_t i = 0; i < corpus.texts.size(); ++i) {
    shingles[i] = newsift::ShingleHashes(corpus.texts[i], base.ngram);
    signatures[i] = hasher.Compute(shingles[i]);
  }
  json layouts = json::array();
  for (const auto& [bands, rows] : kLayouts) {
    newsift::LshParams params{bands, rows};
    const Timer timer;
    auto candidates = newsift::CandidatePairs(signatures, params);
    std::vector<std::pair<std::pair<int64_t, int64_t>, double>> found;
    for (const auto& [a, b] : candidates) {
      if (shingles[a].empty() || shingles[b].empty()) continue;
      const double j = newsift::Jaccard(shingles[a], shingles[b]);
      if (j < kThresholds[0]) continue;
      int64_t x = corpus.ids[a], y = corpus.ids[b];
      if (y < x) std::swap(x, y);
      found.push_back({{x, y}, j});
    }
    const double seconds = timer.CpuSeconds();
    json points = json::array();
    for (double t : kThresholds) {
      PairSet want, got;
      // The truth's Jaccard is rounded to 4 digits: compare at that precision.
      for (const auto& [p, j] : truth) {
        if (j >= t - 5e-5) want.insert(p);
      }
      for (const auto& [p, j] : found) {
        if (j >= t) got.insert(p);
      }
      size_t tp = 0;
      for (const auto& p : got) tp += want.count(p);
      points.push_back({{"threshold", t},
                        {"truth", want.size()},
                        {"found", got.size()},
                        {"true_positives", tp},
                        {"precision", got.empty() ? 1.0 : static_cast<double>(tp) / got.size()},
                        {"recall", want.empty() ? 1.0 : static_cast<double>(tp) / want.size()},
                        {"theory_candidate_probability", params.CandidateProbability(t)}});
    }
    layouts.push_back({{"bands", bands},
                       {"rows", rows},
                       {"candidates", candidates.size()},
                       {"lsh_and_verify_seconds", seconds},
                       {"points", points}});
  }
  return {{"layouts", layouts}};
}

// Exact all-pairs Jaccard >= kReferenceFloor: an inverted index from shingle to
// documents; each document counts its intersections with earlier ones.
json ExactPhase(const Corpus& corpus, const std::string& truth_path) {
  const int ngram = newsift::CorpusNearDuplicateOptions().ngram;
  const Timer timer;
  std::vector<std::vector<uint64_t>> shingles(corpus.texts.size());
  for (size_t i = 0; i < corpus.texts.size(); ++i) {
    shingles[i] = newsift::ShingleHashes(corpus.texts[i], ngram);
  }
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  std::vector<uint32_t> counts(corpus.texts.size(), 0);
  std::vector<uint32_t> touched;
  std::vector<std::pair<std::pair<int64_t, int64_t>, double>> found;
  for (uint32_t i = 0; i < shingles.size(); ++i) {
    touched.clear();
    for (uint64_t s : shingles[i]) {
      auto& list = postings[s];
      for (uint32_t j : list) {
        if (counts[j]++ == 0) touched.push_back(j);
      }
      list.push_back(i);
    }
    for (uint32_t j : touched) {
      const double inter = counts[j];
      const double jac = inter / (shingles[i].size() + shingles[j].size() - inter);
      counts[j] = 0;
      if (jac < kReferenceFloor) continue;
      int64_t x = corpus.ids[i], y = corpus.ids[j];
      if (y < x) std::swap(x, y);
      found.push_back({{x, y}, jac});
    }
  }
  const double seconds = timer.CpuSeconds();
  const double wall_seconds = timer.WallSeconds();
  auto truth = LoadTruth(truth_path);
  PairSet want, got;
  for (const auto& [p, j] : truth) want.insert(p);
  for (const auto& [p, j] : found) got.insert(p);
  size_t tp = 0;
  for (const auto& p : got) tp += want.count(p);
  return {{"seconds", seconds},
          {"wall_seconds", wall_seconds},
          {"mb_per_s", static_cast<double>(corpus.bytes) / kMegabyte / seconds},
          {"docs_per_s", static_cast<double>(corpus.texts.size()) / seconds},
          {"pairs", got.size()},
          {"truth_pairs", want.size()},
          {"agreement_precision", got.empty() ? 1.0 : static_cast<double>(tp) / got.size()},
          {"agreement_recall", want.empty() ? 1.0 : static_cast<double>(tp) / want.size()}};
}

// --- Synthetic corpus ----------------------------------------------------------------------

uint64_t Mix(uint64_t x) { return newsift::Mix64(x + kSeed); }

class SyntheticCorpus {
 public:
  explicit SyntheticCorpus(const Corpus& base) : base_(base) {
    for (const std::string& text : base.texts) {
      for (std::string_view w : newsift::WordTokens(text)) vocabulary_.emplace_back(w);
      if (vocabulary_.size() > kVocabularyWords) break;
    }
  }

  // The original a document derives from (itself unless it is a copy).
  uint64_t OriginalOf(uint64_t doc) const {
    if (doc == 0 || Mix(doc) % kCopyEvery != 0) return doc;
    const uint64_t back = 1 + Mix(doc ^ 1) % std::min(doc, kCopyLookback);
    return OriginalOf(doc - back);
  }

  // Document text: an original is a story with 30% of its words replaced; a
  // copy is its original with 3% more replaced. Deterministic in doc.
  std::string Text(uint64_t doc) const {
    const uint64_t original = OriginalOf(doc);
    std::string text =
        Edit(base_.texts[Mix(original) % base_.texts.size()], original, kHeavyEditRate);
    if (original != doc) text = Edit(text, doc, kLightEditRate);
    return text;
  }

 private:
  static constexpr size_t kVocabularyWords = 200000;
  static constexpr uint64_t kRateScale = 1000000;

  std::string Edit(const std::string& text, uint64_t salt, double rate) const {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    uint64_t k = 0;
    const auto limit = static_cast<uint64_t>(rate * kRateScale);
    for (std::string_view w : newsift::WordTokens(text)) {
      const uint64_t r = Mix(salt * 1000003 + k++);
      if (!out.empty()) out += ' ';
      if (r % kRateScale < limit) {
        out += vocabulary_[(r >> 20) % vocabulary_.size()];
      } else {
        out += w;
      }
    }
    return out;
  }

  const Corpus& base_;
  std::vector<std::string> vocabulary_;
};

json SyntheticPhase(const Corpus& corpus, uint64_t docs) {
  const NearDuplicateOptions& options = newsift::CorpusNearDuplicateOptions();
  SyntheticCorpus synthetic(corpus);
  newsift::MinHasher hasher(options.num_hashes, options.seed);
  struct Entry {
    uint64_t key;
    uint32_t doc;
    bool operator<(const Entry& o) const { return key != o.key ? key < o.key : doc < o.doc; }
  };
  std::vector<Entry> entries;
  entries.reserve(docs * static_cast<size_t>(options.lsh.bands));
  const Timer timer;
  uint64_t bytes = 0;
  for (uint64_t d = 0; d < docs; ++d) {
    const std::string text = synthetic.Text(d);
    bytes += text.size();
    const std::vector<uint64_t> shingles = newsift::ShingleHashes(text, options.ngram);
    for (uint64_t key : newsift::BandKeys(hasher.Compute(shingles), options.lsh)) {
      entries.push_back({key, static_cast<uint32_t>(d)});
    }
  }
  const double signature_seconds = timer.CpuSeconds();
  std::sort(entries.begin(), entries.end());
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (size_t s = 0; s < entries.size();) {
    size_t e = s + 1;
    while (e < entries.size() && entries[e].key == entries[s].key) ++e;
    for (size_t a = s; a < e; ++a) {
      for (size_t b = a + 1; b < e; ++b) pairs.emplace_back(entries[a].doc, entries[b].doc);
    }
    s = e;
  }
  entries = {};
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  // Verification: shingle sets rebuilt for candidates only.
  std::vector<newsift::NearDuplicatePair> verified;
  uint64_t expected_copies = 0;
  for (const auto& [a, b] : pairs) {
    const double j = newsift::Jaccard(newsift::ShingleHashes(synthetic.Text(a), options.ngram),
                                      newsift::ShingleHashes(synthetic.Text(b), options.ngram));
    if (j >= options.threshold) verified.push_back({a, b, j});
  }
  std::vector<uint32_t> cluster = newsift::ClustersFromPairs(docs, verified);
  uint64_t clustered = 0, copies_found = 0;
  for (uint64_t d = 0; d < docs; ++d) {
    if (cluster[d] != d) ++clustered;
    if (synthetic.OriginalOf(d) != d) {
      ++expected_copies;
      if (cluster[d] == cluster[synthetic.OriginalOf(d)]) ++copies_found;
    }
  }
  const double seconds = timer.CpuSeconds();
  const double wall_seconds = timer.WallSeconds();
  const double per_million = seconds * 1e6 / static_cast<double>(docs);
  return {{"docs", docs},
          {"bytes", bytes},
          {"seconds", seconds},
          {"wall_seconds", wall_seconds},
          {"signature_seconds", signature_seconds},
          {"seconds_per_million", per_million},
          {"candidates", pairs.size()},
          {"pairs", verified.size()},
          {"documents_in_clusters", clustered},
          {"copies", expected_copies},
          {"copies_found", copies_found}};
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("newsift near-duplicate benchmark (Reuters-21578 + synthetic scaling)");
  std::string data, out;
  uint64_t synthetic_docs = 1000000;
  app.add_option("--data", data, "reuters21578 folder")->required();
  app.add_option("--out", out, "JSON results file")->required();
  app.add_option("--synthetic-docs", synthetic_docs, "documents in the scaling run (0: skip)");
  CLI11_PARSE(app, argc, argv);

  const std::string corpus_path = data + "/reuters21578_body.jsonl";
  const std::string truth_path = data + "/gt_jaccard_w5_ge0.5.json";
  Corpus corpus = LoadCorpus(corpus_path);
  if (corpus.texts.empty()) {
    fmt::print(stderr, "dedup bench: no stories in {}\n", corpus_path);
    return 1;
  }
  const NearDuplicateOptions& o = newsift::CorpusNearDuplicateOptions();
  json result = {{"dataset", {{"docs", corpus.texts.size()}, {"bytes", corpus.bytes}}},
                 {"params",
                  {{"ngram", o.ngram},
                   {"num_hashes", o.num_hashes},
                   {"bands", o.lsh.bands},
                   {"rows", o.lsh.rows},
                   {"threshold", o.threshold},
                   {"seed", o.seed}}}};
  fmt::print(stderr, "dedup bench: {} stories, {:.1f} MB\n", corpus.texts.size(),
             corpus.bytes / kMegabyte);
  result["signatures"] = InChild([&] { return SignaturePhase(corpus); });
  fmt::print(stderr, "  signatures {}\n", result["signatures"].dump());
  result["whole"] = InChild([&] { return WholePhase(corpus); });
  fmt::print(stderr, "  whole {}\n", result["whole"].dump());
  result["curve"] = InChild([&] { return CurvePhase(corpus, truth_path); });
  result["exact"] = InChild([&] { return ExactPhase(corpus, truth_path); });
  fmt::print(stderr, "  exact {}\n", result["exact"].dump());
  if (synthetic_docs > 0) {
    result["synthetic"] = InChild([&] { return SyntheticPhase(corpus, synthetic_docs); });
    fmt::print(stderr, "  synthetic {}\n", result["synthetic"].dump());
  }
  std::ofstream file(out);
  file << result.dump(2) << "\n";
  return file ? 0 : 1;
}
