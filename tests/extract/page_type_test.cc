#include "extract/page_type.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace newsift {
namespace {

using ::testing::HasSubstr;

TEST(ShapeOfUrlTest, ListingPaths) {
  for (const char* url :
       {"https://news.example.org/", "https://news.example.org",
        "https://news.example.org/tag/harbour/", "https://news.example.org/category/local-news/",
        "https://news.example.org/world/page/2/", "https://news.example.org/author/ann-lee",
        "https://news.example.org/2024/03/", "https://news.example.org/find?q=harbour+festival",
        "https://blog.example.org/?s=bridge"}) {
    EXPECT_EQ(ShapeOfUrl(url), UrlShape::kListing) << url;
  }
}

TEST(ShapeOfUrlTest, ArticlePaths) {
  for (const char* url :
       {"https://news.example.org/2024/03/02/council-agrees-to-rebuild-bridge/",
        "https://news.example.org/world/council-agrees-to-rebuild-bridge.html",
        "https://news.example.org/story/24/03/02/236259/",
        "https://news.example.org/news/article/Town-votes-14848175.php",
        "https://news.example.org/page/about-the-harbour-festival",
        // A listing word early in the path names the section, not the page.
        "https://news.example.org/sections/harbour/2024/03/01/1234567/bridge",
        "https://news.example.org/magazine/archive/2024/04/bridge-of-sighs/677470/",
        // A search-like parameter on an article's URL is tracking.
        "https://news.example.org/world/council-agrees-to-rebuild-bridge?q=1"}) {
    EXPECT_EQ(ShapeOfUrl(url), UrlShape::kArticle) << url;
  }
}

TEST(ShapeOfUrlTest, UndecidedPaths) {
  for (const char* url :
       {"", "not a url", "https://news.example.org/world", "https://news.example.org/oral-health",
        "https://news.example.org/page/about", "https:///nohost"}) {
    EXPECT_EQ(ShapeOfUrl(url), UrlShape::kUnknown) << url;
  }
  std::string_view reason;
  ShapeOfUrl("https://news.example.org/tag/x", &reason);
  EXPECT_EQ(reason, "a tag, category, author or archive path");
}

TEST(ClassifyPageTest, DeclaredTypesComeFirst) {
  PageEvidence listing{.declared_listing = "CollectionPage"};
  PageTypeVerdict verdict = ClassifyPage(listing);
  EXPECT_EQ(verdict.type, PageType::kListing);
  EXPECT_THAT(verdict.reason, HasSubstr("CollectionPage"));

  // A declared article stays one whatever the structure shows.
  PageEvidence article{.url = "https://news.example.org/",
                       .declared_article = "NewsArticle",
                       .declared_listing = "CollectionPage",
                       .teasers = 40,
                       .prose_chars = 0};
  EXPECT_EQ(ClassifyPage(article).type, PageType::kArticle);
}

TEST(ClassifyPageTest, StructureDecidesUndeclaredPages) {
  PageEvidence front{
      .url = "https://news.example.org/", .teasers = 5, .prose_chars = 200, .teaser_chars = 400};
  PageTypeVerdict verdict = ClassifyPage(front);
  EXPECT_EQ(verdict.type, PageType::kListing);
  EXPECT_THAT(verdict.reason, HasSubstr("5 headlines of other pages"));
  EXPECT_THAT(verdict.reason, HasSubstr("front page"));

  // Without a listing URL, more headlines are needed.
  PageEvidence unknown{.url = "https://news.example.org/world",
                       .teasers = 5,
                       .prose_chars = 200,
                       .teaser_chars = 400};
  EXPECT_EQ(ClassifyPage(unknown).type, PageType::kArticle);
  unknown.teasers = 8;
  EXPECT_EQ(ClassifyPage(unknown).type, PageType::kListing);

  // A page with more text of its own than its teasers hold is an article...
  unknown.prose_chars = 401;
  EXPECT_EQ(ClassifyPage(unknown).type, PageType::kArticle);
  // ... and so is one with more than a short brief's, whatever the teasers.
  unknown.prose_chars = 1001;
  unknown.teaser_chars = 5000;
  EXPECT_EQ(ClassifyPage(unknown).type, PageType::kArticle);
  // ... and one with an article's URL.
  PageEvidence slug{.url = "https://news.example.org/world/council-agrees-to-rebuild-bridge",
                    .teasers = 30,
                    .prose_chars = 0,
                    .teaser_chars = 3000};
  EXPECT_EQ(ClassifyPage(slug).type, PageType::kArticle);
}

}  // namespace
}  // namespace newsift
