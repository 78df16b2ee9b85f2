#include "extract/credits.h"

#include <gtest/gtest.h>

namespace newsift {
namespace {

TEST(SplitCreditTest, CopyrightAfterCaption) {
  auto parts = SplitCredit("FILE PHOTO: Mr Smith at a rally. \xC2\xA9  Jane Doe / AGENCY / AFP");
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->caption, "FILE PHOTO: Mr Smith at a rally.");
  EXPECT_EQ(parts->credit, "Jane Doe / AGENCY / AFP");
}

TEST(SplitCreditTest, LinkTextGluedToCaption) {
  auto parts = SplitCredit(
      "\xC2\xA9 Agency / John Roe / Go to the photo archiveThe minister during a visit to the "
      "port.");
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->credit, "Agency / John Roe");
  EXPECT_EQ(parts->caption, "The minister during a visit to the port.");
  EXPECT_EQ(parts->dropped, "Go to the photo archive");
}

TEST(SplitCreditTest, PhotoPrefixAndParenthesis) {
  auto a = SplitCredit("Crowds gathered outside. Photo: Jane Doe/Reuters");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->caption, "Crowds gathered outside.");
  EXPECT_EQ(a->credit, "Jane Doe/Reuters");
  auto b = SplitCredit("The senator speaks (Photo by Jane Doe/Getty Images)");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->caption, "The senator speaks");
  EXPECT_EQ(b->credit, "Jane Doe/Getty Images");
  auto c = SplitCredit("Courtesy of Riverside Labs");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->caption, "");
  EXPECT_EQ(c->credit, "Riverside Labs");
  auto d = SplitCredit("The new bridge at dusk (Courtesy of Ann Lee)");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->caption, "The new bridge at dusk");
  EXPECT_EQ(d->credit, "Ann Lee");
  auto e = SplitCredit("The mayor at the council meeting. Credit...Ann Lee/Riverside Post");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->caption, "The mayor at the council meeting.");
  EXPECT_EQ(e->credit, "Ann Lee/Riverside Post");
  // Prose that thanks someone is no credit.
  EXPECT_FALSE(
      SplitCredit("The footage, courtesy of the council, shows the bridge at night.").has_value());
}

// A caption sentence, then the photographer and agency joined by a slash in
// parentheses. A heading's own parenthesis with a slash, a series number and
// a choice are no credits.
TEST(SplitCreditTest, TrailingPhotographerSlashAgency) {
  auto parts = SplitCredit("Crowds wait at the bridge in Eastport. (Ann Lee/Example Images)");
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->caption, "Crowds wait at the bridge in Eastport.");
  EXPECT_EQ(parts->credit, "Ann Lee / Example Images");
  parts = SplitCredit("The ferry at dawn. (Bo Ng / River Photo via Example Images)");
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->credit, "Bo Ng / River Photo via Example Images");
  parts = SplitCredit("(Ann Lee/Example Images)");
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->caption, "");
  // Not a sentence before the parenthesis: a heading.
  EXPECT_FALSE(SplitCredit("3. Night Sky Helper (Guide / Planner)").has_value());
  // An agency's initials or its "Photo" first, then the photographer.
  parts = SplitCredit("The ferry at dawn. (EX Photo/Ann Lee)");
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->credit, "EX Photo / Ann Lee");
  // Sentences before a slash that is no credit: a series number, a name
  // with digits, a choice, a record label, platforms.
  EXPECT_FALSE(SplitCredit("Crowds on the bridge at dusk. (1/3)").has_value());
  EXPECT_FALSE(SplitCredit("Is the comet safe to watch? (Part 1/2)").has_value());
  EXPECT_FALSE(SplitCredit("The band played at the club. (Ann Lee/Studio 54)").has_value());
  EXPECT_FALSE(SplitCredit("Do you back the new bridge plan? (Yes/No)").has_value());
  EXPECT_FALSE(SplitCredit("The album is out now. (Riverside/Example Music)").has_value());
  EXPECT_FALSE(SplitCredit("The game is out now. (PC/Console X)").has_value());
}

TEST(SplitCreditTest, FooterAndPlainLinesAreNotCredits) {
  EXPECT_FALSE(SplitCredit("\xC2\xA9 Some Media Group, 2005\xE2\x80\x93"
                           "2023. All rights reserved.")
                   .has_value());
  EXPECT_FALSE(SplitCredit("Copyright 2019 Example News").has_value());
  EXPECT_FALSE(SplitCredit("FILE PHOTO: a caption without a credit").has_value());
  EXPECT_FALSE(SplitCredit("").has_value());
}

TEST(IsCopyrightFooterTest, Detects) {
  EXPECT_TRUE(IsCopyrightFooter("\xC2\xA9 2024 Example. All rights reserved"));
  EXPECT_TRUE(IsCopyrightFooter("Copyright \xC2\xA9 2010 EXAMPLE"));
  EXPECT_FALSE(IsCopyrightFooter("\xC2\xA9 Jane Doe / AFP"));
}

}  // namespace
}  // namespace newsift
