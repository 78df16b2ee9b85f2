// StripInertContent: script/style/svg bodies, comments and attributes no
// extractor reads go; JSON-LD and every element boundary stay, truncated
// input is kept whole.
#include "extract/html_prefilter.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

namespace newsift::html {
namespace {

std::string Strip(std::string_view html) {
  std::string out;
  StripInertContent(html, &out);
  return out;
}

TEST(HtmlPrefilterTest, DropsScriptStyleSvgBodies) {
  EXPECT_EQ(Strip("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>"),
            "<p>a</p><script></script><p>b</p>");
  EXPECT_EQ(Strip("<STYLE type=\"text/css\">p{color:red}</STYLE>x"),
            "<STYLE type=\"text/css\"></STYLE>x");
  EXPECT_EQ(Strip("<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg>t"),
            "<svg viewBox=\"0 0 1 1\"></svg>t");
}

TEST(HtmlPrefilterTest, KeepsJsonLdAndSelfClosingSvg) {
  std::string ld = "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script>";
  EXPECT_EQ(Strip(ld), ld);
  EXPECT_EQ(Strip("<svg/><p>x</p>"), "<svg/><p>x</p>");
}

TEST(HtmlPrefilterTest, DropsCommentsWhole) { EXPECT_EQ(Strip("a<!-- <p>hidden</p> -->b"), "ab"); }

TEST(HtmlPrefilterTest, TagNamesMustEnd) {
  // <scripted> and <svgfoo> are not inert elements.
  EXPECT_EQ(Strip("<scripted>t</scripted>"), "<scripted>t</scripted>");
  EXPECT_EQ(Strip("<svgfoo>t</svgfoo>"), "<svgfoo>t</svgfoo>");
}

TEST(HtmlPrefilterTest, QuotedGreaterThanInsideTheOpeningTag) {
  EXPECT_EQ(Strip("<script data-x=\"a>b\">code</script>z"), "<script data-x=\"a>b\"></script>z");
}

TEST(HtmlPrefilterTest, KeepsOnlyTheAttributesExtractorsRead) {
  EXPECT_EQ(Strip("<img srcset=\"a.jpg 1x, b.jpg 2x\" class=\"wide\" data-x='{\"a\":1}'>t"),
            "<img class=\"wide\">t");
  EXPECT_EQ(Strip("<DIV ID=main Data-Track=7 HIDDEN>t</DIV>"), "<DIV ID=main HIDDEN>t</DIV>");
  EXPECT_EQ(Strip("<a href=/x/y onclick=\"go('>')\">t</a>"), "<a>t</a>");
  EXPECT_EQ(Strip("<br/><img src=\"a\" /><meta name=\"author\" content=\"A\"/>"),
            "<br/><img/><meta name=\"author\" content=\"A\"/>");
  EXPECT_EQ(Strip("<p class=\"a\"id=\"b\">t</p>"), "<p class=\"a\" id=\"b\">t</p>");
  EXPECT_EQ(Strip("a < b and c<d"), "a < b and c<d");  // no tag ends: kept
}

TEST(HtmlPrefilterTest, LinksKeepOnlyTheirPathMarkers) {
  EXPECT_EQ(Strip("<a href=\"https://x.org/Authors/jane-doe\">J</a>"), "<a href=\"/author\">J</a>");
  EXPECT_EQ(Strip("<A class=c HREF='/staff/tag/x'>J</A>"),
            "<A class=c href=\"/staff/ /tag/\">J</A>");
  EXPECT_EQ(Strip("<a href=https://x.org/2024/01/story.html>s</a>"), "<a>s</a>");
  // Only links: other elements' hrefs (stylesheets, icons) are read by no one.
  EXPECT_EQ(Strip("<link rel=\"author\" href=\"/author/x\"><area href=\"/tag/y\">"),
            "<link rel=\"author\"><area>");
}

TEST(HtmlPrefilterTest, TruncatedInputIsKept) {
  EXPECT_EQ(Strip("<p>a</p><script>never closed"), "<p>a</p><script>never closed");
  EXPECT_EQ(Strip("<p>a</p><!-- never closed"), "<p>a</p><!-- never closed");
  EXPECT_EQ(Strip("<p>a</p><style"), "<p>a</p><style");
  EXPECT_EQ(Strip("<p>a</p><img src=\"never closed"), "<p>a</p><img src=\"never closed");
  EXPECT_EQ(Strip(""), "");
  EXPECT_EQ(Strip("<p>a  b</p><!-- x  y"), "<p>a b</p><!-- x  y");
}

TEST(HtmlPrefilterTest, CollapsesWhiteSpaceRunsKeepingLineBreaks) {
  EXPECT_EQ(Strip("<div>\n    <p>a   b\t\tc</p>\n\n  </div>"), "<div>\n<p>a b c</p>\n</div>");
  EXPECT_EQ(Strip("a b\nc"), "a b\nc");  // single bytes stay as they are
  EXPECT_EQ(Strip("a \r\n b"), "a\nb");
}

// The word-at-a-time scan agrees with the plain definition on every layout of
// runs across its eight-byte words.
TEST(HtmlPrefilterTest, CollapsingMatchesThePlainDefinition) {
  auto collapse = [](std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size();) {
      size_t end = i;
      bool line_break = false;
      while (end < text.size() &&
             std::string_view(" \t\n\r\f").find(text[end]) != std::string_view::npos) {
        line_break |= text[end] == '\n' || text[end] == '\r';
        ++end;
      }
      if (end - i >= 2) {
        out.push_back(line_break ? '\n' : ' ');
        i = end;
      } else {
        out.push_back(text[i++]);
      }
    }
    return out;
  };
  std::mt19937 random(7);
  const std::string alphabet = "ab \n\t\x01\xc3\xa9!";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const size_t length = random() % 40;
    for (size_t i = 0; i < length; ++i) text.push_back(alphabet[random() % alphabet.size()]);
    ASSERT_EQ(Strip(text), collapse(text)) << "input: " << testing::PrintToString(text);
  }
}

TEST(HtmlPrefilterTest, KeepsWhiteSpaceOfPreformattedText) {
  EXPECT_EQ(Strip("<PRE class=\"c\">a  b\n    c</PRE>  d"), "<PRE class=\"c\">a  b\n    c</PRE> d");
  EXPECT_EQ(Strip("<textarea>x   y</textarea><preview>p   q</preview>"),
            "<textarea>x   y</textarea><preview>p q</preview>");
}

TEST(HtmlPrefilterTest, JsonLdIsCopiedAsItIs) {
  // Markup and white space inside JSON strings are data, not tags.
  std::string ld =
      "<script type=\"application/ld+json\">{\"articleBody\": \"<p data-x=1>a  b</p>\"}</script>";
  EXPECT_EQ(Strip(ld + "  x"), ld + " x");
}

}  // namespace
}  // namespace newsift::html
