#include "newsift/article_json.h"

#include <gtest/gtest.h>

namespace newsift {
namespace {

TEST(ArticleJson, RoundTripsEveryField) {
  Article a;
  a.id = "0123456789abcdef";
  a.source = "x.html";
  a.title = "Title";
  a.authors = {"A. Writer", "B. Writer"};
  a.published = "2024-07-08T17:14:00";
  a.paragraphs = {{"One.", BlockKind::kParagraph, 0}, {"Two", BlockKind::kHeading, 2}};
  a.image_captions = {"A caption."};
  a.status = RecordStatus::kDuplicate;
  a.duplicate_of = "fedcba9876543210";
  a.input_format = InputFormat::kText;
  a.explain = {{"Accept cookies", Label::kCookie, "consent wording"}};
  a.mojibake_repairs = 3;
  a.page_type = PageType::kListing;
  auto json = ToJson(a, {.include_explain = true, .include_paragraphs = true});
  EXPECT_EQ(json["body"], "One.\n\nTwo");
  EXPECT_TRUE(json["url"].is_null());
  auto back = ArticleFromJson(json);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->title, "Title");
  EXPECT_EQ(back->authors, a.authors);
  EXPECT_EQ(back->status, RecordStatus::kDuplicate);
  EXPECT_EQ(back->input_format, InputFormat::kText);
  ASSERT_EQ(back->paragraphs.size(), 2u);
  EXPECT_EQ(back->paragraphs[1].kind, BlockKind::kHeading);
  ASSERT_EQ(back->explain.size(), 1u);
  EXPECT_EQ(back->explain[0].label, Label::kCookie);
  EXPECT_EQ(back->mojibake_repairs, 3u);
  EXPECT_EQ(json["page_type"], "listing");
  EXPECT_EQ(back->page_type, PageType::kListing);
}

TEST(ArticleJson, RejectsWrongTypes) {
  auto bad = ArticleFromJson(nlohmann::json{{"title", 3}});
  EXPECT_FALSE(bad.ok());
  EXPECT_FALSE(ArticleFromJson(nlohmann::json{{"mojibake_repairs", "3"}}).ok());
  EXPECT_FALSE(ArticleFromJson(nlohmann::json{{"mojibake_repairs", -1}}).ok());
  auto from_int = ArticleFromJson(nlohmann::json{{"mojibake_repairs", 3}});  // an int, not unsigned
  ASSERT_TRUE(from_int.ok());
  EXPECT_EQ(from_int->mojibake_repairs, 3u);
  EXPECT_FALSE(ArticleFromJson(nlohmann::json{{"page_type", "index"}}).ok());
  EXPECT_EQ(ArticleFromJson(nlohmann::json::object())->page_type, PageType::kArticle);
  EXPECT_FALSE(ArticleFromJson(nlohmann::json::array()).ok());
}

TEST(Markdown, KeepsStructure) {
  Article a;
  a.title = "T";
  a.paragraphs = {{"Intro."},
                  {"Sub", BlockKind::kHeading, 2},
                  {"one", BlockKind::kListItem, 0},
                  {"two", BlockKind::kListItem, 0},
                  {"said", BlockKind::kQuote, 0}};
  EXPECT_EQ(ToMarkdown(a), "# T\n\nIntro.\n\n## Sub\n\n- one\n- two\n\n> said\n");
}

}  // namespace
}  // namespace newsift
