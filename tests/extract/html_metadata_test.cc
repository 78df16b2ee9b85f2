// ExtractMetadata, SplitByline and InferSiteName on invented fixtures: the
// headline chosen among <h1>s, the header zone's bylines and dates, date
// fall-backs, and multi-word site names.
#include "extract/html_metadata.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "extract/html_dom.h"
#include "extract/site_name.h"

namespace newsift {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

Article Metadata(const std::string& html) {
  Article article;
  article.url = "https://news.example.org/story";
  article.domain = "news.example.org";
  article.fetched_at = "2025-06-01T00:00:00Z";
  html::ClassVerdictCache classes;
  std::vector<std::string_view> json_ld_scripts;
  HtmlDocPtr doc = ParseHtml(html, &classes, &json_ld_scripts);
  EXPECT_NE(doc, nullptr);
  if (doc != nullptr)
    html::ExtractMetadata(doc.get(), json_ld_scripts, NumericDateOrderOf(html), false, &classes,
                          &article);
  return article;
}

constexpr const char* kParagraph =
    "<p>The invented council of a small river town met for hours on a wet evening and, after a "
    "long and tiring argument about costs, voted to rebuild the old stone bridge before the "
    "winter floods arrive again this year.</p>";

TEST(HtmlMetadataTest, HeadlineIsTheH1AgreeingWithDeclaredTitle) {
  std::string html = std::string(R"(<html><head>
<title>Council votes to rebuild bridge | Riverside Post</title>
<meta property="og:title" content="Council votes to rebuild bridge before winter">
<meta property="og:site_name" content="Riverside Post"></head><body>
<h1>Riverside Post</h1><div><h1>Council votes to rebuild the bridge</h1>)") +
                     kParagraph + "</div></body></html>";
  Article a = Metadata(html);
  // The logo heading names the site; the headline agrees with the titles.
  EXPECT_EQ(a.title, "Council votes to rebuild the bridge");
}

TEST(HtmlMetadataTest, UnrelatedH1FallsBackToDeclaredTitle) {
  std::string html = std::string(R"(<html><head>
<title>Council votes to rebuild bridge - Riverside Post</title>
<meta property="og:site_name" content="Riverside Post"></head><body>
<h1>Newsletter sign-up</h1>)") +
                     kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(html).title, "Council votes to rebuild bridge");
}

TEST(HtmlMetadataTest, CapitalisedHeadingKeepsDeclaredCase) {
  std::string html = std::string(R"(<html><head><title>Bridge Plans Approved</title></head>
<body><h1>BRIDGE PLANS APPROVED</h1>)") +
                     kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(html).title, "Bridge Plans Approved");
}

// The heading's curly quotes give way to a declared title's straight ones
// around the same words (here the <title>'s, where og:title has the
// heading's); with other words, or curly in both, they stay.
TEST(HtmlMetadataTest, CurlyQuotedHeadingKeepsDeclaredQuotes) {
  auto title = [](const std::string& og_title, const std::string& declared,
                  const std::string& heading) {
    return Metadata("<html><head><meta property=\"og:title\" content=\"" + og_title + "\"><title>" +
                    declared + "</title></head><body><h1>" + heading + "</h1>" + kParagraph +
                    "</body></html>")
        .title;
  };
  const std::string curly = "The council\u2019s \u201Clast\u201D bridge";
  EXPECT_EQ(title(curly, "The council's &quot;last&quot; bridge | Riverside Post", curly),
            "The council's \"last\" bridge");
  EXPECT_EQ(title(curly, curly + " | Riverside Post", curly), curly);
  EXPECT_EQ(title(curly, "The council's last bridge | Riverside Post",
                  "The council\u2019s last bridge, rebuilt"),
            "The council\u2019s last bridge, rebuilt");
}

TEST(HtmlMetadataTest, PipeInHeadingSeparatesALabel) {
  std::string html = std::string(R"(<html><head><title>Bridge plans approved at last</title></head>
<body><h1>Bridge plans approved at last | Opinion</h1>)") +
                     kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(html).title, "Bridge plans approved at last");
}

TEST(HtmlMetadataTest, HeadingEndingWithTheSiteNameLosesIt) {
  std::string html = std::string(R"(<html><head>
<title>Bridge plans approved at last – Riverside Post - Riverside Post</title>
<meta property="og:site_name" content="Riverside Post"></head><body>
<h1>Bridge plans approved at last – Riverside Post</h1>)") +
                     kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(html).title, "Bridge plans approved at last");
}

TEST(HtmlMetadataTest, HeadingTailNamingAnotherBrandStays) {
  std::string html = std::string(R"(<html><head>
<title>Season review – Streamflix | Riverside Post</title>
<meta property="og:site_name" content="Riverside Post"></head><body>
<h1>Season review – Streamflix</h1>)") +
                     kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(html).title, "Season review – Streamflix");
}

TEST(HtmlMetadataTest, HeaderZoneGivesBylineAndDate) {
  std::string html = std::string(R"(<html><head><title>Bridge plans approved</title></head><body>
<aside><span class="date">January 3, 2020</span></aside>
<h1>Bridge plans approved</h1><div class="meta"><span>By</span> <a href="/p/1">Ann Smith</a>
<span>- March 27, 2024</span></div>)") +
                     kParagraph + "</body></html>";
  Article a = Metadata(html);
  EXPECT_THAT(a.authors, ElementsAre("Ann Smith"));
  // The dated aside is elsewhere on the page; the zone's date wins.
  EXPECT_THAT(a.published, HasSubstr("2024-03-27"));
}

TEST(HtmlMetadataTest, ChineseAndKoreanHeaderDates) {
  std::string html =
      std::string(R"(<html lang="zh"><head><title>城市地铁新线路今日开通_新闻频道</title></head>
<body><h1>城市地铁新线路今日开通</h1>
<div class="info">发布时间：2024年03月15日 09:30　来源：本报</div>)") +
      kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(html).published, "2024-03-15T09:30:00");
  html = std::string(R"(<html lang="ko"><head><title>지하철 신노선 개통</title></head>
<body><h1>지하철 신노선 개통</h1><div class="byline">입력 2024.03.15 09:30 수정 2024. 3. 16. 오후 2:05</div>)") +
         kParagraph + "</body></html>";
  Article a = Metadata(html);
  EXPECT_EQ(a.published, "2024-03-15T09:30:00");
  EXPECT_EQ(a.modified, "2024-03-16T14:05:00");
}

TEST(HtmlMetadataTest, PublishedByLineBeforeHeadline) {
  std::string html = std::string(R"(<html><head><title>Bridge plans approved</title></head><body>
<p>Published August 7, 2023 by Ann Smith</p><h1>Bridge plans approved</h1>)") +
                     kParagraph + "</body></html>";
  Article a = Metadata(html);
  EXPECT_THAT(a.authors, ElementsAre("Ann Smith"));
  EXPECT_THAT(a.published, HasSubstr("2023-08-07"));
}

TEST(HtmlMetadataTest, ReviewerIsNotTheAuthor) {
  std::string html = std::string(R"(<html><head><title>Bridge plans approved</title></head><body>
<h1>Bridge plans approved</h1><p>Medically reviewed by Bob Jones</p><p>Written by</p>
<p>Ann Smith</p>)") + kParagraph +
                     "</body></html>";
  EXPECT_THAT(Metadata(html).authors, ElementsAre("Ann Smith"));
}

TEST(HtmlMetadataTest, ModifiedDateStandsInWhenNoPublishedDate) {
  std::string html = std::string(R"(<html><head><title>Bridge plans approved</title>
<script type="application/ld+json">{"@type":"Article","headline":"Bridge plans approved",
"dateModified":"2024-05-06T10:00:00Z"}</script></head><body><h1>Bridge plans approved</h1>)") +
                     kParagraph + "</body></html>";
  Article a = Metadata(html);
  EXPECT_THAT(a.published, HasSubstr("2024-05-06"));
  EXPECT_THAT(a.modified, HasSubstr("2024-05-06"));
}

TEST(HtmlMetadataTest, UnlistedMetaDateKeyAndOddJsonLdDate) {
  std::string meta = std::string(R"(<html><head><title>Bridge</title>
<meta name="x-published-date" content="2024-02-03T06:03:43Z"></head><body>)") +
                     kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(meta).published, HasSubstr("2024-02-03"));
  std::string odd = std::string(R"(<html><head><title>Bridge</title>
<script type="application/ld+json">{"@type":"Article","datePublished":"Oct 01, 2024T10:00:00+03:00"}
</script></head><body>)") +
                    kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(odd).published, HasSubstr("2024-10-01"));
}

TEST(HtmlMetadataTest, OrganisationAuthorOnlyWithoutPerson) {
  std::string org = std::string(R"(<html><head><title>Bridge</title>
<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization",
"name":"Riverside Post"},"publisher":{"@type":"Organization","name":"Riverside Post"}}</script>
</head><body>)") + kParagraph +
                    "</body></html>";
  EXPECT_THAT(Metadata(org).authors, ElementsAre("Riverside Post"));
  std::string both = std::string(R"(<html><head><title>Bridge</title>
<script type="application/ld+json">{"@type":"Article","author":[{"@type":"Organization",
"name":"Riverside Post"},{"@type":"Person","name":"Ann Smith"}]}</script></head><body>)") +
                     kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(both).authors, ElementsAre("Ann Smith"));
  // An organisation's name is one name, "&" and all.
  std::string firm = std::string(R"(<html><head><title>Bridge</title>
<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization",
"name":"Ridge & Ridge"}}</script></head><body>)") +
                     kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(firm).authors, ElementsAre("Ridge & Ridge"));
}

// JSON-LD as pages write it: equal keys twice (the last counts), a
// byte-order mark, integers past 64 bits (read through the lenient parser),
// a script that is not JSON at all (skipped; the next one still counts).
TEST(HtmlMetadataTest, JsonLdAsPagesWriteIt) {
  auto page = [](const std::string& scripts) {
    return "<html><head><title>Bridge</title>" + scripts + "</head><body>" +
           std::string(kParagraph) + "</body></html>";
  };
  auto script = [](const std::string& json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  };
  Article twice = Metadata(page(
      script(R"({"@type":"Article","author":{"name":"Old Name"},"author":{"name":"Ann Smith"},)"
             R"("datePublished":"2024-05-06"})")));
  EXPECT_THAT(twice.authors, ElementsAre("Ann Smith"));
  EXPECT_THAT(twice.published, HasSubstr("2024-05-06"));
  Article bom =
      Metadata(page(script("\xEF\xBB\xBF{\"@type\":\"Article\",\"author\":\"Ann Smith\"}")));
  EXPECT_THAT(bom.authors, ElementsAre("Ann Smith"));
  Article big = Metadata(page(script(
      R"({"@type":"NewsArticle","id":123456789012345678901234567890,"author":"Ann Smith"})")));
  EXPECT_THAT(big.authors, ElementsAre("Ann Smith"));
  Article broken =
      Metadata(page(script(R"({"@type":"Article","author":"Bob Jones",})") +
                    script(R"([{"@graph":[{"@type":"Article","author":"Ann Smith"}]}])")));
  EXPECT_THAT(broken.authors, ElementsAre("Ann Smith"));
  // Control bytes, which libxml2 always left out of a script's text.
  Article controls =
      Metadata(page(script("{\"@type\":\"Article\",\"author\":\"Ann\x0B Smith\x01\"}")));
  EXPECT_THAT(controls.authors, ElementsAre("Ann Smith"));
  // A page's own newsift-ld on a script kept as written (its quoting puzzles
  // one of the two scans of a tag) does not point at another script's text.
  Article own = Metadata(page(script(R"({"@type":"WebSite","name":"Example"})") +
                              "<script type=application/ld+json newsift-ld=\"0\" a=b\"c>"
                              "{\"@type\":\"Article\",\"author\":\"Ann Smith\"}</script>"));
  EXPECT_THAT(own.authors, ElementsAre("Ann Smith"));
}

TEST(HtmlMetadataTest, BylinesInOtherLanguages) {
  auto authors = [](const std::string& zone) {
    return Metadata(
               "<html><head><title>Brücke wird neu gebaut</title></head><body>"
               "<h1>Brücke wird neu gebaut</h1>" +
               zone + kParagraph + "</body></html>")
        .authors;
  };
  EXPECT_THAT(authors("<p class=\"meta\">Von Anna Schmidt und Peter Müller, 15. März 2024</p>"),
              ElementsAre("Anna Schmidt", "Peter Müller"));
  EXPECT_THAT(authors("<div>Door Jan de Vries | 15 maart 2024</div>"), ElementsAre("Jan de Vries"));
  // The same words start sentences and headlines: no name follows them.
  EXPECT_THAT(authors("<p>Von der Leyen besucht Kiew am Montag</p>"), IsEmpty());
  EXPECT_THAT(authors("<p>Por qué la ciudad reconstruye el puente</p>"), IsEmpty());
}

TEST(HtmlMetadataTest, LeadAloneBeforeTheHeadlineTakesTheNextText) {
  // Texts before the headline are read nearest first: the name after a lone
  // "By" is the one nearer the headline, not the link before the lead.
  for (const char* lead : {"By", "Von"}) {
    std::string html = std::string(R"(<html><head><title>Bridge plans approved</title></head><body>
<a href="/">Back to the overview</a><p><span>)") +
                       lead + R"(</span> <span>Ann Smith</span> <span>March 27, 2024</span></p>
<h1>Bridge plans approved</h1>)" +
                       kParagraph + "</body></html>";
    EXPECT_THAT(Metadata(html).authors, ElementsAre("Ann Smith")) << lead;
  }
}

TEST(HtmlMetadataTest, WrittenByLabelPairNamesTheWriter) {
  std::string html = std::string(R"(<html><head><title>Bridge</title>
<meta name="twitter:label1" content="Est. reading time">
<meta name="twitter:data1" content="4 minutes">
<meta name="twitter:label2" content="Written by">
<meta name="twitter:data2" content="Ann Smith">
</head><body>)") + kParagraph +
                     "</body></html>";
  EXPECT_THAT(Metadata(html).authors, ElementsAre("Ann Smith"));
}

TEST(HtmlMetadataTest, SiteNamedAuthorOnlyWhenNothingElse) {
  std::string head = R"(<html><head><title>Bridge</title>
<meta property="og:site_name" content="Riverside Post">)";
  // The site's own name declared as the author is the credit on company blogs.
  std::string alone = head + R"(<meta name="author" content="Riverside Post"></head><body>)" +
                      kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(alone).authors, ElementsAre("Riverside Post"));
  // A person in a byline wins over it.
  std::string person = head + R"(<meta name="author" content="Riverside Post"></head><body>
<h1>Council votes to rebuild the bridge</h1><p>By Ann Smith</p>)" +
                       kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(person).authors, ElementsAre("Ann Smith"));
  // "Site Staff" stays whole; CMS placeholders are never a credit.
  std::string staff = head + R"(<meta name="author" content="Riverside Post Staff"></head><body>)" +
                      kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(staff).authors, ElementsAre("Riverside Post Staff"));
  std::string placeholder =
      head + R"(<meta name="author" content="admin"></head><body>)" + kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(placeholder).authors, IsEmpty());
}

TEST(HtmlMetadataTest, BylineContainerNameElement) {
  // Name and job title in sibling elements: their texts run together.
  std::string html = std::string(R"(<html><head><title>Bridge</title></head><body>
<div class="article-author"><img alt=""><span class="article-author__name">Ann Smith</span><span
class="article-author__position">Founder at Riverside Works</span></div>)") +
                     kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(html).authors, ElementsAre("Ann Smith"));
  std::string link = std::string(R"(<html><head><title>Bridge</title></head><body>
<div class="byline"><a href="/staff/ann-smith/">Ann Smith</a> <span>RIVERSIDE POST</span></div>)") +
                     kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(link).authors, ElementsAre("Ann Smith"));
}

TEST(HtmlMetadataTest, WriterCreditAfterTheArticle) {
  // No byline near the headline: the author box after the text names the writer.
  std::string html = std::string("<html><body><h1>Bridge vote</h1>") + kParagraph + kParagraph +
                     "<div class=\"box\"><p>Written by <a href=\"/x\">Ann Lee</a></p>"
                     "<p>Ann covers the council.</p></div></body></html>";
  EXPECT_THAT(Metadata(html).authors, ElementsAre("Ann Lee"));
  std::string sentence = std::string("<html><body><h1>Bridge vote</h1>") + kParagraph +
                         "<p><em>This post was written by Ann Lee, head of research and "
                         "planning at the Valley Trust.</em></p></body></html>";
  EXPECT_THAT(Metadata(sentence).authors, ElementsAre("Ann Lee"));
  // The lead or an "Author" label on its own, the name in the next element.
  for (const char* credit :
       {"<h2>Article by</h2><div>Ann Lee</div>", "<p>Written by:</p>\n<p>Ann Lee</p>",
        "<h3>Author</h3> <p>  Ann Lee</p>"}) {
    EXPECT_THAT(Metadata(std::string("<html><body><h1>Bridge vote</h1>") + kParagraph + credit +
                         "</body></html>")
                    .authors,
                ElementsAre("Ann Lee"))
        << credit;
  }
  EXPECT_THAT(Metadata(std::string("<html><body><h1>Bridge vote</h1><h2>Written by</h2>") +
                       kParagraph + "</body></html>")
                  .authors,
              IsEmpty());
  // "Author" names the writer only on its own.
  EXPECT_THAT(Metadata(std::string("<html><body><h1>Bridge vote</h1>") + kParagraph +
                       "<p>Author <b>of three books</b></p><p>Ann Lee</p></body></html>")
                  .authors,
              IsEmpty());
  // A bare "By" far from the headline may be a teaser's: not taken.
  std::string teaser = std::string("<html><body><h1>Bridge vote</h1>") + kParagraph +
                       "<ul><li><a href=\"/b\">Other story</a> <span>By Bob Roe</span></li>"
                       "</ul></body></html>";
  EXPECT_THAT(Metadata(teaser).authors, IsEmpty());
}

TEST(HtmlMetadataTest, LinkToAnAuthorsPageOutsideAnyByline) {
  auto page = [](const std::string& after) {
    return std::string("<html><body><article><h1>Bridge vote</h1>") + kParagraph + kParagraph +
           after + "</article></body></html>";
  };
  EXPECT_THAT(Metadata(page("<footer>Posted by <a href=\"/blog/author/ann-lee.html\">Ann "
                            "Lee</a> on 2025-12-18 in council.</footer>"))
                  .authors,
              ElementsAre("Ann Lee"));
  EXPECT_THAT(Metadata(page("<div><span>by </span><p><a href=\"/authors/marna-van-der-merwe\">"
                            "Anna van der Berg</a></p></div>"))
                  .authors,
              ElementsAre("Anna van der Berg"));
  // Not a person mentioned in the text, a menu of writers, a social
  // network's profile, nor a link that names no one.
  EXPECT_THAT(Metadata(page("<p>The mayor, <a href=\"/people/bob-stone\">Bob Stone</a>, "
                            "voted against it.</p>"))
                  .authors,
              IsEmpty());
  EXPECT_THAT(Metadata(page("<ul class=\"menu\"><li><a href=\"/author/x\">Valley "
                            "Actuary</a></li></ul>"))
                  .authors,
              IsEmpty());
  // A <nav> the pre-filter leaves as it is (an end tag of an element opened
  // around it) still reads as a menu.
  EXPECT_THAT(
      Metadata(page("<div><nav><a href=\"/author/x\">Valley Actuary</a></div></nav>")).authors,
      IsEmpty());
  EXPECT_THAT(Metadata(page("<div><a href=\"https://bsky.app/profile/ann.example\">Ann "
                            "Lee</a></div>"))
                  .authors,
              IsEmpty());
  EXPECT_THAT(Metadata(page("<div><a href=\"/author/ann-lee\">View all posts</a></div>")).authors,
              IsEmpty());
}

// Several writers, each in an element of their own: every one of them, not
// only the first (a byline container's links, a "By" in the header zone
// followed by names and separators, links to writers' pages elsewhere).
TEST(HtmlMetadataTest, SeveralWritersInElementsOfTheirOwn) {
  auto page = [](const std::string& credit) {
    return std::string("<html><body><article><h1>Bridge vote</h1>") + credit + kParagraph +
           kParagraph + "</article></body></html>";
  };
  EXPECT_THAT(Metadata(page("<div class=\"byline\">By <a href=\"/author/ann-lee\">Ann Lee</a>, "
                            "<a href=\"/author/bo-ng\">Bo Ng</a> and <a href=\"/author/cy-ro\">"
                            "Cy Ro</a></div>"))
                  .authors,
              ElementsAre("Ann Lee", "Bo Ng", "Cy Ro"));
  // A byline container without a lead: its name elements.
  EXPECT_THAT(Metadata(page("<div class=\"byline\"><a href=\"/author/ann-lee\">Ann Lee</a>, "
                            "<a href=\"/author/bo-ng\">Bo Ng</a></div>"))
                  .authors,
              ElementsAre("Ann Lee", "Bo Ng"));
  // A link label to the same page is no second writer.
  EXPECT_THAT(Metadata(page("<div class=\"byline\"><a href=\"/author/ann-lee\">Ann Lee</a> "
                            "<a href=\"/author/ann-lee\">View More Articles</a></div>"))
                  .authors,
              ElementsAre("Ann Lee"));
  EXPECT_THAT(Metadata(page("<p>Written by <span>Ann Lee</span>, <span>Bo Ng</span></p>")).authors,
              ElementsAre("Ann Lee", "Bo Ng"));
  // A "By" followed by a name and then other text credits one writer.
  EXPECT_THAT(
      Metadata(page("<p>By <span>Ann Lee</span> and <span>the newsroom</span></p>")).authors,
      ElementsAre("Ann Lee"));
  EXPECT_THAT(Metadata(page("<footer>Posted by <a href=\"/author/ann-lee\">Ann Lee</a> &amp; "
                            "<a href=\"/author/bo-ng\">Bo Ng</a> in council.</footer>"))
                  .authors,
              ElementsAre("Ann Lee", "Bo Ng"));
}

// Topic links after a "By" are the post's tags, not its writer.
TEST(HtmlMetadataTest, TopicLinksInTheHeaderZoneAreNoByline) {
  std::string html = std::string("<html><body><h1>Bridge vote</h1><h2>By</h2><span>") +
                     "<a href=\"/bridges/\" rel=\"tag\">Bridges</a><a href=\"/towns/\" "
                     "rel=\"category tag\">Town Life</a></span><div><a href=\"/x\" "
                     "rel=\"author\">Ann Lee</a></div>" +
                     kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(html).authors, ElementsAre("Ann Lee"));
}

TEST(HtmlMetadataTest, DateAfterAStandfirst) {
  // Headline, a standfirst paragraph, then the post's date line.
  std::string html = std::string("<html><body><h1>Bridge vote</h1>") + kParagraph +
                     "<div><span>Posted on</span> <span>Nov 21, 2024</span></div>" + kParagraph +
                     kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(html).published, HasSubstr("2024-11-21"));
  // Three long texts are the body, not a standfirst: a date after them is not the post's.
  std::string body = std::string("<html><body><h1>Bridge vote</h1>") + kParagraph + kParagraph +
                     kParagraph + "<p><span>Nov 21, 2024</span></p></body></html>";
  EXPECT_EQ(Metadata(body).published, "");
}

TEST(HtmlMetadataTest, StandfirstDatesComeLast) {
  // The kicker's date above the headline beats a related card's past the
  // standfirst, whose <time> is not read at all.
  std::string kicker =
      std::string("<html><body><p>Politics | March 3, 2025</p><h1>Bridge vote</h1>") + kParagraph +
      "<div><a href=\"/old\">Bridge closed after flood</a> "
      "<time datetime=\"2021-06-09\">June 9, 2021</time></div>" +
      kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(kicker).published, HasSubstr("2025-03-03"));
  // A caption's sentence past the standfirst is no date line.
  std::string caption = std::string("<html><body><h1>Bridge vote</h1>") + kParagraph +
                        "<figure><figcaption>The bridge after the flood of June 9, "
                        "2021.</figcaption></figure>" +
                        kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(caption).published, "");
  // Above the headline, every text is read: published and updated both.
  std::string both = std::string(
                         "<html><body><div><span>Published: March 3, 2024</span> "
                         "<span>Updated: March 5, 2024</span></div><h1>Bridge vote</h1>") +
                     kParagraph + "</body></html>";
  Article a = Metadata(both);
  EXPECT_THAT(a.published, HasSubstr("2024-03-03"));
  EXPECT_THAT(a.modified, HasSubstr("2024-03-05"));
}

TEST(HtmlMetadataTest, EarlierDatePrintedBesideTheHeadlineOverridesTheDeclaredOne) {
  auto page = [](const std::string& zone) {
    return std::string(R"(<html><head><title>Bridge vote</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote",
"datePublished":"2024-01-10T09:00:00Z","dateModified":"2025-02-01T09:00:00Z"}</script>
</head><body><h1>Bridge vote</h1><div class="meta">)") +
           zone + "</div>" + kParagraph + "</body></html>";
  };
  // The reader is shown an earlier day than the markup declares.
  Article shown = Metadata(page("<span>Ann Lee</span><span>March 4, 2019</span>"));
  EXPECT_EQ(shown.published, "2019-03-04");
  EXPECT_EQ(shown.published_source, "text");
  EXPECT_EQ(shown.modified, "2025-02-01T09:00:00Z");
  // A later day printed may be an update; the same day, or the same instant
  // in the publisher's zone, agrees: the declared value, with its time,
  // stands.
  for (const char* zone : {"<span>March 4, 2025</span>", "<span>January 10, 2024</span>",
                           "<span>Jan 9, 2024 11:00 PM EST</span>"}) {
    EXPECT_EQ(Metadata(page(zone)).published, "2024-01-10T09:00:00Z") << zone;
  }
  // A printed update is no publication date, its label in an element of its
  // own included.
  for (const char* zone : {"<span>Updated: March 4, 2019</span>",
                           "<span class=\"label\">Last updated on</span> <a>March 4, 2019</a>",
                           "<span>Stand: 04.03.2019 14:05 Uhr</span>"}) {
    EXPECT_EQ(Metadata(page(zone)).published, "2024-01-10T09:00:00Z") << zone;
  }
  // A photo caption's date is the photo's.
  EXPECT_EQ(Metadata(page("<figure><figcaption>Ann Lee speaks at the town hall on March 4, "
                          "2019. (Photo: Bo Ng)</figcaption></figure>"))
                .published,
            "2024-01-10T09:00:00Z");
}

TEST(HtmlMetadataTest, HeaderDatesInElementsOfTheirOwn) {
  auto page = [](const std::string& zone) {
    return std::string("<html><body><h1>Bridge vote</h1><div class=\"meta\">") + zone + "</div>" +
           kParagraph + "</body></html>";
  };
  // A photo's caption under the headline: its date is the photo's.
  EXPECT_EQ(Metadata(page("<figure><img src=\"/a.jpg\"><figcaption>A barge leaves the old "
                          "bridge on Aug. 31, 2019. (Photo: Bo Ng)</figcaption></figure>"
                          "<p>Nov. 6, 2019</p>"))
                .published,
            "2019-11-06");
  // A time and its date in two elements: the date is still read.
  EXPECT_THAT(Metadata(page("<span>10:31</span> <span>06.05.2019</span>")).published,
              HasSubstr("2019-05-06"));
  // Only a label that ends in an update word marks the next date modified.
  Article edited = Metadata(page("<span>Edited by Bo Ng</span><span>March 4, 2019</span>"));
  EXPECT_EQ(edited.published, "2019-03-04");
  EXPECT_EQ(edited.modified, "");
  Article updated =
      Metadata(page("<span>March 1, 2019</span><span>Updated on</span><span>March 4, 2019</span>"));
  EXPECT_EQ(updated.published, "2019-03-01");
  EXPECT_EQ(updated.modified, "2019-03-04");
}

TEST(HtmlMetadataTest, LogoHeadingDoesNotMakeTheBrandTheTitle) {
  // The only <h1> is the logo, spelt like the title's brand part: it is no
  // confirmation that the brand part is the headline.
  std::string html = std::string(R"(<html><head>
<title>Notes on rebuilding the old stone bridge - Part 1 | River Notes</title></head><body>
<h1 class="logo"><a href="/">River Notes</a></h1>
<h2 class="entry-title">Notes on rebuilding the old stone bridge - Part 1</h2>)") +
                     kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(html).title, "Notes on rebuilding the old stone bridge - Part 1");
  // A logo <h1> that is the site's domain is no headline either.
  std::string domain = std::string(R"(<html><head><title>news.example.org Bridge notes</title>
</head><body><h1><a href="/">news.example.org</a></h1><h3>Bridge notes</h3>)") +
                       kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(domain).title, "Bridge notes");
}

TEST(HtmlMetadataTest, HeadlineWithoutH1) {
  // No <h1>: the element that prints the title anchors the header zone.
  std::string html = std::string(R"(<html><head>
<title>Council votes to rebuild the old bridge</title></head><body>
<nav><a href="/">Home</a></nav><div><h3>News | March 3, 2025</h3>
<h2>Council votes to rebuild the old bridge</h2><p>By Ann Lee</p></div>)") +
                     kParagraph + "</body></html>";
  Article a = Metadata(html);
  EXPECT_EQ(a.title, "Council votes to rebuild the old bridge");
  EXPECT_THAT(a.published, HasSubstr("2025-03-03"));
  EXPECT_THAT(a.authors, ElementsAre("Ann Lee"));
  // A "latest" list that repeats the headline is not where it is printed.
  std::string latest = std::string(R"(<html><head>
<title>Council votes to rebuild the old bridge</title></head><body>
<ul><li><a href="/a">Council votes to rebuild the old bridge</a> <span>Feb 27, 2025</span></li>
</ul><div><h2>Council votes to rebuild the old bridge</h2><p>March 3, 2025</p></div>)") +
                       kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(latest).published, HasSubstr("2025-03-03"));
  // A heading that links to its own page is the headline still.
  std::string linked = std::string(R"(<html><head>
<title>Council votes to rebuild the old bridge</title></head><body>
<table><tr><td><h3><a href="/p">Council votes to rebuild the old bridge</a></h3></td>
<td>January 22nd, 2019</td></tr></table>)") +
                       kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(linked).published, HasSubstr("2019-01-22"));
  // A heading that rewords the title anchors the zone too; an earlier
  // heading that shares too few words does not, nor does a teaser's that
  // agrees less.
  std::string reworded = std::string(R"(<html><head>
<title>Council votes to rebuild bridge | Riverside Post</title></head><body>
<div><h3>Council news</h3><p>Feb 27, 2025</p></div>
<div><h3>Council votes to rebuild the school</h3><p>By Bo Ng</p><p>Feb 26, 2025</p></div>
<div><h2>Council votes to rebuild the bridge</h2><p>By Ann Lee</p>
<p>March 3, 2025</p></div>)") +
                         kParagraph + "</body></html>";
  Article r = Metadata(reworded);
  EXPECT_THAT(r.published, HasSubstr("2025-03-03"));
  EXPECT_THAT(r.authors, ElementsAre("Ann Lee"));
  // A declared title cut short: the heading holds every word of it.
  std::string cut = std::string(R"(<html><head>
<title>Council votes to rebuild bridge</title></head><body>
<div><h2>Council votes to rebuild the old stone bridge over the river by next spring</h2>
<p>Ann Lee</p><small>March 3, 2025</small></div>)") +
                    kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(cut).published, HasSubstr("2025-03-03"));
  // A heading more than three times as long that happens to hold the words
  // is another story's.
  std::string longer = std::string(R"(<html><head>
<title>Council votes to rebuild bridge</title></head><body>
<div><h3>Why the council votes again and again on plans to rebuild the town's old bridge, and
what each vote has cost</h3><p>Feb 27, 2025</p></div>)") +
                       kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(longer).published, "");
}

// "3/4/2025" could be March 4 or 3 April: a date elsewhere on the page that
// cannot swap ("12/25/2024") says the month comes first. Without one, the
// date is left out.
TEST(HtmlMetadataTest, AllDigitDatesInThePagesOrder) {
  auto page = [](std::string_view other_date) {
    return std::string(R"(<html><body><h1>Council votes to rebuild the old bridge</h1>
<p>By Ann Lee</p><p>3/4/2025</p>)") +
           kParagraph + "<ul><li><a href=\"/b\">Bridge closes for repairs</a> " +
           std::string(other_date) + "</li></ul></body></html>";
  };
  EXPECT_THAT(Metadata(page("12/25/2024")).published, HasSubstr("2025-03-04"));
  EXPECT_THAT(Metadata(page("25/12/2024")).published, HasSubstr("2025-04-03"));
  EXPECT_EQ(Metadata(page("")).published, "");
}

// A sentence under the headline that mentions a date (short text nodes of a
// paragraph with links stay in the header zone) does not date the article;
// the date printed on its own does.
TEST(HtmlMetadataTest, DatesInSentencesUnderTheHeadlineAreNotTheArticles) {
  std::string html = std::string(R"(<html><body><h1>Council votes to rebuild the old bridge</h1>
<p>By Ann Lee</p><p>March 3, 2025</p>
<p>The <a href="/r">county's engineers</a> said in a report on January 5, 2020 that the arches
were safe for another decade.</p>)") +
                     kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(html).published, HasSubstr("2025-03-03"));
  // A byline that dates the article has more words, few of them outside
  // its dates.
  std::string byline = std::string(R"(<html><body><h1>Council votes to rebuild the old bridge</h1>
<p>Ann Lee, staff writer | Monday, 3 March 2025, 10:20</p>
<p>The <a href="/r">county's engineers</a> said in a report on January 5, 2020 that the arches
were safe for another decade.</p>)") +
                       kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(byline).published, HasSubstr("2025-03-03"));
}

TEST(HtmlMetadataTest, DatedWriterCreditAfterTheArticle) {
  std::string html = std::string("<html><body><h1>Bridge vote</h1>") + kParagraph + kParagraph +
                     kParagraph +
                     "<div><p>Written by <a href=\"/x\">Ann Lee</a></p><p>April 8, 2024</p></div>"
                     "</body></html>";
  Article a = Metadata(html);
  EXPECT_THAT(a.authors, ElementsAre("Ann Lee"));
  EXPECT_THAT(a.published, HasSubstr("2024-04-08"));
}

TEST(HtmlMetadataTest, UndatedCreditThatNamesNoOne) {
  std::string html = std::string("<html><body><h1>Bridge vote</h1>") + kParagraph + kParagraph +
                     kParagraph +
                     "<p>Written by hand in 1887, the letter was found on March 3, 1990.</p>"
                     "</body></html>";
  EXPECT_EQ(Metadata(html).published, "");
}

TEST(HtmlMetadataTest, BylineContainerWithDateAndTopic) {
  std::string dated = std::string("<html><body><h1>Bridge vote</h1>") +
                      "<div class=\"post-author\"><p>Ann Lee</p><small>December 17, 2025</small>"
                      "</div>" +
                      kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(dated).authors, ElementsAre("Ann Lee"));
  std::string topic = std::string("<html><body><h1>Bridge vote</h1>") +
                      "<div class=\"byline\"><a href=\"/tag/lifestyle\">Lifestyle</a>"
                      "<span>January 31, 2025</span></div>" +
                      kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(topic).authors, IsEmpty());
}

TEST(HtmlMetadataTest, TimeInsideADateLineAndSidebarTimesAfterTheHeader) {
  // The printed date is unreadable; the <time> inside the date line is not.
  std::string inside = std::string("<html><body><h1>Bridge vote</h1>") +
                       "<div class=\"post-date\"><time datetime=\"2024-12-19T15:55:39-08:00\">"
                       "12/19 \u2014 2024</time></div>" +
                       kParagraph + "</body></html>";
  EXPECT_THAT(Metadata(inside).published, HasSubstr("2024-12-19"));
  // A list of other stories with their <time>s does not outrank the date
  // printed under the headline.
  std::string sidebar = std::string("<html><body><h1>Bridge vote</h1><p>March 1, 2017</p>") +
                        kParagraph +
                        "<div class=\"views-row\"><a href=\"/o\">Old story</a><div "
                        "class=\"field-date\"><time datetime=\"2012-08-02T12:00:00Z\">08/02/2012"
                        "</time></div></div></body></html>";
  EXPECT_THAT(Metadata(sidebar).published, HasSubstr("2017-03-01"));
}

TEST(HtmlMetadataTest, ShortBrandTailLeavesTheTitle) {
  EXPECT_EQ(
      html::CleanTitle("How river towns rebuilt after the great flood | RTP", "Riverside", {}),
      "How river towns rebuilt after the great flood");
  EXPECT_EQ(html::CleanTitle("Bridge plans - Riverside Post", "Valley", {}),
            "Bridge plans - Riverside Post");
}

TEST(HtmlMetadataTest, HeadingWithDatelineUsesDeclaredTitle) {
  std::string html = std::string(R"(<html><head>
<meta property="og:title" content="Ferry service resumes across the bay"></head><body>
<h1>Mar 3 2024 Ferry service resumes across the bay</h1>)") +
                     kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(html).title, "Ferry service resumes across the bay");
  std::string posted = std::string(R"(<html><head>
<meta property="og:title" content="Ferry service resumes across the bay"></head><body>
<h1>Ferry service resumes across the bay Posted on March 3, 2024 by ann</h1>)") +
                       kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(posted).title, "Ferry service resumes across the bay");
}

TEST(HtmlMetadataTest, CapitalisedHeadingTakesAgreeingDeclaredWording) {
  std::string html = std::string(R"(<html><head>
<meta property="og:title" content="Best Bridge Designs 2024: Tips From Engineers"></head>
<body><h1>BEST BRIDGE DESIGNS IN 2024: TIPS FROM ENGINEERS</h1>)") +
                     kParagraph + "</body></html>";
  EXPECT_EQ(Metadata(html).title, "Best Bridge Designs 2024: Tips From Engineers");
}

TEST(SiteNameTest, MultiWordBrandIsKeptWhole) {
  std::vector<std::string_view> lines = {"Council votes | Valley Courier", "Valley Courier App",
                                         "Download the Valley Courier App"};
  EXPECT_EQ(InferSiteName(lines, {}), "Valley Courier");
  std::vector<std::string_view> acronym = {"Story text here", "XYZ News App", "XYZ Features"};
  EXPECT_EQ(InferSiteName(acronym, {}), "XYZ");
}

}  // namespace
}  // namespace newsift
