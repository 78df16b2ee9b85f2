// SplitByline, FindBylines and the name tests on invented bylines: leads in
// several languages, roles, dates, separators and what is not a writer.
#include "extract/bylines.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsift {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(BylinesTest, NeverPublisherUrlOrEmail) {
  EXPECT_THAT(SplitByline("By Ann Smith and Bob Jones", "Herald"),
              ElementsAre("Ann Smith", "Bob Jones"));
  EXPECT_THAT(SplitByline("Ann Smith, Bob Jones", ""), ElementsAre("Ann Smith", "Bob Jones"));
  EXPECT_TRUE(SplitByline("Valley Herald", "Valley Herald").empty());
  EXPECT_TRUE(SplitByline("https://example.org/staff/ann", "").empty());
  EXPECT_TRUE(SplitByline("ann@example.org", "").empty());
}

// A date before the names and a separator: the names follow it. A section
// after a date is no writer.
TEST(BylinesTest, AfterALeadingDate) {
  EXPECT_THAT(SplitByline("Dec. 19, 2025 \u00b7 Ann Smith on behalf of the Valley Team", ""),
              ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("March 20, 2023 | Ann Smith, Bob Jones", ""),
              ElementsAre("Ann Smith", "Bob Jones"));
  EXPECT_TRUE(SplitByline("March 20, 2023 | Wellness & Prevention", "").empty());
  EXPECT_THAT(SplitByline("Ann Smith | March 20, 2023", ""), ElementsAre("Ann Smith"));
}

TEST(BylinesTest, Noise) {
  EXPECT_THAT(SplitByline("By Ann Smith - March 27, 2024", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("Written by: Ann Smith on May 5", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("Name *", ""), IsEmpty());
  EXPECT_THAT(SplitByline("Ann says:", ""), IsEmpty());
  EXPECT_THAT(SplitByline("ann.smith", ""), IsEmpty());
  EXPECT_THAT(SplitByline("By", ""), IsEmpty());
  EXPECT_THAT(SplitByline("Reviewed by Bob Jones", ""), IsEmpty());
  EXPECT_THAT(SplitByline("Z.B. Smith", ""), ElementsAre("Z.B. Smith"));
}

TEST(BylinesTest, LeadsRolesAndPhrases) {
  EXPECT_THAT(SplitByline("Text by Ann Smith", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("Posted byAnn Smith", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("Published by Ann Smith", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("Sponsored by Riverside Works", ""),
              ElementsAre("Sponsored by Riverside Works"));
  EXPECT_THAT(SplitByline("Ann Smith Senior Editor Travel", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("Ann Smith, Co-Founder", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("& Ann Smith", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("View more posts", ""), IsEmpty());
  EXPECT_THAT(SplitByline("following the tips below", ""), IsEmpty());
  EXPECT_THAT(SplitByline("ann smith", ""), ElementsAre("ann smith"));
  EXPECT_THAT(SplitByline("Anna van der Berg", ""), ElementsAre("Anna van der Berg"));
  // The outlet named after the writers, spelt without its place name.
  EXPECT_THAT(SplitByline("Ann Smith and The Evening Ledger", "Northfield Evening Ledger"),
              ElementsAre("Ann Smith"));
}

TEST(BylinesTest, OtherLanguages) {
  EXPECT_THAT(SplitByline("Von Anna Schmidt und Peter Müller", ""),
              ElementsAre("Anna Schmidt", "Peter Müller"));
  EXPECT_THAT(SplitByline("Par Jean Dupont et Marie Curie", ""),
              ElementsAre("Jean Dupont", "Marie Curie"));
  EXPECT_THAT(SplitByline("Por María García y Juan Pérez", ""),
              ElementsAre("María García", "Juan Pérez"));
  EXPECT_THAT(SplitByline("Автор: Иван Петров", ""), ElementsAre("Иван Петров"));
  EXPECT_THAT(SplitByline("Door Jan de Vries", ""), ElementsAre("Jan de Vries"));
  // A particle that starts a name is not a lead.
  EXPECT_THAT(SplitByline("von der Leyen", ""), ElementsAre("von der Leyen"));
}

TEST(BylinesTest, FindBylinesAfterAndBeforeTheHeadline) {
  // Two texts after the headline, then two before it, nearest first.
  std::vector<std::string> texts = {"By Ann Smith", "March 27, 2024", "Bob Jones", "By"};
  EXPECT_THAT(FindBylines(texts, 2), ElementsAre("By Ann Smith", "Bob Jones"));
  // A lone lead as the last text before the headline names no one.
  EXPECT_THAT(FindBylines({"March 27, 2024", "By"}, 1), IsEmpty());
  // A lone lead as the last text after the headline: the next text is
  // before the headline, not after the lead.
  EXPECT_THAT(FindBylines({"By", "Back to the overview"}, 1), IsEmpty());
  EXPECT_THAT(FindBylines({"Written by", "Ann Smith", ",", "Bob Jones"}, 4),
              ElementsAre("Ann Smith, Bob Jones"));
  EXPECT_THAT(FindBylines({"Published May 5, 2024 by Ann Smith"}, 1), ElementsAre("by Ann Smith"));
  EXPECT_THAT(FindBylines({"BySummer Swann"}, 1), ElementsAre("By Summer Swann"));
}

TEST(BylinesTest, FindBylinesInOtherLanguagesNeedsAName) {
  EXPECT_THAT(FindBylines({"Von Anna Schmidt und Peter Müller"}, 1),
              ElementsAre("Von Anna Schmidt und Peter Müller"));
  EXPECT_THAT(FindBylines({"Par Jean Dupont, 3 mars 2024"}, 1),
              ElementsAre("Par Jean Dupont, 3 mars 2024"));
  EXPECT_THAT(FindBylines({"Von", "Anna Schmidt"}, 2), ElementsAre("Anna Schmidt"));
  EXPECT_THAT(FindBylines({"Von der Leyen besucht Kiew", "Por qué sube el precio"}, 2), IsEmpty());
  EXPECT_THAT(FindBylines({"Reviewed by Bob Jones"}, 1), IsEmpty());
}

TEST(BylinesTest, NameShapes) {
  EXPECT_TRUE(IsCapitalisedFullName("Ann Lee"));
  EXPECT_TRUE(IsCapitalisedFullName("Marna van der Merwe"));
  EXPECT_TRUE(IsCapitalisedFullName("Çelik Nimani"));
  EXPECT_FALSE(IsCapitalisedFullName("Ann"));
  EXPECT_FALSE(IsCapitalisedFullName("View Profile"));
  EXPECT_FALSE(IsCapitalisedFullName("van der Merwe"));
  EXPECT_TRUE(IsNameSeparator(", and"));
  EXPECT_FALSE(IsNameSeparator("or"));
  EXPECT_TRUE(EndsWithLowercaseWord("View more posts"));
  EXPECT_FALSE(EndsWithLowercaseWord("Anna van der Berg"));
  std::vector<std::string> names = {"Ann Lee"};
  AddUniqueName(&names, "ANN LEE");
  AddUniqueName(&names, "Bo Ng");
  EXPECT_THAT(names, ElementsAre("Ann Lee", "Bo Ng"));
}

}  // namespace
}  // namespace newsift
