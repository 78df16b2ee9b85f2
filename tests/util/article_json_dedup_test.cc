// The corpus-dedup fields of the JSON record: dup_cluster always for ok and
// duplicate records, candidate_paragraphs only with include_internals.
#include <gtest/gtest.h>

#include "newsift/article_json.h"

namespace newsift {
namespace {

TEST(ArticleJsonDedup, DupClusterAndCandidatesRoundTrip) {
  Article a;
  a.id = "00000000000000ab";
  a.dup_cluster = "00000000000000cd";
  a.paragraphs = {{"kept"}};
  a.candidate_paragraphs = {{"kept"}, {"Top stories", BlockKind::kHeading, 2}};
  nlohmann::json plain = ToJson(a);
  EXPECT_EQ(plain["dup_cluster"], "00000000000000cd");
  EXPECT_FALSE(plain.contains("candidate_paragraphs"));
  nlohmann::json internal = ToJson(a, {.include_internals = true});
  ASSERT_TRUE(internal.contains("candidate_paragraphs"));
  Result<Article> back = ArticleFromJson(internal);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->dup_cluster, a.dup_cluster);
  ASSERT_EQ(back->candidate_paragraphs.size(), 2u);
  EXPECT_EQ(back->candidate_paragraphs[1].kind, BlockKind::kHeading);
  EXPECT_EQ(back->candidate_paragraphs[1].level, 2);

  a.status = RecordStatus::kEmpty;
  EXPECT_FALSE(ToJson(a).contains("dup_cluster"));
  a.candidate_paragraphs.clear();
  a.status = RecordStatus::kOk;
  EXPECT_FALSE(ToJson(a, {.include_internals = true}).contains("candidate_paragraphs"));
}

}  // namespace
}  // namespace newsift
