// `newsift dups`, `export --unique`, `reclean` and the ingest summary's
// near_duplicate count, end to end through the binary (env NEWSIFT_BIN).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The pages and their expected clusters were written against the first 20
// words of the shared vocabulary; the rest would change the generated text.
constexpr size_t kVocabularySize = 20;

std::string Sentence(uint64_t seed, int words) {
  return newsift::testing::Sentence(
      seed, words, std::span(newsift::testing::kInventedWords).first(kVocabularySize));
}

std::string Page(const std::string& title, uint64_t seed, const std::string& extra) {
  std::string body;
  for (int p = 0; p < 5; ++p) {
    body += "<p>";
    for (int i = 0; i < 4; ++i) body += (i ? " " : "") + Sentence(seed * 97 + p * 5 + i, 14);
    if (p == 4) body += " " + extra;
    body += "</p>\n";
  }
  return fmt::format(
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{0}</title></head>"
      "<body><article><h1>{0}</h1>\n{1}</article></body></html>\n",
      title, body);
}

struct RunResult {
  int exit_code = -1;
  std::string out;
};

RunResult RunCli(const std::string& args) {
  const char* bin = std::getenv("NEWSIFT_BIN");
  RunResult result;
  if (bin == nullptr) return result;
  std::string command = fmt::format("'{}' {} 2>/dev/null", bin, args);
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) result.out.append(buffer, n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::vector<json> Lines(const std::string& text) {
  std::vector<json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(json::parse(line));
  }
  return out;
}

class DedupCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::getenv("NEWSIFT_BIN") == nullptr) GTEST_SKIP() << "NEWSIFT_BIN not set";
    dir_ = newsift::testing::FreshTestDir("newsift_dedup_cli");
    fs::create_directories(dir_ / "in");
    auto write = [this](const std::string& name, const std::string& text) {
      std::ofstream(dir_ / "in" / name, std::ios::binary) << text;
    };
    // a, b, c: one story and two lightly edited copies; d, e: other stories.
    write("a.html", Page("Ferry timetable", 1, ""));
    write("b.html", Page("Ferry timetable (updated)", 1, Sentence(50, 10)));
    write("c.html", Page("Ferry timetable, corrected", 1, Sentence(60, 10)));
    write("d.html", Page("Museum budget", 2, ""));
    write("e.html", Page("Winter storm", 3, ""));
    db_ = (dir_ / "store.db").string();
    RunResult ingest =
        RunCli(fmt::format("ingest --quiet --db '{}' '{}'", db_, (dir_ / "in").string()));
    ASSERT_EQ(ingest.exit_code, 0);
    std::vector<json> summary = Lines(ingest.out);
    ASSERT_EQ(summary.size(), 1u);
    summary_ = summary[0];
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::string db_;
  json summary_;
};

TEST_F(DedupCliTest, IngestCountsNearDuplicates) {
  EXPECT_EQ(summary_["ok"], 5);
  EXPECT_EQ(summary_["near_duplicate"], 2);
}

TEST_F(DedupCliTest, DupsListsTheCluster) {
  RunResult dups = RunCli(fmt::format("dups --db '{}'", db_));
  ASSERT_EQ(dups.exit_code, 0);
  std::vector<json> clusters = Lines(dups.out);
  ASSERT_EQ(clusters.size(), 1u);
  const json& c = clusters[0];
  EXPECT_EQ(c["size"], 3);
  ASSERT_EQ(c["members"].size(), 3u);
  EXPECT_EQ(c["members"][0]["id"], c["representative"]);
  EXPECT_EQ(c["members"][0]["title"], "Ferry timetable");
  EXPECT_DOUBLE_EQ(c["members"][0]["jaccard"].get<double>(), 1.0);
  for (size_t i = 1; i < 3; ++i) {
    const double j = c["members"][i]["jaccard"].get<double>();
    EXPECT_GE(j, 0.8);
    EXPECT_LT(j, 1.0);
  }
  EXPECT_TRUE(Lines(RunCli(fmt::format("dups --db '{}' --min-size 4", db_)).out).empty());
  RunResult text = RunCli(fmt::format("dups --db '{}' --format text", db_));
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("Ferry timetable"), std::string::npos);
}

TEST_F(DedupCliTest, ExportUniqueKeepsOnePerCluster) {
  std::vector<json> all = Lines(RunCli(fmt::format("export --db '{}'", db_)).out);
  std::vector<json> unique = Lines(RunCli(fmt::format("export --unique --db '{}'", db_)).out);
  EXPECT_EQ(all.size(), 5u);
  ASSERT_EQ(unique.size(), 3u);
  for (const json& r : unique) EXPECT_EQ(r["dup_cluster"], r["id"]);
  EXPECT_EQ(unique[0]["title"], "Ferry timetable");
}

TEST_F(DedupCliTest, RecleanPrintsASummaryAndKeepsClusters) {
  RunResult reclean = RunCli(fmt::format("reclean --db '{}'", db_));
  ASSERT_EQ(reclean.exit_code, 0);
  std::vector<json> out = Lines(reclean.out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0]["clusters"], 1);
  EXPECT_EQ(out[0]["articles"], 0);  // no site known for these pages
  EXPECT_EQ(Lines(RunCli(fmt::format("export --unique --db '{}'", db_)).out).size(), 3u);
}

}  // namespace
