// StripInertContent: script/style/svg bodies, comments and attributes no
// extractor reads go; JSON-LD and every element boundary stay, truncated
// input is kept whole.
#include "extract/html_prefilter.h"

#include <gtest/gtest.h>

#include <string>

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
  EXPECT_EQ(Strip("<a href=/x/y onclick=\"go('>')\">t</a>"), "<a href=/x/y>t</a>");
  EXPECT_EQ(Strip("<br/><img src=\"a\" /><meta name=\"author\" content=\"A\"/>"),
            "<br/><img/><meta name=\"author\" content=\"A\"/>");
  EXPECT_EQ(Strip("<p class=\"a\"id=\"b\">t</p>"), "<p class=\"a\" id=\"b\">t</p>");
  EXPECT_EQ(Strip("a < b and c<d"), "a < b and c<d");  // no tag ends: kept
}

TEST(HtmlPrefilterTest, TruncatedInputIsKept) {
  EXPECT_EQ(Strip("<p>a</p><script>never closed"), "<p>a</p><script>never closed");
  EXPECT_EQ(Strip("<p>a</p><!-- never closed"), "<p>a</p><!-- never closed");
  EXPECT_EQ(Strip("<p>a</p><style"), "<p>a</p><style");
  EXPECT_EQ(Strip("<p>a</p><img src=\"never closed"), "<p>a</p><img src=\"never closed");
  EXPECT_EQ(Strip(""), "");
}

}  // namespace
}  // namespace newsift::html
