// WordTable: every listed word found at its index, nothing else found.
#include "util/word_table.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_set>
#include <vector>

namespace newsift {
namespace {

TEST(WordTableTest, FindsEachWordAtItsFirstIndex) {
  const std::vector<std::string_view> words = {
      "the", "a", "", "und", "the", "international", "internationally", "и"};
  WordTable table(words);
  EXPECT_EQ(table.Find("the"), 0);
  EXPECT_EQ(table.Find("a"), 1);
  EXPECT_EQ(table.Find(""), 2);
  EXPECT_EQ(table.Find("und"), 3);
  EXPECT_EQ(table.Find("international"), 5);
  EXPECT_EQ(table.Find("internationally"), 6);
  EXPECT_EQ(table.Find("и"), 7);
  EXPECT_FALSE(table.Contains("th"));
  EXPECT_FALSE(table.Contains("thE"));
  EXPECT_FALSE(table.Contains("internationalle"));  // a listed word's first 8 bytes
}

TEST(WordTableTest, AgreesWithAHashSet) {
  std::mt19937 random(3);
  auto word = [&random] {
    std::string w;
    const size_t length = random() % 20;
    for (size_t i = 0; i < length; ++i) w.push_back(static_cast<char>('a' + random() % 4));
    return w;
  };
  std::vector<std::string> owned;
  for (int i = 0; i < 500; ++i) owned.push_back(word());
  std::vector<std::string_view> words(owned.begin(), owned.end());
  std::unordered_set<std::string_view> reference(words.begin(), words.end());
  WordTable table(words);
  for (int i = 0; i < 20000; ++i) {
    std::string probe = word();
    ASSERT_EQ(table.Contains(probe), reference.count(probe) > 0) << probe;
  }
  for (std::string_view w : words) ASSERT_TRUE(table.Contains(w)) << w;
}

}  // namespace
}  // namespace newsift
