#include "clean/repetition.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsift {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(SplitSentencesTest, SplitsAtSentenceEnds) {
  EXPECT_THAT(SplitSentences("The cat sat. The dog ran! Did it?"),
              ElementsAre("The cat sat.", "The dog ran!", "Did it?"));
}

TEST(SplitSentencesTest, IntoAVectorClearsItFirst) {
  std::vector<std::string_view> sentences = {"left over"};
  SplitSentences("First one here. Second one here.", &sentences);
  EXPECT_THAT(sentences, ElementsAre("First one here.", "Second one here."));
  SplitSentences("Only one.", &sentences);
  EXPECT_THAT(sentences, ElementsAre("Only one."));
}

TEST(SplitSentencesTest, SplitsGluedSentences) {
  EXPECT_THAT(SplitSentences("the observatory said on Tuesday.The astronomers met again."),
              ElementsAre("the observatory said on Tuesday.", "The astronomers met again."));
}

TEST(SplitSentencesTest, KeepsAbbreviationsAndInitialisms) {
  EXPECT_THAT(SplitSentences("Mr. Smith went to the U.S. Army base. He left."),
              ElementsAre("Mr. Smith went to the U.S. Army base.", "He left."));
  EXPECT_THAT(SplitSentences("Visit example.com or ASP.NET today."),
              ElementsAre("Visit example.com or ASP.NET today."));
}

TEST(SplitSentencesTest, ClosingQuotesStayWithTheirSentence) {
  EXPECT_THAT(SplitSentences("\"We agree,\" he said. \"Good.\" Then he left."),
              ElementsAre("\"We agree,\" he said.", "\"Good.\"", "Then he left."));
}

TEST(SplitSentencesTest, EmptyAndUnpunctuated) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_THAT(SplitSentences("no end here"), ElementsAre("no end here"));
}

TEST(FindRepetitionTest, ExactRepeatKeepsFirstCopy) {
  std::vector<std::string_view> blocks = {"Big headline here", "A paragraph of text.",
                                          "Big  headline, here!"};
  std::vector<RepeatVerdict> v = FindRepetition(blocks);
  EXPECT_FALSE(v[0].repeated);
  EXPECT_FALSE(v[1].repeated);
  EXPECT_TRUE(v[2].repeated);
  EXPECT_EQ(v[2].same_as, 0);
}

TEST(FindRepetitionTest, GluedCompositeBeforeItsParts) {
  std::vector<std::string_view> blocks = {
      "The leaders met on Tuesday in the capital.The talks covered trade and energy ties.",
      "The leaders met on Tuesday in the capital.",
      "Something else entirely was said by the spokesman.",
      "The talks covered trade and energy ties."};
  std::vector<RepeatVerdict> v = FindRepetition(blocks);
  EXPECT_TRUE(v[0].repeated);
  EXPECT_THAT(v[0].Reason(), HasSubstr("made of sentences of blocks 1, 3"));
  EXPECT_FALSE(v[1].repeated);
  EXPECT_FALSE(v[2].repeated);
  EXPECT_FALSE(v[3].repeated);
}

TEST(FindRepetitionTest, GluedCompositeAfterItsParts) {
  std::vector<std::string_view> blocks = {
      "The leaders met on Tuesday in the capital.", "The talks covered trade and energy ties.",
      "The leaders met on Tuesday in the capital. The talks covered trade and energy ties."};
  std::vector<RepeatVerdict> v = FindRepetition(blocks);
  EXPECT_FALSE(v[0].repeated);
  EXPECT_FALSE(v[1].repeated);
  EXPECT_TRUE(v[2].repeated);
  EXPECT_EQ(v[2].same_as, 0);
}

TEST(FindRepetitionTest, PartialOverlapIsNotComposite) {
  std::vector<std::string_view> blocks = {
      "The leaders met on Tuesday in the capital. They also signed a new treaty there.",
      "The leaders met on Tuesday in the capital."};
  std::vector<RepeatVerdict> v = FindRepetition(blocks);
  EXPECT_FALSE(v[0].repeated);
  EXPECT_FALSE(v[1].repeated);
}

TEST(FindRepetitionTest, ShortLabelsAreNeverComposites) {
  std::vector<std::string_view> blocks = {"Home. News.", "Home.", "News."};
  std::vector<RepeatVerdict> v = FindRepetition(blocks);
  EXPECT_FALSE(v[0].repeated);
}

TEST(FindRepetitionTest, EmptyInput) { EXPECT_TRUE(FindRepetition({}).empty()); }

TEST(FindRepetitionTest, CompositeOfNonAsciiSentences) {
  // Lowercasing shortens İ (two bytes to one) and lengthens Ⱥ (two to
  // three), in the first sentence: the composite's sentences must still
  // match the parts' own norms.
  std::vector<std::string_view> blocks = {
      "İzmir и Ⱥ: лидеры встретились во вторник в столице. «Переговоры» касались ΣΥΝΟΡΩΝ.",
      "İzmir и Ⱥ: лидеры встретились во вторник в столице.", "«Переговоры» касались ΣΥΝΟΡΩΝ."};
  std::vector<RepeatVerdict> v = FindRepetition(blocks);
  EXPECT_TRUE(v[0].repeated);
  EXPECT_THAT(v[0].parts, ElementsAre(1, 2));
}

TEST(FindRepetitionTest, SentencesWithoutWordsAreSkipped) {
  std::vector<std::string_view> blocks = {
      "The leaders met on Tuesday in the capital. (?) The talks covered trade and energy.",
      "The leaders met on Tuesday in the capital.", "The talks covered trade and energy."};
  ASSERT_THAT(SplitSentences(blocks[0]), ElementsAre("The leaders met on Tuesday in the capital.",
                                                     "(?)", "The talks covered trade and energy."));
  std::vector<RepeatVerdict> v = FindRepetition(blocks);
  EXPECT_TRUE(v[0].repeated);
  EXPECT_THAT(v[0].parts, ElementsAre(1, 2));
}

}  // namespace
}  // namespace newsift
