#include "util/text.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <random>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace newsift {
namespace {

TEST(CollapseWhitespace, FoldsUnicodeSpacesAndTrims) {
  EXPECT_EQ(CollapseWhitespace("  a \t\n b\xC2\xA0\xC2\xA0"
                               "c  "),
            "a b c");
  EXPECT_EQ(CollapseWhitespace(""), "");
  EXPECT_EQ(CollapseWhitespace("Caf\xC3\xA9-au-lait,\v\vx.y\xE2\x80\x83z"),
            "Caf\xC3\xA9-au-lait, x.y z");
}

TEST(HasVisibleText, OnlyWhiteSpaceAndFormatCharactersShowNothing) {
  EXPECT_FALSE(HasVisibleText(""));
  EXPECT_FALSE(HasVisibleText(" \t\n"));
  EXPECT_FALSE(HasVisibleText("\u200D"));                          // zero-width joiner
  EXPECT_FALSE(HasVisibleText("\u00A0\u200B\u2060\uFEFF\u00AD"));  // NBSP, ZWSP, WJ, BOM, SHY
  EXPECT_TRUE(HasVisibleText("\u200Da"));
  EXPECT_TRUE(HasVisibleText("—"));
  EXPECT_TRUE(HasVisibleText("😀"));
  EXPECT_TRUE(HasVisibleText("\xFF"));  // invalid bytes show as U+FFFD
}

TEST(StartsUpper, ReadsTheFirstLetterInAnyScript) {
  EXPECT_TRUE(StartsUpper("Ann"));
  EXPECT_TRUE(StartsUpper("\u00C9mile"));
  EXPECT_TRUE(StartsUpper("\u0410\u043D\u043D\u0430"));
  EXPECT_FALSE(StartsUpper("ann"));
  EXPECT_FALSE(StartsUpper("\u00E9mile"));
  EXPECT_FALSE(StartsUpper("2024"));
  EXPECT_FALSE(StartsUpper(""));
}

TEST(WithStraightQuotes, MakesTypographicQuotesAscii) {
  EXPECT_EQ(WithStraightQuotes("\u2018It\u2019s \u201Chere\u201D\u201F \u201Anow\u201B"),
            "'It's \"here\"\" 'now'");
  EXPECT_EQ(WithStraightQuotes("caf\u00E9 \u2014 \u2026 \u00AB\u00BB"),
            "caf\u00E9 \u2014 \u2026 \u00AB\u00BB");      // no quotes of these kinds
  EXPECT_EQ(WithStraightQuotes("\xE2\x80"), "\xE2\x80");  // cut short
  EXPECT_EQ(WithStraightQuotes(""), "");
}

using ::newsift::testing::Utf8Of;

bool IsScalarValue(UChar32 c) { return c < 0xD800 || (c > 0xDFFF && c <= 0x10FFFF); }

// The byte-level shortcuts must agree with ICU's properties on every code
// point: white space is Unicode White_Space plus U+200B and U+FEFF; a word
// character is a letter, decimal digit, combining mark or '_'.
TEST(CollapseWhitespace, AgreesWithIcuOnEveryCodePoint) {
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (!IsScalarValue(c) || c == 0) continue;
    bool space = u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF;
    std::string glued = "a" + Utf8Of(c) + "b";
    ASSERT_EQ(CollapseWhitespace(glued), space ? "a b" : glued) << "U+" << std::hex << c;
    ASSERT_EQ(CollapseWhitespace(" a" + Utf8Of(c) + Utf8Of(c) + " b "),
              space ? "a b" : "a" + Utf8Of(c) + Utf8Of(c) + " b")
        << "U+" << std::hex << c;
  }
}

TEST(NormalizeForCompare, WordCharactersAgreeWithIcuOnEveryCodePoint) {
  for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
    if (!IsScalarValue(c)) continue;
    bool word = u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
                u_charType(c) == U_COMBINING_SPACING_MARK;
    std::string normalized = NormalizeForCompare("a" + Utf8Of(c) + "b");
    ASSERT_EQ(normalized, word ? "a" + Utf8Of(u_tolower(c)) + "b" : "a b") << "U+" << std::hex << c;
  }
}

// U+023A and U+023E take a byte more in lowercase: many of them before a
// long ASCII run once wrote past the buffer (ASan) and lost text.
TEST(NormalizeForCompare, LowercaseLongerThanUppercase) {
  std::string upper, lower;
  for (int i = 0; i < 100; ++i) {
    upper += "\xC8\xBA";      // U+023A
    lower += "\xE2\xB1\xA5";  // U+2C65
  }
  std::string ascii(1000, 'a');
  EXPECT_EQ(NormalizeForCompare(upper + ascii), lower + ascii);
  EXPECT_EQ(NormalizeForCompare(upper + " " + ascii + ", " + upper),
            lower + " " + ascii + " " + lower);
}

TEST(NormalizeForCompare, LowercasesAndDropsPunctuation) {
  EXPECT_EQ(NormalizeForCompare("Hello,  World!"), "hello world");
  EXPECT_EQ(NormalizeForCompare("«Привет», МИР"), "привет мир");
  // Word runs that mix ASCII, other scripts and marks stay one word.
  EXPECT_EQ(NormalizeForCompare("  ABC_def9 CAFÉ-Über\tnaïve..X"), "abc_def9 café über naïve x");
  EXPECT_EQ(NormalizeForCompare("---"), "");
}

// Random strings over ASCII, Latin, Cyrillic, CJK, marks, punctuation and
// spaces: the tokenizer's words are the maximal runs of word characters.
TEST(WordTokenizer, FindsTheMaximalRunsOfWordCharacters) {
  const std::vector<UChar32> alphabet = {'a',    'Z',    '7',    '_',    ' ',    '.',
                                         '-',    '\'',   0xE9,   0x0301, 0x2019, 0x2014,
                                         0x00A0, 0x0416, 0x65E5, 0x3002, 0x1F600};
  auto is_word = [](UChar32 c) {
    return c == '_' || u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
           u_charType(c) == U_COMBINING_SPACING_MARK;
  };
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    std::vector<std::string> expected;
    bool in_word = false;
    size_t length = random() % 12;
    for (size_t i = 0; i < length; ++i) {
      UChar32 c = alphabet[random() % alphabet.size()];
      std::string bytes = Utf8Of(c);
      text += bytes;
      if (is_word(c)) {
        if (!in_word) expected.emplace_back();
        expected.back() += bytes;
      }
      in_word = is_word(c);
    }
    std::vector<std::string> found;
    WordTokenizer words(text);
    for (std::string_view word; words.Next(&word);) found.emplace_back(word);
    ASSERT_EQ(found, expected) << text;
    std::string_view word;
    EXPECT_FALSE(words.Next(&word));
  }
}

// The source words NormalizeForCompare gives are the tokenizer's words, one
// per word of the result, invalid bytes included.
TEST(NormalizeForCompare, SourceWordsAreTheTokenizersWords) {
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "7",
                                           "_",
                                           " ",
                                           ".",
                                           "-",
                                           "'",
                                           "\xC3\xA9",
                                           "\xCC\x81",
                                           "\xE2\x80\x99",
                                           "\xD0\x96",
                                           "\xE6\x97\xA5",
                                           "\xF0\x9F\x98\x80",
                                           "\xC3",
                                           "\xFF",
                                           "\xC8\xBA"};
  std::mt19937 random(11);
  std::vector<std::string_view> source_words = {"left over"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t length = random() % 14;
    for (size_t i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    const std::string normalized = NormalizeForCompare(text, &source_words);
    ASSERT_EQ(normalized, NormalizeForCompare(text)) << text;
    ASSERT_EQ(source_words, WordTokens(text)) << text;
    size_t normalized_words = normalized.empty() ? 0 : 1;
    for (char c : normalized) normalized_words += c == ' ';
    ASSERT_EQ(source_words.size(), normalized_words) << text;
  }
}

TEST(WordTokens, MatchesUnicodeWordCharacters) {
  auto tokens = WordTokens("Anna's 80th — Аннушка, 2025!");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0], "Anna");
  EXPECT_EQ(tokens[1], "s");
  EXPECT_EQ(tokens[3], "Аннушка");
}

TEST(Utf8, LengthValidityAndShorten) {
  EXPECT_EQ(Utf8Length("añb"), 3u);
  // Longer than one eight-byte word, characters straddling word boundaries.
  EXPECT_EQ(Utf8Length("Пезешкиан and 普京 talk: €5, 😀!"), 29u);
  EXPECT_EQ(Utf8Length(std::string(17, 'x')), 17u);
  EXPECT_TRUE(IsValidUtf8("añb"));
  EXPECT_FALSE(IsValidUtf8("a\xC3"));
  EXPECT_EQ(Shorten("abcdef", 3), "abc…");
  EXPECT_EQ(Shorten("abc", 3), "abc");
}

TEST(IgnoreAsciiCase, ContainsStartsWithEquals) {
  EXPECT_TRUE(ContainsIgnoreAsciiCase("https://x.org/Authors/jane", "/author"));
  EXPECT_TRUE(ContainsIgnoreAsciiCase("/tag/", "/tag/"));
  EXPECT_FALSE(ContainsIgnoreAsciiCase("/ta", "/tag/"));
  EXPECT_FALSE(ContainsIgnoreAsciiCase("a/b/c/tags", "/tag/"));
  EXPECT_TRUE(ContainsIgnoreAsciiCase("Byline Author", "author"));
  EXPECT_TRUE(ContainsIgnoreAsciiCase("x", ""));
  EXPECT_FALSE(ContainsIgnoreAsciiCase("", "x"));
  EXPECT_TRUE(ContainsIgnoreAsciiCase("2024-01-02", "01-0"));
  EXPECT_TRUE(StartsWithIgnoreAsciiCase("<SCRIPT>", "<script"));
  EXPECT_TRUE(EqualsIgnoreAsciiCase("HREF", "href"));
  EXPECT_FALSE(EqualsIgnoreAsciiCase("hrefs", "href"));
}

}  // namespace
}  // namespace newsift
