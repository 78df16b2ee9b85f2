#include "dedup/exact_index.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>

namespace newsift {
namespace {

Article OkArticle(const std::string& id, const std::string& body_hash) {
  Article article;
  article.id = id;
  article.body_hash = body_hash;
  article.status = RecordStatus::kOk;
  return article;
}

TEST(ExactDedupIndexTest, LaterCopyOfABodyIsADuplicateOfTheFirst) {
  ExactDedupIndex index;
  Article first = OkArticle("00000000000000a1", "1111111111111111");
  Article other = OkArticle("00000000000000a2", "2222222222222222");
  Article copy = OkArticle("00000000000000a3", "1111111111111111");
  Article copy2 = OkArticle("00000000000000a4", "1111111111111111");
  ASSERT_TRUE(index.Apply(&first).ok());
  ASSERT_TRUE(index.Apply(&other).ok());
  ASSERT_TRUE(index.Apply(&copy).ok());
  ASSERT_TRUE(index.Apply(&copy2).ok());
  EXPECT_EQ(first.status, RecordStatus::kOk);
  EXPECT_EQ(other.status, RecordStatus::kOk);
  EXPECT_EQ(copy.status, RecordStatus::kDuplicate);
  EXPECT_EQ(copy.duplicate_of, "00000000000000a1");
  EXPECT_EQ(copy2.duplicate_of, "00000000000000a1");  // the original, not the previous copy
  EXPECT_EQ(index.size(), 2u);
}

TEST(ExactDedupIndexTest, NonOkAndBodilessArticlesAreLeftAlone) {
  ExactDedupIndex index;
  Article empty = OkArticle("00000000000000b1", "3333333333333333");
  empty.status = RecordStatus::kEmpty;
  Article no_hash = OkArticle("00000000000000b2", "");
  ASSERT_TRUE(index.Apply(&empty).ok());
  ASSERT_TRUE(index.Apply(&no_hash).ok());
  Article later = OkArticle("00000000000000b3", "3333333333333333");
  ASSERT_TRUE(index.Apply(&later).ok());
  EXPECT_EQ(empty.status, RecordStatus::kEmpty);
  EXPECT_EQ(no_hash.status, RecordStatus::kOk);
  EXPECT_EQ(later.status, RecordStatus::kOk);  // an empty record is not an original
}

TEST(ExactDedupIndexTest, SameDocumentAgainIsNotItsOwnDuplicate) {
  ExactDedupIndex index;
  Article a = OkArticle("00000000000000c1", "4444444444444444");
  Article again = a;
  ASSERT_TRUE(index.Apply(&a).ok());
  ASSERT_TRUE(index.Apply(&again).ok());
  EXPECT_EQ(again.status, RecordStatus::kOk);
  EXPECT_TRUE(again.duplicate_of.empty());
}

TEST(ExactDedupIndexTest, EarlierRunsAreConsultedOnlyForUnseenBodies) {
  std::map<std::string, std::string> stored = {{"5555555555555555", "00000000000000d0"}};
  int lookups = 0;
  ExactDedupIndex index([&](const std::string& hash) -> Result<std::optional<std::string>> {
    ++lookups;
    auto it = stored.find(hash);
    if (it == stored.end()) return std::optional<std::string>();
    return std::optional<std::string>(it->second);
  });
  Article a = OkArticle("00000000000000d1", "5555555555555555");
  Article b = OkArticle("00000000000000d2", "5555555555555555");
  Article fresh = OkArticle("00000000000000d3", "6666666666666666");
  Article fresh_copy = OkArticle("00000000000000d4", "6666666666666666");
  for (Article* article : {&a, &b, &fresh, &fresh_copy}) ASSERT_TRUE(index.Apply(article).ok());
  EXPECT_EQ(a.duplicate_of, "00000000000000d0");
  EXPECT_EQ(b.duplicate_of, "00000000000000d0");
  EXPECT_EQ(fresh.status, RecordStatus::kOk);
  EXPECT_EQ(fresh_copy.duplicate_of, "00000000000000d3");
  EXPECT_EQ(lookups, 2);  // one per distinct body
}

TEST(ExactDedupIndexTest, LookupFailureIsReportedAndLeavesTheArticle) {
  ExactDedupIndex index([](const std::string&) -> Result<std::optional<std::string>> {
    return Status::IOError("test.db", "disk gone");
  });
  Article a = OkArticle("00000000000000e1", "7777777777777777");
  Status status = index.Apply(&a);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(a.status, RecordStatus::kOk);
}

TEST(ExactDedupIndexTest, NonCanonicalSpellingsStillMatch) {
  ExactDedupIndex index;
  Article a = OkArticle("first-id", "not-a-hex-hash");
  Article b = OkArticle("second-id", "not-a-hex-hash");
  Article c = OkArticle("00000000000000f1", "ABCDEF0123456789");  // uppercase: not canonical
  Article d = OkArticle("00000000000000f2", "ABCDEF0123456789");
  for (Article* article : {&a, &b, &c, &d}) ASSERT_TRUE(index.Apply(article).ok());
  EXPECT_EQ(b.duplicate_of, "first-id");
  EXPECT_EQ(d.duplicate_of, "00000000000000f1");
}

}  // namespace
}  // namespace newsift
