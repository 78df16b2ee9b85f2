// Acceptance: the two seed text dumps must come out clean through the whole
// engine (Extract()), judged against their hand-made gold files.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "extract/dates.h"
#include "newsift/extract.h"
#include "support/test_support.h"
#include "util/text.h"

namespace newsift {
namespace {

namespace fs = std::filesystem;

using testing::ReadFile;
using testing::SeedsDir;

std::vector<fs::path> SeedFiles() {
  std::vector<fs::path> files;
  fs::path dir = SeedsDir();
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Token 4-gram multiset F1 (the benchmark's metric) of two texts.
double TokenF1(const std::string& predicted, const std::string& truth) {
  auto grams = [](const std::string& text) {
    std::vector<std::string_view> t = WordTokens(text);
    std::map<std::string, int> m;
    for (size_t i = 0; i + 4 <= t.size(); ++i) {
      std::string key;
      for (size_t j = 0; j < 4; ++j) key += std::string(t[i + j]) + '\x01';
      ++m[key];
    }
    return m;
  };
  auto p = grams(predicted), g = grams(truth);
  long tp = 0, np = 0, ng = 0;
  for (const auto& [k, c] : p) {
    np += c;
    auto it = g.find(k);
    if (it != g.end()) tp += std::min(c, it->second);
  }
  for (const auto& [k, c] : g) ng += c;
  if (np == 0 || ng == 0) return np == ng ? 1.0 : 0.0;
  double precision = static_cast<double>(tp) / np, recall = static_cast<double>(tp) / ng;
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

// Gold "2024-07-08T17:14" and ours "2024-07-08T17:14:00" compare equal, as do
// "Z" and "+00:00".
void ExpectSameInstant(const std::string& ours, const std::string& gold, const char* what) {
  std::optional<ParsedDate> a = ParseDate(ours);
  std::optional<ParsedDate> b = ParseDate(gold);
  ASSERT_TRUE(a.has_value()) << what << ": ours \"" << ours << "\" does not parse";
  ASSERT_TRUE(b.has_value()) << what << ": gold \"" << gold << "\" does not parse";
  EXPECT_EQ(a->EpochSeconds(), b->EpochSeconds()) << what << ": ours " << ours << " gold " << gold;
  EXPECT_EQ(a->has_offset, b->has_offset) << what;
}

// Caption text with credits, "©" and white space removed.
std::string StripCredits(std::string text, const std::vector<std::string>& credits) {
  text = CollapseWhitespace(text);  // NBSP and friends too
  for (const std::string& c : credits) {
    for (size_t pos; (pos = text.find(c)) != std::string::npos;) text.erase(pos, c.size());
  }
  for (size_t pos; (pos = text.find("\xC2\xA9")) != std::string::npos;) text.erase(pos, 2);
  std::string out;
  for (char ch : text) {
    if (ch != ' ' && ch != '\t' && ch != '\n') out += ch;
  }
  return out;
}

std::string Normalized(std::string_view text) { return NormalizeForCompare(text); }

TEST(SeedsTest, SeedsComeOutClean) {
  std::vector<fs::path> seeds = SeedFiles();
  if (seeds.empty()) GTEST_SKIP() << "no seeds at " << SeedsDir() << " (set NEWSIFT_SHARED)";
  for (const fs::path& path : seeds) {
    SCOPED_TRACE(path.filename().string());
    fs::path gold_path = path;
    gold_path.replace_extension(".gold.json");
    ASSERT_TRUE(fs::exists(gold_path));
    nlohmann::json gold = nlohmann::json::parse(ReadFile(gold_path));

    Document doc;
    doc.source = path.string();
    doc.bytes = ReadFile(path);
    doc.hint = FormatHint::kText;
    Article a = Extract(doc);

    EXPECT_EQ(a.status, RecordStatus::kOk) << a.error;
    EXPECT_EQ(a.title, gold["title"].get<std::string>());
    EXPECT_EQ(a.site, gold["site"].get<std::string>());

    for (const char* key : {"published_local", "published_utc"}) {
      if (gold.contains(key) && gold[key].is_string()) {
        ExpectSameInstant(a.published, gold[key].get<std::string>(), key);
      }
    }
    for (const char* key : {"modified_local", "modified_utc"}) {
      if (gold.contains(key) && gold[key].is_string()) {
        ExpectSameInstant(a.modified, gold[key].get<std::string>(), key);
      }
    }

    std::string gold_body;
    for (const auto& p : gold["body_paragraphs"]) gold_body += p.get<std::string>() + "\n\n";
    EXPECT_GE(TokenF1(a.Body(), gold_body), 0.95) << a.Body();

    std::vector<std::string> body_norm;
    for (const Paragraph& p : a.paragraphs) body_norm.push_back(Normalized(p.text));
    for (const auto& line : gold["not_body"]) {
      std::string n = Normalized(line.get<std::string>());
      if (n.empty()) continue;
      for (const std::string& b : body_norm) {
        EXPECT_EQ(b.find(n), std::string::npos) << "not_body line in the body: " << line;
      }
    }
    if (gold.contains("each_at_most_once")) {
      for (const auto& line : gold["each_at_most_once"]) {
        std::string n = Normalized(line.get<std::string>());
        size_t count = 0;
        for (const std::string& b : body_norm) {
          for (size_t pos = b.find(n); pos != std::string::npos; pos = b.find(n, pos + 1)) ++count;
        }
        EXPECT_LE(count, 1u) << "more than once in the body: " << line;
      }
    }

    std::vector<std::string> gold_credits;
    for (const auto& c : gold["image_credits"]) gold_credits.push_back(c.get<std::string>());
    for (const std::string& credit : gold_credits) {
      EXPECT_NE(std::find(a.image_credits.begin(), a.image_credits.end(), credit),
                a.image_credits.end())
          << "credit missing: " << credit;
    }
    for (const auto& c : gold["image_captions"]) {
      std::string want = StripCredits(c.get<std::string>(), gold_credits);
      bool found = false;
      for (const std::string& ours : a.image_captions) {
        found = found || StripCredits(ours, a.image_credits) == want;
      }
      EXPECT_TRUE(found) << "caption missing: " << c;
    }
    for (const std::string& text : a.image_captions) {
      for (const std::string& b : body_norm) {
        EXPECT_EQ(b.find(Normalized(text)), std::string::npos) << "caption in body: " << text;
      }
    }
    for (const std::string& text : a.image_credits) {
      for (const std::string& b : body_norm) {
        EXPECT_EQ(b.find(Normalized(text)), std::string::npos) << "credit in body: " << text;
      }
    }
  }
}

}  // namespace
}  // namespace newsift
