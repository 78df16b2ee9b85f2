#include "extract/dates.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace newsift {
namespace {

// ParseDate(text) rendered as ISO 8601, or "none".
std::string Iso(std::string_view text) {
  std::optional<ParsedDate> d = ParseDate(text);
  return d ? d->ToIso8601() : "none";
}

std::string UrlIso(std::string_view url) {
  std::optional<ParsedDate> d = DateFromUrl(url);
  return d ? d->ToIso8601() : "none";
}

TEST(ParseDate, Iso8601AndRfc3339) {
  EXPECT_EQ(Iso("2024-07-08"), "2024-07-08");
  EXPECT_EQ(Iso("2024-07-08T17:14"), "2024-07-08T17:14:00");
  EXPECT_EQ(Iso("2024-07-08T17:14:09"), "2024-07-08T17:14:09");
  EXPECT_EQ(Iso("2024-07-08 17:14:09"), "2024-07-08T17:14:09");
  EXPECT_EQ(Iso("2024-07-08T17:14:09.123456Z"), "2024-07-08T17:14:09Z");
  EXPECT_EQ(Iso("2025-05-06T10:31:00+03:00"), "2025-05-06T10:31:00+03:00");
  EXPECT_EQ(Iso("2025-05-06T10:31:00-0500"), "2025-05-06T10:31:00-05:00");
  EXPECT_EQ(Iso("2025-05-06T10:31:00+05"), "2025-05-06T10:31:00+05:00");
  EXPECT_EQ(Iso("2025-05-06T10:31+0000"), "2025-05-06T10:31:00Z");
  EXPECT_EQ(Iso("2025-05-06T10:31:00+05:30"), "2025-05-06T10:31:00+05:30");
  EXPECT_EQ(Iso("  2024-07-08T17:14:00Z \n"), "2024-07-08T17:14:00Z");
}

TEST(ParseDate, Rfc822And1123) {
  EXPECT_EQ(Iso("Tue, 06 May 2025 10:31:00 GMT"), "2025-05-06T10:31:00Z");
  EXPECT_EQ(Iso("Tue, 06 May 2025 10:31:00 +0300"), "2025-05-06T10:31:00+03:00");
  EXPECT_EQ(Iso("6 May 2025 10:31 EST"), "2025-05-06T10:31:00-05:00");
  EXPECT_EQ(Iso("06-May-2025 10:31:00 UTC"), "2025-05-06T10:31:00Z");
}

TEST(ParseDate, DayMonthNameYear) {
  EXPECT_EQ(Iso("8 Jul, 2024 17:14"), "2024-07-08T17:14:00");
  EXPECT_EQ(Iso("8 July 2024"), "2024-07-08");
  EXPECT_EQ(Iso("8th July 2024"), "2024-07-08");
  EXPECT_EQ(Iso("08\xC2\xA0Jul\xC2\xA0"
                "2024"),
            "2024-07-08");  // no-break spaces
}

TEST(ParseDate, MonthNameDayYear) {
  EXPECT_EQ(Iso("July 8, 2024"), "2024-07-08");
  EXPECT_EQ(Iso("Jul. 8, 2024 5:14 PM EDT"), "2024-07-08T17:14:00-04:00");
  EXPECT_EQ(Iso("July 8th, 2024 at 12:05 a.m."), "2024-07-08T00:05:00");
  EXPECT_EQ(Iso("Sept. 30, 2023 12:00 pm"), "2023-09-30T12:00:00");
  EXPECT_EQ(Iso("Monday, July 8, 2024"), "2024-07-08");
}

TEST(ParseDate, OtherLanguages) {
  EXPECT_EQ(Iso("8. Juli 2024"), "2024-07-08");
  EXPECT_EQ(Iso("3. März 2024, 14:05 Uhr"), "2024-03-03T14:05:00");
  EXPECT_EQ(Iso("1er mars 2024"), "2024-03-01");
  EXPECT_EQ(Iso("12 décembre 2023 à 09:15"), "2023-12-12T09:15:00");
  EXPECT_EQ(Iso("8 de julio de 2024"), "2024-07-08");
  EXPECT_EQ(Iso("15 agosto 2022"), "2022-08-15");
  EXPECT_EQ(Iso("2 de março de 2021"), "2021-03-02");
  EXPECT_EQ(Iso("4 maart 2024"), "2024-03-04");
  EXPECT_EQ(Iso("8 июля 2024 г. в 10:31"), "2024-07-08T10:31:00");
  EXPECT_EQ(Iso("8 ИЮЛЯ 2024"), "2024-07-08");
  EXPECT_EQ(Iso("31 дек. 2023"), "2023-12-31");
}

TEST(ParseDate, MoreEuropeanLanguages) {
  EXPECT_EQ(Iso("15 marca 2024"), "2024-03-15");                // Polish
  EXPECT_EQ(Iso("1 października 2023"), "2023-10-01");          // Polish
  EXPECT_EQ(Iso("15. března 2024"), "2024-03-15");              // Czech
  EXPECT_EQ(Iso("15 березня 2024 року"), "2024-03-15");         // Ukrainian
  EXPECT_EQ(Iso("15 Mart 2024 14:30"), "2024-03-15T14:30:00");  // Turkish
  EXPECT_EQ(Iso("3 Şubat 2024"), "2024-02-03");                 // Turkish capital Ş
  EXPECT_EQ(Iso("ŞUBAT 3, 2024"), "2024-02-03");
  EXPECT_EQ(Iso("15 martie 2024"), "2024-03-15");   // Romanian
  EXPECT_EQ(Iso("15 Maret 2024"), "2024-03-15");    // Indonesian
  EXPECT_EQ(Iso("15. marts 2024"), "2024-03-15");   // Danish
  EXPECT_EQ(Iso("15 augusti 2024"), "2024-08-15");  // Swedish
}

TEST(ParseDate, NoNovemberWhereCroatianReadsOctober) {
  // Polish "listopada" is November, Croatian "listopada" October.
  EXPECT_EQ(Iso("15 listopada 2024"), "none");
}

TEST(ParseDate, ChineseJapaneseKorean) {
  EXPECT_EQ(Iso("2024年3月15日"), "2024-03-15");
  EXPECT_EQ(Iso("2024年03月15日 09:30"), "2024-03-15T09:30:00");
  EXPECT_EQ(Iso("2024年3月15日\xE3\x80\x80"
                "09:30"),
            "2024-03-15T09:30:00");                                 // ideographic space
  EXPECT_EQ(Iso("2024年3月15日 15時30分"), "2024-03-15T15:30:00");  // Japanese
  EXPECT_EQ(Iso("2024年3月15日 15时30分"), "2024-03-15T15:30:00");  // Chinese
  EXPECT_EQ(Iso("2024年3月15日 午後3時5分"), "2024-03-15T15:05:00");
  EXPECT_EQ(Iso("2024年3月15日 下午3:05"), "2024-03-15T15:05:00");
  EXPECT_EQ(Iso("2024년 3월 15일 오후 3:05"), "2024-03-15T15:05:00");  // Korean
  EXPECT_EQ(Iso("2024년 3월 15일 15시 5분"), "2024-03-15T15:05:00");
  EXPECT_EQ(Iso("2024. 3. 15. 15:05"), "2024-03-15T15:05:00");
  EXPECT_EQ(Iso("2024. 3. 15"), "2024-03-15");
  EXPECT_EQ(Iso("2024年2月30日"), "none");
  EXPECT_EQ(Iso("2024年3月"), "none");               // no day: not a date
  EXPECT_EQ(Iso("2024. 3.15"), "none");              // one dot spaced, the other not
  EXPECT_EQ(Iso("2024年3月15日 午前13時"), "none");  // no 13 in the morning
  EXPECT_EQ(Iso("2024年3月15日 午前0時"), "2024-03-15T00:00:00");
  EXPECT_EQ(Iso("2024年3月15日 午後0時30分"), "2024-03-15T12:30:00");
}

TEST(ParseDate, DottedAndSlashed) {
  EXPECT_EQ(Iso("06.05.2025"), "2025-05-06");
  EXPECT_EQ(Iso("06.05.2025 10:31"), "2025-05-06T10:31:00");
  EXPECT_EQ(Iso("09:12 GMT 14.03.2025"), "2025-03-14T09:12:00Z");
  EXPECT_EQ(Iso("2024/07/08"), "2024-07-08");
  EXPECT_EQ(Iso("2024/07/08 09:00"), "2024-07-08T09:00:00");
  // Dotted digits are read day first; when both fields could be the month,
  // the date says the other reading is possible.
  EXPECT_TRUE(ParseDate("06.05.2025")->day_month_ambiguous);
  EXPECT_FALSE(ParseDate("16.05.2025")->day_month_ambiguous);
  EXPECT_FALSE(ParseDate("05.05.2025")->day_month_ambiguous);
  EXPECT_FALSE(ParseDate("May 6, 2025")->day_month_ambiguous);
  EXPECT_FALSE(ParseDate("2025-05-06")->day_month_ambiguous);
}

TEST(ParseDate, AmbiguousSlashedDates) {
  EXPECT_EQ(Iso("07/08/2024"), "none");  // July 8 or 7 August: no way to tell
  EXPECT_EQ(Iso("07/28/2024"), "2024-07-28");
  EXPECT_EQ(Iso("28/07/2024"), "2024-07-28");
  EXPECT_EQ(Iso("07/07/2024"), "2024-07-07");  // both readings agree
}

// The page's other all-digit dates tell which field is the month.
TEST(NumericDateOrderOf, ReadsTheDatesThatCannotSwap) {
  EXPECT_EQ(NumericDateOrderOf("Posted 12/25/2024, updated 3/4/2025"),
            NumericDateOrder::kMonthFirst);
  EXPECT_EQ(NumericDateOrderOf("Posted 25/12/2024 by Ann"), NumericDateOrder::kDayFirst);
  // Dashes are not read: the US slashes its all-digit dates.
  EXPECT_EQ(NumericDateOrderOf("From 12-25-2024 to 1-2-2025"), NumericDateOrder::kUnknown);
  EXPECT_EQ(NumericDateOrderOf("It ends on 12/25/2024."), NumericDateOrder::kMonthFirst);
  EXPECT_EQ(NumericDateOrderOf("03/04/2025 and 05/06/2025"), NumericDateOrder::kUnknown);
  EXPECT_EQ(NumericDateOrderOf("12/25/2024 and 25/12/2024"), NumericDateOrder::kUnknown);
  // Not dates: a path, a fraction, a version, a date glued to a word.
  EXPECT_EQ(NumericDateOrderOf("/2024/12/25/story 3/16 of an inch v1/13/2024 1/13/2024x"),
            NumericDateOrder::kUnknown);
  EXPECT_EQ(NumericDateOrderOf("id 123/25/2024 and 1/25/20245"), NumericDateOrder::kUnknown);
  EXPECT_EQ(NumericDateOrderOf(""), NumericDateOrder::kUnknown);
}

TEST(ParseDate, AmbiguousSlashedDatesInTheOrderOfThePage) {
  auto iso = [](std::string_view text, NumericDateOrder order) {
    std::optional<ParsedDate> d = ParseDate(text, order);
    return d ? d->ToIso8601() : "none";
  };
  EXPECT_EQ(iso("03/04/2025", NumericDateOrder::kMonthFirst), "2025-03-04");
  EXPECT_EQ(iso("03/04/2025", NumericDateOrder::kDayFirst), "2025-04-03");
  EXPECT_EQ(iso("03/04/2025", NumericDateOrder::kUnknown), "none");
  // A field above 12 decides whatever the page does elsewhere.
  EXPECT_EQ(iso("28/07/2024", NumericDateOrder::kMonthFirst), "2024-07-28");
  std::vector<DateMention> found =
      FindDatesInText("Updated: 6/2/2025 10:15 AM", NumericDateOrder::kMonthFirst);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date.month, 6);
  EXPECT_EQ(found[0].date.day, 2);
  EXPECT_TRUE(found[0].is_modified);
  EXPECT_TRUE(FindDatesInText("Updated: 6/2/2025 10:15 AM").empty());
}

TEST(ParseDate, UnixTimestamps) {
  EXPECT_EQ(Iso("1720458840"), "2024-07-08T17:14:00Z");
  EXPECT_EQ(Iso("1720458840000"), "2024-07-08T17:14:00Z");
  EXPECT_EQ(Iso("20240708"), "2024-07-08");
  EXPECT_EQ(Iso("12345"), "none");
  EXPECT_EQ(Iso("1234567890123456"), "none");
}

TEST(ParseDate, TwelveHourClock) {
  EXPECT_EQ(Iso("July 8, 2024 12:30 AM"), "2024-07-08T00:30:00");
  EXPECT_EQ(Iso("July 8, 2024 12:30 PM"), "2024-07-08T12:30:00");
  EXPECT_EQ(Iso("July 8, 2024 1:30pm"), "2024-07-08T13:30:00");
}

TEST(ParseDate, RejectsImpossibleDates) {
  EXPECT_EQ(Iso("2024-02-30"), "none");
  EXPECT_EQ(Iso("2023-02-29"), "none");
  EXPECT_EQ(Iso("2024-02-29"), "2024-02-29");
  EXPECT_EQ(Iso("2024-13-01"), "none");
  EXPECT_EQ(Iso("31.04.2024"), "none");
  EXPECT_EQ(Iso("30 February 2024"), "none");
  EXPECT_EQ(Iso("0001-01-01"), "none");
  EXPECT_EQ(Iso(""), "none");
  EXPECT_EQ(Iso("yesterday"), "none");
  EXPECT_EQ(Iso("July 2024"), "none");
  EXPECT_EQ(Iso("Page 3 of 12, 2024 edition"), "none");
}

TEST(ParseDate, ImpossibleTimesAreNotTimes) {
  // The date stands; the hour 25 is not read as its time.
  EXPECT_EQ(Iso("2024-07-08T25:00"), "none");
  EXPECT_EQ(Iso("06.05.2025 25:31"), "none");
  EXPECT_EQ(Iso("July 8, 2024 13:30 PM"), "none");
}

TEST(ParsedDate, EpochSecondsUsesTheOffset) {
  ParsedDate utc = *ParseDate("2025-05-06T10:31:00Z");
  ParsedDate moscow = *ParseDate("2025-05-06T13:31:00+03:00");
  EXPECT_EQ(utc.EpochSeconds(), moscow.EpochSeconds());
  EXPECT_EQ(ParseDate("1970-01-02")->EpochSeconds(), 86400);
}

TEST(FindDatesInText, PublishedAndUpdatedInOneLine) {
  std::string_view line = "09:12 GMT 14.03.2025 (Updated: 09:40 GMT 14.03.2025)";
  std::vector<DateMention> found = FindDatesInText(line);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date.ToIso8601(), "2025-03-14T09:12:00Z");
  EXPECT_FALSE(found[0].is_modified);
  EXPECT_EQ(found[0].offset, 0u);
  EXPECT_EQ(found[1].date.ToIso8601(), "2025-03-14T09:40:00Z");
  EXPECT_TRUE(found[1].is_modified);
  EXPECT_EQ(line.substr(found[1].offset, 5), "09:40");
}

TEST(FindDatesInText, WordsAroundDates) {
  std::vector<DateMention> found =
      FindDatesInText("Published 3 March 2024, last updated 4 March 2024");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date.ToIso8601(), "2024-03-03");
  EXPECT_FALSE(found[0].is_modified);
  EXPECT_EQ(found[1].date.ToIso8601(), "2024-03-04");
  EXPECT_TRUE(found[1].is_modified);
}

TEST(FindDatesInText, ModifiedMarkersInOtherLanguages) {
  auto modified = [](std::string_view line) {
    std::vector<DateMention> found = FindDatesInText(line);
    return found.size() == 1 && found[0].is_modified;
  };
  EXPECT_TRUE(modified("Aktualisiert am 8. Juli 2024"));
  EXPECT_TRUE(modified("Mis à jour le 8 juillet 2024"));
  EXPECT_TRUE(modified("Обновлено 8 июля 2024"));
  EXPECT_TRUE(modified("Last edited July 8, 2024"));
  EXPECT_FALSE(modified("Posted July 8, 2024"));
  EXPECT_TRUE(modified("更新时间：2024年3月16日 10:00"));
  EXPECT_TRUE(modified("수정 2024.03.16 10:00"));
  EXPECT_TRUE(modified("Zaktualizowano 16 marca 2024"));
  EXPECT_TRUE(modified("Güncelleme: 16 Mart 2024"));
  EXPECT_TRUE(modified("Son güncelleme 16 Mart 2024"));
}

TEST(FindDatesInText, ChineseBylineLine) {
  std::vector<DateMention> found =
      FindDatesInText("发布时间：2024年03月15日 09:30 更新时间：2024年03月16日 10:00 来源：新华社");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date.ToIso8601(), "2024-03-15T09:30:00");
  EXPECT_FALSE(found[0].is_modified);
  EXPECT_EQ(found[1].date.ToIso8601(), "2024-03-16T10:00:00");
  EXPECT_TRUE(found[1].is_modified);
  // Digits glued to a year mark in running text are not dates without the
  // month and day marks.
  EXPECT_TRUE(FindDatesInText("2024年是重要的一年，增长了15%").empty());
}

TEST(FindDatesInText, SeedLine) {
  std::vector<DateMention> found = FindDatesInText("8 Jul, 2024 17:14");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date.ToIso8601(), "2024-07-08T17:14:00");
}

TEST(FindDatesInText, NoFalseDates) {
  EXPECT_TRUE(FindDatesInText("Ann Lee, 69, won three million more votes").empty());
  EXPECT_TRUE(FindDatesInText("Call 555-1234 or visit room 2024").empty());
  EXPECT_TRUE(FindDatesInText("The score was 10:31 in May").empty());
  EXPECT_TRUE(FindDatesInText("").empty());
  // A date glued to other digits or letters is not a date.
  EXPECT_TRUE(FindDatesInText("id=A2024-07-08x").empty() ||
              FindDatesInText("id=A2024-07-08x")[0].offset != 4);
}

TEST(FindDatesInText, FastOnLongLines) {
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "word 12 and more text, ";
  line += "on July 8, 2024.";
  auto start = std::chrono::steady_clock::now();
  std::vector<DateMention> found = FindDatesInText(line);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date.ToIso8601(), "2024-07-08");
  EXPECT_LT(ms, 50.0) << "line of " << line.size() << " bytes";
}

TEST(DateFromUrl, PathForms) {
  EXPECT_EQ(UrlIso("https://example.com/news/2024/07/08/some-story/"), "2024-07-08");
  EXPECT_EQ(UrlIso("https://example.com/2024/7/8/story.html"), "2024-07-08");
  EXPECT_EQ(UrlIso("https://example.com/2024-07-08/story"), "2024-07-08");
  EXPECT_EQ(UrlIso("https://example.com/world/2024-07-08-leaders-meet"), "2024-07-08");
  EXPECT_EQ(UrlIso("https://example.com/20240708/story"), "2024-07-08");
  EXPECT_EQ(UrlIso("https://example.com/a/20240708-story.html"), "2024-07-08");
  EXPECT_EQ(UrlIso("https://example.com/blog/2023/october/03/story"), "2023-10-03");
  EXPECT_EQ(UrlIso("https://example.com/2023/Oct/3/story"), "2023-10-03");
}

TEST(DateFromUrl, Rejections) {
  EXPECT_EQ(UrlIso("https://example.com/2024/07/story"), "none");  // no day
  EXPECT_EQ(UrlIso("https://example.com/2024/octopus/03/story"), "none");
  EXPECT_EQ(UrlIso("https://example.com/tennis/2023/set/2/scores"), "none");  // Italian "set"
  EXPECT_EQ(UrlIso("https://example.com/2024/02/30/story"), "none");
  EXPECT_EQ(UrlIso("https://example.com/article/12345678"), "none");
  EXPECT_EQ(UrlIso("https://example.com/story?date=2024-07-08"), "none");
  EXPECT_EQ(UrlIso("https://2024.example.com/07/08/x"), "none");
  EXPECT_EQ(UrlIso("https://example.com/1985/01/01/archive"), "none");
  EXPECT_EQ(UrlIso(""), "none");
}

DateCandidate Candidate(std::string_view text, DateSource source, bool modified = false) {
  DateCandidate c;
  c.date = *ParseDate(text);
  c.source = source;
  c.is_modified = modified;
  return c;
}

TEST(ChooseDates, MostTrustedSourceWins) {
  std::vector<DateCandidate> candidates = {
      Candidate("2024-07-01", DateSource::kText),
      Candidate("2024-07-08T17:14:00Z", DateSource::kJsonLd),
      Candidate("2024-07-07T10:00:00Z", DateSource::kMeta),
      Candidate("2024-07-09T08:00:00Z", DateSource::kMeta, true),
      Candidate("2024-07-10T08:00:00Z", DateSource::kJsonLd, true),
      Candidate("2024-07-11T08:00:00Z", DateSource::kJsonLd, true),
  };
  ChosenDates chosen = ChooseDates(candidates, "");
  EXPECT_EQ(chosen.published, "2024-07-08T17:14:00Z");
  EXPECT_EQ(chosen.published_source, "json-ld");
  EXPECT_EQ(chosen.modified, "2024-07-11T08:00:00Z");
}

TEST(ChooseDates, EarliestAmongEqualsPreferringATime) {
  std::vector<DateCandidate> candidates = {
      Candidate("2024-07-09", DateSource::kText),
      Candidate("2024-07-08", DateSource::kText),
      Candidate("2024-07-08T17:14:00", DateSource::kText),
  };
  ChosenDates chosen = ChooseDates(candidates, "");
  EXPECT_EQ(chosen.published, "2024-07-08T17:14:00");
  EXPECT_EQ(chosen.published_source, "text");
  EXPECT_EQ(chosen.modified, "");
}

TEST(ChooseDates, FutureAndAncientDatesAreDropped) {
  std::vector<DateCandidate> candidates = {
      Candidate("2031-01-01T00:00:00Z", DateSource::kJsonLd),
      Candidate("1970-01-01", DateSource::kMeta),
      Candidate("2024-07-09T23:00:00Z", DateSource::kTimeElement),
      Candidate("2024-07-08", DateSource::kUrl),
  };
  ChosenDates chosen = ChooseDates(candidates, "2024-07-09T12:00:00Z");
  EXPECT_EQ(chosen.published, "2024-07-09T23:00:00Z");  // within a day: time zones
  EXPECT_EQ(chosen.published_source, "time");
  ChosenDates no_fetch = ChooseDates(candidates, "");
  EXPECT_EQ(no_fetch.published, "2031-01-01T00:00:00Z");
  EXPECT_EQ(no_fetch.published_source, "json-ld");
}

TEST(ChooseDates, EarlierPrintedDateOverridesADisagreeingDeclaredDate) {
  auto printed = [](std::string_view text, DateSource source = DateSource::kText) {
    DateCandidate c = Candidate(text, source);
    c.beside_headline = true;
    return c;
  };
  // An earlier day printed that no declared date can be: the printed text
  // wins, with the <time> that agrees with it; the other <time> and the
  // declared dates that disagree go, a declared one that agrees stays.
  ChosenDates chosen =
      ChooseDates({Candidate("2024-01-10T09:00:00Z", DateSource::kJsonLd),
                   Candidate("2024-01-11", DateSource::kMeta),
                   Candidate("2019-03-14T07:30:00Z", DateSource::kMeta),
                   printed("2019-03-14T08:00:00-05:00", DateSource::kTimeElement),
                   printed("2018-05-05", DateSource::kTimeElement), printed("2019-03-14"),
                   Candidate("2025-02-01T09:00:00Z", DateSource::kJsonLd, true)},
                  "");
  EXPECT_EQ(chosen.published, "2019-03-14T07:30:00Z");
  EXPECT_EQ(chosen.published_source, "meta");
  EXPECT_EQ(chosen.modified, "2025-02-01T09:00:00Z");
  ChosenDates no_meta =
      ChooseDates({Candidate("2024-01-10T09:00:00Z", DateSource::kJsonLd),
                   printed("2019-03-14T08:00:00-05:00", DateSource::kTimeElement),
                   printed("2018-05-05", DateSource::kTimeElement), printed("2019-03-14")},
                  "");
  EXPECT_EQ(no_meta.published, "2019-03-14T08:00:00-05:00");
  EXPECT_EQ(no_meta.published_source, "time");
  // A printed time late on the day before is on no zone's day of the
  // declared instant.
  ChosenDates late = ChooseDates(
      {Candidate("2024-01-10T09:00:00Z", DateSource::kJsonLd), printed("2024-01-08T23:00:00")}, "");
  EXPECT_EQ(late.published, "2024-01-08T23:00:00");
  // One printed date agreeing is enough for the declared to stand: the same
  // day, the instant on the printed day in some zone, day and month swapped
  // when the digits allow both readings.
  for (std::string_view agreeing : {"2024-01-10", "2024-01-09", "01.10.2024"}) {
    ChosenDates kept = ChooseDates({Candidate("2024-01-10T09:00:00Z", DateSource::kJsonLd),
                                    printed("2019-03-14"), printed(agreeing)},
                                   "");
    EXPECT_EQ(kept.published, "2024-01-10T09:00:00Z") << agreeing;
  }
  // "October 1, 2024" is no reading of January 10.
  ChosenDates named = ChooseDates({Candidate("2024-01-10T09:00:00Z", DateSource::kJsonLd),
                                   printed("2019-03-14"), printed("October 1, 2024")},
                                  "");
  EXPECT_EQ(named.published, "2019-03-14");
  // A later printed day (an update that does not say so), a printed <time>
  // alone, an updated date or a date elsewhere on the page does not override.
  DateCandidate update = printed("2019-03-14");
  update.is_modified = true;
  for (const DateCandidate& other :
       {printed("2025-03-04"), printed("2019-03-14T08:00:00Z", DateSource::kTimeElement), update,
        Candidate("2019-03-14", DateSource::kText)}) {
    ChosenDates kept =
        ChooseDates({Candidate("2024-01-10T09:00:00Z", DateSource::kJsonLd), other}, "");
    EXPECT_EQ(kept.published, "2024-01-10T09:00:00Z");
  }
}

TEST(IsMonthName, NamesAndShortFormsInSeveralLanguages) {
  for (std::string_view word : {"March", "dec.", "Dez", "juillet", "\u0438\u044e\u043b\u044f"}) {
    EXPECT_TRUE(IsMonthName(word)) << word;
  }
  for (std::string_view word : {"Marching", "Monday", "12", "", "."}) {
    EXPECT_FALSE(IsMonthName(word)) << word;
  }
}

TEST(EndsWithModifiedLabel, LabelsInSeveralLanguages) {
  for (std::string_view label : {"Updated on", "Last updated:", "Modified", "Aktualisiert am",
                                 "Stand:", "Mis à jour le", "Zuletzt aktualisiert -"}) {
    EXPECT_TRUE(EndsWithModifiedLabel(label)) << label;
  }
  for (std::string_view text : {"Edited by Bo Ng", "Published", "Posted on", "By Ann Lee",
                                "Outdated", "Unedited", "Where we stand", "Updates on", ""}) {
    EXPECT_FALSE(EndsWithModifiedLabel(text)) << text;
  }
}

TEST(ChooseDates, UrlDateDecidesTheDay) {
  // A UTC time stamp past midnight: the URL keeps the publisher's day.
  ChosenDates utc = ChooseDates({Candidate("2025-12-19T02:41:41Z", DateSource::kJsonLd),
                                 Candidate("2025-12-18", DateSource::kUrl),
                                 Candidate("2025-12-20T10:00:00Z", DateSource::kMeta, true)},
                                "");
  EXPECT_EQ(utc.published, "2025-12-18");
  EXPECT_EQ(utc.published_source, "url");
  EXPECT_EQ(utc.modified, "2025-12-20T10:00:00Z");
  // The same day in the value's own offset: the value, with its time, stays.
  ChosenDates local = ChooseDates({Candidate("2025-12-18T21:41:41-05:00", DateSource::kJsonLd),
                                   Candidate("2025-12-18", DateSource::kUrl)},
                                  "");
  EXPECT_EQ(local.published, "2025-12-18T21:41:41-05:00");
  EXPECT_EQ(local.published_source, "json-ld");
  // The published value chosen between `value` (JSON-LD, or meta when it has
  // no time) and a URL date, fetched at `fetched`.
  auto with_url = [](std::string_view value, std::string_view url, std::string_view fetched) {
    DateSource source =
        value.find('T') == std::string_view::npos ? DateSource::kMeta : DateSource::kJsonLd;
    return ChooseDates({Candidate(value, source), Candidate(url, DateSource::kUrl)}, fetched)
        .published;
  };
  // Not the same instant in any time zone (a slug naming an anniversary, a
  // print edition's date): the value stays.
  EXPECT_EQ(with_url("2023-02-24T09:00:00Z", "2022-02-24", ""), "2023-02-24T09:00:00Z");
  // Noon UTC is the 9th from UTC-12 to UTC+14.
  EXPECT_EQ(with_url("2024-07-09T12:00:00Z", "2024-07-08", ""), "2024-07-09T12:00:00Z");
  // A date without a time is a day already.
  EXPECT_EQ(with_url("2026-01-26", "2023-10-03", ""), "2026-01-26");
  // A URL date after the fetch is no publication date, even one the value's
  // instant falls on (at UTC+14).
  EXPECT_EQ(with_url("2024-07-10T11:00:00Z", "2024-07-11", "2024-07-09T12:00:00Z"),
            "2024-07-10T11:00:00Z");
  EXPECT_EQ(with_url("2024-07-10T11:00:00Z", "2024-07-11", ""), "2024-07-11");
}

TEST(ChooseDates, ModifiedBeforePublishedIsDropped) {
  std::vector<DateCandidate> candidates = {
      Candidate("2024-07-08", DateSource::kMeta),
      Candidate("2024-07-01", DateSource::kMeta, true),
  };
  ChosenDates chosen = ChooseDates(candidates, "");
  EXPECT_EQ(chosen.published, "2024-07-08");
  EXPECT_EQ(chosen.modified, "");
  EXPECT_EQ(ChooseDates({}, "").published, "");
}

TEST(ChooseDates, ModifiedStandsInOnlyWhenAlone) {
  ParsedDate march3 = *ParseDate("2024-03-03");
  ParsedDate march9 = *ParseDate("2024-03-09");
  ChosenDates alone = ChooseDatesModifiedStandingIn(
      {{march9, DateSource::kText, /*is_modified=*/true}}, "2024-04-01T00:00:00Z");
  EXPECT_EQ(alone.published, "2024-03-09");
  EXPECT_EQ(alone.modified, "2024-03-09");
  EXPECT_EQ(alone.published_source, "text");
  ChosenDates both = ChooseDatesModifiedStandingIn(
      {{march9, DateSource::kText, true}, {march3, DateSource::kText, false}},
      "2024-04-01T00:00:00Z");
  EXPECT_EQ(both.published, "2024-03-03");
  EXPECT_EQ(both.modified, "2024-03-09");
  EXPECT_TRUE(ChooseDatesModifiedStandingIn({}, "").published.empty());
}

TEST(DateSource, Names) {
  EXPECT_STREQ(ToString(DateSource::kJsonLd), "json-ld");
  EXPECT_STREQ(ToString(DateSource::kUrl), "url");
}

}  // namespace
}  // namespace newsift
