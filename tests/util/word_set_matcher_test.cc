// WordSetMatcher: every word found as a substring, overlapping and nested
// words included, against a plain find() of each word.
#include "util/word_set_matcher.h"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <string_view>

namespace newsift {
namespace {

constexpr std::array<std::string_view, 8> kWords = {"share", "shared", "hare", "are",
                                                    "ad",    "header", "he",   "a-b"};

TEST(WordSetMatcherTest, FindsOverlappingAndNestedWords) {
  WordSetMatcher matcher(kWords);
  WordSet found = matcher.Find("post-shared-header");
  for (size_t i : {0, 1, 2, 3, 4, 5, 6}) EXPECT_TRUE(found.Has(i)) << kWords[i];
  EXPECT_FALSE(found.Has(7));
  EXPECT_TRUE(matcher.Find("").Empty());
  EXPECT_TRUE(matcher.Find("xyz 123").Empty());
  EXPECT_TRUE(matcher.Find("a-b").Has(7));
}

TEST(WordSetMatcherTest, AgreesWithFindOnRandomText) {
  WordSetMatcher matcher(kWords);
  std::mt19937 random(7);
  const std::string alphabet = "abdehrs-x";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = static_cast<int>(random() % 20); i > 0; --i) {
      text.push_back(alphabet[random() % alphabet.size()]);
    }
    WordSet found = matcher.Find(text);
    for (size_t w = 0; w < kWords.size(); ++w) {
      EXPECT_EQ(found.Has(w), text.find(kWords[w]) != std::string::npos)
          << text << " / " << kWords[w];
    }
  }
}

TEST(WordSetMatcherTest, RejectsAnEmptyWord) {
  constexpr std::array<std::string_view, 2> words = {"a", ""};
  EXPECT_THROW(WordSetMatcher{words}, std::invalid_argument);
}

}  // namespace
}  // namespace newsift
