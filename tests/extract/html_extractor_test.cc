// ExtractHtml on invented fixtures (metadata, main content amid boilerplate,
// block kinds, captions) and a quality floor on the shared scrapinghub pages.
#include "extract/html_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>

#include "extract/html_metadata.h"
#include "util/text.h"

namespace newsift {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

Article ExtractFixture(const std::string& html, std::string url = "https://news.example.org/a/1") {
  Article article;
  article.url = std::move(url);
  article.fetched_at = "2025-01-01T00:00:00Z";
  ExtractHtml(html, ExtractOptions{}, &article);
  return article;
}

std::string Para(int i) {
  return "<p>Paragraph number " + std::to_string(i) +
         " tells the invented story of a river town, where the council met on Tuesday, "
         "argued for hours, and finally agreed to rebuild the old bridge before winter.</p>";
}

std::string Body(const Article& a) { return a.Body(); }

TEST(HtmlExtractorTest, JsonLdGraphWithAuthorArray) {
  std::string html = R"(<html><head><title>Bridge vote passes | Riverside Post</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Riverside Post"},
 {"@type":"NewsArticle","headline":"Bridge vote passes","datePublished":"2024-03-05T10:30:00+01:00",
  "dateModified":"2024-03-06T08:00:00+01:00","articleSection":"Local",
  "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
  "publisher":{"@type":"Organization","name":"Riverside Post"}}]}</script></head>
<body><article>)" + Para(1) +
                     Para(2) + Para(3) + "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_EQ(a.title, "Bridge vote passes");
  EXPECT_THAT(a.authors, ElementsAre("Jane Roe", "John Doe"));
  EXPECT_EQ(a.site, "Riverside Post");
  EXPECT_EQ(a.section, "Local");
  EXPECT_THAT(a.published, HasSubstr("2024-03-05"));
  EXPECT_THAT(a.modified, HasSubstr("2024-03-06"));
  EXPECT_EQ(a.published_source, "json-ld");
}

// The writer's biography and contact line at the end of the article are
// about the writer; a paragraph that opens with another person's name stays.
TEST(HtmlExtractorTest, DropsTheWritersBiographyUnderTheArticle) {
  std::string html = R"(<html><head><title>Bridge vote passes</title>
<meta name="author" content="Jane Roe"></head><body><article><h1>Bridge vote passes</h1>)" +
                     Para(1) + Para(2) + Para(3) +
                     "<p>John Doe is a reporter who covered the first bridge in 1990, the mayor "
                     "recalled.</p><p>Jane Roe is a staff writer for the Riverside Post. Send "
                     "tips to her by e-mail.</p><p>Follow Jane Roe on X @janeroe.</p>"
                     "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(a.authors, ElementsAre("Jane Roe"));
  EXPECT_THAT(Body(a), HasSubstr("John Doe is a reporter"));
  EXPECT_THAT(Body(a), Not(HasSubstr("staff writer")));
  EXPECT_THAT(Body(a), Not(HasSubstr("@janeroe")));
  EXPECT_THAT(Body(a), HasSubstr("Paragraph number 3"));
}

// An all-digit date is read in the order the rest of the page writes dates.
TEST(HtmlExtractorTest, AllDigitDateInThePagesOrder) {
  const std::string long_paragraph =
      "<p>The council voted on Tuesday night to rebuild the old bridge over the river, which has "
      "been closed to lorries since engineers found cracks in two of its arches, and the work "
      "will start in the spring once the money from the roads fund arrives.</p>";
  Article a = ExtractFixture(
      "<html><body><h1>Council votes to rebuild the old bridge</h1><p>By Ann Lee</p>"
      "<p>3/4/2024</p>" +
      long_paragraph + Para(1) + Para(2) + "<footer>Archive: 11/27/2023</footer></body></html>");
  EXPECT_THAT(a.published, HasSubstr("2024-03-04"));
}

// Some frameworks render the JSON-LD into a meta tag's content.
TEST(HtmlExtractorTest, JsonLdInAMetaTag) {
  std::string html =
      "<html><head><title>Bridge vote passes</title><meta name=\"script:ld+json\" content=\""
      "{&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;@type&quot;:&quot;"
      "NewsArticle&quot;,&quot;headline&quot;:&quot;Bridge vote passes&quot;,&quot;"
      "datePublished&quot;:&quot;2024-03-05T10:30:00+01:00&quot;,&quot;author&quot;:{&quot;"
      "@type&quot;:&quot;Person&quot;,&quot;name&quot;:&quot;Jane Roe&quot;}}\"></head>"
      "<body><article>" +
      Para(1) + Para(2) + Para(3) + "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(a.published, HasSubstr("2024-03-05"));
  EXPECT_EQ(a.published_source, "json-ld");
  EXPECT_THAT(a.authors, ElementsAre("Jane Roe"));
}

// A JSON-LD document nested deeper than the JSON reader's limit is skipped,
// not read another way (whose re-serialisation recurses once per level).
TEST(HtmlExtractorTest, DeeplyNestedJsonLdIsSkipped) {
  constexpr size_t kLevels = 300000;
  const std::string nested = std::string(kLevels, '[') + std::string(kLevels, ']');
  Article a = ExtractFixture(
      "<html><head><title>Bridge vote passes</title><meta property=\"article:published_time\" "
      "content=\"2024-03-05\"><script type=\"application/ld+json\">" +
      nested + "</script></head><body><article>" + Para(1) + Para(2) + Para(3) +
      "</article></body></html>");
  EXPECT_EQ(a.published, "2024-03-05");
  EXPECT_THAT(Body(a), HasSubstr("Paragraph number 3"));
}

TEST(HtmlExtractorTest, OpenGraphMetaTimeAndTitleSuffix) {
  std::string html = R"(<html><head><title>Storm closes schools - Valley Herald</title>
<meta property="og:site_name" content="Valley Herald">
<meta name="description" content="Schools shut as the storm arrives.">
<meta name="author" content="By Ann Smith, Staff Writer">
</head><body><h1>Storm closes schools</h1><time datetime="2023-11-02T07:15:00Z">Nov 2</time>
<div class="story-body">)" +
                     Para(1) + Para(2) + "</div></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_EQ(a.title, "Storm closes schools");
  EXPECT_EQ(a.site, "Valley Herald");
  EXPECT_EQ(a.description, "Schools shut as the storm arrives.");
  EXPECT_THAT(a.authors, ElementsAre("Ann Smith"));
  EXPECT_THAT(a.published, HasSubstr("2023-11-02"));
}

TEST(HtmlExtractorTest, TitleSuffixOnlyWhenItMatches) {
  EXPECT_EQ(html::CleanTitle("Bridge opens | Riverside Post", "Riverside Post", {}),
            "Bridge opens");
  EXPECT_EQ(html::CleanTitle("Riverside Post - Bridge opens", "Riverside Post", {}),
            "Bridge opens");
  EXPECT_EQ(html::CleanTitle("Left - right politics explained", "Riverside Post", {}),
            "Left - right politics explained");
  // A blog's domain before the headline, with no separator; a site name
  // without a dot may start a headline ("Riverside Post wins award").
  EXPECT_EQ(html::CleanTitle("annlee.example Bridge notes", "annlee.example", {}), "Bridge notes");
  EXPECT_EQ(html::CleanTitle("Riverside Post wins award", "Riverside Post", {}),
            "Riverside Post wins award");
  EXPECT_EQ(html::CleanTitle("annlee.example", "annlee.example", {}), "annlee.example");
  EXPECT_EQ(
      html::CleanTitle("annlee.example Notes from the old bridge | Ann Lee", "annlee.example", {}),
      "Notes from the old bridge");
  // The title itself among the other wordings (og:title cleaned as the
  // title) confirms nothing; another wording that starts with the domain
  // too does: a company named for it.
  EXPECT_EQ(html::CleanTitle("annlee.example Bridge notes", "annlee.example",
                             {"annlee.example Bridge notes"}),
            "Bridge notes");
  EXPECT_EQ(html::CleanTitle("Example.com opens an office", "example.com",
                             {"Example.com opens an office in Leeds"}),
            "Example.com opens an office");
  // The domain printed over and over is cut once.
  EXPECT_EQ(html::CleanTitle("x.y x.y x.y notes", "x.y", {}), "x.y x.y notes");
}

// A mega menu titles its columns with <h1>s: only the page's own are
// weighed against the declared title.
TEST(HtmlExtractorTest, HeadingsInsideMenusAreNoHeadlines) {
  std::string menu = "<nav><ul>";
  for (int i = 0; i < 10; ++i) {
    menu += "<li><h1>Section " + std::to_string(i) + "</h1><a href=\"/s\">Council news</a></li>";
  }
  menu += "</ul></nav>";
  Article a = ExtractFixture(
      "<html><head><title>Council agrees to rebuild the old bridge - Riverside Post</title></head>"
      "<body>" +
      menu + "<article><h1>Council agrees to rebuild the old bridge before winter</h1>" + Para(1) +
      Para(2) + "</article></body></html>");
  EXPECT_EQ(a.title, "Council agrees to rebuild the old bridge before winter");
}

// A site that names its content block like a sidebar widget: with nothing
// left to read, the page is read again with class words as hints only.
TEST(HtmlExtractorTest, ContentUnderANegativeClassWordWhenNothingElseIsLeft) {
  // Menus and a footer hold more than half of the page's text, so that the
  // content block holds no protecting share of it.
  std::string links;
  for (int i = 0; i < 6; ++i) {
    links += "<a href=\"/d" + std::to_string(i) +
             "\">Department of parks, roads, bridges and libraries, office " + std::to_string(i) +
             "</a> ";
  }
  Article a = ExtractFixture(
      "<html><body><nav>" + links +
      "<a href=\"/d\">Departments</a></nav>"
      "<h1>Bridge Department</h1><div class=\"widget editor\">" +
      Para(1) + "<ul><li>Permits for every bridge</li><li>Inspections twice a year</li></ul>" +
      Para(2) + "<div class=\"d-none\">" + Para(9) + "</div><div class=\"comments\">" + Para(8) +
      "</div></div><footer>" + links + "<p>Copyright 2024 Riverside.</p></footer></body></html>");
  EXPECT_THAT(Body(a), HasSubstr("Paragraph number 1"));
  EXPECT_THAT(Body(a), HasSubstr("Inspections twice a year"));
  EXPECT_THAT(Body(a), HasSubstr("Paragraph number 2"));
  EXPECT_THAT(Body(a), Not(HasSubstr("Copyright")));
  EXPECT_THAT(Body(a), Not(HasSubstr("Departments")));
  // Class words that hide an element or say it holds comments still drop.
  EXPECT_THAT(Body(a), Not(HasSubstr("Paragraph number 9")));
  EXPECT_THAT(Body(a), Not(HasSubstr("Paragraph number 8")));
  // Where some block survives the class words, they still drop.
  Article b = ExtractFixture("<html><body><article>" + Para(1) + Para(2) +
                             "</article><div class=\"widget\">" + Para(3) + "</div></body></html>");
  EXPECT_THAT(Body(b), Not(HasSubstr("Paragraph number 3")));
}

// A blog template prints "Also on the blog" as a heading classed as related
// posts, then the posts as boxes beside it, each with share links and an
// excerpt that reads as prose: the boxes are the stories it announces.
TEST(HtmlExtractorTest, BoxesAfterARelatedPostsHeadingAreNotTheArticle) {
  auto teaser = [](int i) {
    return "<article class=\"post\"><a href=\"/p" + std::to_string(i) +
           "\">Share</a> <a href=\"/s" + std::to_string(i) + "\">Save</a><p>Teaser number " +
           std::to_string(i) +
           " retells an older invented story of the same river town, where the ferry ran "
           "every hour until the storm of that long winter closed the crossing for a "
           "month and the \xE2\x80\xA6</p></article>";
  };
  Article a = ExtractFixture(
      "<html><body><main><article class=\"post\"><h1>The bridge will be rebuilt</h1>" + Para(1) +
      Para(2) + Para(3) + "<p><a href=\"/c\">Town news</a></p></article>" +
      "<article class=\"post\"><h3 class=\"relatedposts-title\">Also on the blog</h3>" + teaser(1) +
      teaser(2) + teaser(3) + "</article></main></body></html>");
  EXPECT_THAT(Body(a), HasSubstr("Paragraph number 3"));
  EXPECT_THAT(Body(a), Not(HasSubstr("Teaser number")));
  // Boxes holding more text than a teaser are the article's: a review's
  // picks under a heading classed "recommended", each with a shop link.
  std::string picks;
  for (int i = 0; i < 3; ++i) {
    picks += "<div>" + Para(10 + i) + Para(20 + i) + Para(30 + i) + Para(40 + i) + Para(50 + i) +
             Para(60 + i) + "<a href=\"/shop\">Buy</a></div>";
  }
  Article c = ExtractFixture("<html><body><article><h1>The best lamps for the river cottage</h1>" +
                             Para(1) + "<h2 class=\"recommended-title\">Our picks</h2>" + picks +
                             "</article></body></html>");
  EXPECT_THAT(Body(c), HasSubstr("Paragraph number 42"));
  // Paragraphs after such a heading are not boxes: they stay.
  Article b = ExtractFixture("<html><body><article><h1>The bridge will be rebuilt</h1>" + Para(1) +
                             "<h3 class=\"related-title\">Related</h3>" + Para(2) + Para(3) +
                             "</article></body></html>");
  EXPECT_THAT(Body(b), HasSubstr("Paragraph number 3"));
}

// A reader's long comment holds its text in a block classed "content": the
// clean content word does not make the comment the article.
TEST(HtmlExtractorTest, LongCommentWithAContentBlockIsAComment) {
  std::string comment_text;
  for (int i = 0; i < 4; ++i) {
    comment_text += "<p>Reader remark number " + std::to_string(i) +
                    " says the council should have rebuilt the bridge years ago, before the "
                    "floods, and that the ferry was never a real answer for the town.</p>";
  }
  Article a =
      ExtractFixture("<html><body><div id=\"content\"><h1>The bridge will be rebuilt</h1>" +
                     Para(1) + Para(2) + Para(3) + Para(4) + Para(5) + Para(6) + Para(7) +
                     "<div id=\"comments\"><div class=\"comment first\"><div class=\"username\">"
                     "<a href=\"/u/1\">Reader</a></div><div class=\"content\">" +
                     comment_text + "</div></div></div></div></body></html>");
  EXPECT_THAT(Body(a), HasSubstr("Paragraph number 3"));
  EXPECT_THAT(Body(a), Not(HasSubstr("Reader remark")));
  // A wrapper whose class word says there are no comments, around the
  // article's own container, is a wrapper, even where menus and a footer hold
  // more of the page's text than it does.
  std::string links;
  for (int i = 0; i < 12; ++i) {
    links += "<a href=\"/d" + std::to_string(i) +
             "\">Department of parks, roads, bridges and libraries, office " + std::to_string(i) +
             "</a> ";
  }
  Article b =
      ExtractFixture("<html><body><nav>" + links +
                     "</nav><div class=\"single-post no-comments\"><div class=\"entry-content\">"
                     "<h1>The bridge will be rebuilt</h1>" +
                     Para(1) + Para(2) + Para(3) + Para(4) + "</div></div><footer>" + links +
                     "</footer></body></html>");
  EXPECT_THAT(Body(b), HasSubstr("Paragraph number 4"));
}

// A newsletter's archive page: its class words say "newsletter" around and
// inside the <article>, which still holds the page's text.
TEST(HtmlExtractorTest, ThePagesArticleOverridesClassWordsAroundAndInsideIt) {
  // Menus and a footer hold half of the page's text, so that no weak class
  // word around the article is lifted for the share of the page it holds.
  std::string links;
  for (int i = 0; i < 8; ++i) {
    links += "<a href=\"/n" + std::to_string(i) + "\">Notes on parks, roads, bridges, number " +
             std::to_string(i) + "</a> ";
  }
  const std::string html =
      "<html><body><nav>" + links +
      "</nav><main><section class=\"hero newsletter-section\"><h1>Bridge notes</h1>"
      "<div class=\"newsletter-wrapper\"><article class=\"newsletter-content\">"
      "<div class=\"rich-text-newsletter\">" +
      Para(1) + Para(2) + Para(3) + Para(4) + Para(5) +
      "</div></article></div></section></main>"
      "<section class=\"cta\"><p>Join 800,000 subscribers to get regular emails on bridges, "
      "rivers and towns, every month, for free.</p></section><footer>" +
      links + "</footer></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("Paragraph number 1"));
  EXPECT_THAT(Body(a), HasSubstr("Paragraph number 5"));
  // Not for an <article> other than the largest, however long: a box of
  // cards beside the article stays dropped.
  Article b = ExtractFixture("<html><body><div><article>" + Para(1) + Para(2) + Para(3) + Para(4) +
                             Para(5) + Para(6) +
                             "</article><div class=\"newsletter-box\"><article>" + Para(7) +
                             Para(8) + Para(9) + Para(10) + "</article></div></div></body></html>");
  EXPECT_THAT(Body(b), Not(HasSubstr("Paragraph number 7")));
}

TEST(HtmlExtractorTest, MainContentAmidBoilerplate) {
  std::string html =
      R"(<html><body>
<nav><a href="/">Home</a> <a href="/world">World news and more</a></nav>
<div class="cookie-banner">We use cookies to improve your experience on this website, accept them.</div>
<div class="content"><article><h1>Headline</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this story now</a></div>)" +
      Para(1) + Para(2) +
      R"(<p>Read more: <a href="/other">Another invented story about a different town</a></p>)" +
      Para(3) +
      R"(<div class="related-links"><h3>Related</h3><ul><li><a href="/x">A teaser headline about something else</a></li></ul></div>
</article></div>
<aside><p>Most popular stories of the week, with a long teaser sentence that is not article text.</p></aside>
<section id="comments"><p>I totally disagree with the council, this is a reader comment, long enough, with commas, many.</p></section>
<footer><p>Copyright 2024 Riverside Post. All rights reserved.</p></footer></body></html>)";
  Article a = ExtractFixture(html);
  std::string body = Body(a);
  EXPECT_THAT(body, HasSubstr("Paragraph number 1"));
  EXPECT_THAT(body, HasSubstr("Paragraph number 3"));
  for (const char* leak : {"cookies", "Share on", "Read more", "teaser headline", "Most popular",
                           "reader comment", "All rights", "World news", "Headline"}) {
    EXPECT_THAT(body, Not(HasSubstr(leak))) << leak;
  }
  EXPECT_EQ(a.paragraphs.size(), 3u);
  bool teaser_explained = false;
  for (const ExplainEntry& e : a.explain) {
    if (e.label == Label::kTeaser) teaser_explained = true;
  }
  EXPECT_TRUE(teaser_explained);
}

TEST(HtmlExtractorTest, FigureCaptionAndCredit) {
  std::string html = "<html><body><article>" + Para(1) +
                     R"(<figure><img src="a.jpg"><figcaption>The old bridge at dawn.
<span class="credit">Jane Roe/Example Agency</span></figcaption></figure>)" +
                     Para(2) + "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(a.image_captions, ElementsAre("The old bridge at dawn."));
  EXPECT_THAT(a.image_credits, ElementsAre("Jane Roe/Example Agency"));
  EXPECT_THAT(Body(a), Not(HasSubstr("old bridge at dawn")));
}

TEST(HtmlExtractorTest, CaptionParagraphsStayApart) {
  std::string html = "<html><body><article>" + Para(1) +
                     "<figure><img src=\"a.jpg\"><figcaption><p>The old bridge.</p>\n"
                     "<p>Built in 1820</p></figcaption></figure>" +
                     Para(2) + "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(a.image_captions, ElementsAre("The old bridge. Built in 1820"));
}

TEST(HtmlExtractorTest, BlockKinds) {
  std::string html = "<html><body><article>" + Para(1) +
                     R"(<h2>What happens next</h2><ul><li>First the money, then the plan.</li>
<li>Then the builders arrive in town.</li></ul><blockquote><p>We will finish it, the mayor said.</p></blockquote>
<pre>code line</pre><table><tr><td>Cost</td><td>12 million</td></tr></table>)" +
                     Para(2) + "</article></body></html>";
  Article a = ExtractFixture(html);
  auto kind_of = [&](const std::string& needle) {
    for (const Paragraph& p : a.paragraphs) {
      if (p.text.find(needle) != std::string::npos) return ToString(p.kind);
    }
    return "missing";
  };
  EXPECT_STREQ(kind_of("What happens next"), ToString(BlockKind::kHeading));
  EXPECT_STREQ(kind_of("First the money"), ToString(BlockKind::kListItem));
  EXPECT_STREQ(kind_of("We will finish"), ToString(BlockKind::kQuote));
  EXPECT_STREQ(kind_of("code line"), ToString(BlockKind::kCode));
  EXPECT_STREQ(kind_of("12 million"), ToString(BlockKind::kTableRow));
  EXPECT_STREQ(kind_of("Paragraph number 2"), ToString(BlockKind::kParagraph));
}

TEST(HtmlExtractorTest, ListingPageYieldsNoArticle) {
  std::string html = "<html><body><main><ul>";
  for (int i = 0; i < 20; ++i) {
    html += "<li><a href=\"/story/" + std::to_string(i) + "\">Invented headline number " +
            std::to_string(i) + " about the town council</a></li>";
  }
  html += "</ul></main></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_LE(a.paragraphs.size(), 1u);
}

TEST(HtmlExtractorTest, NestedMainArticleGivesEachParagraphOnce) {
  std::string html = "<html><body><main class=\"main-content\"><article class=\"article-body\">" +
                     Para(1) + Para(2) + Para(3) + "</article></main></body></html>";
  Article a = ExtractFixture(html);
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_THAT(a.paragraphs[0].text, HasSubstr("number 1"));
  EXPECT_THAT(a.paragraphs[2].text, HasSubstr("number 3"));
}

TEST(HtmlExtractorTest, ParagraphsThatShowNothingAreNotParagraphs) {
  // Page builders keep "empty" paragraphs alive with a zero-width joiner.
  std::string html = "<html><body><article>" + Para(1) + "<p>&zwj;</p><p>\u200D \u200B</p>" +
                     Para(2) + "<p>&nbsp;&#8205;</p>" + Para(3) + "</article></body></html>";
  Article a = ExtractFixture(html);
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_THAT(a.paragraphs[1].text, HasSubstr("number 2"));
}

TEST(HtmlExtractorTest, MalformedHtmlDoesNotCrash) {
  for (const char* html : {"", "<", "<html><body><p>unclosed <b>bold <i>text", "<<<>>>&&&;",
                           "<div><p>a</div></p><table><td>x</table>", "\xff\xfe<p>\x80</p>"}) {
    Article a = ExtractFixture(html);
    SUCCEED();
  }
  Article a = ExtractFixture(
      "<html><body><div><p>Some unclosed paragraph with enough words, commas, and "
      "text to be chosen as the body of this small invented page<div><p>Second one "
      "also long enough to count as a paragraph, with commas, too</body>");
  EXPECT_THAT(Body(a), HasSubstr("Second one"));
}

TEST(HtmlExtractorTest, SectionsInSeparateWrappersAreAllKept) {
  // A page builder puts each section of the article in its own deep wrapper.
  std::string html = "<html><body><div class=\"page\">";
  for (int section = 0; section < 4; ++section) {
    html +=
        "<section class=\"builder-section\"><div class=\"builder-column\"><div "
        "class=\"builder-wrap\"><div class=\"builder-text\"><h2>Part " +
        std::to_string(section) + "</h2>" + Para(section * 2) + Para(section * 2 + 1) +
        "</div></div></div></section>";
  }
  html += "</div></body></html>";
  Article a = ExtractFixture(html);
  for (int i = 0; i < 8; ++i) {
    EXPECT_THAT(Body(a), HasSubstr("number " + std::to_string(i) + " ")) << i;
  }
}

TEST(HtmlExtractorTest, TeaserListBesideTheArticleStaysOut) {
  std::string html = "<html><body><div class=\"page\"><div class=\"story\">" + Para(1) + Para(2) +
                     Para(3) + Para(4) + "</div><div class=\"more-box\">";
  for (int i = 0; i < 6; ++i) {
    html += "<div><h3><a href=\"/t/" + std::to_string(i) + "\">Other invented headline " +
            std::to_string(i) + "</a></h3><p>Teaser summary " + std::to_string(i) +
            " of another story, with commas, and enough words to look like prose.</p></div>";
  }
  html += "</div></div></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("number 4"));
  EXPECT_THAT(Body(a), Not(HasSubstr("Teaser summary")));
}

TEST(HtmlExtractorTest, ContentTheParserLeftInHeadIsFound) {
  // A stray element in <head> makes the parser keep the page inside <noscript>.
  std::string html = "<html><head><title>T</title><noscript><div class=\"story\">" + Para(1) +
                     Para(2) + Para(3) + "</div></noscript></head><body></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("number 2"));
}

TEST(HtmlExtractorTest, ScreenReaderTextAndDateLinesAreNotBody) {
  std::string clipped =
      "<span style=\"clip: rect(0 0 0 0); position: absolute; width: 1px\">, opens new "
      "tab</span>";
  std::string html =
      "<html><body><article><p>Published March 3, 2024 8:05am | Updated 9:10am</p>"
      "<p>The index (<a href=\"/q\">IDX" +
      clipped +
      "</a>) rose on Friday, with commas, and enough words to be a paragraph of "
      "the invented story.</p>" +
      Para(1) + Para(2) + "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("The index (IDX) rose"));
  EXPECT_THAT(Body(a), Not(HasSubstr("opens new tab")));
  EXPECT_THAT(Body(a), Not(HasSubstr("Published March")));
}

TEST(HtmlExtractorTest, CaptionWithoutFigcaptionIsACaption) {
  std::string html =
      "<html><body><article><figure><img src=\"a.jpg\"><div class=\"cap\">The "
      "invented bridge at dawn, seen from the river bank</div></figure>" +
      Para(1) + Para(2) + Para(3) + "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), Not(HasSubstr("bridge at dawn")));
  EXPECT_THAT(a.image_captions, ::testing::Contains(HasSubstr("bridge at dawn")));
}

TEST(HtmlExtractorTest, FeatureFlagClassesDoNotDropTheArticle) {
  std::string html = "<html><body><div class=\"box story modal-ready comments-open\">" + Para(1) +
                     Para(2) + Para(3) + "</div></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("number 3"));
}

// A paragraph long enough to read as prose on its own.
std::string LongPara(int i) {
  return "<p>Long paragraph " + std::to_string(i) +
         " follows the council of a river town through a winter of meetings, where members "
         "argued about money, listened to engineers, and heard from the families who cross the "
         "old bridge every morning on their way to school and work.</p>";
}

TEST(HtmlExtractorTest, ContentAfterAStrayClosingHtmlTagIsFound) {
  // After "</html>" and a line break, libxml2 starts a second root element
  // for the rest of the page.
  std::string html =
      "<!DOCTYPE html>\n<html><head><title>Bridge</title></head><body><header class=\"top\">"
      "<a href=\"/\">Home</a></header>\n</body>\n</html>\n<div class=\"page\">" +
      Para(1) + Para(2) + Para(3) + "</div>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("number 3"));
}

TEST(HtmlExtractorTest, PageStreamedIntoAHiddenElementIsRead) {
  // Streamed server rendering: the text waits in <div hidden> for a script.
  std::string html =
      "<html><body><nav><a href=\"/\">Home</a></nav><div id=\"B:0\"></div>"
      "<div hidden id=\"S:0\"><article>" +
      Para(1) + Para(2) + Para(3) + Para(4) + Para(5) +
      "<div hidden class=\"box\"><p>Hidden note that nobody sees on the page at all.</p></div>"
      "</article></div></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("number 5"));
  EXPECT_THAT(Body(a), Not(HasSubstr("Hidden note")));
  // A hidden block smaller than the visible page stays hidden.
  std::string modal = "<html><body><article>" + Para(1) + Para(2) + Para(3) +
                      "</article><div hidden><p>Sign in to continue reading this story, it is "
                      "free and takes a minute.</p></div></body></html>";
  EXPECT_THAT(Body(ExtractFixture(modal)), Not(HasSubstr("Sign in")));
}

TEST(HtmlExtractorTest, TemplateFillerIsNeverTheArticle) {
  std::string lorem =
      "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
      "incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam, quis nostrud.</p>";
  std::string html = "<html><body><div class=\"tabs\">" + lorem + lorem + lorem + lorem +
                     "</div><div>" + Para(1) + Para(2) + "</div></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("number 2"));
  EXPECT_THAT(Body(a), Not(HasSubstr("Lorem")));
}

TEST(HtmlExtractorTest, WeakClassOnProseInsideTheArticleIsKept) {
  // Text after the fold in a "paywall" block is still the article.
  std::string html = "<html><body><article>" + Para(1) + Para(2) + Para(3) + Para(4) +
                     "<div class=\"paywall\">" + LongPara(5) + LongPara(6) + LongPara(7) +
                     "</div><div class=\"paywall\"><a href=\"/s\">Subscribe now</a></div>"
                     "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("Long paragraph 7"));
  EXPECT_THAT(Body(a), Not(HasSubstr("Subscribe")));
}

TEST(HtmlExtractorTest, JsonLdArticleBodyVouchesForClassDroppedParagraphs) {
  std::string p3 =
      "The third paragraph sits in a premium block that pages mark for readers who pay.";
  std::string html = R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"Bridge","articleBody":"Paragraph one and paragraph two tell of a river town whose council met on Tuesday and argued for hours about the old bridge before it agreed to rebuild it. )" +
                     p3 + R"("}</script></head><body><article>)" + Para(1) + Para(2) + Para(3) +
                     "<div class=\"premium-sidebar\"><p>" + p3 +
                     "</p><p>Sign up to keep reading every story on the site today.</p></div>" +
                     "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("premium block"));
  EXPECT_THAT(Body(a), Not(HasSubstr("Sign up")));
}

TEST(HtmlExtractorTest, JsonLdArticleBodyThatHoldsThePageTextAndMoreWins) {
  std::string body;
  for (int i = 1; i <= 6; ++i) {
    body += "Paragraph number " + std::to_string(i) +
            " tells the invented story of a river town, where the council met on Tuesday, "
            "argued for hours, and finally agreed to rebuild the old bridge before winter.\\n";
  }
  // The page shows four of the six paragraphs; the others sit in a section
  // apart, behind markup no scorer would pick.
  std::string html = R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"Bridge","articleBody":")" +
                     body + R"("}</script></head><body><article>)" + Para(1) + Para(2) + Para(3) +
                     Para(4) + "</article></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("number 6"));
  // Not blind trust: an articleBody that disagrees with the page loses.
  std::string other = R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"Bridge","articleBody":")" +
                      std::string(2000, 'x') + R"("}</script></head><body><article>)" + Para(1) +
                      Para(2) + Para(3) + Para(4) + Para(5) + Para(6) + "</article></body></html>";
  EXPECT_THAT(Body(ExtractFixture(other)), HasSubstr("number 6"));
}

TEST(HtmlExtractorTest, SummaryBoxBesideTheArticleIsKept) {
  std::string html =
      "<html><body><main><div class=\"header\"><h1>Bridge vote</h1></div>"
      "<div class=\"keypoints\"><div class=\"keypoints-header\">Key Points</div><ul>"
      "<li>The council voted to rebuild the old bridge before winter.</li>"
      "<li>Work starts in March and ends before the first snow.</li></ul></div>"
      "<div class=\"group\"><div class=\"story\">" +
      Para(1) + Para(2) + Para(3) +
      "</div></div></main><div class=\"footer-links\"><h3>Summary</h3><ul>"
      "<li><a href=\"/a\">An unrelated story about trains</a></li></ul></div></body></html>";
  Article a = ExtractFixture(html);
  EXPECT_THAT(Body(a), HasSubstr("Work starts in March"));
  EXPECT_LT(Body(a).find("Work starts"), Body(a).find("number 1"));  // document order
  EXPECT_THAT(Body(a), Not(HasSubstr("trains")));
}

// ---- Page type ----

// An invented headline for teaser i: five words or more, like a real one.
std::string Headline(int i) {
  return "Harbour council story number " + std::to_string(i) + " about the bridge";
}

// A category archive as blog themes print it: an item per post with a linked
// headline, a date and a one-sentence summary.
std::string ArchivePage(int posts, std::string_view head = "") {
  std::string html = "<html><head><title>Local news archive</title>" + std::string(head) +
                     "</head><body><header><nav><a href=\"/\">Home</a></nav></header>"
                     "<main><h1 class=\"page-title\">Category: Local news</h1>";
  for (int i = 0; i < posts; ++i) {
    html += "<article class=\"post\"><h2 class=\"entry-title\"><a href=\"/2024/03/story-" +
            std::to_string(i) + "\">" + Headline(i) +
            "</a></h2><div class=\"entry-meta\">March 2, 2024</div>"
            "<div class=\"entry-summary\"><p>The council met again on Tuesday and argued about "
            "the bridge, the budget and the winter works for a long time.</p></div></article>";
  }
  return html + "</main><footer>Valley Post</footer></body></html>";
}

// An article followed by a box of linked headlines of other stories.
std::string ArticleWithRelatedBox(int related) {
  std::string html = "<html><body><article><h1>Bridge vote</h1>" + Para(1) + Para(2) + Para(3) +
                     Para(4) + Para(5) + Para(6) + "</article><div class=\"more\">";
  for (int i = 0; i < related; ++i) {
    html += "<div class=\"item\"><h3><a href=\"/other-" + std::to_string(i) + "\">" + Headline(i) +
            "</a></h3></div>";
  }
  return html + "</div></body></html>";
}

TEST(HtmlExtractorTest, ArchivePageIsAListing) {
  Article a = ExtractFixture(ArchivePage(10), "https://news.example.org/category/local-news/");
  EXPECT_EQ(a.page_type, PageType::kListing);
  // Without the URL's help as well: ten headlines and no prose of its own.
  EXPECT_EQ(ExtractFixture(ArchivePage(10), "https://news.example.org/local").page_type,
            PageType::kListing);
  EXPECT_EQ(ExtractFixture(ArchivePage(10), "").page_type, PageType::kListing);
  // Five posts are a listing only where the URL says so too.
  EXPECT_EQ(ExtractFixture(ArchivePage(5), "https://news.example.org/tag/bridge/").page_type,
            PageType::kListing);
  EXPECT_EQ(ExtractFixture(ArchivePage(5), "https://news.example.org/local").page_type,
            PageType::kArticle);
}

TEST(HtmlExtractorTest, DeclaredPageTypeWins) {
  const std::string collection =
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"CollectionPage\",\"name\":\"Local news\"},"
      "{\"@type\":\"WebSite\",\"name\":\"Valley Post\"}]}</script>";
  EXPECT_EQ(ExtractFixture(ArchivePage(2, collection), "").page_type, PageType::kListing);
  const std::string article = "<meta property=\"og:type\" content=\"article\">";
  EXPECT_EQ(ExtractFixture(ArchivePage(10, article), "").page_type, PageType::kArticle);
}

TEST(HtmlExtractorTest, ArticleWithRelatedStoriesIsAnArticle) {
  Article a = ExtractFixture(ArticleWithRelatedBox(12), "https://news.example.org/local");
  EXPECT_EQ(a.page_type, PageType::kArticle);
  EXPECT_THAT(Body(a), HasSubstr("Paragraph number 6"));
}

TEST(HtmlExtractorTest, RelatedBoxInsideTheArticleIsNotItsContent) {
  // A short article whose <article> also holds the related-stories box.
  std::string html = ArticleWithRelatedBox(12);
  html.replace(html.find("</article>"), std::string_view("</article>").size(), "");
  html.replace(html.rfind("</body>"), 0, "</article>");
  EXPECT_EQ(ExtractFixture(html, "https://news.example.org/local").page_type, PageType::kArticle);
}

TEST(HtmlExtractorTest, UnlabelledGridInsideAShortArticleIsNotItsContent) {
  // As above, but the box has no class words to say what it holds.
  std::string html = ArticleWithRelatedBox(12);
  html.replace(html.find("</article>"), std::string_view("</article>").size(), "");
  html.replace(html.find("<div class=\"more\">"), std::string_view("<div class=\"more\">").size(),
               "<div>");
  html.replace(html.rfind("</body>"), 0, "</article>");
  EXPECT_EQ(ExtractFixture(html, "https://news.example.org/local").page_type, PageType::kArticle);
}

TEST(HtmlExtractorTest, LinksWithinThePageAreNotTeasers) {
  // A live blog: each entry's heading links to the entry itself.
  std::string html = "<html><body><main><h1>Storm live</h1>";
  for (int i = 0; i < 12; ++i) {
    html += "<div class=\"entry\"><h2><a href=\"#entry-" + std::to_string(i) + "\">" + Headline(i) +
            "</a></h2><p>Short update number " + std::to_string(i) + " from the quay.</p></div>";
  }
  html += "</main></body></html>";
  EXPECT_EQ(ExtractFixture(html, "https://news.example.org/live").page_type, PageType::kArticle);
}

TEST(HtmlExtractorTest, ACardLinkingItsHeadlineTwiceIsOneTeaser) {
  // Four cards, each linking its headline twice (picture and title): not
  // eight headlines.
  std::string html = "<html><body><main>";
  for (int i = 0; i < 4; ++i) {
    const std::string href = "/story-" + std::to_string(i);
    html += "<div class=\"card\"><a href=\"" + href + "\"><img src=\"x.jpg\"><h4>" + Headline(i) +
            "</h4></a><h4><a href=\"" + href + "\">" + Headline(i) + "</a></h4></div>";
  }
  html += "</main></body></html>";
  EXPECT_EQ(ExtractFixture(html, "https://news.example.org/local").page_type, PageType::kArticle);
}

TEST(HtmlExtractorTest, ArticleThatLinksItsOwnHeadlineIsAnArticle) {
  // Blog themes link the post's title to its permalink; related posts follow.
  std::string html =
      "<html><body><div class=\"posts\"><div class=\"post\"><h2><a "
      "href=\"/this-post\">Bridge vote ends in a long night</a></h2>" +
      Para(1) + Para(2) + Para(3) + Para(4) + Para(5) + Para(6) + "</div>";
  for (int i = 0; i < 8; ++i) {
    html += "<div class=\"post\"><h2><a href=\"/p" + std::to_string(i) + "\">" + Headline(i) +
            "</a></h2></div>";
  }
  html += "</div></body></html>";
  EXPECT_EQ(ExtractFixture(html, "").page_type, PageType::kArticle);
}

// ---- Quality floor on the shared scrapinghub set ----

// The extract stage does not link zlib: the system gzip decompresses.
std::string Gunzip(const std::filesystem::path& path) {
  std::string out;
  std::string command = "gzip -dc '" + path.string() + "'";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buf[1 << 16];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  pclose(pipe);
  return out;
}

std::unordered_map<std::string, int> FourGrams(std::string_view text) {
  std::vector<std::string_view> words = WordTokens(text);
  std::unordered_map<std::string, int> grams;
  for (size_t i = 0; i + 4 <= words.size(); ++i) {
    std::string key;
    for (size_t j = 0; j < 4; ++j) (key += words[i + j]) += '\x01';
    ++grams[key];
  }
  return grams;
}

TEST(HtmlExtractorQualityTest, ScrapinghubF1Floor) {
  constexpr double kMinF1 = 0.93;
  const char* env = std::getenv("NEWSIFT_SHARED");
  std::filesystem::path shared = env != nullptr ? env : "../shared";
  std::filesystem::path dir = shared / "data/extraction/scrapinghub";
  std::ifstream truth_file(dir / "ground-truth.json");
  if (!truth_file) GTEST_SKIP() << "no scrapinghub data under " << dir << " (set NEWSIFT_SHARED)";
  nlohmann::json truth = nlohmann::json::parse(truth_file, nullptr, false);
  ASSERT_FALSE(truth.is_discarded());
  double precision_sum = 0, recall_sum = 0;
  int precision_pages = 0, recall_pages = 0;
  for (const auto& [id, record] : truth.items()) {
    std::string html = Gunzip(dir / "html" / (id + ".html.gz"));
    if (html.empty() || !record["articleBody"].is_string()) continue;
    Article a =
        ExtractFixture(html, record["url"].is_string() ? record["url"].get<std::string>() : "");
    auto predicted = FourGrams(a.Body());
    auto expected = FourGrams(record["articleBody"].get<std::string>());
    long tp = 0, np = 0, ne = 0;
    for (const auto& [k, c] : predicted) {
      np += c;
      if (auto it = expected.find(k); it != expected.end()) tp += std::min(c, it->second);
    }
    for (const auto& [k, c] : expected) ne += c;
    if (np > 0) {
      precision_sum += static_cast<double>(tp) / np;
      ++precision_pages;
    }
    if (ne > 0) {
      recall_sum += static_cast<double>(tp) / ne;
      ++recall_pages;
    }
  }
  ASSERT_GT(precision_pages, 0);
  double p = precision_sum / precision_pages, r = recall_sum / recall_pages;
  double f1 = 2 * p * r / (p + r);
  RecordProperty("f1", std::to_string(f1));
  EXPECT_GE(f1, kMinF1) << "precision " << p << " recall " << r;
}

}  // namespace
}  // namespace newsift
