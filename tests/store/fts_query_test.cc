#include "store/fts_query.h"

#include <gtest/gtest.h>

namespace newsift {
namespace {

TEST(QuoteFtsTokens, QuotesEachToken) {
  EXPECT_EQ(QuoteFtsTokens("putin iran"), R"("putin" "iran")");
  EXPECT_EQ(QuoteFtsTokens("U.S. sanctions"), R"("U.S." "sanctions")");
}

TEST(QuoteFtsTokens, DoublesInnerQuotesAndFoldsSpace) {
  EXPECT_EQ(QuoteFtsTokens("  he said \"no\t "), R"("he" "said" """no")");
  EXPECT_EQ(QuoteFtsTokens("\""), R"("""")");
}

TEST(QuoteFtsTokens, EmptyForBlankText) {
  EXPECT_EQ(QuoteFtsTokens(""), "");
  EXPECT_EQ(QuoteFtsTokens(" \n\t "), "");
}

TEST(InclusiveUpperBound, CoversEveryTimeOfTheDay) {
  const std::string bound = InclusiveUpperBound("2024-03-05");
  EXPECT_LE(std::string("2024-03-05"), bound);
  EXPECT_LE(std::string("2024-03-05T23:59:59+14:00"), bound);
  EXPECT_LE(std::string("2024-03-05T00:00:00Z"), bound);
  EXPECT_GT(std::string("2024-03-06"), bound);
  EXPECT_GT(std::string("2024-03-06T00:00:00Z"), bound);
}

TEST(InclusiveUpperBound, CoversTheMonthWhenOnlyAMonthIsGiven) {
  const std::string bound = InclusiveUpperBound("2024-03");
  EXPECT_LE(std::string("2024-03-31T12:00:00"), bound);
  EXPECT_GT(std::string("2024-04-01"), bound);
}

TEST(SiteFilterDomain, LowercasesAndDropsWww) {
  EXPECT_EQ(SiteFilterDomain("WWW.Example.COM"), "example.com");
  EXPECT_EQ(SiteFilterDomain(" news.example.org "), "news.example.org");
  EXPECT_EQ(SiteFilterDomain("Daily Bugle"), "daily bugle");
}

}  // namespace
}  // namespace newsift
