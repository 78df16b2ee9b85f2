#include "dedup/near_duplicates.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "dedup/minhash.h"
#include "dedup/shingles.h"

namespace newsift {
namespace {

std::string RandomText(std::mt19937& rng, int words) {
  static const char* kWords[] = {"council", "budget", "river", "bridge", "storm", "vote",
                                 "mayor",   "school", "road",  "market", "rain",  "team",
                                 "cup",     "final",  "plant", "power",  "north", "south"};
  std::string text;
  for (int i = 0; i < words; ++i) {
    if (i) text += ' ';
    text += kWords[rng() % std::size(kWords)];
    text += std::to_string(rng() % 50);
  }
  return text;
}

TEST(Shingles, NormalisesCaseAndPunctuation) {
  EXPECT_EQ(ShingleHashes("The Mayor, said: no!", 2), ShingleHashes("the mayor said no", 2));
  EXPECT_NE(ShingleHashes("a b c", 2), ShingleHashes("b a c", 2));
  EXPECT_TRUE(ShingleHashes("  ...  ", 5).empty());
}

TEST(Shingles, ShortTextsKeepOneShingleOfAllWords) {
  auto one = ShingleHashes("Breaking news", 5);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_NE(one, ShingleHashes("Other news", 5));
}

TEST(Shingles, UnspacedScriptsShingleByCharacter) {
  // A whole Japanese clause is one \w+ run: as one word, a one-character
  // edit would change every shingle that holds it.
  std::string text =
      "市議会は火曜日の夜、老朽化した石橋を冬の洪水の前に建て替えることを決めました。"
      "工事は三月に始まり、最初の雪が降る前に終わる予定です。";
  std::string edited = text;
  edited.replace(edited.find("三月"), std::string("三月").size(), "四月");
  auto a = ShingleHashes(text, 5);
  auto b = ShingleHashes(edited, 5);
  EXPECT_GT(a.size(), 40u);
  EXPECT_GT(Jaccard(a, b), 0.8);
  EXPECT_LT(Jaccard(a, ShingleHashes("工事は来年の春に始まり、夏の前に終わる見込みです。", 5)),
            0.2);
  // Latin words inside stay words.
  EXPECT_EQ(ShingleHashes("iPhoneの新型", 2), ShingleHashes("IPHONE の 新 型", 2));
}

TEST(Shingles, JaccardOfSortedSets) {
  EXPECT_DOUBLE_EQ(Jaccard({1, 2, 3}, {2, 3, 4}), 0.5);
  EXPECT_DOUBLE_EQ(Jaccard({}, {}), 0.0);
  EXPECT_DOUBLE_EQ(Jaccard({1}, {1}), 1.0);
}

TEST(MinHash, EstimatesJaccard) {
  std::mt19937 rng(7);
  std::vector<uint64_t> a, b;
  // |A ∩ B| = 600, |A ∪ B| = 1000: J = 0.6.
  for (uint64_t i = 0; i < 1000; ++i) {
    uint64_t v = rng();
    if (i < 800) a.push_back(v);
    if (i >= 200) b.push_back(v);
  }
  MinHasher hasher(256);
  double estimate = MinHasher::Similarity(hasher.Compute(a), hasher.Compute(b));
  EXPECT_NEAR(estimate, 0.6, 0.08);
  EXPECT_EQ(hasher.Compute(a), hasher.Compute(a));
}

TEST(MinHash, SmallSetsAreDensified) {
  MinHasher hasher(128);
  Signature sig = hasher.Compute({42, 43});
  for (uint32_t v : sig) EXPECT_NE(v, 0xffffffffu);
  EXPECT_DOUBLE_EQ(MinHasher::Similarity(sig, hasher.Compute({43, 42})), 1.0);
}

TEST(NearDuplicates, FindsEditedCopiesAndClustersThem) {
  std::mt19937 rng(3);
  std::vector<std::string> texts;
  for (int i = 0; i < 200; ++i) texts.push_back(RandomText(rng, 150));
  // Copies of text 10 with one word changed, and of text 20 with a sentence added.
  texts.push_back(texts[10]);
  texts.back().replace(texts.back().find(' '), 1, " extra ");
  texts.push_back(texts[20] + " and the mayor said more about it");
  std::vector<std::string_view> views(texts.begin(), texts.end());
  NearDuplicateResult result = FindNearDuplicates(views, {.threshold = 0.8});
  ASSERT_EQ(result.pairs.size(), 2u);
  EXPECT_EQ(result.pairs[0].a, 10u);
  EXPECT_EQ(result.pairs[0].b, 200u);
  EXPECT_EQ(result.pairs[1].a, 20u);
  EXPECT_EQ(result.cluster[200], 10u);
  EXPECT_EQ(result.cluster[201], 20u);
  EXPECT_EQ(result.cluster[5], 5u);
}

TEST(Lsh, CandidateProbabilityFollowsTheBandingCurve) {
  LshParams params{.bands = 32, .rows = 4};
  EXPECT_GT(params.CandidateProbability(0.8), 0.9999);
  EXPECT_LT(params.CandidateProbability(0.1), 0.01);
}

TEST(Clusters, TransitivePairsShareTheSmallestRepresentative) {
  auto cluster = ClustersFromPairs(5, {{3, 4, 0.9}, {1, 4, 0.85}});
  EXPECT_EQ(cluster[3], 1u);
  EXPECT_EQ(cluster[4], 1u);
  EXPECT_EQ(cluster[0], 0u);
}

}  // namespace
}  // namespace newsift
