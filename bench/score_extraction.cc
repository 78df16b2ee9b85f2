// newsift_score_extraction: the one scorer for every system in the bench.
//
//   newsift_score_extraction --truth ground-truth.json --predictions P.jsonl
//       [--stats STATS.json] [--system NAME] [--dataset NAME] [--input html|text]
//       [--json OUT.json]
//       [--per-page OUT.jsonl]
//
// Body quality is the published shingle metric (util/shingle_score.h) over
// every page of the truth; a page with no prediction counts as an empty
// prediction. When the truth has title / author / publish_date fields, the
// metadata is scored too:
//   title      correct when equal after white-space folding;
//   published  correct when the first 10 characters (YYYY-MM-DD) are equal;
//   authors    correct when the sets of names are equal after splitting on
//              , ; & | / and the word "and", lowercasing, removing punctuation,
//              a leading "by" or "and" (Oxford comma), and parts that are only
//              a credential ("Jane Doe, MD, PhD" is one name).
// A page without a truth value is left out of that field's denominator.
// Timing comes from the per-page "ms", "cpu_ms" and "best_ms" of the
// predictions and the runner's STATS (input bytes, RSS, the machine's load
// around the timing). Prints one summary line; writes all figures as
// JSON. Exit status is 0 whatever the figures: the bench reports, it does
// not judge.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "util/shingle_score.h"
#include "util/text.h"

namespace {

using nlohmann::json;

constexpr double kTailPercentile = 0.95;
constexpr double kBytesPerMb = 1e6;
constexpr double kMsPerSecond = 1000;
constexpr size_t kIsoDayChars = 10;  // YYYY-MM-DD
// Separators between several names in one author string.
constexpr std::string_view kNameSeparators = ",;&|/\n";
constexpr std::string_view kNameConjunction = "and";
constexpr std::string_view kBylinePrefix = "by";

struct Prediction {
  std::string body;
  std::string title;
  std::vector<std::string> authors;
  std::string published;
  std::string status;
  std::string page_type;  // empty when the system does not classify pages
  double ms = -1;         // < 0: not timed
  double cpu_ms = -1;     // < 0: not measured
  double best_ms = -1;    // the fastest repeat; < 0: not given
};

std::string StringField(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

// Accepts a list of names, one string (a byline), or null.
std::vector<std::string> NamesField(const json& object, const char* key) {
  std::vector<std::string> names;
  auto it = object.find(key);
  if (it == object.end()) return names;
  if (it->is_string()) names.push_back(it->get<std::string>());
  if (it->is_array()) {
    for (const json& name : *it) {
      if (name.is_string()) names.push_back(name.get<std::string>());
    }
  }
  return names;
}

// Post-nominal letters and credentials: a part of a byline made only of
// these ("Jane Doe, MD, PhD") is not a name of its own.
constexpr std::array<std::string_view, 16> kCredentials = {
    "md", "phd", "ph d", "ms",  "msc", "ma", "mba", "rd",
    "rn", "do",  "jd",   "cpa", "esq", "jr", "sr",  "fand",
};

bool IsCredential(std::string_view normalised) {
  for (std::string_view credential : kCredentials) {
    if (normalised == credential) return true;
  }
  return false;
}

// The normalised set of person names in author strings.
std::set<std::string> NameSet(const std::vector<std::string>& authors) {
  static const std::string kConjunction = " " + std::string(kNameConjunction) + " ";
  static const std::string kLeadingConjunction = std::string(kNameConjunction) + " ";
  static const std::string kLeadingBy = std::string(kBylinePrefix) + " ";
  std::set<std::string> names;
  auto add = [&names](std::string_view part) {
    std::string name = newsift::NormalizeForCompare(part);
    // "A, B, and C": the Oxford comma leaves "and C".
    if (newsift::StartsWith(name, kLeadingConjunction)) name.erase(0, kLeadingConjunction.size());
    if (newsift::StartsWith(name, kLeadingBy)) name.erase(0, kLeadingBy.size());
    if (!name.empty() && !IsCredential(name)) names.insert(std::move(name));
  };
  for (const std::string& author : authors) {
    size_t start = 0;
    for (size_t i = 0; i <= author.size(); ++i) {
      if (i < author.size() && kNameSeparators.find(author[i]) == std::string_view::npos) continue;
      // Within a part, the word "and" separates names as well.
      std::string normalised = newsift::NormalizeForCompare(author.substr(start, i - start));
      size_t from = 0;
      for (size_t at; (at = normalised.find(kConjunction, from)) != std::string::npos;) {
        add(std::string_view(normalised).substr(from, at - from));
        from = at + kConjunction.size();
      }
      add(std::string_view(normalised).substr(from));
      start = i + 1;
    }
  }
  return names;
}

bool ReadJson(const std::string& path, json* out) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << path << ": cannot open\n";
    return false;
  }
  try {
    *out = json::parse(in);
  } catch (const json::exception& e) {
    std::cerr << path << ": invalid JSON: " << e.what() << "\n";
    return false;
  }
  return true;
}

bool ReadPredictions(const std::string& path, std::unordered_map<std::string, Prediction>* out,
                     size_t* bad_lines) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << path << ": cannot open\n";
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (newsift::TrimAscii(line).empty()) continue;
    json object = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!object.is_object() || !object.contains("id")) {
      ++*bad_lines;
      continue;
    }
    Prediction p;
    p.body = StringField(object, "body");
    p.title = StringField(object, "title");
    p.authors = NamesField(object, "authors");
    p.published = StringField(object, "published");
    p.status = StringField(object, "status");
    p.page_type = StringField(object, "page_type");
    auto ms = object.find("ms");
    if (ms != object.end() && ms->is_number()) p.ms = ms->get<double>();
    auto cpu_ms = object.find("cpu_ms");
    if (cpu_ms != object.end() && cpu_ms->is_number()) p.cpu_ms = cpu_ms->get<double>();
    auto best_ms = object.find("best_ms");
    if (best_ms != object.end() && best_ms->is_number()) p.best_ms = best_ms->get<double>();
    std::string id =
        object["id"].is_string() ? object["id"].get<std::string>() : object["id"].dump();
    (*out)[id] = std::move(p);
  }
  return true;
}

double Percentile(std::vector<double> sorted_values, double fraction) {
  if (sorted_values.empty()) return 0;
  // Nearest rank.
  auto rank = static_cast<size_t>(std::ceil(fraction * static_cast<double>(sorted_values.size())));
  return sorted_values[std::clamp<size_t>(rank, 1, sorted_values.size()) - 1];
}

json Accuracy(size_t correct, size_t total) {
  return {
      {"correct", correct},
      {"total", total},
      {"accuracy", total == 0 ? json(nullptr)
                              : json(static_cast<double>(correct) / static_cast<double>(total))}};
}

int Run(const std::string& truth_path, const std::string& predictions_path,
        const std::string& stats_path, const std::string& system, const std::string& dataset,
        const std::string& input, const std::string& json_path, const std::string& per_page_path) {
  json truth;
  if (!ReadJson(truth_path, &truth) || !truth.is_object()) {
    std::cerr << truth_path << ": expected an object {id: {articleBody, ...}}\n";
    return 1;
  }
  std::unordered_map<std::string, Prediction> predictions;
  size_t bad_lines = 0;
  if (!ReadPredictions(predictions_path, &predictions, &bad_lines)) return 1;

  bool has_metadata = false;
  for (const auto& [id, page] : truth.items()) {
    if (page.contains("title") || page.contains("author") || page.contains("publish_date")) {
      has_metadata = true;
      break;
    }
  }

  std::ofstream per_page;
  if (!per_page_path.empty()) per_page.open(per_page_path);
  std::vector<newsift::PageCounts> counts;
  std::vector<double> times;
  std::vector<double> cpu_times;
  std::vector<double> best_times;
  size_t missing = 0, errors = 0, empty_bodies = 0;
  size_t typed_pages = 0, listing_pages = 0;  // pages with a page type; called listings
  size_t title_ok = 0, title_total = 0, date_ok = 0, date_total = 0, date_spurious = 0;
  size_t author_ok = 0, author_total = 0, author_spurious = 0, author_absent_total = 0;
  static const Prediction kNoPrediction;
  for (const auto& [id, page] : truth.items()) {
    auto found = predictions.find(id);
    if (found == predictions.end()) ++missing;
    const Prediction& p = found == predictions.end() ? kNoPrediction : found->second;
    if (p.status == "error") ++errors;
    if (newsift::TrimAscii(p.body).empty()) ++empty_bodies;
    typed_pages += p.page_type.empty() ? 0 : 1;
    listing_pages += p.page_type == "listing" ? 1 : 0;
    if (p.ms >= 0) times.push_back(p.ms);
    if (p.cpu_ms >= 0) cpu_times.push_back(p.cpu_ms);
    if (p.best_ms >= 0) best_times.push_back(p.best_ms);
    newsift::PageCounts c = newsift::ScorePage(p.body, StringField(page, "articleBody"));
    counts.push_back(c);
    if (per_page.is_open()) {
      json row = {{"id", id},
                  {"tp", c.tp},
                  {"fp", c.fp},
                  {"fn", c.fn},
                  {"precision", newsift::PagePrecision(c)},
                  {"recall", newsift::PageRecall(c)}};
      per_page << row.dump() << '\n';
    }
    if (!has_metadata) continue;
    std::string true_title = newsift::CollapseWhitespace(StringField(page, "title"));
    if (!true_title.empty()) {
      ++title_total;
      title_ok += newsift::CollapseWhitespace(p.title) == true_title ? 1 : 0;
    }
    std::string true_date = StringField(page, "publish_date").substr(0, kIsoDayChars);
    if (!true_date.empty()) {
      ++date_total;
      date_ok += p.published.substr(0, kIsoDayChars) == true_date ? 1 : 0;
    } else if (!p.published.empty()) {
      ++date_spurious;
    }
    std::set<std::string> true_names = NameSet(NamesField(page, "author"));
    std::set<std::string> our_names = NameSet(p.authors);
    if (!true_names.empty()) {
      ++author_total;
      author_ok += our_names == true_names ? 1 : 0;
    } else {
      ++author_absent_total;
      author_spurious += our_names.empty() ? 0 : 1;
    }
  }
  newsift::ShingleScore score = newsift::Aggregate(counts);

  json result = {{"dataset", dataset},
                 {"system", system},
                 {"input", input},
                 {"pages", truth.size()},
                 {"missing_predictions", missing},
                 {"unreadable_prediction_lines", bad_lines},
                 {"errors", errors},
                 {"empty_bodies", empty_bodies},
                 {"listing_pages", typed_pages > 0 ? json(listing_pages) : json(nullptr)},
                 {"precision", score.precision},
                 {"recall", score.recall},
                 {"f1", score.f1},
                 {"precision_pages", score.precision_pages},
                 {"recall_pages", score.recall_pages},
                 {"timing", nullptr},
                 {"metadata", nullptr}};
  json stats;
  if (!times.empty() && !stats_path.empty() && ReadJson(stats_path, &stats)) {
    std::sort(times.begin(), times.end());
    double total_ms = 0;
    for (double t : times) total_ms += t;
    double input_bytes = stats.value("input_bytes", 0.0);
    json timing = {
        {"median_ms", Percentile(times, 0.5)},
        {"p95_ms", Percentile(times, kTailPercentile)},
        {"max_ms", times.back()},
        {"total_ms", total_ms},
        {"timed_pages", times.size()},
        {"input_bytes", input_bytes},
        {"mb_per_s", total_ms > 0 ? json(input_bytes / kBytesPerMb / (total_ms / kMsPerSecond))
                                  : json(nullptr)}};
    if (!cpu_times.empty()) {
      std::sort(cpu_times.begin(), cpu_times.end());
      double total_cpu_ms = 0;
      for (double t : cpu_times) total_cpu_ms += t;
      timing["median_cpu_ms"] = Percentile(cpu_times, 0.5);
      // Below 1: the runner waited for the CPU (a busy machine), and wall times are inflated.
      timing["cpu_share"] = total_ms > 0 ? json(total_cpu_ms / total_ms) : json(nullptr);
    }
    if (!best_times.empty()) {
      // Each page's fastest pass: on a machine whose speed drifts, the pass
      // it disturbed least (docs/decisions.md, "Tenth pass").
      std::sort(best_times.begin(), best_times.end());
      timing["median_best_ms"] = Percentile(best_times, 0.5);
    }
    for (const char* key :
         {"repeats", "peak_rss_kb", "rss_after_load_kb", "nondeterministic_pages", "version",
          "other_busy_cores", "steal_cores", "load_window_s", "slot_median_ms",
          "slot_other_busy_cores", "slot_steal_cores", "slot_load_window_s"}) {
      if (stats.contains(key)) timing[key] = stats[key];
    }
    result["timing"] = timing;
  }
  if (has_metadata) {
    json authors = Accuracy(author_ok, author_total);
    authors["spurious"] = author_spurious;  // names given where the truth has none
    authors["no_truth_pages"] = author_absent_total;
    json published = Accuracy(date_ok, date_total);
    published["spurious"] = date_spurious;
    result["metadata"] = {
        {"title", Accuracy(title_ok, title_total)}, {"published", published}, {"authors", authors}};
  }

  std::cout << dataset << " " << system << ": P=" << score.precision << " R=" << score.recall
            << " F1=" << score.f1 << " pages=" << truth.size() << " missing=" << missing;
  if (result["timing"].is_object()) {
    std::cout << " median_ms=" << result["timing"]["median_ms"]
              << " p95_ms=" << result["timing"]["p95_ms"];
  }
  std::cout << "\n";
  if (!json_path.empty()) {
    std::ofstream out(json_path);
    if (!out) {
      std::cerr << json_path << ": cannot write\n";
      return 1;
    }
    out << result.dump(2) << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores extraction predictions against a ground truth (shingle P/R/F1, metadata)."};
  std::string truth, predictions, stats, json_out, per_page;
  std::string system = "system", dataset = "dataset", input = "html";
  app.add_option("--truth", truth, "ground-truth.json: {id: {articleBody, ...}}")->required();
  app.add_option("--predictions", predictions, "JSONL: {id, body, title, authors, published, ms}")
      ->required();
  app.add_option("--stats", stats, "runner's stats JSON (input_bytes, peak_rss_kb, repeats)");
  app.add_option("--system", system, "name of the system, for the output");
  app.add_option("--dataset", dataset, "name of the dataset, for the output");
  app.add_option("--input", input, "kind of input the system read (html, text), for the output");
  app.add_option("--json", json_out, "write all figures as JSON here");
  app.add_option("--per-page", per_page, "write per-page tp/fp/fn as JSONL here");
  CLI11_PARSE(app, argc, argv);
  return Run(truth, predictions, stats, system, dataset, input, json_out, per_page);
}
