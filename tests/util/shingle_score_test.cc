#include "util/shingle_score.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsift {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view token : ScoreTokens(text)) out.emplace_back(token);
  return out;
}

TEST(ScoreTokensTest, AsciiWordsDigitsAndUnderscore) {
  EXPECT_THAT(Tokens("Hello, world! It's 2024_x; 3.14 e-mail"),
              ElementsAre("Hello", "world", "It", "s", "2024_x", "3", "14", "e", "mail"));
  EXPECT_THAT(Tokens("  ,;-- "), IsEmpty());
  EXPECT_THAT(Tokens(""), IsEmpty());
}

TEST(ScoreTokensTest, LettersOfAnyScript) {
  EXPECT_THAT(Tokens("Привет, мир — ёлка"), ElementsAre("Привет", "мир", "ёлка"));
  EXPECT_THAT(Tokens("中文 (Chinese)"), ElementsAre("中文", "Chinese"));
  EXPECT_THAT(Tokens("naïve café"), ElementsAre("naïve", "café"));  // precomposed letters
}

// Python's re \w: any character with a numeric value is a word character,
// combining marks are not (checked against CPython 3.11 re.findall(r'\w+')).
TEST(ScoreTokensTest, FollowsPythonReWordClass) {
  EXPECT_THAT(Tokens("½ price x² Ⅻ ٣٤٥"), ElementsAre("½", "price", "x²", "Ⅻ", "٣٤٥"));
  EXPECT_THAT(Tokens("cafe\u0301 ok"), ElementsAre("cafe", "ok"));  // U+0301 splits
  EXPECT_THAT(Tokens("हिन्दी"), ElementsAre("ह", "न", "द"));
}

TEST(ScoreTokensTest, InvalidUtf8IsASeparator) {
  EXPECT_THAT(Tokens("ab\xff"
                     "cd"),
              ElementsAre("ab", "cd"));
}

TEST(TokenShinglesTest, FourGramsInOrderWithRepeats) {
  EXPECT_THAT(TokenShingles("a b c d a b c d"),
              ElementsAre("a b c d", "b c d a", "c d a b", "d a b c", "a b c d"));
}

TEST(TokenShinglesTest, ShortTextIsOneGramAndEmptyTextNone) {
  EXPECT_THAT(TokenShingles("Breaking: news!"), ElementsAre("Breaking news"));
  EXPECT_THAT(TokenShingles("one two three four"), ElementsAre("one two three four"));
  EXPECT_THAT(TokenShingles("...  "), IsEmpty());
}

TEST(ScorePageTest, PerfectPrediction) {
  constexpr std::string_view kText =
      "The council approved the budget on Monday after a long debate.";
  PageCounts counts = ScorePage(kText, kText);
  EXPECT_EQ(counts.tp, 8u);
  EXPECT_EQ(counts.fp, 0u);
  EXPECT_EQ(counts.fn, 0u);
  EXPECT_DOUBLE_EQ(PagePrecision(counts), 1.0);
  EXPECT_DOUBLE_EQ(PageRecall(counts), 1.0);
}

TEST(ScorePageTest, PunctuationAndSpacingDoNotMatter) {
  PageCounts counts =
      ScorePage("The  council, approved\nthe budget!", "The council approved the budget");
  EXPECT_EQ(counts.fp, 0u);
  EXPECT_EQ(counts.fn, 0u);
  EXPECT_EQ(counts.tp, 2u);
}

TEST(ScorePageTest, SmallExampleByHand) {
  // truth grams: "a b c d", "b c d e"; predicted: "a b c d", "b c d x", "c d x y".
  PageCounts counts = ScorePage("a b c d x y", "a b c d e");
  EXPECT_EQ(counts.tp, 1u);
  EXPECT_EQ(counts.fp, 2u);
  EXPECT_EQ(counts.fn, 1u);
  EXPECT_DOUBLE_EQ(PagePrecision(counts), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(PageRecall(counts), 1.0 / 2.0);
}

TEST(ScorePageTest, RepeatedGramsCountAsAMultiset) {
  // Truth holds "a b c d" twice (5 grams); one copy predicted matches one.
  PageCounts once = ScorePage("a b c d", "a b c d a b c d");
  EXPECT_EQ(once.tp, 1u);
  EXPECT_EQ(once.fp, 0u);
  EXPECT_EQ(once.fn, 4u);
  // Predicting the text three times: only two copies of "a b c d" can match.
  PageCounts thrice = ScorePage("a b c d a b c d a b c d", "a b c d a b c d");
  EXPECT_EQ(thrice.tp, 5u);
  EXPECT_EQ(thrice.fp, 4u);
  EXPECT_EQ(thrice.fn, 0u);
}

TEST(ScorePageTest, EmptyPredictionHasNoPrecisionAndZeroRecall) {
  PageCounts counts = ScorePage("", "a b c d e");
  EXPECT_EQ(counts.tp, 0u);
  EXPECT_EQ(counts.fp, 0u);
  EXPECT_EQ(counts.fn, 2u);
  EXPECT_DOUBLE_EQ(PageRecall(counts), 0.0);
}

TEST(AggregateTest, PerfectPredictionsScoreOne) {
  std::vector<PageCounts> pages = {ScorePage("a b c d e", "a b c d e"),
                                   ScorePage("short one", "short one")};
  ShingleScore score = Aggregate(pages);
  EXPECT_DOUBLE_EQ(score.precision, 1.0);
  EXPECT_DOUBLE_EQ(score.recall, 1.0);
  EXPECT_DOUBLE_EQ(score.f1, 1.0);
  EXPECT_EQ(score.pages, 2u);
}

TEST(AggregateTest, EmptyPredictionsScoreZeroRecall) {
  std::vector<PageCounts> pages = {ScorePage("", "a b c d e"), ScorePage("", "f g h")};
  ShingleScore score = Aggregate(pages);
  EXPECT_DOUBLE_EQ(score.recall, 0.0);
  EXPECT_EQ(score.precision_pages, 0u);  // no page predicted anything
  EXPECT_EQ(score.recall_pages, 2u);
  EXPECT_DOUBLE_EQ(score.f1, 0.0);
}

TEST(AggregateTest, MeansArePerPageAndSkipEmptyDenominators) {
  std::vector<PageCounts> pages = {
      {.tp = 1, .fp = 1, .fn = 1},  // P 1/2, R 1/2
      {.tp = 3, .fp = 0, .fn = 1},  // P 1,   R 3/4
      {.tp = 0, .fp = 0, .fn = 2},  // nothing predicted: only in the recall mean, R 0
      {.tp = 0, .fp = 3, .fn = 0},  // nothing to find: only in the precision mean, P 0
      {.tp = 0, .fp = 0, .fn = 0},  // empty truth, empty prediction: in neither
  };
  ShingleScore score = Aggregate(pages);
  EXPECT_EQ(score.pages, 5u);
  EXPECT_EQ(score.precision_pages, 3u);
  EXPECT_EQ(score.recall_pages, 3u);
  EXPECT_DOUBLE_EQ(score.precision, (0.5 + 1.0 + 0.0) / 3);
  EXPECT_DOUBLE_EQ(score.recall, (0.5 + 0.75 + 0.0) / 3);
  double p = 0.5;
  double r = 1.25 / 3;
  EXPECT_DOUBLE_EQ(score.f1, 2 * p * r / (p + r));
}

TEST(AggregateTest, NoPagesScoresZero) {
  ShingleScore score = Aggregate({});
  EXPECT_EQ(score.pages, 0u);
  EXPECT_DOUBLE_EQ(score.f1, 0.0);
}

}  // namespace
}  // namespace newsift
