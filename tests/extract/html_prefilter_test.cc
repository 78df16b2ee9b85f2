// StripInertContent: scripts, styles, SVG, images, comments and attributes
// no extractor reads go; JSON-LD and the boundaries of elements that may hold
// text stay, class values become codes, truncated input is kept whole.
#include "extract/html_prefilter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_dom.h"
#include "util/text.h"

namespace newsift::html {
namespace {

// The pre-filter's output with each class code shown as [the value it
// stands for] (ClassVerdictCache::ClassValue) and each JSON-LD text set
// beside the markup shown after its element's start tag as {the text}.
std::string Strip(std::string_view html) {
  ClassVerdictCache classes;
  std::string out;
  std::vector<std::string_view> json_ld;
  StripInertContent(html, &classes, &out, &json_ld);
  for (size_t i = json_ld.size(); i-- > 0;) {
    const std::string attribute =
        " " + std::string(::newsift::kJsonLdIndexAttribute) + "=\"" + std::to_string(i) + "\">";
    const size_t at = out.find(attribute);
    if (at == std::string::npos) return "missing " + attribute;
    out.insert(at + attribute.size(), "{" + std::string(json_ld[i]) + "}");
  }
  std::string shown;
  for (size_t i = 0; i < out.size(); ++i) {
    std::string_view code = std::string_view(out).substr(i, 4);
    if (std::string_view value = classes.ClassValue(code); value != code) {
      shown += "[" + std::string(value) + "]";
      i += code.size() - 1;
    } else {
      shown.push_back(out[i]);
    }
  }
  return shown;
}

TEST(HtmlPrefilterTest, DropsScriptsStylesAndSvgWhole) {
  EXPECT_EQ(Strip("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>"), "<p>a</p><p>b</p>");
  EXPECT_EQ(Strip("<STYLE type=\"text/css\">p{color:red}</STYLE >x"), "x");
  EXPECT_EQ(Strip("<svg viewBox=\"0 0 1 1\" class=\"content\"><path d=\"M0 0\"/></svg>t"), "t");
  // Images, sources and links hold no text: gone too.
  EXPECT_EQ(Strip("<p>a<img src=\"x.jpg\" class=\"byline\">b<picture><source srcset=\"y\">"
                  "</picture></p><link rel=\"author\" href=\"/author/x\">"),
            "<p>ab<picture></picture></p>");
}

TEST(HtmlPrefilterTest, KeepsJsonLdAndSelfClosingSvg) {
  EXPECT_EQ(
      Strip("<script type=\"application/ld+json\">{\"headline\":\"H\"}</script>"),
      "<script type=\"application/ld+json\" newsift-ld=\"0\">{{\"headline\":\"H\"}}</script>");
  EXPECT_EQ(Strip("<svg/><p>x</p>"), "<p>x</p>");
}

TEST(HtmlPrefilterTest, DropsCommentsWhole) { EXPECT_EQ(Strip("a<!-- <p>hidden</p> -->b"), "ab"); }

TEST(HtmlPrefilterTest, TagNamesMustEnd) {
  // <scripted> and <svgfoo> are not inert elements.
  EXPECT_EQ(Strip("<scripted>t</scripted>"), "<scripted>t</scripted>");
  EXPECT_EQ(Strip("<svgfoo>t</svgfoo>"), "<svgfoo>t</svgfoo>");
}

TEST(HtmlPrefilterTest, QuotedGreaterThanInsideTheOpeningTag) {
  EXPECT_EQ(Strip("<script data-x=\"a>b\">code</script>z"), "z");
  // Where the two scans of a start tag disagree, it stays as it was.
  EXPECT_EQ(Strip("<script a\"b=\">\">c</script>z"), "<script a\"b=\"></script>z");
}

TEST(HtmlPrefilterTest, KeepsOnlyTheAttributesExtractorsRead) {
  EXPECT_EQ(Strip("<div srcset=\"a.jpg 1x, b.jpg 2x\" class=\"byline\" data-x='{\"a\":1}'>t"),
            "<div class=\"[byline]\">t");
  // An image whose quoting puzzles a quote-matching scan ends where the
  // parser ends it.
  EXPECT_EQ(Strip("<img class=\"logo\"\" alt=\"x\"><p>t</p>"), "<p>t</p>");
  EXPECT_EQ(Strip("<DIV ID=content Data-Track=7 HIDDEN>t</DIV>"), "<DIV ID=content HIDDEN>t</DIV>");
  EXPECT_EQ(Strip("<a href=/x/y onclick=\"go('>')\">t</a>"), "<a>t</a>");
  EXPECT_EQ(Strip("<br/><hr src=\"a\" /><meta name=\"author\" content=\"A\"/>"),
            "<br/><hr/><meta name=\"author\" content=\"A\"/>");
  EXPECT_EQ(Strip("<p class=\"date\"id=\"sidebar\">t</p>"),
            "<p class=\"[date]\" id=\"sidebar\">t</p>");
  EXPECT_EQ(Strip("a < b and c<d"), "a < b and c<d");  // no tag ends: kept
}

TEST(HtmlPrefilterTest, AttributesGoFromElementsTheyAreNotReadOn) {
  // A <meta>'s name, content and value are read; a form control's are not.
  EXPECT_EQ(Strip("<input type=\"text\" name=\"q\" value=\"Search\" itemtype=\"x\">"), "<input>");
  EXPECT_EQ(Strip("<meta property=\"og:title\" content=\"T\" lang=\"en\">"),
            "<meta property=\"og:title\" content=\"T\">");
  EXPECT_EQ(Strip("<option value=\"1\">One"), "<option>One");
  EXPECT_EQ(Strip("<HTML LANG=\"de\"><div lang=\"fr\">t</div>"), "<HTML LANG=\"de\"><div>t</div>");
  EXPECT_EQ(Strip("<time datetime=\"2024-01-02\">x</time><ins datetime=\"2024\">y</ins>"),
            "<time datetime=\"2024-01-02\">x</time><ins>y</ins>");
  EXPECT_EQ(Strip("<button type=\"button\">Share</button>"), "<button>Share</button>");
  EXPECT_EQ(Strip("<div href=\"/author/x\">t</div>"), "<div>t</div>");
  // The parser keeps the first href: a second one's markers are not the link's.
  EXPECT_EQ(Strip("<a href=\"/x\" href=\"/author/y\">A</a>"), "<a>A</a>");
  // A link to a place in the page or to a script keeps only that it is one.
  EXPECT_EQ(Strip("<a href=\" #entry-3\">A</a>"), "<a href=\"#\">A</a>");
  EXPECT_EQ(Strip("<a href=\"JavaScript:void(0)\">A</a>"), "<a href=\"#\">A</a>");
  EXPECT_EQ(Strip("<a href=\"/story#comments\">A</a>"), "<a>A</a>");
}

TEST(HtmlPrefilterTest, RelStaysOnlyWhenItSaysAuthorOrTag) {
  EXPECT_EQ(Strip("<a rel=\"author\">A</a><a rel=\"nofollow noopener\">B</a>"),
            "<a rel=\"author\">A</a><a>B</a>");
  EXPECT_EQ(Strip("<a rel=\"tag\">A</a><a rel=\"category TAG\">B</a><a rel=\"tags\">C</a>"),
            "<a rel=\"tag\">A</a><a rel=\"category TAG\">B</a><a>C</a>");
  // The parser keeps the first of two: an author after another rel is none.
  EXPECT_EQ(Strip("<a rel=\"nofollow\" rel=\"author\">A</a>"), "<a>A</a>");
  EXPECT_EQ(Strip("<span REL=author>A</span>"), "<span REL=author>A</span>");
  EXPECT_EQ(Strip("<a rel=\"&#97;uthor\">A</a>"), "<a rel=\"&#97;uthor\">A</a>");  // decoded later
}

TEST(HtmlPrefilterTest, PhrasingElementsLoseClassesWithoutSignal) {
  // Blocks keep a code for every class (siblings are compared by class);
  // a link or span keeps one only when a token has a signal.
  EXPECT_EQ(Strip("<div class=\"grid col-6\"><a class=\"grid col-6\">x</a></div>"),
            "<div class=\"[]\"><a>x</a></div>");
  EXPECT_EQ(Strip("<SPAN class=\"mt-4 byline\">x</SPAN><span class=\"mt-4\">y</span>"),
            "<SPAN class=\"[byline]\">x</SPAN><span>y</span>");
  EXPECT_EQ(Strip("<em class='a &amp; b'>x</em>"), "<em class='a &amp; b'>x</em>");
}

TEST(HtmlPrefilterTest, EmptyTextOnlyInlineElementsGoWithTheirEndTags) {
  auto in_body = [](std::string_view html) { return Strip("<body>" + std::string(html)); };
  EXPECT_EQ(in_body("<p>Share<i class=\"icon byline\"></i> it<SPAN></span>.</p>"),
            "<body><p>Share it.</p>");
  // Not when something is inside, not even white space or a dropped drawing
  // after text, and not another element's end tag.
  EXPECT_EQ(in_body("<p>a<span> </span>b</p>"), "<body><p>a<span> </span>b</p>");
  EXPECT_EQ(in_body("<b>x<svg><path/></svg></b>"), "<body><b>x</b>");
  EXPECT_EQ(in_body("<b></i>"), "<body><b></i>");
  EXPECT_EQ(in_body("<span></spanx>"), "<body><span></spanx>");
  // Links stay (a link's start tag closes an open one), and so do elements
  // whose attribute is their value, blocks, and "<span/>", whose end tag
  // libxml2 takes for another element's.
  EXPECT_EQ(in_body("<a href=\"/x\">x<a></a> y</a>"), "<body><a>x<a></a> y</a>");
  EXPECT_EQ(in_body("<time datetime=\"2024-01-02\"></time><div></div>"),
            "<body><time datetime=\"2024-01-02\"></time><div></div>");
  EXPECT_EQ(in_body("<span><span/></span>x</span>"), "<body><span><span/></span>x</span>");
  // Before <body> an empty <span> ends <head>: it stays.
  EXPECT_EQ(Strip("<head><span></span><title>t</title>"), "<head><span></span><title>t</title>");
  // An end tag that never ends keeps the rest as it is.
  EXPECT_EQ(in_body("<em></em"), "<body><em></em");
}

TEST(HtmlPrefilterTest, MenusBecomeOneLinkHoldingTheirText) {
  // Block-level tags become spaces, others nothing, as a browser shows them.
  EXPECT_EQ(Strip("<body><nav><ul><li><a href=\"/a\">Home</a></li>\n  <li><a "
                  "href=\"/b\">World <b>news</b></a></li></ul></nav><p>x</p>"),
            "<body><nav><a> Home\nWorld news </a></nav><p>x</p>");
  // Nested menus end with the outer one, elements left open inside with it;
  // scripts, drop-down lists and comments inside go, as their text is never
  // the menu's; a '<' that starts no tag stays text, whatever follows it.
  EXPECT_EQ(Strip("<body><NAV>a<nav>b</nav>c<li>d</Nav>e"), "<body><NAV><a>a b c d</a></Nav>e");
  EXPECT_EQ(Strip("<body><nav>a <script>x</nav></script><!-- </nav> --><select><option>English"
                  "</select>b</nav>"),
            "<body><nav><a>a b</a></nav>");
  EXPECT_EQ(Strip("<body><nav>1 < 2</nav>"), "<body><nav><a>1 &lt; 2</a></nav>");
  EXPECT_EQ(Strip("<body><nav><<!---->script></nav><p>x</p>"),
            "<body><nav><a>&lt;script></a></nav><p>x</p>");
  EXPECT_EQ(Strip("<body><nav> <span></span> </nav>"), "<body><nav> </nav>");
  // A stray end tag of a phrasing element is ignored, as libxml2 does.
  EXPECT_EQ(Strip("<body><nav><li>a</a></nav>"), "<body><nav><a> a</a></nav>");
  // Markup whose tree could differ from one menu holding its text, or that
  // the scan cannot be sure of, and the menu is copied like any element:
  // an end tag of an element opened before the menu (libxml2 ends the menu
  // there), a JSON-LD script (metadata reads it), "<nav/>" (libxml2 closes
  // it at once), something that never ends, a "<!" that is no comment.
  EXPECT_EQ(Strip("<body><div><nav><a href=\"/\">Home</a></div></nav><p>x</p>"),
            "<body><div><nav><a>Home</a></div></nav><p>x</p>");
  EXPECT_EQ(Strip("<body><nav/><p>x</p></nav>"), "<body><nav/><p>x</p></nav>");
  EXPECT_EQ(Strip("<body><nav>a<!-- never closed</nav>"), "<body><nav>a<!-- never closed</nav>");
  EXPECT_EQ(Strip("<body><nav><ul><li>a"), "<body><nav><ul><li>a");
  EXPECT_EQ(Strip("<body><nav>a<!DOCTYPE x></nav>"), "<body><nav>a<!DOCTYPE x></nav>");
  // Nor is a menu that starts before the place where such a scan gave up
  // (it would be scanned to there again); one after it is. Before <body>,
  // none is.
  EXPECT_EQ(Strip("<body><nav>a<nav>b</nav><!x></nav><nav>c</nav>"),
            "<body><nav>a<nav>b</nav><!x></nav><nav><a>c</a></nav>");
  EXPECT_EQ(Strip("<nav><a href=\"/x\">a</a></nav>"), "<nav><a>a</a></nav>");
}

TEST(HtmlPrefilterTest, JsonLdInsideAMenuStaysReadable) {
  EXPECT_EQ(Strip("<body><nav><script type=\"application/ld+json\">{\"a\":1}</script>a</nav>"),
            "<body><nav><script type=\"application/ld+json\" newsift-ld=\"0\">{{\"a\":1}}"
            "</script>a</nav>");
}

TEST(HtmlPrefilterTest, LinksKeepOnlyTheirPathMarkers) {
  EXPECT_EQ(Strip("<a href=\"https://x.org/Authors/jane-doe\">J</a>"), "<a href=\"/author\">J</a>");
  EXPECT_EQ(Strip("<A class=author HREF='/staff/tag/x'>J</A>"),
            "<A class=\"[author]\" href=\"/staff/ /tag/\">J</A>");
  EXPECT_EQ(Strip("<a href=https://x.org/2024/01/story.html>s</a>"), "<a>s</a>");
  // Only links: other elements' hrefs (stylesheets, icons) are read by no one.
  EXPECT_EQ(Strip("<area rel=\"author\" href=\"/author/x\"><area href=\"/tag/y\">"),
            "<area rel=\"author\"><area>");
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
  EXPECT_EQ(Strip("<span>\n    <b>a   b\t\tc</b>\n\n  </span>"), "<span>\n<b>a b c</b>\n</span>");
  EXPECT_EQ(Strip("a b\nc"), "a b\nc");  // single bytes stay as they are
  EXPECT_EQ(Strip("a \r\n b"), "a\nb");
}

TEST(HtmlPrefilterTest, DropsWhiteSpaceBetweenBlockLevelTags) {
  EXPECT_EQ(Strip("<div>\n  <p>a</p>\n  <p>b</p>\n</div>\n<UL> <LI>c</li >\t</ul>"),
            "<div><p>a</p><p>b</p></div><UL><LI>c</li ></ul>");
  // An inline tag on either side: the space may part two words.
  EXPECT_EQ(Strip("<p>a</p> <span>b</span> <p>c</p>"), "<p>a</p> <span>b</span> <p>c</p>");
  EXPECT_EQ(Strip("<div> <a>x</a> </div>"), "<div> <a>x</a> </div>");
  // Only white space goes; text, entities and comments stay between.
  EXPECT_EQ(Strip("<p>a</p>&nbsp;<p>b</p>"), "<p>a</p>&nbsp;<p>b</p>");
  EXPECT_EQ(Strip("<p>a</p> x <p>b</p>"), "<p>a</p> x <p>b</p>");
  EXPECT_EQ(Strip("<p>a</p> <!-- c --> <p>b</p>"), "<p>a</p>  <p>b</p>");
  // Inside <pre> white space is content; after it, it goes again.
  EXPECT_EQ(Strip("<pre><div>a</div>\n<div>b</div></pre>\n<p>c</p>"),
            "<pre><div>a</div>\n<div>b</div></pre><p>c</p>");
  EXPECT_EQ(Strip("<div><pre>\n</pre>\n</div>"), "<div><pre>\n</pre></div>");
  // A doctype or processing instruction between is not white space.
  EXPECT_EQ(Strip("<div> <!DOCTYPE html> <p>a</p>"), "<div> <!DOCTYPE html> <p>a</p>");
  // An end tag the parser reads past a quote is left alone.
  EXPECT_EQ(Strip("<p>a</p x=\">\"> <p>b</p>"), "<p>a</p x=\">\"> <p>b</p>");
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
  EXPECT_EQ(Strip("<PRE class=\"content\">a  b\n    c</PRE>  d"),
            "<PRE class=\"[content]\">a  b\n    c</PRE> d");
  EXPECT_EQ(Strip("<textarea>x   y</textarea><preview>p   q</preview>"),
            "<textarea>x   y</textarea><preview>p q</preview>");
}

TEST(HtmlPrefilterTest, JsonLdTextEndsWhereTheParserEndsIt) {
  // libxml2 ends a script's text at "</script" whatever follows.
  EXPECT_EQ(Strip("<script type=\"application/ld+json\">{\"a\":\"</scripts\"}</script>"),
            "<script type=\"application/ld+json\" newsift-ld=\"0\">{{\"a\":\"}</script>");
  // Without a vector to take them, the texts stay inside their elements.
  ClassVerdictCache classes;
  std::string out;
  StripInertContent("<script type=\"application/ld+json\">[1]</script>", &classes, &out, nullptr);
  EXPECT_EQ(out, "<script type=\"application/ld+json\">[1]</script>");
}

TEST(HtmlPrefilterTest, JsonLdIsCopiedAsItIs) {
  // Markup and white space inside JSON strings are data, not tags.
  EXPECT_EQ(Strip("<script type=\"application/ld+json\">{\"articleBody\": \"<p data-x=1>a  b</p>\"}"
                  "</script>  x<script type=application/ld+json>[]</script>"),
            "<script type=\"application/ld+json\" newsift-ld=\"0\">"
            "{{\"articleBody\": \"<p data-x=1>a  b</p>\"}}</script> x"
            "<script type=application/ld+json newsift-ld=\"1\">{[]}</script>");
}

// The class value the tree gives for `value`: what its code stands for, or
// the value as the page wrote it when it has none.
std::string ReducedClass(std::string_view value) {
  std::string out = Strip("<p class=\"" + std::string(value) + "\">");
  if (out.starts_with("<p class=\"[") && out.ends_with("]\">")) {
    return out.substr(11, out.size() - 14);
  }
  const std::string lead = "<p class=\"";
  EXPECT_TRUE(out.starts_with(lead)) << out;
  return out.substr(lead.size(), out.size() - lead.size() - 2);
}

TEST(HtmlPrefilterTest, ClassesKeepTheTokensThatMatterUnderACode) {
  EXPECT_EQ(ReducedClass("grid Post-Content col-6 share-bar mt-4"), "Post-Content share-bar");
  // A token that adds nothing to the ones before it goes too.
  EXPECT_EQ(ReducedClass("story-body article text__body__1FZLe byline author"),
            "story-body byline author");
  EXPECT_EQ(ReducedClass("entry-content  byline"), "entry-content  byline");
  EXPECT_EQ(ReducedClass("mt-4 col-6"), "");
  // Character references and quotes: as they are, quoting included, for the
  // parser to decode.
  EXPECT_EQ(ReducedClass("x &amp; y"), "x &amp; y");
  EXPECT_EQ(Strip("<p class='grid \"x\"'>t</p>"), "<p class='grid \"x\"'>t</p>");
  EXPECT_EQ(Strip("<p class=grid\"x>t</p>"), "<p class=grid\"x>t</p>");
}

TEST(HtmlPrefilterTest, ClassValuesPastTheLastCodeStayAsTheyAre) {
  std::string page;
  const size_t values = ClassVerdictCache::kMaxCodes + 3;
  for (size_t i = 0; i < values; ++i) page += "<p class=\"c" + std::to_string(i) + " byline\">";
  ClassVerdictCache classes;
  std::string out;
  std::vector<std::string_view> json_ld;
  StripInertContent(page, &classes, &out, &json_ld);
  const std::string last = "<p class=\"c" + std::to_string(values - 1) + " byline\">";
  EXPECT_TRUE(out.ends_with(last)) << out.substr(out.size() - 60);
  EXPECT_EQ(classes.ClassValue("c1 byline"), "c1 byline");
  EXPECT_TRUE(classes.ForAttribute("c1 byline").byline_container);
}

TEST(HtmlPrefilterTest, IdsAreNeverReadAsCodes) {
  ClassVerdictCache classes;
  const std::string code = classes.AddCode("sidebar");
  const ClassVerdict& as_class = classes.ForAttribute(code);
  ASSERT_TRUE(as_class.strong_negative || as_class.weak_negative);
  const ClassVerdict as_id = classes.Classify("", code);
  EXPECT_FALSE(as_id.strong_negative || as_id.weak_negative);
}

TEST(HtmlPrefilterTest, EqualClassValuesShareACode) {
  // Siblings are compared by class: equal values as written share a code,
  // different ones do not, even where they reduce alike.
  ClassVerdictCache classes;
  std::string out;
  StripInertContent(
      "<p class=\"x-1 byline\">a</p><p class=\"x-2 byline\">b</p><p class='x-1 byline'>c</p>",
      &classes, &out, nullptr);
  std::vector<std::string> codes;
  for (size_t at = 0; (at = out.find("class=\"", at)) != std::string::npos; at += 7) {
    codes.push_back(out.substr(at + 7, 4));
    EXPECT_EQ(classes.ClassValue(codes.back()), "byline");
  }
  ASSERT_EQ(codes.size(), 3u);
  EXPECT_NE(codes[0], codes[1]);
  EXPECT_EQ(codes[0], codes[2]);
  // Verdicts read through the code.
  EXPECT_TRUE(classes.ForAttribute(codes[0]).byline_container);
  // Text that is no code reads as itself.
  EXPECT_EQ(classes.ClassValue("byline"), "byline");
  EXPECT_EQ(classes.ClassValue("\xF3\xB0\x80\x85"), "\xF3\xB0\x80\x85");  // no such code
}

TEST(HtmlPrefilterTest, IdsKeepTheTokensThatMatterOnly) {
  EXPECT_EQ(Strip("<div id=\"comments-42\">t</div>"), "<div id=\"comments-42\">t</div>");
  EXPECT_EQ(Strip("<div id=\"x1 block-7\">t</div>"), "<div>t</div>");
}

// Streamed segments and their placeholders are found by id, boundaries by
// their marker comments, and the moves in the scripts after the first such
// id (html_streamed.h).
TEST(HtmlPrefilterTest, StreamedSegmentIdsMarkersAndMovesStay) {
  ClassVerdictCache classes;
  std::string out;
  StreamedSegments streamed;
  StripInertContent(
      "<script>$RC(\"B:9\",\"S:9\")</script><!--$?--><template id='B:0'></template><!--/$-->"
      "<!-- other --><div hidden id=S:1f><p>t</p></div><script>$RC(\"B:0\",\"S:1f\")</script>",
      &classes, &out, nullptr, &streamed);
  EXPECT_EQ(out,
            "<!--$?--><template id='B:0'></template><!--/$--><div hidden id=S:1f><p>t</p></div>");
  EXPECT_TRUE(streamed.seen);
  using Move = std::pair<std::string, std::string>;
  EXPECT_EQ(streamed.moves, (std::vector<Move>{{"B:0", "S:1f"}}));
  out.clear();
  StreamedSegments none;
  StripInertContent("<div id=\"S:zz\"><p>t</p></div>", &classes, &out, nullptr, &none);
  EXPECT_EQ(out, "<div><p>t</p></div>");
  EXPECT_FALSE(none.seen);
}

// What libxml2 reads of the page must not change: a '/' ending an unquoted
// value is the value's, the first of two attributes of one name wins, and a
// style is read once its character references are decoded.
TEST(HtmlPrefilterTest, KeepsWhatTheParserReads) {
  EXPECT_EQ(Strip("<div hidden id=x/><p>a</p></div>"), "<div hidden><p>a</p></div>");
  EXPECT_EQ(Strip("<div id=content/>t</div>"), "<div id=content/>t</div>");
  EXPECT_EQ(Strip("<div id=content />t"), "<div id=content />t");
  // Not self-closing: the parser would read "<p>t</p><script>" as code.
  EXPECT_EQ(Strip("<script src=a.js/><p>t</p><script></script>u"), "u");
  // Nor where a kept attribute's unquoted value ends in '/'.
  EXPECT_EQ(Strip("<script type=text/javascript/>var a = 1;</script>u"), "u");
  EXPECT_EQ(Strip("<svg id=comments/><text>x</text></svg>t"), "t");
  EXPECT_EQ(Strip("<svg id=\"comments\"/><p>x</p>"), "<p>x</p>");
  EXPECT_EQ(Strip("<div style=\"color:red\" style=\"display:none\">t</div>"), "<div>t</div>");
  EXPECT_EQ(Strip("<div id=\"x\" ID=\"comments\">t</div>"), "<div>t</div>");
  EXPECT_EQ(Strip("<div style=\"display&#58;none\">t</div>"),
            "<div style=\"display&#58;none\">t</div>");
}

TEST(HtmlPrefilterTest, StylesSayOnlyWhetherTheyHide) {
  EXPECT_EQ(Strip("<div style=\"DISPLAY : none; color:red\">t</div>"),
            "<div style=\"display:none\">t</div>");
  EXPECT_EQ(Strip("<span style=\"clip: rect(0 0 0 0)\">t</span>"),
            "<span style=\"display:none\">t</span>");
  EXPECT_EQ(Strip("<div style=\"color:red\">t</div>"), "<div>t</div>");
}

// Whatever tokens a class holds, its reduced value reads the same to every
// reader: the same verdict (byline and date containers included) and the
// same name and modified words.
TEST(HtmlPrefilterTest, ReducedClassesReadTheSame) {
  const std::vector<std::string_view> tokens = {
      "content",      "Post-Content", "share",         "sidebar",     "hidden",      "is-open",
      "byline",       "author-bio",   "date",          "updated",     "author-name", "username",
      "job-title",    "grid",         "col-6",         "text-lg",     "md:flex",     "Wrapper",
      "mt-4",         "entry",        "related-posts", "x",           "menu",        "footer",
      "comment-list", "ad",           "timestamp",     "modified-at", "promo"};
  std::mt19937 random(7);
  ClassVerdictCache originals;
  ClassVerdictCache reduceds;
  auto same_verdict = [](const ClassVerdict& a, const ClassVerdict& b) {
    return a.strong_negative == b.strong_negative && a.weak_negative == b.weak_negative &&
           a.positive == b.positive && a.content_container == b.content_container &&
           a.hides == b.hides && a.byline_container == b.byline_container &&
           a.date_container == b.date_container && a.label == b.label && a.word == b.word;
  };
  auto same_words = [](std::string_view a, std::string_view b, const auto& words) {
    return std::all_of(words.begin(), words.end(), [&](std::string_view w) {
      return ContainsIgnoreAsciiCase(a, w) == ContainsIgnoreAsciiCase(b, w);
    });
  };
  for (int round = 0; round < 3000; ++round) {
    std::string value;
    const size_t count = 1 + random() % 6;
    for (size_t i = 0; i < count; ++i) {
      if (i > 0) value.push_back(' ');
      value.append(tokens[random() % tokens.size()]);
    }
    std::string reduced = ReducedClass(value);
    ASSERT_TRUE(same_verdict(originals.ForAttribute(value), reduceds.ForAttribute(reduced)))
        << value << " -> " << reduced;
    ASSERT_TRUE(same_words(value, reduced, kNameClassWords) &&
                same_words(value, reduced, kNameClassExclusions) &&
                same_words(value, reduced, kModifiedClassWords))
        << value << " -> " << reduced;
  }
}

}  // namespace
}  // namespace newsift::html
