// Dates: parsing the dozen formats news pages use, and choosing the published
// and modified dates among candidates found in a page.
//
// Output is ISO 8601: "2024-07-08T17:14:00" (no zone given), with the offset
// when the page gives one ("2025-05-06T10:31:00Z", "...+03:00"), or a bare
// date "2024-07-08" when there is no time.
#ifndef NEWSIFT_EXTRACT_DATES_H_
#define NEWSIFT_EXTRACT_DATES_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsift {

struct ParsedDate {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  bool has_offset = false;
  int offset_minutes = 0;  // east of UTC
  // Read from digits that could be day and month either way ("06.05.2025"):
  // taken day first, but the other reading is possible.
  bool day_month_ambiguous = false;
  std::string ToIso8601() const;
  // Seconds since the epoch, treating a date without offset as UTC.
  long long EpochSeconds() const;
};

// How a page writes the all-digit dates whose day and month could swap
// ("03/04/2025"): month first (the US), day first, or not known, when the
// parsers leave such a date out.
// kEither is for callers that ask where dates stand, not which day they are
// (either reading of "3/4/2025" is a date): they are read month first.
enum class NumericDateOrder { kUnknown, kMonthFirst, kDayFirst, kEither };

// The order that the slashed dates of a text show where a field is above 12
// ("12/25/2024" month first, "25/12/2024" day first); kUnknown when none
// does, or when they disagree. Linear; meant for a whole page's source.
NumericDateOrder NumericDateOrderOf(std::string_view text);

// Parses a string that is (mostly) just a date: ISO 8601 and RFC 3339
// ("2025-05-06T10:31+0000"), RFC 822 ("Tue, 06 May 2025 10:31:00 GMT"),
// "8 Jul, 2024 17:14", "July 8, 2024", "06.05.2025", "09:12 GMT 14.03.2025",
// "2024/07/08", Unix timestamps in JSON-LD... Rejects impossible dates.
std::optional<ParsedDate> ParseDate(std::string_view text,
                                    NumericDateOrder order = NumericDateOrder::kUnknown);

// Whether a and b are the same calendar date (times and offsets aside).
bool SameDay(const ParsedDate& a, const ParsedDate& b);

// Where a date candidate was found, in decreasing order of trust.
enum class DateSource { kJsonLd, kMeta, kTimeElement, kText, kUrl };
const char* ToString(DateSource source);

struct DateMention {
  ParsedDate date;
  bool is_modified = false;  // "Updated: ...", "Last modified", dateModified
  size_t offset = 0;         // byte offset in the searched text
  size_t end = 0;            // byte offset past the date
};

// Finds dates inside a line of visible text, e.g.
// "09:12 GMT 14.03.2025 (Updated: 09:40 GMT 14.03.2025)" -> two mentions, the
// second marked modified. Words like "Updated", "Modified", "Last edited"
// before a date mark it modified.
std::vector<DateMention> FindDatesInText(std::string_view line,
                                         NumericDateOrder order = NumericDateOrder::kUnknown);

// The words of a text outside its date mentions (FindDatesInText's, in order):
// "By Ann Lee, March 3, 2025" -> "By", "Ann", "Lee".
std::vector<std::string_view> WordsOutsideDates(std::string_view text,
                                                std::span<const DateMention> mentions);

// Whether a word names a month in one of the languages FindDatesInText reads
// ("March", "Dez", "июля"), a trailing dot aside.
bool IsMonthName(std::string_view word);

// Whether a text ends with a modification label ("Updated on", "Last
// modified:", "Aktualisiert am"): a date printed after it, in an element of
// its own, is the update's.
bool EndsWithModifiedLabel(std::string_view text);

// A date from URL path segments: /2024/07/08/, /20240708/, /2024-07-08-...
std::optional<ParsedDate> DateFromUrl(std::string_view url);

struct DateCandidate {
  ParsedDate date;
  DateSource source = DateSource::kText;
  bool is_modified = false;
  // Printed in the header zone (a byline's or dateline's text after the
  // headline, a <time> around it): the date the publisher shows the reader.
  bool beside_headline = false;
};

struct ChosenDates {
  std::string published;         // ISO 8601 or empty
  std::string modified;          // ISO 8601 or empty
  std::string published_source;  // ToString(DateSource) or empty
};

// Picks published (most trusted source, earliest among equals) and modified
// (most trusted, latest). A date in the URL path gives the published day when
// the chosen value is an instant that falls on it in some time zone. An
// earlier publication date printed beside the headline overrides the declared
// ones (JSON-LD, meta) that no printed date can be.
// Candidates later than fetched_at (ISO 8601, may be empty) plus one day are
// dropped, as are years before 1990: a date in the future comes from a script
// or an ad, not from the article.
ChosenDates ChooseDates(const std::vector<DateCandidate>& candidates, std::string_view fetched_at);

// ChooseDates, except that when a page gives only modification dates, they
// also choose published: an update is the best bound there is on when the
// article appeared (pages updated in place show nothing else).
ChosenDates ChooseDatesModifiedStandingIn(std::vector<DateCandidate> candidates,
                                          std::string_view fetched_at);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_DATES_H_
