// Date parsing without regular expressions: a small hand-written scanner over
// tokens (numbers, words, punctuation) that tries the formats news pages use
// at a given position. Month names, time zones and "modified" markers are the
// tables below.
#include "extract/dates.h"

#include <date/date.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <tuple>
#include <unordered_map>

#include "extract/url.h"
#include "util/text.h"

namespace newsift {
namespace {

// Dates outside these years are typos, serial numbers or prices.
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
// ChooseDates and DateFromUrl: nothing on the web is older than this.
constexpr int kMinWebYear = 1990;
constexpr long long kSecondsPerDay = 86400;
constexpr int kMaxOffsetMinutes = 14 * 60;
// Only this much text before a date is searched for "Updated" and the like.
constexpr size_t kMarkerWindowBytes = 48;
constexpr size_t kMaxWordBytes = 32;
// The longest stretch from the start of a date to its year, e.g.
// "10:31:00 p.m. GMT+03:00, 6 de septiembre de 2024".
constexpr size_t kMaxDateSpanBytes = 64;

struct MonthName {
  std::string_view name;  // lowercase
  int month;
};

// Month names and abbreviations: English, German, French, Spanish, Italian,
// Portuguese, Dutch; Russian genitive ("8 июля"), nominative and short forms;
// the full names of Scandinavian, Polish, Czech, Ukrainian, Turkish, Romanian
// and Indonesian dates (their short forms collide with words of the others).
// Chinese, Japanese and Korean dates are numeric ("2024年3月15日"): see
// Scanner::YearFirst.
// clang-format off
constexpr MonthName kMonthNames[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3}, {"mai", 5},
    {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"mär", 3}, {"okt", 10},
    {"dez", 12},
    // French
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
    {"novembre", 11}, {"décembre", 12}, {"decembre", 12}, {"janv", 1}, {"févr", 2},
    {"févr", 2}, {"fév", 2}, {"avr", 4}, {"juil", 7}, {"déc", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"gen", 1},
    {"mag", 5}, {"giu", 6}, {"lug", 7}, {"set", 9}, {"ott", 10},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"marco", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    {"fev", 2}, {"out", 10},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8}, {"mrt", 3},
    // Danish, Norwegian, Swedish (the others are German or Dutch spellings)
    {"marts", 3}, {"maj", 5}, {"augusti", 8},
    // Polish, Czech, Ukrainian: the genitive, as in dates ("15 marca 2024")
    // (not November: Polish "listopada" and Czech "listopadu" are October in
    // Croatian, and a month off is worse than no date)
    {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5},
    {"czerwca", 6}, {"lipca", 7}, {"sierpnia", 8}, {"września", 9}, {"października", 10},
    {"grudnia", 12},
    {"ledna", 1}, {"února", 2}, {"března", 3}, {"dubna", 4}, {"května", 5}, {"června", 6},
    {"července", 7}, {"srpna", 8}, {"září", 9}, {"října", 10}, {"prosince", 12},
    {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4}, {"травня", 5},
    {"червня", 6}, {"липня", 7}, {"серпня", 8}, {"вересня", 9}, {"жовтня", 10},
    {"листопада", 11}, {"грудня", 12},
    // Turkish, Romanian, Indonesian
    {"ocak", 1}, {"şubat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6},
    {"temmuz", 7}, {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11}, {"aralık", 12},
    {"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4}, {"iunie", 6},
    {"iulie", 7}, {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11}, {"decembrie", 12},
    {"maret", 3}, {"agustus", 8}, {"desember", 12},
    // Russian: genitive (as in dates), nominative, abbreviations
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
    {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11},
    {"декабря", 12}, {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4}, {"май", 5},
    {"июнь", 6}, {"июль", 7}, {"август", 8}, {"сентябрь", 9}, {"октябрь", 10},
    {"ноябрь", 11}, {"декабрь", 12}, {"янв", 1}, {"фев", 2}, {"февр", 2}, {"мар", 3},
    {"апр", 4}, {"июн", 6}, {"июл", 7}, {"авг", 8}, {"сен", 9}, {"сент", 9}, {"окт", 10},
    {"ноя", 11}, {"нояб", 11}, {"дек", 12},
};
// clang-format on

struct ZoneName {
  std::string_view name;  // uppercase, matched case-sensitively ("est" is French for "is")
  int offset_minutes;
};

// Where an abbreviation is ambiguous the reading common in English-language
// news wins: CST is US Central, IST is India.
// clang-format off
constexpr ZoneName kZones[] = {
    {"GMT", 0},     {"UTC", 0},      {"UT", 0},      {"Z", 0},       {"WET", 0},
    {"WEST", 60},   {"BST", 60},     {"CET", 60},    {"CEST", 120},  {"MEZ", 60},
    {"MESZ", 120},  {"EET", 120},    {"EEST", 180},  {"MSK", 180},   {"IST", 330},
    {"PKT", 300},   {"WIB", 420},    {"ICT", 420},   {"SGT", 480},   {"HKT", 480},
    {"AWST", 480},  {"JST", 540},    {"KST", 540},   {"ACST", 570},  {"AEST", 600},
    {"AEDT", 660},  {"NZST", 720},   {"NZDT", 780},  {"EST", -300},  {"EDT", -240},
    {"CST", -360},  {"CDT", -300},   {"MST", -420},  {"MDT", -360},  {"PST", -480},
    {"PDT", -420},  {"AKST", -540},  {"AKDT", -480}, {"HST", -600},  {"ET", -300},
    {"PT", -480},
};
// clang-format on

// Text right before a date that makes it the modification date.
constexpr std::string_view kModifiedMarkers[] = {
    "updated",      "update:",     "modified",   "last edited",   "edited",         "revised",
    "aktualisiert", "geändert",    "mis à jour", "mise à jour",   "actualisé",      "actualizado",
    "actualizada",  "aggiornato",  "atualizado", "bijgewerkt",    "обновлено",      "обновлён",
    "обновлен",     "изменено",    "оновлено",   "aktualizacja",  "zaktualizowano", "aktualizováno",
    "güncelle",     "uppdaterad",  "opdateret",  "oppdatert",     "diperbarui",     "actualizat",
    "更新",         "수정",        "stand:",     "actualización", "aggiornamento",  "atualização",
    "gewijzigd",    "aktualizace",
};
// Words between a modification label and its date ("Updated on", "Stand
// am"), lowercase.
constexpr std::string_view kLabelPrepositions[] = {"on", "at", "am", "le", "el",
                                                   "il", "em", "op", "в"};

// Words that may join a date and its time ("July 8, 2024 at 5:14 PM",
// "8 июля 2024 г. в 10:31") or a time and its date ("10:31 GMT on 6 May").
constexpr std::string_view kConnectors[] = {
    "at", "on", "um", "am", "à", "a las", "alle", "om", "às", "в", "kl.", "-", "|", "·", "•", "/",
};

// Ordinal suffixes a day may carry: "8th", "1er", "1º".
constexpr std::string_view kOrdinals[] = {"st", "nd", "rd", "th", "er", "e", "º", "°"};

// Russian "2024 г." / "2024 года", Spanish/Portuguese "8 de julio de 2024".
constexpr std::string_view kYearSuffixes[] = {"года", "г.", "г"};
constexpr std::string_view kFillerWords[] = {"de", "del"};

constexpr const char* kSourceNames[] = {"json-ld", "meta", "time", "text", "url"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsAsciiAlpha(c); }

// Length of the letter at s[pos] (ASCII, Latin-1/Extended-A/B or Cyrillic),
// or 0 when s[pos] does not start a letter.
size_t LetterLength(std::string_view s, size_t pos) {
  auto b = static_cast<unsigned char>(s[pos]);
  if (IsAsciiAlpha(s[pos])) return 1;
  if (pos + 1 >= s.size()) return 0;
  auto b2 = static_cast<unsigned char>(s[pos + 1]);
  if ((b2 & 0xC0) != 0x80) return 0;
  if (b == 0xC3) return (b2 == 0x97 || b2 == 0xB7) ? 0 : 2;  // not × or ÷
  if (b >= 0xC4 && b <= 0xC9) return 2;                      // U+0100..U+027F
  if (b == 0xC2) return (b2 == 0xBA || b2 == 0xB0) ? 2 : 0;  // º and ° (ordinals)
  if (b >= 0xD0 && b <= 0xD3) return 2;                      // Cyrillic
  return 0;
}

// Appends the lowercase form of the letter s[pos, pos+len) for the scripts
// of our tables (ASCII, Latin-1 and Latin Extended-A capitals, Cyrillic
// capitals).
void AppendLower(std::string_view s, size_t pos, size_t len, std::string* out) {
  if (len == 1) {
    out->push_back(AsciiToLower(s[pos]));
    return;
  }
  auto b1 = static_cast<unsigned char>(s[pos]);
  auto b2 = static_cast<unsigned char>(s[pos + 1]);
  if (b1 == 0xC3 && b2 >= 0x80 && b2 <= 0x9E && b2 != 0x97) {
    b2 = static_cast<unsigned char>(b2 + 0x20);  // À..Þ -> à..þ
  } else if (b1 == 0xD0 && b2 >= 0x90 && b2 <= 0x9F) {
    b2 = static_cast<unsigned char>(b2 + 0x20);  // А..П -> а..п
  } else if (b1 == 0xD0 && b2 >= 0xA0 && b2 <= 0xAF) {
    b1 = 0xD1;  // Р..Я -> р..я
    b2 = static_cast<unsigned char>(b2 - 0x20);
  } else if (b1 == 0xD0 && b2 == 0x81) {
    b1 = 0xD1;  // Ё -> ё
    b2 = 0x91;
  } else if (b1 == 0xC4 || b1 == 0xC5) {
    // Latin Extended-A (U+0100..U+017F) pairs each capital with the next
    // code point: even capitals, except in U+0139..U+0148 and U+0179..U+017E
    // ("Ş" -> "ş", "Ł" -> "ł"). Turkish "İ" lowercases to ASCII "i" plus a
    // mark: left as it is.
    int cp = ((b1 & 0x1F) << 6) | (b2 & 0x3F);
    bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    bool even_capitals = (cp <= 0x137 && cp != 0x130) || (cp >= 0x14A && cp <= 0x177);
    if ((odd_capitals && cp % 2 == 1) || (even_capitals && cp % 2 == 0)) {
      ++cp;
      b1 = static_cast<unsigned char>(0xC0 | (cp >> 6));
      b2 = static_cast<unsigned char>(0x80 | (cp & 0x3F));
    }
  }
  out->push_back(static_cast<char>(b1));
  out->push_back(static_cast<char>(b2));
}

std::string LowerText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len = LetterLength(s, i);
    if (len == 0) {
      out.push_back(s[i]);
      ++i;
      continue;
    }
    AppendLower(s, i, len, &out);
    i += len;
  }
  return out;
}

const std::unordered_map<std::string_view, int>& MonthIndex() {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string_view, int>();
    for (const MonthName& m : kMonthNames) map->emplace(m.name, m.month);
    return map;
  }();
  return *index;
}

// The month an English name or three-letter abbreviation names ("october",
// "Oct", "sept"), or -1. Only English: URL paths are mostly English, and the
// short forms of other languages are English words ("set", "out", "mag").
int EnglishMonthOfName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string lower = ToLowerAscii(word);
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (lower == kNames[i] || lower == kNames[i].substr(0, 3) || (i == 8 && lower == "sept")) {
      return static_cast<int>(i) + 1;
    }
  }
  return -1;
}

// Whether an instant falls on `day` (a calendar date) in some time zone, from
// UTC-12 to UTC+14.
bool FallsOnLocalDay(const ParsedDate& instant, const ParsedDate& day) {
  constexpr long long kWestmost = 12 * 3600, kEastmost = kMaxOffsetMinutes * 60LL;
  const long long at = instant.EpochSeconds();
  const long long midnight_utc = day.EpochSeconds();
  return at >= midnight_utc - kEastmost && at < midnight_utc + kSecondsPerDay + kWestmost;
}

// Whether a printed date and a declared one can be the same publication: the
// same day, one instant on the other's day in some time zone, or a numeric
// date read with day and month the other way round ("04.06.2019" on a site
// that writes the month first).
bool CanBeSameDate(const ParsedDate& printed, const ParsedDate& declared) {
  if (SameDay(printed, declared)) return true;
  auto day_of = [](const ParsedDate& d) {
    ParsedDate day;
    day.year = d.year;
    day.month = d.month;
    day.day = d.day;
    return day;
  };
  if (declared.has_time && FallsOnLocalDay(declared, day_of(printed))) return true;
  if (printed.has_time && FallsOnLocalDay(printed, day_of(declared))) return true;
  return printed.day_month_ambiguous && printed.year == declared.year &&
         printed.month == declared.day && printed.day == declared.month;
}

bool ValidDate(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear) return false;
  return date::year_month_day(date::year(year), date::month(static_cast<unsigned>(month)),
                              date::day(static_cast<unsigned>(day)))
      .ok();
}

// The scanner: each method tries one piece of a date at a position and, on
// success, moves *pos past it; on failure *pos is unchanged.
class Scanner {
 public:
  explicit Scanner(std::string_view s, NumericDateOrder order = NumericDateOrder::kUnknown)
      : s_(s), order_(order) {}

  // A complete date (with optional time and zone) starting at start.
  bool ParseAt(size_t start, ParsedDate* out, size_t* end) const {
    ParsedDate d;
    size_t pos = start;
    // "09:12 GMT 14.03.2025": time (and zone) first.
    if (Time(&pos, &d, /*attached_offset=*/false)) {
      size_t after_time = pos;
      SkipConnector(&pos);
      if (DateOnly(&pos, &d) && ValidDate(d.year, d.month, d.day)) {
        *out = d;
        *end = pos;
        return true;
      }
      pos = start;
      d = ParsedDate();
      (void)after_time;
    }
    bool iso = false;
    if (!DateOnly(&pos, &d, &iso) || !ValidDate(d.year, d.month, d.day)) return false;
    size_t date_end = pos;
    // The time: "T10:31" (ISO), or after spaces, a comma or a connector word.
    if (iso && pos < s_.size() && (s_[pos] == 'T' || s_[pos] == 't')) {
      size_t p = pos + 1;
      if (Time(&p, &d, /*attached_offset=*/true)) pos = p;
    } else {
      size_t p = pos;
      SkipConnector(&p);
      if (p != pos && Time(&p, &d, /*attached_offset=*/iso)) pos = p;
    }
    if (!d.has_time) pos = date_end;
    *out = d;
    *end = pos;
    return true;
  }

  // Spaces, including the no-break and thin spaces typography puts in dates
  // and the ideographic space of Chinese and Japanese text.
  size_t SkipSpaces(size_t pos) const {
    while (pos < s_.size()) {
      if (s_[pos] == ' ' || s_[pos] == '\t') {
        ++pos;
      } else if (s_.substr(pos, 2) == "\xC2\xA0") {
        pos += 2;
      } else if (s_.substr(pos, 2) == "\xE2\x80" && pos + 2 < s_.size() &&
                 (s_[pos + 2] == '\x87' || s_[pos + 2] == '\x89' || s_[pos + 2] == '\x8A' ||
                  s_[pos + 2] == '\xAF')) {
        pos += 3;
      } else if (s_.substr(pos, 3) == "\xE3\x80\x80") {  // ideographic space
        pos += 3;
      } else {
        break;
      }
    }
    return pos;
  }

  // A run of digits: its value (of the first 9 digits) and its length.
  bool Number(size_t* pos, int* value, size_t* digits) const {
    size_t p = *pos;
    int v = 0;
    constexpr size_t kMaxValueDigits = 9;
    while (p < s_.size() && IsDigit(s_[p])) {
      if (p - *pos < kMaxValueDigits) v = v * 10 + (s_[p] - '0');
      ++p;
    }
    if (p == *pos) return false;
    *digits = p - *pos;
    *value = v;
    *pos = p;
    return true;
  }

  // A word of letters, lowercased into *lower; false if none or too long.
  bool Word(size_t* pos, std::string* lower) const {
    lower->clear();
    size_t p = *pos;
    while (p < s_.size()) {
      size_t len = LetterLength(s_, p);
      if (len == 0) break;
      AppendLower(s_, p, len, lower);
      p += len;
      if (lower->size() > kMaxWordBytes) return false;
    }
    if (p == *pos) return false;
    *pos = p;
    return true;
  }

  int MonthAt(size_t* pos) const {
    size_t p = *pos;
    std::string word;
    if (!Word(&p, &word)) return 0;
    auto it = MonthIndex().find(word);
    if (it == MonthIndex().end()) return 0;
    if (p < s_.size() && s_[p] == '.') ++p;  // "Jul.", "févr.", "янв."
    *pos = p;
    return it->second;
  }

 private:
  bool Char(size_t* pos, char c) const {
    if (*pos < s_.size() && s_[*pos] == c) {
      ++*pos;
      return true;
    }
    return false;
  }

  bool NumberOfLength(size_t* pos, size_t min_digits, size_t max_digits, int* value) const {
    size_t p = *pos, digits = 0;
    if (!Number(&p, value, &digits) || digits < min_digits || digits > max_digits) return false;
    *pos = p;
    return true;
  }

  // Matches one of the strings (lowercase, case-insensitively) at pos,
  // ending at a word boundary when it ends in a letter.
  template <size_t N>
  bool OneOf(size_t* pos, const std::string_view (&options)[N]) const {
    for (std::string_view option : options) {
      if (s_.size() - *pos < option.size()) continue;
      // Cheap rejection first: lowercasing keeps ASCII first bytes ASCII.
      if (static_cast<unsigned char>(option[0]) < 0x80 && AsciiToLower(s_[*pos]) != option[0]) {
        continue;
      }
      std::string lower = LowerText(s_.substr(*pos, option.size()));
      if (lower != option) continue;
      size_t end = *pos + option.size();
      bool letter_end = LetterLength(option, option.size() - 1) > 0 ||
                        (option.size() >= 2 && LetterLength(option, option.size() - 2) == 2);
      if (letter_end && end < s_.size() && (LetterLength(s_, end) > 0 || IsDigit(s_[end]))) {
        continue;
      }
      *pos = end;
      return true;
    }
    return false;
  }

  // Spaces and at most one comma and one connector word between a date and
  // its time.
  void SkipConnector(size_t* pos) const {
    size_t p = SkipSpaces(*pos);
    if (Char(&p, ',')) p = SkipSpaces(p);
    size_t q = p;
    if (OneOf(&q, kConnectors)) p = SkipSpaces(q);
    *pos = p;
  }

  // A date without time: ISO/slashed year-first, day-first dotted or
  // slashed, day-month-name-year or month-name-day-year.
  bool DateOnly(size_t* pos, ParsedDate* d, bool* iso = nullptr) const {
    size_t p = *pos;
    int first = 0;
    size_t digits = 0;
    if (p < s_.size() && IsDigit(s_[p])) {
      if (!Number(&p, &first, &digits)) return false;
      if (digits == 4) return YearFirst(pos, p, first, d, iso);
      if (digits > 2) return false;
      return DayFirst(pos, p, first, d);
    }
    return MonthFirst(pos, d);
  }

  // 2024-07-08, 2024/07/08, 2024.07.08, Korean 2024. 7. 8., and the
  // year-month-day characters of Chinese, Japanese (2024年7月8日) and Korean
  // (2024년 7월 8일).
  bool YearFirst(size_t* pos, size_t p, int year, ParsedDate* d, bool* iso) const {
    if (p >= s_.size()) return false;
    int month = 0, day = 0;
    if (EastAsianYearMonthDay(&p, &month, &day)) {
      d->year = year;
      d->month = month;
      d->day = day;
      if (iso != nullptr) *iso = false;
      *pos = p;
      return true;
    }
    char sep = s_[p];
    if (sep != '-' && sep != '/' && sep != '.') return false;
    ++p;
    // Korean dates space their dots: "2024. 7. 8." (both gaps, or neither).
    const size_t spaced = sep == '.' ? SkipSpaces(p) - p : 0;
    p += spaced;
    if (!NumberOfLength(&p, 1, 2, &month) || !Char(&p, sep)) return false;
    if (spaced > 0) {
      size_t q = SkipSpaces(p);
      if (q == p) return false;
      p = q;
    }
    if (!NumberOfLength(&p, 1, 2, &day)) return false;
    if (spaced > 0) Char(&p, '.');  // "2024. 7. 8." ends with a dot too
    d->year = year;
    d->month = month;
    d->day = day;
    if (iso != nullptr) *iso = sep == '-';
    *pos = p;
    return true;
  }

  // After a year: "年7月8日" or "년 7월 8일" (spaces allowed around the
  // numbers); the month and day, *p moved past the day's character.
  bool EastAsianYearMonthDay(size_t* p, int* month, int* day) const {
    static constexpr std::string_view kYearMarks[] = {"\xE5\xB9\xB4", "\xEB\x85\x84"};
    static constexpr std::string_view kMonthMarks[] = {"\xE6\x9C\x88", "\xEC\x9B\x94"};
    static constexpr std::string_view kDayMarks[] = {"\xE6\x97\xA5", "\xEC\x9D\xBC"};
    size_t q = SkipSpaces(*p);
    if (!Literal(&q, kYearMarks)) return false;
    q = SkipSpaces(q);
    if (!NumberOfLength(&q, 1, 2, month)) return false;
    q = SkipSpaces(q);
    if (!Literal(&q, kMonthMarks)) return false;
    q = SkipSpaces(q);
    if (!NumberOfLength(&q, 1, 2, day)) return false;
    q = SkipSpaces(q);
    if (!Literal(&q, kDayMarks)) return false;
    *p = q;
    return true;
  }

  // One of the byte strings at *pos, matched exactly.
  template <size_t N>
  bool Literal(size_t* pos, const std::string_view (&options)[N]) const {
    for (std::string_view option : options) {
      if (s_.substr(*pos, option.size()) == option) {
        *pos += option.size();
        return true;
      }
    }
    return false;
  }

  bool DayFirst(size_t* pos, size_t p, int first, ParsedDate* d) const {
    size_t start = p;
    // 06.05.2025, 06/05/2025, 06-05-2025
    if (p < s_.size() && (s_[p] == '.' || s_[p] == '/' || s_[p] == '-')) {
      char sep = s_[p];
      size_t q = p + 1;
      int second = 0, year = 0;
      if (NumberOfLength(&q, 1, 2, &second) && Char(&q, sep) && NumberOfLength(&q, 4, 4, &year)) {
        int day = first, month = second;
        if (sep != '.') {
          // 07/08/2024 is July 8 in the US and 7 August elsewhere: only a
          // field above 12 (or two equal fields) decides.
          if (first > 12 && second <= 12) {
            day = first;
            month = second;
          } else if (second > 12 && first <= 12) {
            day = second;
            month = first;
          } else if (first != second && first <= 12 && second <= 12) {
            // Both could be the month: the page's other dates tell.
            if (order_ == NumericDateOrder::kUnknown) return false;
            if (order_ == NumericDateOrder::kMonthFirst || order_ == NumericDateOrder::kEither) {
              day = second;
              month = first;
            }
          }
        }
        d->year = year;
        d->month = month;
        d->day = day;
        d->day_month_ambiguous = sep == '.' && first <= 12 && second <= 12 && first != second;
        *pos = q;
        return true;
      }
    }
    // 8 July 2024, 8 Jul, 2024, 8. Juli 2024, 1er mars 2024, 8 de julio de 2024,
    // 8 июля 2024 г., 06-May-2025
    p = start;
    OneOf(&p, kOrdinals);
    Char(&p, '.');
    size_t q = SkipSpaces(p);
    if (q == p && !Char(&q, '-') && !Char(&q, '/')) return false;
    q = SkipFiller(q);
    int month = MonthAt(&q);
    if (month == 0) return false;
    size_t r = SkipSpaces(q);
    Char(&r, ',');
    if (r < s_.size() && (s_[r] == '-' || s_[r] == '/')) ++r;
    r = SkipFiller(SkipSpaces(r));
    int year = 0;
    if (!NumberOfLength(&r, 4, 4, &year)) return false;
    size_t t = SkipSpaces(r);
    if (OneOf(&t, kYearSuffixes)) r = t;
    d->year = year;
    d->month = month;
    d->day = first;
    *pos = r;
    return true;
  }

  // July 8, 2024; Jul. 8, 2024; July 8th 2024
  bool MonthFirst(size_t* pos, ParsedDate* d) const {
    size_t p = *pos;
    int month = MonthAt(&p);
    if (month == 0) return false;
    p = SkipSpaces(p);
    int day = 0, year = 0;
    if (!NumberOfLength(&p, 1, 2, &day)) return false;
    OneOf(&p, kOrdinals);
    size_t q = SkipSpaces(p);
    Char(&q, ',');
    q = SkipSpaces(q);
    if (q == p || !NumberOfLength(&q, 4, 4, &year)) return false;
    d->year = year;
    d->month = month;
    d->day = day;
    *pos = q;
    return true;
  }

  size_t SkipFiller(size_t p) const {
    size_t q = p;
    if (OneOf(&q, kFillerWords)) {
      size_t r = SkipSpaces(q);
      if (r != q) return r;
    }
    return p;
  }

  // hh:mm[:ss[.fff]] [AM|PM] [zone], or the East Asian forms.
  bool Time(size_t* pos, ParsedDate* d, bool attached_offset) const {
    if (EastAsianTime(pos, d)) return true;
    size_t p = *pos;
    int hour = 0, minute = 0, second = 0;
    if (!NumberOfLength(&p, 1, 2, &hour) || !Char(&p, ':') || !NumberOfLength(&p, 2, 2, &minute)) {
      return false;
    }
    if (p + 1 < s_.size() && s_[p] == ':' && IsDigit(s_[p + 1])) {
      ++p;
      if (!NumberOfLength(&p, 2, 2, &second)) return false;
      if (p + 1 < s_.size() && s_[p] == '.' && IsDigit(s_[p + 1])) {
        ++p;
        while (p < s_.size() && IsDigit(s_[p])) ++p;
      }
    }
    size_t q = SkipSpaces(p);
    static constexpr std::string_view kAm[] = {"am", "a.m."};
    static constexpr std::string_view kPm[] = {"pm", "p.m."};
    if (OneOf(&q, kAm)) {
      if (hour < 1 || hour > 12) return false;
      if (hour == 12) hour = 0;
      p = q;
    } else if (q = SkipSpaces(p); OneOf(&q, kPm)) {
      if (hour < 1 || hour > 12) return false;
      if (hour != 12) hour += 12;
      p = q;
    }
    if (hour > 23 || minute > 59 || second > 59) return false;
    d->has_time = true;
    d->hour = hour;
    d->minute = minute;
    d->second = second;
    Zone(&p, d, attached_offset);
    *pos = p;
    return true;
  }

  // Chinese, Japanese and Korean clock times: an optional morning or
  // afternoon word, then "15:30" or "15時30分" / "15时30分" / "15시 30분".
  bool EastAsianTime(size_t* pos, ParsedDate* d) const {
    // 午前 上午 오전 / 午後 下午 오후
    static constexpr std::string_view kMorning[] = {
        "\xE5\x8D\x88\xE5\x89\x8D", "\xE4\xB8\x8A\xE5\x8D\x88", "\xEC\x98\xA4\xEC\xA0\x84"};
    static constexpr std::string_view kAfternoon[] = {
        "\xE5\x8D\x88\xE5\xBE\x8C", "\xE4\xB8\x8B\xE5\x8D\x88", "\xEC\x98\xA4\xED\x9B\x84"};
    static constexpr std::string_view kHourMarks[] = {"\xE6\x99\x82", "\xE6\x97\xB6",
                                                      "\xEC\x8B\x9C"};
    static constexpr std::string_view kMinuteMarks[] = {"\xE5\x88\x86", "\xEB\xB6\x84"};
    size_t p = *pos;
    bool morning = Literal(&p, kMorning);
    bool afternoon = !morning && Literal(&p, kAfternoon);
    if (morning || afternoon) p = SkipSpaces(p);
    int hour = 0, minute = 0;
    if (!NumberOfLength(&p, 1, 2, &hour)) return false;
    if (Char(&p, ':')) {
      // "15:30" needs a morning or afternoon word to be this form.
      if (!(morning || afternoon) || !NumberOfLength(&p, 2, 2, &minute)) return false;
    } else {
      if (!Literal(&p, kHourMarks)) return false;
      size_t q = SkipSpaces(p);
      if (NumberOfLength(&q, 1, 2, &minute) && Literal(&q, kMinuteMarks)) p = q;
    }
    if (morning || afternoon) {
      // Japanese writes noon and midnight as 午後0時 and 午前0時.
      if (hour > 12) return false;
      if (hour == 12) hour = 0;
      if (afternoon) hour += 12;
    }
    if (hour > 23 || minute > 59) return false;
    d->has_time = true;
    d->hour = hour;
    d->minute = minute;
    d->second = 0;
    *pos = p;
    return true;
  }

  // +03:00, +0300, +03 (hours only when attached or spaced RFC 822 style).
  bool Offset(size_t* pos, int* minutes) const {
    size_t p = *pos;
    if (p >= s_.size() || (s_[p] != '+' && s_[p] != '-' && s_.substr(p, 3) != "\xE2\x88\x92")) {
      return false;
    }
    int sign = s_[p] == '+' ? 1 : -1;
    p += s_[p] == '\xE2' ? 3 : 1;  // U+2212 MINUS SIGN
    int value = 0;
    size_t digits = 0;
    size_t start = p;
    if (!Number(&p, &value, &digits)) return false;
    int hours = 0, mins = 0;
    if (digits == 4) {
      hours = value / 100;
      mins = value % 100;
    } else if (digits <= 2) {
      hours = value;
      if (p + 2 < s_.size() && s_[p] == ':' && IsDigit(s_[p + 1])) {
        ++p;
        if (!NumberOfLength(&p, 2, 2, &mins)) return false;
      }
    } else {
      return false;
    }
    (void)start;
    if (mins > 59 || hours * 60 + mins > kMaxOffsetMinutes) return false;
    *minutes = sign * (hours * 60 + mins);
    *pos = p;
    return true;
  }

  void Zone(size_t* pos, ParsedDate* d, bool attached_offset) const {
    size_t p = *pos;
    int minutes = 0;
    if (p < s_.size() && s_[p] == 'Z' && (p + 1 >= s_.size() || LetterLength(s_, p + 1) == 0)) {
      d->has_offset = true;
      d->offset_minutes = 0;
      *pos = p + 1;
      return;
    }
    if (attached_offset && Offset(&p, &minutes)) {
      d->has_offset = true;
      d->offset_minutes = minutes;
      *pos = p;
      return;
    }
    p = SkipSpaces(*pos);
    if (p == *pos) return;
    if (Offset(&p, &minutes)) {
      d->has_offset = true;
      d->offset_minutes = minutes;
      *pos = p;
      return;
    }
    size_t word_end = p;
    while (word_end < s_.size() && s_[word_end] >= 'A' && s_[word_end] <= 'Z') ++word_end;
    if (word_end == p || (word_end < s_.size() && (LetterLength(s_, word_end) > 0))) return;
    std::string_view name = s_.substr(p, word_end - p);
    for (const ZoneName& zone : kZones) {
      if (zone.name != name) continue;
      d->has_offset = true;
      d->offset_minutes = zone.offset_minutes;
      p = word_end;
      // GMT+3, UTC+03:00
      if (zone.offset_minutes == 0 && Offset(&p, &minutes)) d->offset_minutes = minutes;
      *pos = p;
      return;
    }
  }

  std::string_view s_;
  NumericDateOrder order_;
};

struct Found {
  DateMention mention;
  size_t end = 0;
};

// Start of the first run of at least four digits (a year) at or after from,
// or npos.
size_t NextYearLikeNumber(std::string_view line, size_t from) {
  constexpr size_t kYearDigits = 4;
  size_t run = 0;
  for (size_t i = from; i < line.size(); ++i) {
    run = IsDigit(line[i]) ? run + 1 : 0;
    if (run >= kYearDigits) return i + 1 - run;
  }
  return std::string_view::npos;
}

// Whether lower ends with a whole modification marker (one listed with its
// colon, "Stand:", only with it).
bool EndsWithMarker(std::string_view lower) {
  for (std::string_view marker : kModifiedMarkers) {
    if (lower.size() >= marker.size() && lower.substr(lower.size() - marker.size()) == marker &&
        (lower.size() == marker.size() || lower[lower.size() - marker.size() - 1] == ' ')) {
      return true;
    }
  }
  return false;
}

bool IsModifiedContext(std::string_view before) {
  std::string lower = LowerText(before);
  for (std::string_view marker : kModifiedMarkers) {
    if (lower.find(marker) != std::string::npos) return true;
  }
  return false;
}

// Whether the character before pos is a digit or a letter: a date starts at
// a word boundary.
bool PrecededByWordChar(std::string_view line, size_t pos) {
  if (pos == 0) return false;
  if (IsAsciiAlnum(line[pos - 1])) return true;
  constexpr size_t kMaxCharBytes = 4;
  size_t start = pos - 1;
  while (start > 0 && pos - start < kMaxCharBytes &&
         (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) {
    --start;
  }
  return LetterLength(line, start) == pos - start;
}

std::vector<Found> FindAll(std::string_view line, NumericDateOrder order) {
  std::vector<Found> found;
  size_t next_year = NextYearLikeNumber(line, 0);
  if (next_year == std::string_view::npos) return found;
  Scanner scanner(line, order);
  size_t prev_end = 0;
  size_t i = 0;
  while (i < line.size()) {
    // Every date has a year: no need to try positions far before the next one.
    if (next_year != std::string_view::npos && next_year < i) {
      next_year = NextYearLikeNumber(line, i);
    }
    if (next_year == std::string_view::npos) break;
    if (next_year - i > kMaxDateSpanBytes) {
      i = next_year - kMaxDateSpanBytes;
      while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
    }
    char c = line[i];
    bool at_boundary = !PrecededByWordChar(line, i);
    bool candidate = false;
    size_t skip_to = i + 1;
    if (IsDigit(c)) {
      candidate = at_boundary;
      skip_to = i;
      while (skip_to < line.size() && IsDigit(line[skip_to])) ++skip_to;
    } else if (LetterLength(line, i) > 0) {
      // Month first ("July 8, 2024"): only a word followed by a number is a
      // candidate, so most words cost no table lookup.
      size_t p = i;
      while (p < line.size() && LetterLength(line, p) > 0) p += LetterLength(line, p);
      skip_to = p;
      if (p < line.size() && line[p] == '.') ++p;
      p = scanner.SkipSpaces(p);
      candidate = at_boundary && p < line.size() && IsDigit(line[p]);
    }
    ParsedDate date;
    size_t end = 0;
    if (candidate && scanner.ParseAt(i, &date, &end)) {
      size_t window_start = std::max(prev_end, i > kMarkerWindowBytes ? i - kMarkerWindowBytes : 0);
      Found f;
      f.mention.date = date;
      f.mention.offset = i;
      f.mention.end = end;
      f.mention.is_modified = IsModifiedContext(line.substr(window_start, i - window_start));
      f.end = end;
      found.push_back(f);
      prev_end = end;
      i = end;
      continue;
    }
    i = skip_to;
  }
  return found;
}

std::optional<ParsedDate> FromEpochSeconds(long long epoch_seconds) {
  date::sys_seconds t{std::chrono::seconds{epoch_seconds}};
  auto day = date::floor<date::days>(t);
  date::year_month_day ymd(day);
  date::hh_mm_ss<std::chrono::seconds> tod(t - day);
  ParsedDate d;
  d.year = static_cast<int>(ymd.year());
  d.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  d.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  if (d.year < kMinWebYear || d.year > kMaxYear) return std::nullopt;
  d.has_time = true;
  d.hour = static_cast<int>(tod.hours().count());
  d.minute = static_cast<int>(tod.minutes().count());
  d.second = static_cast<int>(tod.seconds().count());
  d.has_offset = true;
  return d;
}

std::optional<ParsedDate> CompactDate(std::string_view digits, int min_year) {
  auto num = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) v = v * 10 + (digits[i] - '0');
    return v;
  };
  ParsedDate d;
  d.year = num(0, 4);
  d.month = num(4, 2);
  d.day = num(6, 2);
  if (d.year < min_year || !ValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::optional<ParsedDate> ParseAllDigits(std::string_view s) {
  constexpr size_t kCompactDateDigits = 8;
  constexpr size_t kMinSecondsDigits = 9, kMaxSecondsDigits = 10;
  constexpr size_t kMinMillisDigits = 12, kMaxMillisDigits = 13;
  constexpr long long kMillisPerSecond = 1000;
  if (s.size() == kCompactDateDigits) return CompactDate(s, kMinYear);
  bool seconds = s.size() >= kMinSecondsDigits && s.size() <= kMaxSecondsDigits;
  bool millis = s.size() >= kMinMillisDigits && s.size() <= kMaxMillisDigits;
  if (!seconds && !millis) return std::nullopt;
  long long value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return FromEpochSeconds(millis ? value / kMillisPerSecond : value);
}

bool IsTrimmable(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view TrimDateText(std::string_view s) {
  while (!s.empty() && IsTrimmable(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsTrimmable(s.back())) s.remove_suffix(1);
  return s;
}

// Whether only spaces and sentence punctuation follow pos.
bool OnlyPunctuationFrom(std::string_view s, size_t pos) {
  for (; pos < s.size(); ++pos) {
    if (!IsTrimmable(s[pos]) && s[pos] != '.' && s[pos] != ',' && s[pos] != ';') return false;
  }
  return true;
}

bool HasDigit(std::string_view s) { return std::any_of(s.begin(), s.end(), IsDigit); }

int SmallNumber(std::string_view s) {
  constexpr size_t kMaxDigits = 4;
  if (s.empty() || s.size() > kMaxDigits || !IsAsciiDigits(s)) return -1;
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::optional<ParsedDate> UrlDate(int year, int month, int day) {
  if (year < kMinWebYear || !ValidDate(year, month, day)) return std::nullopt;
  ParsedDate d;
  d.year = year;
  d.month = month;
  d.day = day;
  return d;
}

}  // namespace

std::string ParsedDate::ToIso8601() const {
  char buf[40];
  int n = std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  std::string out(buf, static_cast<size_t>(n));
  if (!has_time) return out;
  n = std::snprintf(buf, sizeof(buf), "T%02d:%02d:%02d", hour, minute, second);
  out.append(buf, static_cast<size_t>(n));
  if (!has_offset) return out;
  if (offset_minutes == 0) return out + "Z";
  int abs_offset = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  n = std::snprintf(buf, sizeof(buf), "%c%02d:%02d", offset_minutes < 0 ? '-' : '+',
                    abs_offset / 60, abs_offset % 60);
  out.append(buf, static_cast<size_t>(n));
  return out;
}

long long ParsedDate::EpochSeconds() const {
  date::sys_days days = date::year(year) / date::month(static_cast<unsigned>(month)) /
                        date::day(static_cast<unsigned>(day));
  return static_cast<long long>(days.time_since_epoch().count()) * kSecondsPerDay + hour * 3600LL +
         minute * 60LL + second - offset_minutes * 60LL;
}

std::optional<ParsedDate> ParseDate(std::string_view text, NumericDateOrder order) {
  text = TrimDateText(text);
  if (text.empty()) return std::nullopt;
  if (IsAsciiDigits(text)) return ParseAllDigits(text);
  Scanner scanner(text, order);
  ParsedDate date;
  size_t end = 0;
  if (scanner.ParseAt(0, &date, &end) && OnlyPunctuationFrom(text, scanner.SkipSpaces(end))) {
    return date;
  }
  // "Tue, 06 May 2025 ...", "Published: July 8, 2024": words around one date.
  std::vector<Found> found = FindAll(text, order);
  if (found.empty()) return std::nullopt;
  const Found& first = found.front();
  if (HasDigit(text.substr(0, first.mention.offset)) || HasDigit(text.substr(first.end))) {
    return std::nullopt;
  }
  return first.mention.date;
}

const char* ToString(DateSource source) { return kSourceNames[static_cast<size_t>(source)]; }

std::vector<std::string_view> WordsOutsideDates(std::string_view text,
                                                std::span<const DateMention> mentions) {
  std::vector<std::string_view> words;
  auto add = [&](std::string_view piece) {
    for (std::string_view word : WordTokens(piece)) words.push_back(word);
  };
  size_t from = 0;
  for (const DateMention& m : mentions) {
    if (m.offset >= from && m.offset <= text.size()) add(text.substr(from, m.offset - from));
    from = std::max(from, std::min(m.end, text.size()));
  }
  add(text.substr(from));
  return words;
}

std::vector<DateMention> FindDatesInText(std::string_view line, NumericDateOrder order) {
  std::vector<DateMention> mentions;
  for (Found& f : FindAll(line, order)) mentions.push_back(f.mention);
  return mentions;
}

NumericDateOrder NumericDateOrderOf(std::string_view text) {
  bool month_first = false, day_first = false;
  // Reads 1 or 2 digits at *i, followed by no other digit.
  auto small_number = [&](size_t* i, int* value) {
    size_t start = *i;
    *value = 0;
    while (*i < text.size() && IsDigit(text[*i]) && *i - start < 2) {
      *value = *value * 10 + (text[*i] - '0');
      ++*i;
    }
    return *i > start && (*i == text.size() || !IsDigit(text[*i]));
  };
  // Part of a path, a number or a word ("v1/13/2024", "/2024/12/25/").
  auto joined = [](char c) {
    return c == '/' || c == '-' || c == '.' || IsDigit(c) || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
  };
  // Slashes only: found at memchr speed over a page's source, and the US
  // writes its all-digit dates with them ("12-25-2024" is rare).
  for (size_t at = 0; (at = text.find('/', at)) != std::string_view::npos; ++at) {
    if (at == 0 || !IsDigit(text[at - 1])) continue;
    // A first field of one or two digits before the slash, standing alone.
    size_t start = at - 1;
    if (start > 0 && IsDigit(text[start - 1])) --start;
    if (start > 0 && joined(text[start - 1])) continue;
    size_t i = start;
    int first = 0, second = 0;
    if (!small_number(&i, &first) || i != at) continue;
    ++i;
    if (!small_number(&i, &second) || i >= text.size() || text[i] != '/') continue;
    ++i;
    const size_t year_start = i;
    while (i < text.size() && IsDigit(text[i]) && i - year_start < 5) ++i;
    // (A sentence may end with the date: "... on 12/25/2024.")
    if (i - year_start != 4 || (i < text.size() && text[i] != '.' && joined(text[i]))) continue;
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) day_first = true;
    if (second > 12 && second <= 31 && first >= 1 && first <= 12) month_first = true;
    if (month_first && day_first) return NumericDateOrder::kUnknown;
  }
  if (month_first) return NumericDateOrder::kMonthFirst;
  if (day_first) return NumericDateOrder::kDayFirst;
  return NumericDateOrder::kUnknown;
}

std::optional<ParsedDate> DateFromUrl(std::string_view url) {
  constexpr size_t kIsoDateLength = 10;  // 2024-07-08
  constexpr size_t kCompactDateLength = 8;
  std::vector<std::string_view> segments = PathSegments(url);
  for (size_t i = 0; i < segments.size(); ++i) {
    std::string_view seg = segments[i];
    // /2024/07/08/, /2023/october/03/
    if (seg.size() == 4 && i + 2 < segments.size() && IsAsciiDigits(seg)) {
      int month = segments[i + 1].size() <= 2 ? SmallNumber(segments[i + 1])
                                              : EnglishMonthOfName(segments[i + 1]);
      int day = segments[i + 2].size() <= 2 ? SmallNumber(segments[i + 2]) : -1;
      if (month > 0 && day > 0) {
        if (auto d = UrlDate(SmallNumber(seg), month, day)) return d;
      }
    }
    // /2024-07-08/ or /2024-07-08-slug
    if (seg.size() >= kIsoDateLength && seg[4] == '-' && seg[7] == '-' &&
        IsAsciiDigits(seg.substr(0, 4)) && IsAsciiDigits(seg.substr(5, 2)) &&
        IsAsciiDigits(seg.substr(8, 2)) && (seg.size() == kIsoDateLength || !IsDigit(seg[10]))) {
      if (auto d = UrlDate(SmallNumber(seg.substr(0, 4)), SmallNumber(seg.substr(5, 2)),
                           SmallNumber(seg.substr(8, 2)))) {
        return d;
      }
    }
    // /20240708/ or /20240708-slug
    if (seg.size() >= kCompactDateLength && IsAsciiDigits(seg.substr(0, kCompactDateLength)) &&
        (seg.size() == kCompactDateLength || seg[kCompactDateLength] == '-' ||
         seg[kCompactDateLength] == '_' || seg[kCompactDateLength] == '.')) {
      if (auto d = CompactDate(seg.substr(0, kCompactDateLength), kMinWebYear)) return d;
    }
  }
  return std::nullopt;
}

ChosenDates ChooseDates(const std::vector<DateCandidate>& candidates, std::string_view fetched_at) {
  std::optional<long long> limit;
  if (!fetched_at.empty()) {
    if (auto fetched = ParseDate(fetched_at)) limit = fetched->EpochSeconds() + kSecondsPerDay;
  }
  auto usable = [&](const DateCandidate& c) {
    return c.date.year >= kMinWebYear && (!limit || c.date.EpochSeconds() <= *limit);
  };
  // Published: most trusted source, then the earliest day; within a day a
  // value with a time beats a bare date.
  auto published_key = [](const DateCandidate& c) {
    return std::make_tuple(static_cast<int>(c.source), c.date.year, c.date.month, c.date.day,
                           !c.date.has_time, c.date.EpochSeconds());
  };
  // Modified: most trusted source, then the latest.
  auto modified_key = [](const DateCandidate& c) {
    return std::make_tuple(static_cast<int>(c.source), -c.date.EpochSeconds());
  };
  // A publication date printed beside the headline, earlier than the
  // declared one and on a day no declared date can be: the markup carries a
  // republication or migration stamp (a template's or plugin's value) while
  // the page still shows the day the article went out, and what the page
  // shows is the article's date. A later printed day may be an update that
  // does not say so, and the declared date stands. When the printed date
  // wins, the declared dates later than it that cannot be its day drop out,
  // as do <time> values that agree with no printed text.
  std::vector<const DateCandidate*> printed;  // texts and <time> values
  const DateCandidate* earliest_printed_text = nullptr;
  const DateCandidate* declared = nullptr;
  for (const DateCandidate& c : candidates) {
    if (!usable(c) || c.is_modified) continue;
    if (c.beside_headline) {
      printed.push_back(&c);
      if (c.source == DateSource::kText &&
          (earliest_printed_text == nullptr ||
           published_key(c) < published_key(*earliest_printed_text))) {
        earliest_printed_text = &c;
      }
    }
    bool is_declared = c.source == DateSource::kJsonLd || c.source == DateSource::kMeta;
    if (is_declared && (declared == nullptr || published_key(c) < published_key(*declared))) {
      declared = &c;
    }
  }
  auto agrees_with_printed = [&](const ParsedDate& date, bool texts_only) {
    return std::any_of(printed.begin(), printed.end(), [&](const DateCandidate* p) {
      return (!texts_only || p->source == DateSource::kText) && CanBeSameDate(p->date, date);
    });
  };
  auto day_number = [](const ParsedDate& d) { return std::make_tuple(d.year, d.month, d.day); };
  const bool printed_overrides =
      declared != nullptr && earliest_printed_text != nullptr &&
      day_number(earliest_printed_text->date) < day_number(declared->date) &&
      !agrees_with_printed(declared->date, false);
  // A declared date stays when it can be the printed day or is earlier than
  // it (a later printed day overrides nothing).
  auto overridden = [&](const DateCandidate& c) {
    if (!printed_overrides || c.is_modified) return false;
    if (c.source == DateSource::kJsonLd || c.source == DateSource::kMeta) {
      return day_number(c.date) > day_number(earliest_printed_text->date) &&
             !CanBeSameDate(earliest_printed_text->date, c.date);
    }
    return c.source == DateSource::kTimeElement && !agrees_with_printed(c.date, true);
  };
  const DateCandidate* published = nullptr;
  const DateCandidate* modified = nullptr;
  for (const DateCandidate& c : candidates) {
    if (!usable(c) || overridden(c)) continue;
    if (c.is_modified) {
      if (modified == nullptr || modified_key(c) < modified_key(*modified)) modified = &c;
    } else if (published == nullptr || published_key(c) < published_key(*published)) {
      published = &c;
    }
  }
  // A date in the URL path is the publisher's own day. When the chosen value
  // is an instant written on another day that still falls on the URL's day in
  // some time zone (a UTC time stamp past the publisher's midnight), the day
  // the article carries is the URL's.
  if (published != nullptr && published->date.has_time) {
    for (const DateCandidate& c : candidates) {
      if (c.source != DateSource::kUrl || c.is_modified || !usable(c)) continue;
      if (!SameDay(published->date, c.date) && FallsOnLocalDay(published->date, c.date)) {
        published = &c;
      }
      break;
    }
  }
  ChosenDates chosen;
  if (published != nullptr) {
    chosen.published = published->date.ToIso8601();
    chosen.published_source = ToString(published->source);
  }
  // A modification before the publication is a misread, not an edit.
  if (modified != nullptr &&
      (published == nullptr || modified->date.EpochSeconds() >= published->date.EpochSeconds())) {
    chosen.modified = modified->date.ToIso8601();
  }
  return chosen;
}

ChosenDates ChooseDatesModifiedStandingIn(std::vector<DateCandidate> candidates,
                                          std::string_view fetched_at) {
  ChosenDates chosen = ChooseDates(candidates, fetched_at);
  if (chosen.published.empty() && !chosen.modified.empty()) {
    for (DateCandidate& c : candidates) c.is_modified = false;
    ChosenDates as_published = ChooseDates(candidates, fetched_at);
    chosen.published = std::move(as_published.published);
    chosen.published_source = std::move(as_published.published_source);
  }
  return chosen;
}

bool IsMonthName(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return MonthIndex().contains(LowerText(word));
}

bool EndsWithModifiedLabel(std::string_view text) {
  std::string lower = LowerText(text);
  while (!lower.empty() && lower.back() == ' ') lower.pop_back();
  if (EndsWithMarker(lower)) return true;  // "Stand:", "Update:"
  auto trim = [&] {
    while (!lower.empty() && (lower.back() == ' ' || lower.back() == ':' || lower.back() == '-')) {
      lower.pop_back();
    }
  };
  trim();
  if (EndsWithMarker(lower)) return true;
  for (std::string_view preposition : kLabelPrepositions) {
    if (lower.size() > preposition.size() &&
        lower.substr(lower.size() - preposition.size()) == preposition &&
        lower[lower.size() - preposition.size() - 1] == ' ') {
      lower.resize(lower.size() - preposition.size());
      trim();
      return EndsWithMarker(lower);
    }
  }
  return false;
}

bool SameDay(const ParsedDate& a, const ParsedDate& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}

}  // namespace newsift
