// Site boilerplate rules and the representative order, on invented text.
#include "dedup/site_boilerplate.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "dedup/representative.h"
#include "dedup/sketch.h"

namespace newsift {
namespace {

TEST(SiteBlockHash, IgnoresCaseSpacingAndSurroundingPunctuation) {
  EXPECT_EQ(SiteBlockHash("Top stories"), SiteBlockHash("  TOP   stories: "));
  EXPECT_EQ(SiteBlockHash("Top stories"), SiteBlockHash("• Top stories"));
  EXPECT_NE(SiteBlockHash("Top stories"), SiteBlockHash("Top stories 2"));
  EXPECT_EQ(SiteBlockHash(" … "), 0u);
}

TEST(IsSiteBoilerplate, NeedsThreePagesAndFivePercent) {
  EXPECT_FALSE(IsSiteBoilerplate(2, 3));
  EXPECT_TRUE(IsSiteBoilerplate(3, 3));
  EXPECT_TRUE(IsSiteBoilerplate(3, 60));   // 5% of 60 = 3
  EXPECT_FALSE(IsSiteBoilerplate(3, 61));  // needs ceil(3.05) = 4
  EXPECT_TRUE(IsSiteBoilerplate(50, 1000));
  EXPECT_FALSE(IsSiteBoilerplate(49, 1000));
}

Article WithParagraphs(const std::vector<std::string>& texts) {
  Article a;
  a.id = "0000000000000001";
  for (const std::string& t : texts) a.paragraphs.push_back({t});
  return a;
}

TEST(ApplySiteBoilerplate, DropsKnownBlocksAndExplains) {
  const std::string block = "Follow the lantern desk for more.";
  Article a = WithParagraphs({"First paragraph of the meadow story, long enough to matter here.",
                              block, "Second paragraph about the granary and its pier."});
  std::map<uint64_t, int64_t> pages = {{SiteBlockHash(block), 7}};
  auto lookup = [&pages](uint64_t h) { return pages.count(h) ? pages[h] : 0; };
  const std::vector<Paragraph> candidates = a.paragraphs;
  EXPECT_EQ(ApplySiteBoilerplate(candidates, lookup, 10, a), 1);
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.candidate_paragraphs.size(), 3u);
  EXPECT_EQ(a.body_hash, BodyHashOf(a.Body()));
  ASSERT_EQ(a.explain.size(), 1u);
  EXPECT_EQ(a.explain[0].label, Label::kBoilerplate);
  EXPECT_EQ(a.explain[0].reason, "repeated across 7 pages of this site");

  // Re-applying from the kept candidates replaces the explain entry.
  pages[SiteBlockHash(block)] = 9;
  EXPECT_EQ(ApplySiteBoilerplate(CandidateParagraphs(a), lookup, 10, a), 1);
  ASSERT_EQ(a.explain.size(), 1u);
  EXPECT_EQ(a.explain[0].reason, "repeated across 9 pages of this site");

  // Fewer pages now share it than the threshold: it comes back.
  pages[SiteBlockHash(block)] = 2;
  EXPECT_EQ(ApplySiteBoilerplate(CandidateParagraphs(a), lookup, 10, a), 0);
  EXPECT_EQ(a.paragraphs.size(), 3u);
  EXPECT_TRUE(a.candidate_paragraphs.empty());
  EXPECT_TRUE(a.explain.empty());
}

TEST(ApplySiteBoilerplate, RefusesToDropMostOfTheBody) {
  // A republished copy: most of its text recurs on the site.
  Article a = WithParagraphs(
      {"A long shared paragraph that several pages of the site carry whole.", "Short own line."});
  auto lookup = [&a](uint64_t h) { return h == SiteBlockHash(a.paragraphs[0].text) ? 5 : 0; };
  const std::vector<Paragraph> candidates = a.paragraphs;
  EXPECT_EQ(ApplySiteBoilerplate(candidates, lookup, 10, a), 0);
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(Representative, EarliestPublishedThenFirstSeen) {
  EXPECT_LT(CompareRepresentative("2024-01-02", 9, "2024-01-03T00:00:00Z", 1), 0);
  // Offsets are honoured: 10:00+03:00 is 07:00Z.
  EXPECT_LT(CompareRepresentative("2024-01-02T10:00:00+03:00", 5, "2024-01-02T08:00:00Z", 1), 0);
  EXPECT_LT(CompareRepresentative("2024-01-02T08:00:00Z", 1, "2024-01-02T08:00:00Z", 2), 0);
  // Undated pages come last, whatever their seq.
  EXPECT_GT(CompareRepresentative("", 1, "2030-01-01", 2), 0);
  EXPECT_GT(CompareRepresentative("not a date", 1, "2030-01-01", 2), 0);
  EXPECT_LT(CompareRepresentative("", 1, "", 2), 0);
  EXPECT_EQ(PublishedEpochSeconds("1970-01-02T00:00:00Z"), 86400);
}

TEST(Sketch, EmptyBodyHasNoKeys) {
  EXPECT_TRUE(MakeSketch("", CorpusNearDuplicateOptions()).band_keys.empty());
  Sketch s = MakeSketch("one two three four five six", CorpusNearDuplicateOptions());
  EXPECT_EQ(s.band_keys.size(), 32u);
  EXPECT_EQ(s.shingles.size(), 2u);
}

}  // namespace
}  // namespace newsift
