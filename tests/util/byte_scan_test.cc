// FindAnyOf3, FindByteOutside, CountBytes and HasByteAtLeast: the same answers as a byte-by-byte
// scan, wherever the byte sits relative to the sixteen-byte blocks.
#include "util/byte_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace newsift {
namespace {

size_t ReferenceFind(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    if (text[i] == '.' || text[i] == '!' || text[i] == '?') return i;
  }
  return text.size();
}

bool ReferenceAtLeast(std::string_view text, uint8_t threshold) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= threshold) return true;
  }
  return false;
}

TEST(ByteScanTest, FindAnyOf3) {
  EXPECT_EQ(FindAnyOf3("", 0, '.', '!', '?'), 0u);
  EXPECT_EQ(FindAnyOf3("abc", 5, '.', '!', '?'), 3u);  // from past the end
  EXPECT_EQ(FindAnyOf3(std::string(40, '.'), std::string_view::npos, '.', '!', '?'), 40u);
  EXPECT_EQ(FindAnyOf3("no end here", 0, '.', '!', '?'), 11u);
  EXPECT_EQ(FindAnyOf3("One. Two! Three?", 0, '.', '!', '?'), 3u);
  EXPECT_EQ(FindAnyOf3("One. Two! Three?", 4, '.', '!', '?'), 8u);
  EXPECT_EQ(FindAnyOf3("One. Two! Three?", 9, '.', '!', '?'), 15u);
  // Each position of a 40-byte text, found from each start: the block loop,
  // the block boundary and the tail.
  for (size_t at = 0; at < 40; ++at) {
    std::string text(40, 'x');
    text[at] = '?';
    for (size_t from = 0; from <= 41; ++from) {
      ASSERT_EQ(FindAnyOf3(text, from, '.', '!', '?'), ReferenceFind(text, from))
          << at << " " << from;
    }
  }
}

TEST(ByteScanTest, FindByteOutside) {
  EXPECT_EQ(FindByteOutside("", 0, 0x20, 0xC2), 0u);
  EXPECT_EQ(FindByteOutside("abc", 7, 0x20, 0xC2), 3u);  // from past the end
  EXPECT_EQ(FindByteOutside("no_space_in_this_long_text", 0, 0x20, 0xC2), 26u);
  EXPECT_EQ(FindByteOutside("one two", 0, 0x20, 0xC2), 3u);
  EXPECT_EQ(FindByteOutside("caf\xC3\xA9 ok", 0, 0x20, 0xC2), 3u);
  EXPECT_EQ(FindByteOutside("caf\xC1", 0, 0x20, 0xC2), 4u);  // 0xC1 lies inside
  std::mt19937 random(11);
  for (int round = 0; round < 3000; ++round) {
    std::string text(random() % 48, '\0');
    for (char& c : text) c = static_cast<char>(0x21 + random() % 0xA1);  // inside at first
    if (!text.empty() && random() % 4 != 0) {
      text[random() % text.size()] =
          static_cast<char>(random() % 2 ? random() % 0x21 : 0xC2 + random() % 0x3E);
    }
    const size_t from = random() % 50;
    size_t expected = text.size();
    for (size_t i = from; i < text.size(); ++i) {
      const auto b = static_cast<unsigned char>(text[i]);
      if (b <= 0x20 || b >= 0xC2) {
        expected = i;
        break;
      }
    }
    ASSERT_EQ(FindByteOutside(text, from, 0x20, 0xC2), expected) << round;
  }
}

TEST(ByteScanTest, CountBytes) {
  EXPECT_EQ(CountBytes("", '!', ',').at_least, 0u);
  const ByteCounts counts = CountBytes("One, two,\tthree caf\xC3\xA9, and more words", '!', ',');
  EXPECT_EQ(counts.at_least, 31u);
  EXPECT_EQ(counts.equal, 3u);
  std::mt19937 random(13);
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 48, '\0');
    for (char& c : text) c = static_cast<char>(random() % 0x100);
    const auto threshold = static_cast<uint8_t>(random() % 0x100);
    const char byte = static_cast<char>(random() % 0x100);
    size_t at_least = 0, equal = 0;
    for (char c : text) {
      at_least += static_cast<unsigned char>(c) >= threshold ? 1 : 0;
      equal += c == byte ? 1 : 0;
    }
    const ByteCounts got = CountBytes(text, threshold, byte);
    ASSERT_EQ(got.at_least, at_least) << round;
    ASSERT_EQ(got.equal, equal) << round;
  }
}

TEST(ByteScanTest, HasByteAtLeast) {
  EXPECT_FALSE(HasByteAtLeast("", 0xE3));
  EXPECT_FALSE(HasByteAtLeast("plain ASCII text, longer than sixteen bytes", 0x80));
  EXPECT_FALSE(HasByteAtLeast("curly \xE2\x80\x9Cquotes\xE2\x80\x9D and caf\xC3\xA9", 0xE3));
  EXPECT_TRUE(HasByteAtLeast("curly \xE2\x80\x9Cquotes\xE2\x80\x9D and caf\xC3\xA9", 0xE2));
  EXPECT_TRUE(HasByteAtLeast("Chinese \xE4\xB8\xAD", 0xE3));  // 中
  EXPECT_TRUE(HasByteAtLeast("\xFF", 0xFF));
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 48, '\0');
    for (char& c : text) c = static_cast<char>(random() % 0xE4);  // 0xE3 at most
    const auto threshold = static_cast<uint8_t>(1 + random() % 0xFF);
    ASSERT_EQ(HasByteAtLeast(text, threshold), ReferenceAtLeast(text, threshold)) << round;
  }
}

}  // namespace
}  // namespace newsift
