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

// A count glued after the names (a reading time, comments, a day without its
// year) is no part of them; without a lead, a credit holding a number is no
// name.
TEST(BylinesTest, CountGluedAfterTheNames) {
  EXPECT_THAT(SplitByline("By Ann Smith 12 min read", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("by Ann Smith \u20144 min read", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("By the Valley Desk 3\u20135 minutes", ""),
              ElementsAre("the Valley Desk"));
  EXPECT_THAT(SplitByline("Posted by Ann Smith 14 Comments", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("By Ann Smith October 3 October 3", ""), ElementsAre("Ann Smith"));
  EXPECT_THAT(SplitByline("Written by Dec 8", ""), IsEmpty());
  EXPECT_THAT(SplitByline("Valley River College \u00a9 2025", ""), IsEmpty());
  EXPECT_THAT(SplitByline("Ann Smith 14 Comments", ""), IsEmpty());
  // A surname that names a month stays before a count.
  EXPECT_THAT(SplitByline("By Ann May 5 min read", ""), ElementsAre("Ann May"));
}

// The earliest separator ends the names, whichever is listed first.
TEST(BylinesTest, EarliestCutEndsTheNames) {
  EXPECT_THAT(
      SplitByline("By Ann Smith, CPA \u2013 Updated May 5, 2025 at 9:40 AM EST | Bo Ng", ""),
      ElementsAre("Ann Smith, CPA"));
  // The same for the name after a leading date.
  EXPECT_THAT(SplitByline("Dec. 19, 2025 \u00b7 Ann Smith - Updated Dec. 20, 2025", ""),
              ElementsAre("Ann Smith"));
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
  EXPECT_THAT(SplitByline("keeping the gate shut", ""), IsEmpty());
  EXPECT_THAT(SplitByline("ann smith", ""), ElementsAre("ann smith"));
  EXPECT_THAT(SplitByline("Anna van der Berg", ""), ElementsAre("Anna van der Berg"));
  // The outlet named after the writers, spelt without its place name.
  EXPECT_THAT(SplitByline("Ann Smith and The Evening Ledger", "Northfield Evening Ledger"),
              ElementsAre("Ann Smith"));
}

// Where the writer works is no one; nor is a credit for other work.
TEST(BylinesTest, WorkplacesAndOtherCredits) {
  EXPECT_THAT(SplitByline("By Ann Lee and Bo Ng, Science Correspondents in London", ""),
              ElementsAre("Ann Lee", "Bo Ng"));
  EXPECT_THAT(SplitByline("By Ann Lee, Staff Writer at The Herald", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Ann Lee, Senior Writer for Politics", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann Lee in Paris", ""), ElementsAre("Ann Lee"));
  // The category that followed "In" went to the next line.
  EXPECT_THAT(SplitByline("By Ann Lee In", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Institute for Fiscal Studies", ""),
              ElementsAre("Institute for Fiscal Studies"));
  EXPECT_THAT(SplitByline("Reporting by Ann Lee; Editing by Bo Ng", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann Lee. Edited by Bo Ng", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Words by Ann Lee, photos by Bo Ng", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Written by Ann Lee; Fact-checked by Bo Ng", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Editing by Bo Ng", ""), IsEmpty());
  // The join before the credit goes with it; a lead's own credit stays.
  EXPECT_THAT(SplitByline("Reported by Ann Lee and edited by Bo Ng", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann Lee with photos by Bo Ng", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Story and photos by Ann Lee", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann B. Lee", ""), ElementsAre("Ann B. Lee"));
  // "with" joins two writers; before anything else it ends the names.
  EXPECT_THAT(SplitByline("By Ann Lee With Bo Ng", ""), ElementsAre("Ann Lee", "Bo Ng"));
  EXPECT_THAT(SplitByline("By Ann Lee with additional reporting by Bo Ng", ""),
              ElementsAre("Ann Lee"));
}

// The outlet's name run on after the writer's, with no separator: the
// site's name, or else the label of the page's domain, spells it.
TEST(BylinesTest, OutletGluedAfterTheName) {
  EXPECT_THAT(SplitByline("By Ann Lee Example Times", "Example Times"), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann Lee Example Times", "", SiteCredit::kReject, "exampletimes.com"),
              ElementsAre("Ann Lee"));
  EXPECT_THAT(
      SplitByline("By Ann Lee EXAMPLE TIMES", "", SiteCredit::kReject, "www.example-times.co.uk"),
      ElementsAre("Ann Lee"));
  EXPECT_THAT(
      SplitByline("By Ann B. Lee ExampleTimes", "", SiteCredit::kReject, "exampletimes.com"),
      ElementsAre("Ann B. Lee"));
  EXPECT_THAT(SplitByline("By Ann Lee and Bo Ng Example Times", "", SiteCredit::kReject,
                          "exampletimes.com"),
              ElementsAre("Ann Lee", "Bo Ng"));
  EXPECT_THAT(SplitByline("By Ann Lee LEE", "", SiteCredit::kReject, "lee.com"),
              ElementsAre("Ann Lee"));
  // Another outlet's name stays, and so does a surname that is the label of
  // a personal site's domain, written as a name.
  EXPECT_THAT(SplitByline("By Ann Lee Example Times", "", SiteCredit::kReject, "other.com"),
              ElementsAre("Ann Lee Example Times"));
  EXPECT_THAT(SplitByline("By Ann Lee", "", SiteCredit::kReject, "lee.com"),
              ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Mary Ann Lee", "", SiteCredit::kReject, "lee.com"),
              ElementsAre("Mary Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann B. Lee", "", SiteCredit::kReject, "lee.com"),
              ElementsAre("Ann B. Lee"));
  EXPECT_THAT(SplitByline("By Ann B. LEE", "", SiteCredit::kReject, "lee.com"),
              ElementsAre("Ann B. LEE"));
  // Only under a country's domain is a short second-level label skipped
  // ("co.uk"); under "com" it is the outlet's ("abc" of news.abc.com).
  EXPECT_THAT(SplitByline("By Ann Lee ABC", "", SiteCredit::kReject, "news.abc.com"),
              ElementsAre("Ann Lee"));
}

TEST(BylinesTest, WriterBiography) {
  const std::vector<std::string> authors = {"Ann Lee"};
  EXPECT_TRUE(
      IsWriterBio("Ann Lee is a reporter for the Riverside Post. Send tips to her.", authors));
  EXPECT_TRUE(IsWriterBio("About the author: Ann Lee is a freelance writer in Leeds.", authors));
  EXPECT_TRUE(IsWriterBio("Ann is a columnist, teacher and gardener.", authors));
  EXPECT_TRUE(IsWriterBio("About the Author Ann Lee was an editor at the Post.", authors));
  EXPECT_TRUE(IsWriterBio("Example's Ann Lee is the author of two books.", authors));
  EXPECT_TRUE(
      IsWriterBio("Ann Lee covers city hall as the paper's senior correspondent.", authors));
  EXPECT_TRUE(IsWriterBio("Ann Lee has been a staff photographer since 2010.", authors));
  EXPECT_TRUE(IsWriterBio("Ann Lee is a professor of history at Riverside College.", authors));
  // Another person; the first name alone without a trade in the first
  // sentence, with one only later, with a word that holds one; the writer
  // named inside a sentence.
  EXPECT_FALSE(IsWriterBio("Bo Ng is a reporter for the Riverside Post.", authors));
  EXPECT_FALSE(IsWriterBio("Ann is a keen gardener. She is also a writer.", authors));
  EXPECT_FALSE(IsWriterBio("Ann is a co-authored study's lead.", authors));
  EXPECT_FALSE(IsWriterBio("The mayor said Ann Lee is a reporter she trusts.", authors));
  EXPECT_FALSE(IsWriterBio("Ann Lee is a reporter.", {"Lee"}));
  EXPECT_FALSE(IsWriterBio("Ann Lee is a reporter.", {}));
}

TEST(BylinesTest, WriterContact) {
  const std::vector<std::string> authors = {"Ann Lee"};
  EXPECT_TRUE(
      IsWriterContact("You can email Ann Lee here, and read more of her articles here.", authors));
  EXPECT_TRUE(IsWriterContact("Have a tip? Ann Lee may be reached at ann@example.com.", authors));
  EXPECT_TRUE(IsWriterContact("Follow Ann Lee on X @annlee_writes.", authors));
  // No author named, no way to reach anyone, or a long paragraph.
  EXPECT_FALSE(IsWriterContact("You can email the council at council@example.org.", authors));
  EXPECT_FALSE(IsWriterContact("Ann Lee spoke to the mayor after the meeting.", authors));
  EXPECT_FALSE(IsWriterContact("Email Ann Lee.", {"Lee"}));
  EXPECT_FALSE(IsWriterContact(std::string(300, 'x') + " email Ann Lee", authors));
}

// A handle after the name, a capitalised "On" before the date, and a beat
// glued before the role are not the name; a word that is no beat stays.
TEST(BylinesTest, HandlesAndBeatsAfterTheName) {
  EXPECT_THAT(SplitByline("By Ann Lee On 11/13/19 at 4:00 PM EST", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann Lee @annlee March 3, 2025", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Ann Lee @annlee @annlee_photos", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann Lee Business Columnist", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann Lee Tech Reporter @annlee", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Mary Ann Lee Columnist", ""), ElementsAre("Mary Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann Business", ""), ElementsAre("Ann Business"));
}

// A degree or generation stays with the name before it, with the capitals
// after it.
TEST(BylinesTest, DegreesAfterTheNames) {
  EXPECT_THAT(SplitByline("By Ann Lee, MD", ""), ElementsAre("Ann Lee, MD"));
  EXPECT_THAT(SplitByline("By Ann Lee, Ph.D., and Bo Ng, RN", ""),
              ElementsAre("Ann Lee, Ph.D.", "Bo Ng, RN"));
  EXPECT_THAT(SplitByline("Ann Lee, MS, RD, FRVS", ""), ElementsAre("Ann Lee, MS, RD, FRVS"));
  EXPECT_THAT(SplitByline("Ann Lee, Jr.", ""), ElementsAre("Ann Lee, Jr."));
  // Capitals that follow no degree are not taken for one.
  EXPECT_THAT(SplitByline("By Ann Lee, XYZ", ""), ElementsAre("Ann Lee", "XYZ"));
}

TEST(BylinesTest, LinksAboutTheWriterAndLongerLeads) {
  EXPECT_THAT(SplitByline("Follow Ann Lee", ""), IsEmpty());
  EXPECT_THAT(SplitByline("Ann Lee's Latest", ""), IsEmpty());
  EXPECT_THAT(SplitByline("Ann Lee Twitter", ""), IsEmpty());
  EXPECT_THAT(SplitByline("Guest post by Ann Lee", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Sponsored by Riverside Works", ""),
              ElementsAre("Sponsored by Riverside Works"));
  // A sentence that opens with "By" and a verb's -ing form.
  EXPECT_THAT(SplitByline("By keeping the gate shut and staying alert, you protect yourself and "
                          "neighbours.",
                          ""),
              IsEmpty());
  EXPECT_THAT(SplitByline("By pressing Send you accept the rules", ""), IsEmpty());
  EXPECT_THAT(SplitByline("By Ming Sterling", ""), ElementsAre("Ming Sterling"));
  // An entity left without its ";" (libxml2 keeps it as text).
  EXPECT_THAT(SplitByline("Ann Lee&nbsp", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Ann Lee&nbsp;&nbsp;", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Webmaster&nbsp;", ""), IsEmpty());
  // Other leads than "By" before an -ing word name the writer ("sterling").
  EXPECT_THAT(SplitByline("Written by sterling hayes", ""), ElementsAre("sterling hayes"));
  // A name and its link's copy, joined by a text dump.
  EXPECT_THAT(SplitByline("By Ann Lee Ann Lee", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("By Ann Marie Lee Ann Marie Lee and Bo Ng", ""),
              ElementsAre("Ann Marie Lee", "Bo Ng"));
  EXPECT_THAT(SplitByline("By Ann Lee Bo Ng", ""), ElementsAre("Ann Lee Bo Ng"));
}

TEST(BylinesTest, RolesAfterTheNames) {
  EXPECT_THAT(SplitByline("By Ann Lee and Bo Ng, Science Reporters", ""),
              ElementsAre("Ann Lee", "Bo Ng"));
  EXPECT_THAT(SplitByline("ANN LEE, AP Political Writer", ""), ElementsAre("ANN LEE"));
  // A word that only qualifies a role, last in a name, is a surname.
  EXPECT_THAT(SplitByline("By Ann Lee and Jennifer Senior", ""),
              ElementsAre("Ann Lee", "Jennifer Senior"));
  EXPECT_THAT(SplitByline("Bo Guest", ""), ElementsAre("Bo Guest"));
  // Not when it qualifies a title glued after the name.
  EXPECT_THAT(SplitByline("Ann Lee Managing Editor", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Ann Lee Political Reporter", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Ann Lee, Senior", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Ann Lee, Senior Political Writer", ""), ElementsAre("Ann Lee"));
  // A team's credit keeps its plural role.
  EXPECT_THAT(SplitByline("Ridge Reporters", ""), ElementsAre("Ridge Reporters"));
  EXPECT_THAT(SplitByline("By Our Editors", ""), ElementsAre("Our Editors"));
  // A date after the names starts with its day.
  EXPECT_THAT(SplitByline("By Ann Lee, Wednesday, 20 November 2019 08:05 GMT", ""),
              ElementsAre("Ann Lee"));
  // Weekday names in other languages are no names either.
  EXPECT_THAT(SplitByline("Von Anna Schmidt, Mittwoch", ""), ElementsAre("Anna Schmidt"));
  EXPECT_THAT(SplitByline("Por Ana Gómez, sábado", ""), ElementsAre("Ana Gómez"));
  EXPECT_THAT(SplitByline("Plácido Domingo", ""), ElementsAre("Plácido Domingo"));
  EXPECT_THAT(SplitByline("Written by by Ann Lee", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("Ann Lee Last updated March 3, 2024", ""), ElementsAre("Ann Lee"));
  EXPECT_THAT(SplitByline("by Ann Lee \u25cf December 23, 2025 \u25cf 6 min read", ""),
              ElementsAre("Ann Lee"));
  // The post's categories after the names.
  EXPECT_THAT(SplitByline("By Ann Lee In Science, Night Sky", ""), ElementsAre("Ann Lee"));
  // A dot operator sets off the role as a middle dot does.
  EXPECT_THAT(
      SplitByline("By Ann Lee \u22c5 Founder and Head Writer \u22c5 Updated May 5, 2025", ""),
      ElementsAre("Ann Lee"));
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
  EXPECT_THAT(SplitByline("Av Erik Larsson och Karin Berg", ""),
              ElementsAre("Erik Larsson", "Karin Berg"));
  EXPECT_THAT(SplitByline("Oleh Budi Santoso", ""), ElementsAre("Budi Santoso"));
  EXPECT_THAT(SplitByline("Yazar: Ahmet Yılmaz", ""), ElementsAre("Ahmet Yılmaz"));
  EXPECT_THAT(SplitByline("Autor: Jan Kowalski", ""), ElementsAre("Jan Kowalski"));
  EXPECT_THAT(SplitByline("Авторы: Иван Петров и Анна Смирнова", ""),
              ElementsAre("Иван Петров", "Анна Смирнова"));
  EXPECT_THAT(SplitByline("Por Ana García e João Silva", ""),
              ElementsAre("Ana García", "João Silva"));
  EXPECT_THAT(SplitByline("Av Erik Larsson og Kari Nordmann", ""),
              ElementsAre("Erik Larsson", "Kari Nordmann"));
  // A lead only before a full name: "von der Leyen", "Von Miller" and
  // "Oleh Sukhov" (a Ukrainian first name) are names.
  EXPECT_THAT(SplitByline("von der Leyen", ""), ElementsAre("von der Leyen"));
  EXPECT_THAT(SplitByline("Von Miller", ""), ElementsAre("Von Miller"));
  EXPECT_THAT(SplitByline("Oleh Sukhov", ""), ElementsAre("Oleh Sukhov"));
  // Another language's "and" joins two names, not the parts of one, and
  // "en" is "in".
  EXPECT_THAT(SplitByline("Santiago Ramón y Cajal", ""), ElementsAre("Santiago Ramón y Cajal"));
  EXPECT_THAT(SplitByline("Por Ana García en Madrid", ""), ElementsAre("Ana García"));
}

// The texts of FindBylines(texts, after).
std::vector<std::string> Bylines(const std::vector<std::string>& texts, size_t after) {
  std::vector<std::string> out;
  for (const FoundByline& found : FindBylines(texts, after)) out.push_back(found.text);
  return out;
}

TEST(BylinesTest, FindBylinesAfterAndBeforeTheHeadline) {
  // Two texts after the headline, then two before it, nearest first.
  std::vector<std::string> texts = {"By Ann Smith", "March 27, 2024", "Bob Jones", "By"};
  EXPECT_THAT(Bylines(texts, 2), ElementsAre("By Ann Smith", "Bob Jones"));
  // A lone lead as the last text before the headline names no one.
  EXPECT_THAT(Bylines({"March 27, 2024", "By"}, 1), IsEmpty());
  // A lone lead as the last text after the headline: the next text is
  // before the headline, not after the lead.
  EXPECT_THAT(Bylines({"By", "Back to the overview"}, 1), IsEmpty());
  EXPECT_THAT(Bylines({"Written by", "Ann Smith", ",", "Bob Jones"}, 4),
              ElementsAre("Ann Smith, Bob Jones"));
  EXPECT_THAT(Bylines({"Published May 5, 2024 by Ann Smith"}, 1), ElementsAre("by Ann Smith"));
  // A date first, then the writer; not a sentence that mentions "by".
  EXPECT_THAT(Bylines({"May 5, 2024 by Ann Smith"}, 1), ElementsAre("by Ann Smith"));
  EXPECT_THAT(Bylines({"May 5, 2024 | By Ann Smith"}, 1), ElementsAre("By Ann Smith"));
  EXPECT_THAT(Bylines({"The plan, approved on May 5, 2024 by the council, stands"}, 1), IsEmpty());
  EXPECT_THAT(Bylines({"May 5, 2024: the bridge was closed by the council"}, 1), IsEmpty());
  // Published and updated, then the writer; a date inside a sentence between
  // them is no such pair.
  EXPECT_THAT(Bylines({"May 5, 2024 May 9, 2024 by Ann Smith"}, 1), ElementsAre("by Ann Smith"));
  EXPECT_THAT(Bylines({"On May 5, 2024 May 9, 2024 By Ann Smith In Science, Night Sky"}, 1),
              ElementsAre("By Ann Smith In Science, Night Sky"));
  EXPECT_THAT(Bylines({"On May 5, 2024: the bridge was closed by the council"}, 1), IsEmpty());
  EXPECT_THAT(Bylines({"On May 5, 2024, by a vote of five to two, the council closed it"}, 1),
              IsEmpty());
  EXPECT_THAT(Bylines({"May 5, 2024 | May 9, 2024 | By Ann Smith"}, 1),
              ElementsAre("By Ann Smith"));
  EXPECT_THAT(Bylines({"May 5, 2024: closed until May 9, 2024 by the council"}, 1), IsEmpty());
  EXPECT_THAT(Bylines({"BySummer Swann"}, 1), ElementsAre("By Summer Swann"));
  // Where each byline was read: the lead and the names.
  std::vector<FoundByline> found = FindBylines({"By Ann Smith", "Written by", "Bob Jones"}, 3);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_THAT(found[0].sources, ElementsAre(0u));
  EXPECT_THAT(found[1].sources, ElementsAre(1u, 2u));
}

TEST(BylinesTest, FindBylinesInOtherLanguagesNeedsAName) {
  EXPECT_THAT(Bylines({"Von Anna Schmidt und Peter Müller"}, 1),
              ElementsAre("Von Anna Schmidt und Peter Müller"));
  // The leads are words of their languages: on an English page, a Title Case
  // headline is no byline; on a German one "Von" leads.
  EXPECT_THAT(FindBylines({"Von Miller Signs With Bills"}, 1, "en"), IsEmpty());
  EXPECT_THAT(FindBylines({"Door County Shipwrecks Found"}, 1, "en-US"), IsEmpty());
  EXPECT_EQ(FindBylines({"Von Anna Schmidt"}, 1, "de-AT").size(), 1u);
  EXPECT_EQ(FindBylines({"Von Anna Schmidt"}, 1, "de").front().lead_languages, "de");
  EXPECT_THAT(FindBylines({"Von", "Anna Schmidt"}, 2, "fr"), IsEmpty());
  EXPECT_EQ(FindBylines({"Автор: Иван Петров"}, 1, "en").size(), 1u);  // a label: anywhere
  EXPECT_TRUE(LeadFitsLanguage("es pt", "pt_BR"));
  EXPECT_FALSE(LeadFitsLanguage("es pt", "en"));
  EXPECT_TRUE(LeadFitsLanguage("de", ""));
  EXPECT_TRUE(LeadFitsLanguage("", "en"));
  // "Von" / "Redaktion": a lone lead before one word names no one.
  EXPECT_THAT(Bylines({"Von", "Redaktion"}, 2), IsEmpty());
  EXPECT_THAT(Bylines({"Par Jean Dupont, 3 mars 2024"}, 1),
              ElementsAre("Par Jean Dupont, 3 mars 2024"));
  EXPECT_THAT(Bylines({"Von", "Anna Schmidt"}, 2), ElementsAre("Anna Schmidt"));
  // "von" / "an" of a mail form: no capitalised name after the lead.
  EXPECT_THAT(Bylines({"von", "an"}, 2), IsEmpty());
  EXPECT_THAT(Bylines({"Von der Leyen besucht Kiew", "Por qué sube el precio"}, 2), IsEmpty());
  EXPECT_THAT(Bylines({"Reviewed by Bob Jones"}, 1), IsEmpty());
  EXPECT_THAT(Bylines({"Updated by Bob Jones"}, 1), IsEmpty());
  EXPECT_THAT(Bylines({"Published by Ann Smith"}, 1), ElementsAre("by Ann Smith"));
  // "Published"/"Updated" ... "by": a dated line, not a headline.
  EXPECT_THAT(Bylines({"Updated 3 hours ago by Bob Jones"}, 1), ElementsAre("by Bob Jones"));
  EXPECT_THAT(Bylines({"UPDATED: Offer SHOT DOWN by appeals judge"}, 1), IsEmpty());
}

TEST(BylinesTest, NameShapes) {
  EXPECT_TRUE(IsCapitalisedFullName("Ann Lee"));
  EXPECT_TRUE(IsCapitalisedFullName("Anna van der Berg"));
  EXPECT_TRUE(IsCapitalisedFullName("Émile Ardoin"));
  EXPECT_FALSE(IsCapitalisedFullName("Ann"));
  EXPECT_FALSE(IsCapitalisedFullName("View Profile"));
  EXPECT_FALSE(IsCapitalisedFullName("van der Berg"));
  EXPECT_TRUE(IsTeamCredit("Example Team"));
  EXPECT_TRUE(IsTeamCredit("the Example Editorial Team"));
  EXPECT_TRUE(IsTeamCredit("Example Staff"));
  EXPECT_TRUE(IsTeamCredit("\u00C9cole Rive Team"));
  EXPECT_FALSE(IsTeamCredit("Team"));
  EXPECT_FALSE(IsTeamCredit("the Team"));
  EXPECT_FALSE(IsTeamCredit("Meet the Team"));
  EXPECT_FALSE(IsTeamCredit("Our Staff"));
  EXPECT_FALSE(IsTeamCredit("ask the team"));
  EXPECT_FALSE(IsTeamCredit("Example Team Members"));
  EXPECT_FALSE(IsTeamCredit("One Two Three Four Five Team"));
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
