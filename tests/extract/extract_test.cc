// Extract(): the decoding decisions reach the record.
#include "newsift/extract.h"

#include <gtest/gtest.h>

#include <string>

namespace newsift {
namespace {

Document HtmlDoc(std::string html) {
  Document doc;
  doc.source = "page.html";
  doc.bytes = std::move(html);
  return doc;
}

std::string Page(std::string_view title, std::string_view paragraph) {
  std::string html = "<html><head><meta charset=\"utf-8\"><title>" + std::string(title) +
                     "</title></head><body><article><h1>" + std::string(title) + "</h1>";
  for (int i = 0; i < 3; ++i) html += "<p>" + std::string(paragraph) + "</p>";
  return html + "</article></body></html>";
}

constexpr std::string_view kParagraph =
    "The council met on Tuesday, argued for hours about the bridge, and agreed to rebuild it "
    "before the first snow; the mayor said it’s the town’s oldest crossing.";

TEST(Extract, RestoredDoubleEncodingIsInTheTextAndCountedInTheRecord) {
  // The page as a CMS that read its UTF-8 as windows-1252 serves it.
  std::string damaged(kParagraph);
  for (size_t at; (at = damaged.find("’")) != std::string::npos;) {
    damaged.replace(at, std::string_view("’").size(), "\u00E2\u20AC\u2122");
  }
  const Document doc = HtmlDoc(Page("Bridge vote: it\u00E2\u20AC\u2122s on", damaged));
  const Article article = Extract(doc);
  ASSERT_EQ(article.status, RecordStatus::kOk) << article.error;
  EXPECT_EQ(article.title, "Bridge vote: it’s on");
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_EQ(article.paragraphs[0].text, kParagraph);
  EXPECT_EQ(article.mojibake_repairs, 2u + 3 * 2);  // <title> and <h1>, three paragraphs
}

TEST(Extract, CleanPageHasNoRepairs) {
  const Document doc = HtmlDoc(Page("Bridge vote: it’s on", kParagraph));
  const Article article = Extract(doc);
  ASSERT_EQ(article.status, RecordStatus::kOk) << article.error;
  EXPECT_EQ(article.paragraphs[0].text, kParagraph);
  EXPECT_EQ(article.mojibake_repairs, 0u);
}

TEST(Extract, ListingPagesAreLabelledOrDroppedOnRequest) {
  std::string html = "<html><body><main>";
  for (int i = 0; i < 10; ++i) {
    html += "<div class=\"card\"><h3><a href=\"/story-" + std::to_string(i) +
            "\">Invented headline number " + std::to_string(i) +
            " about the harbour</a></h3><p>A line of summary, long enough to be read as "
            "text.</p></div>";
  }
  html += "</main></body></html>";
  Document doc = HtmlDoc(html);
  doc.url = "https://news.example.org/";
  const Article labelled = Extract(doc);
  EXPECT_EQ(labelled.status, RecordStatus::kOk) << labelled.error;
  EXPECT_EQ(labelled.page_type, PageType::kListing);
  ASSERT_FALSE(labelled.explain.empty());
  bool explained = false;
  for (const ExplainEntry& e : labelled.explain) {
    explained = explained || e.reason.starts_with("page type listing: ");
  }
  EXPECT_TRUE(explained);

  ExtractOptions options;
  options.drop_listings = true;
  const Article dropped = Extract(doc, options);
  EXPECT_EQ(dropped.status, RecordStatus::kEmpty);
  EXPECT_EQ(dropped.page_type, PageType::kListing);
  EXPECT_TRUE(dropped.error.starts_with("a listing page, not an article: 10 headlines"))
      << dropped.error;

  // An article is not touched by the option.
  const Article article = Extract(HtmlDoc(Page("Bridge vote", kParagraph)), options);
  EXPECT_EQ(article.status, RecordStatus::kOk) << article.error;
  EXPECT_EQ(article.page_type, PageType::kArticle);
}

}  // namespace
}  // namespace newsift
