// The class/id vocabulary: what drops an element and what rescues it.
#include "extract/html_heuristics.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "util/text.h"

namespace newsift::html {
namespace {

bool Drops(std::string_view class_attr, std::string_view id_attr = {}) {
  return ClassifyClassAndId(class_attr, id_attr).Drops();
}

TEST(HtmlHeuristicsTest, StrongNegativesDrop) {
  EXPECT_TRUE(Drops("article-comments"));
  EXPECT_TRUE(Drops("social-share-bar"));
  EXPECT_TRUE(Drops("popular-articles"));
  EXPECT_TRUE(Drops("box", "newsletter-signup"));
}

TEST(HtmlHeuristicsTest, WeakNegativeLosesToAContentWord) {
  EXPECT_TRUE(Drops("sidebar"));
  EXPECT_FALSE(Drops("content-sidebar-wrap"));
  EXPECT_FALSE(Drops("sidebar", "main-story"));
}

TEST(HtmlHeuristicsTest, HiddenOnlyAsAWholeToken) {
  EXPECT_TRUE(Drops("hidden"));
  EXPECT_TRUE(Drops("box is-hidden"));
  EXPECT_FALSE(Drops("field field--label-hidden"));
  EXPECT_FALSE(Drops("overflow-hidden"));
}

TEST(HtmlHeuristicsTest, WidgetOnlyAsAPrefix) {
  EXPECT_TRUE(Drops("widget widget_recent_entries"));
  EXPECT_TRUE(Drops("widget-area"));
  EXPECT_FALSE(Drops("builder-widget-container"));
}

TEST(HtmlHeuristicsTest, StateTokensSayNothingOfTheContent) {
  EXPECT_FALSE(Drops("box story modal-enabled"));
  EXPECT_FALSE(Drops("post has-share-bar"));
  EXPECT_TRUE(Drops("modal"));
}

TEST(HtmlHeuristicsTest, ContentContainerIsNeverDropped) {
  EXPECT_FALSE(Drops("post-content share-btn"));
  EXPECT_TRUE(ClassifyClassAndId("builder-widget-theme-post-content", "").content_container);
}

TEST(HtmlHeuristicsTest, SharedIsNotShare) {
  EXPECT_FALSE(Drops("shared-content-main"));
  EXPECT_TRUE(Drops("share-tools"));
}

TEST(HtmlHeuristicsTest, CacheGivesTheSameVerdicts) {
  ClassVerdictCache cache;
  for (int round = 0; round < 2; ++round) {
    for (auto [c, i] : {std::pair{"sidebar", ""},
                        {"post-content share-btn", ""},
                        {"x", "comments"},
                        {"", ""},
                        {"menu", "main-story"}}) {
      ClassVerdict direct = ClassifyClassAndId(c, i);
      ClassVerdict cached = cache.Classify(c, i);
      EXPECT_EQ(cached.Drops(), direct.Drops()) << c << " / " << i;
      EXPECT_EQ(cached.label, direct.label) << c << " / " << i;
      EXPECT_EQ(cached.word, direct.word) << c << " / " << i;
      EXPECT_EQ(cached.positive, direct.positive) << c << " / " << i;
    }
  }
}

// A token whose signal is empty has no verdict, is no byline or date
// container, and holds no word the metadata pass reads.
TEST(HtmlHeuristicsTest, TokensThatDoNotMatterSayNothing) {
  const std::vector<std::string_view> fragments = {
      "comment", "share",   "ad",    "nav", "hide",   "hidden", "widget", "date", "bio",
      "name",    "content", "post",  "x",   "1",      "-",      "_",      "css",  "sidebar",
      "more",    "tag",     "updat", "is-", "Author", "time",   "mt-",    "e",    "d",
      "s",       "a",       "no",    "ne",  "wrap",   "Title",  "job"};
  std::mt19937 random(11);
  ClassVerdictCache cache;
  ClassVerdictCache reference;
  size_t let_go = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string token;
    const size_t parts = 1 + random() % 4;
    for (size_t i = 0; i < parts; ++i) token.append(fragments[random() % fragments.size()]);
    if (!cache.SignalOf(token).Empty()) continue;
    ++let_go;
    const ClassVerdict& v = reference.ForAttribute(token);
    ASSERT_FALSE(v.strong_negative || v.weak_negative || v.positive || v.content_container ||
                 v.hides || v.byline_container || v.date_container)
        << token;
    for (const auto* words : {&kNameClassWords, &kModifiedClassWords}) {
      for (std::string_view w : *words) ASSERT_FALSE(ContainsIgnoreAsciiCase(token, w)) << token;
    }
    for (std::string_view w : kNameClassExclusions) {
      ASSERT_FALSE(ContainsIgnoreAsciiCase(token, w)) << token;
    }
  }
  EXPECT_GT(let_go, 100u);  // the generator does make tokens that say nothing
}

TEST(HtmlHeuristicsTest, UtilityCssTokensSayNothing) {
  // "text-sm" is no content word, "leading-extra-tight" no "extra" block.
  EXPECT_FALSE(ClassifyClassAndId("image__caption text-[11px] text-gray-500", "").positive);
  EXPECT_TRUE(ClassifyClassAndId("image__caption text-[11px] text-gray-500", "").Drops());
  EXPECT_FALSE(ClassifyClassAndId("font-bold leading-extra-tight mb-2", "").Drops());
  EXPECT_FALSE(ClassifyClassAndId("md:sidebar", "").Drops());
}

TEST(HtmlHeuristicsTest, SummaryHeadings) {
  EXPECT_TRUE(IsSummaryHeading("Key Points"));
  EXPECT_TRUE(IsSummaryHeading(" KEY TAKEAWAYS: "));
  EXPECT_TRUE(IsSummaryHeading("TL;DR"));
  EXPECT_FALSE(IsSummaryHeading("Key points of the budget"));
  EXPECT_FALSE(IsSummaryHeading("Related"));
}

TEST(HtmlHeuristicsTest, DateLines) {
  EXPECT_TRUE(IsDateLine("Published May 5, 2015 8:05am EST | Updated 8:54am EST"));
  EXPECT_TRUE(IsDateLine("Last updated: 3 March 2024"));
  EXPECT_TRUE(IsDateLine("May 5, 2015 6:00 am (Updated 6:01 am)"));
  EXPECT_TRUE(IsDateLine("Tuesday 5 March 2024 at 10:30 GMT"));
  EXPECT_TRUE(IsDateLine("March 1 2024, 2:14 p.m."));
  EXPECT_FALSE(IsDateLine("March 2024"));  // one word too few to be sure
  EXPECT_FALSE(IsDateLine("May 5 protesters marched"));
  EXPECT_FALSE(IsDateLine("Published reports say the council will vote."));
  EXPECT_FALSE(IsDateLine("The council met in 2024 and published its plan."));
}

TEST(HtmlHeuristicsTest, LikeButtonsAreShareBars) {
  EXPECT_TRUE(Drops("post-likes-widget"));
  EXPECT_TRUE(Drops("likes-widget-placeholder"));
  EXPECT_FALSE(Drops("likes"));
}

TEST(HtmlHeuristicsTest, BoilerplatePhrases) {
  EXPECT_TRUE(IsBoilerplatePhrase("Advertisement"));
  EXPECT_TRUE(IsBoilerplatePhrase("Share this:"));
  EXPECT_TRUE(IsBoilerplatePhrase("Loading..."));
  EXPECT_TRUE(IsBoilerplatePhrase("Loading\u2026"));
  EXPECT_TRUE(IsBoilerplatePhrase("Comments\u2026"));
  EXPECT_FALSE(IsBoilerplatePhrase("Share the road"));
}

// The same in other languages, with capitals outside ASCII folded too.
TEST(HtmlHeuristicsTest, BoilerplatePhrasesInOtherLanguages) {
  EXPECT_TRUE(IsBoilerplatePhrase("Publicidade"));
  EXPECT_TRUE(IsBoilerplatePhrase("PUBLICITÉ"));
  EXPECT_TRUE(IsBoilerplatePhrase("Реклама"));
  EXPECT_TRUE(IsBoilerplatePhrase("Kommentare:"));
  EXPECT_FALSE(IsBoilerplatePhrase("Publicidade enganosa"));
  EXPECT_FALSE(IsBoilerplatePhrase("Реклама и общество"));
}

TEST(HtmlHeuristicsTest, BylineAndDateContainersInOtherLanguages) {
  ClassVerdictCache cache;
  EXPECT_TRUE(cache.ForAttribute("post-autor").byline_container);
  EXPECT_TRUE(cache.ForAttribute("auteur-article").byline_container);
  EXPECT_TRUE(cache.ForAttribute("artikel-verfasser").byline_container);
  EXPECT_FALSE(cache.ForAttribute("textarea-autoresize").byline_container);
  EXPECT_FALSE(cache.ForAttribute("carousel autorotate").byline_container);
  EXPECT_FALSE(cache.ForAttribute("hauteur-fixe").byline_container);
  EXPECT_TRUE(cache.ForAttribute("autor_nome").byline_container);
  EXPECT_TRUE(cache.ForAttribute("noticia-fecha").date_container);
  EXPECT_TRUE(cache.ForAttribute("artikel-datum").date_container);
}

TEST(HtmlHeuristicsTest, TeaserPrefixes) {
  EXPECT_EQ(TeaserPrefix("READ MORE: A bridge reopens"), "read more");
  EXPECT_EQ(TeaserPrefix("Leia também: Ponte reaberta"), "leia também");
  EXPECT_EQ(TeaserPrefix("LEIA TAMBÉM: Ponte reaberta"), "leia também");
  EXPECT_EQ(TeaserPrefix("À lire aussi : le pont rouvre"), "à lire aussi");
  EXPECT_EQ(TeaserPrefix("Читайте также: Мост открыт"), "читайте также");
  EXPECT_EQ(TeaserPrefix("The bridge reopens"), "");
}

TEST(HtmlHeuristicsTest, LoadingPlaceholdersEndWithAnEllipsis) {
  EXPECT_TRUE(IsBoilerplatePhrase("Loading image..."));
  EXPECT_TRUE(IsBoilerplatePhrase("Loading comments\u2026"));
  EXPECT_TRUE(IsBoilerplatePhrase("LOADING VIDEO ..."));
  EXPECT_FALSE(IsBoilerplatePhrase("Loading docks"));  // a heading, not a placeholder
  EXPECT_FALSE(IsBoilerplatePhrase("Loading the truck..."));
  EXPECT_FALSE(IsBoilerplatePhrase("Loadings..."));
  EXPECT_FALSE(IsBoilerplatePhrase("Loading bays."));  // a sentence, not a placeholder
}

}  // namespace
}  // namespace newsift::html
