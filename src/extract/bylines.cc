#include "extract/bylines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "extract/dates.h"
#include "extract/html_dom.h"
#include "extract/html_heuristics.h"
#include "extract/language.h"
#include "extract/site_name.h"
#include "util/text.h"

namespace newsift {
namespace {

// Text that introduces a byline, lowercase; the names follow.
constexpr std::array<std::string_view, 9> kBylineLeads = {
    "by",      "by:",      "written by", "written by:", "author",
    "author:", "authors:", "posted by",  "words by"};
constexpr std::array<std::string_view, 2> kSentenceCreditLeads = {"this post was written by",
                                                                  "this article was written by"};
// A byline that credits someone other than the writer.
// "Updated by" with no date names whoever changed the page last, not its
// writer.
constexpr std::array<std::string_view, 9> kNotWriterLeads = {
    "reviewed by",  "medically reviewed", "fact checked",
    "fact-checked", "edited by",          "editing by",
    "photo",        "updated by",         "last updated by"};
// Credits for other work that may follow the writers' ("Reporting by Ann
// Lee; Editing by Bo Ng", "By Ann Lee. Photos by Bo Ng"), lowercase: the
// byline ends there.
constexpr std::array<std::string_view, 15> kOtherWorkCredits = {
    "edited by",   "editing by", "fact-checked by", "fact checked by", "reviewed by",
    "photos by",   "photo by",   "photography by",  "illustration by", "illustrations by",
    "graphics by", "video by",   "translated by",   "translation by",  "produced by"};
// Where a byline stops: what follows is a date, a place ("en Madrid"), the
// post's categories ("By Ann Lee In Science, Travel") or other matter.
constexpr std::array<std::string_view, 17> kBylineCuts = {
    " | ",      "\u2022", " Last updated", " Last Updated", " Updated", " Published",
    " Posted",  " - ",    " \u2013 ",      " \u2014 ",      " \u00b7 ", " \u22c5 ",
    " \u25cf ", " on ",   " On ",          " en ",          " In "};
// A date before the names has at most this many words ("Dec. 19, 2025").
constexpr size_t kMaxLeadingDateWords = 5;
// Leads removed before the names, lowercase, longest first where they overlap.
constexpr std::array<std::string_view, 14> kBylinePrefixes = {"this post was written by",
                                                              "this article was written by",
                                                              "written by:",
                                                              "written by",
                                                              "article by",
                                                              "words by ",
                                                              "reported by ",
                                                              "posted by",
                                                              "published by",
                                                              "authors:",
                                                              "author:",
                                                              "by:",
                                                              "by ",
                                                              "author "};
// The same leads in other languages, lowercase, with the languages (ISO 639-1,
// space-separated) where each is a byline lead. Written-out leads are words
// of their language ("von" is "of", "door" an English word too), so they
// count only on a page of that language or of no known language; the
// "Author:" labels count anywhere (Cyrillic in both cases: a byline is
// lowercased as ASCII only). Italian "di" is left out: it starts surnames
// ("Di Maio").
struct OtherLanguageLead {
  std::string_view lead;
  std::string_view languages;  // empty: any
};
constexpr std::array<OtherLanguageLead, 17> kOtherLanguageLeads = {{
    {"von ", "de"},
    {"par ", "fr"},
    {"por ", "es pt"},
    {"door ", "nl"},
    {"av ", "sv no nb nn"},
    {"af ", "da"},
    {"oleh ", "id ms"},
    {"autor:", ""},
    {"autorzy:", ""},
    {"autoři:", ""},
    {"yazar:", ""},
    {"автор:", ""},
    {"Автор:", ""},
    {"авторы:", ""},
    {"Авторы:", ""},
    {"автор ", ""},
    {"Автор ", ""},
}};
// Between two names: "and" and "&" always; the other languages' words only
// before a full name ("Santiago Ramón y Cajal" is one man).
constexpr std::array<std::string_view, 2> kNameJoins = {" and ", " & "};
constexpr std::array<std::string_view, 7> kOtherLanguageNameJoins = {
    " und ", " et ", " y ", " e ", " og ", " och ", " \xD0\xB8 " /* и */};
constexpr std::string_view kInnerByLead = " by ";
constexpr size_t kMaxLeadChars = 20;
constexpr size_t kMaxLeadWords = 3;
// An outlet's name glued after a writer's has at most this many words.
constexpr size_t kMaxOutletWords = 4;
// A writer's biography: the verbs after the name, the trades its first
// sentence names (lowercase), the lead before the name and its length.
constexpr std::array<std::string_view, 6> kBioVerbs = {" is ",     " was ",    " has ",
                                                       " covers ", " writes ", " reports "};
constexpr std::array<std::string_view, 11> kWriterTrades = {
    "writer",    "reporter", "correspondent", "editor",       "journalist", "contributor",
    "columnist", "producer", "author",        "photographer", "critic"};
constexpr size_t kMaxBioLeadChars = 24;
constexpr std::string_view kAboutTheAuthor = "about the author";
constexpr size_t kMaxBioChars = 800;
// A writer's contact line: at most this long, and one of these (lowercase).
constexpr size_t kMaxContactChars = 300;
constexpr std::array<std::string_view, 5> kContactWords = {"email", "e-mail", "follow him",
                                                           "follow her", "follow them"};
// "By Ann Lee with Bo Ng": a join before a full name; otherwise what
// follows ("with additional reporting by ...") is other matter.
constexpr std::string_view kWithJoin = " with ";
// Joins left before a credit for other work ("Ann Lee and edited by").
constexpr std::array<std::string_view, 3> kJoinsBeforeCredit = {" and", " &", " with"};
// "Sponsored by Brand": the lead is part of the credit.
constexpr std::array<std::string_view, 3> kCreditLeadsKept = {"sponsored", "presented", "paid"};
// Words that start "Published ... by Name" lines. "Updated <date> by Name" is
// how blog themes print the post's author; a bare "Updated by" is not
// (kNotWriterLeads). Without "updated" here, one wcxb author fewer is right
// and nothing else changes.
constexpr std::array<std::string_view, 4> kDatedBylineLeads = {"published", "posted", "updated",
                                                               "last updated"};
// Function words that show a lowercase "name" is a phrase.
constexpr std::array<std::string_view, 16> kPhraseWords = {
    "the",  "to",   "a",    "an",  "of",  "for", "with", "below",
    "this", "that", "your", "our", "you", "is",  "are",  "in"};
// Job-title words that end a name when glued after it ("Ann Lee Senior
// Boats Reporter"), lowercase.
constexpr std::array<std::string_view, 11> kInnerRoleWords = {
    "senior", "head",  "founder",      "co-founder", "co",      "chief",
    "former", "staff", "contributing", "editor",     "reporter"};
constexpr size_t kMinNameWordsBeforeRole = 2;
// Role words that qualify a job ("Senior Writer", "Guest Columnist"): alone
// at the end of a name they are a surname. Lowercase.
constexpr std::array<std::string_view, 14> kRoleModifiers = {
    "senior", "chief",   "associate", "contributing",  "special",   "freelance",     "managing",
    "deputy", "digital", "national",  "international", "political", "investigative", "guest"};
// A writer's beat, glued between the name and the role ("Ann Lee Business
// Columnist"), lowercase.
constexpr std::array<std::string_view, 24> kBeatWords = {
    "business",   "politics",      "science", "sports",    "sport",   "health",
    "technology", "tech",          "travel",  "food",      "fashion", "music",
    "film",       "arts",          "culture", "economics", "finance", "climate",
    "education",  "entertainment", "opinion", "metro",     "style",   "markets"};
constexpr std::string_view kLeadingArticle = "the ";
// The last word of a team's credit ("the Example Team"), lowercase, and its
// length in words at most.
constexpr std::array<std::string_view, 5> kTeamWords = {"team", "staff", "editors", "desk",
                                                        "newsroom"};
constexpr size_t kMaxTeamCreditWords = 5;
// What follows a writer's name or role to say where they work ("in Paris",
// "at The Herald", "for Politics"); lowercase, so not part of a name.
constexpr std::array<std::string_view, 3> kWorkplaceConnectors = {" in ", " at ", " for "};
constexpr std::array<std::string_view, 2> kListLeads = {"& ", "and "};
// Words of link labels that read like names when capitalised ("View
// Profile", "Our Authors", "More From Ann Lee"), lowercase.
constexpr std::array<std::string_view, 17> kLinkLabelWords = {
    "view", "more",  "all",          "about", "our",  "profile", "posts",    "author", "authors",
    "team", "staff", "contributors", "from",  "meet", "next",    "previous", "prev"};
// First and last words of links about a writer ("Follow Ann Lee", "Ann
// Lee's Latest", "Ann Lee Twitter"), lowercase.
constexpr std::array<std::string_view, 5> kWriterLinkLeads = {"follow", "contact", "email",
                                                              "message", "subscribe"};
constexpr std::array<std::string_view, 8> kWriterLinkTails = {
    "latest", "twitter", "instagram", "facebook", "linkedin", "bio", "articles", "stories"};
// Degrees and generations written after a name, lowercase, without dots or
// hyphens ("Ph.D." -> "phd").
constexpr std::array<std::string_view, 30> kNameSuffixes = {
    "md",     "do",  "phd", "dvm", "rn", "bsn", "msn", "np",   "pac", "mba",
    "cpa",    "jd",  "mph", "ms",  "ma", "rd",  "rdn", "lcsw", "dds", "dmd",
    "pharmd", "esq", "jr",  "sr",  "ii", "iii", "iv",  "cfa",  "cfp", "facs"};
// A credential after a degree ("MS, RD, FRVS") has this many capitals.
constexpr size_t kMinAcronymLetters = 2;
constexpr size_t kMaxAcronymLetters = 5;
// Lowercase words inside a family name ("Anna van der Berg").
constexpr std::array<std::string_view, 24> kNameParticles = {
    "van", "der", "den", "de", "da",  "di",    "du",    "von", "la",    "le",    "bin",   "al",
    "del", "dos", "das", "do", "dal", "dalla", "dalle", "dei", "degli", "della", "delle", "dello"};
// Account names a CMS fills in when no writer was set: never a credit.
constexpr std::array<std::string_view, 10> kPlaceholderAuthors = {
    "admin", "administrator", "webmaster", "undefined",  "null",
    "user",  "sign in",       "log in",    "contact us", "subscribe"};
// Weekday names, lowercase: a date after the names starts with one ("Ann
// Lee, Wednesday, 20 November 2019"; "Anna Schmidt, Mittwoch, 20. November").
// English, German, French, Spanish, Portuguese, Italian, Dutch.
constexpr std::array<std::string_view, 47> kWeekdays = {
    "monday",       "tuesday",      "wednesday",   "thursday", "friday",        "saturday",
    "sunday",       "montag",       "dienstag",    "mittwoch", "donnerstag",    "freitag",
    "samstag",      "sonntag",      "lundi",       "mardi",    "mercredi",      "jeudi",
    "vendredi",     "samedi",       "dimanche",    "lunes",    "martes",        "miércoles",
    "jueves",       "viernes",      "sábado",      "domingo",  "segunda-feira", "terça-feira",
    "quarta-feira", "quinta-feira", "sexta-feira", "lunedì",   "martedì",       "mercoledì",
    "giovedì",      "venerdì",      "sabato",      "domenica", "maandag",       "dinsdag",
    "woensdag",     "donderdag",    "vrijdag",     "zaterdag", "zondag"};
// Between a "Published" or "Posted" lead and " by ": a date, or a time
// relative to now.
constexpr std::array<std::string_view, 3> kRelativeTimeWords = {" ago", "today", "yesterday"};

bool LooksLikeName(std::string_view name, std::string_view site) {
  if (name.empty() || name.size() > kMaxBylineChars) return false;
  // "|", "-": separators left alone by a cut; a name has a letter (any
  // script: bytes of multi-byte UTF-8 count).
  if (std::none_of(name.begin(), name.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
      })) {
    return false;
  }
  if (name.find('@') != std::string_view::npos || name.find("://") != std::string_view::npos ||
      name.find("www.") != std::string_view::npos || name.find('/') != std::string_view::npos) {
    return false;
  }
  // Form labels ("Name *"), comment heads ("Ann says:"), user handles and
  // domains ("ann.lee", "site.com") are not bylines.
  if (name.find_first_of("*:") != std::string_view::npos || EndsWith(name, " says")) return false;
  std::string lower = ToLowerAscii(name);
  if (std::find(kPlaceholderAuthors.begin(), kPlaceholderAuthors.end(), lower) !=
          kPlaceholderAuthors.end() ||
      std::find(kWeekdays.begin(), kWeekdays.end(), lower) != kWeekdays.end()) {
    return false;
  }
  for (size_t i = 0; i + 1 < name.size(); ++i) {
    if (name[i] == '.' && std::islower(static_cast<unsigned char>(name[i + 1]))) return false;
  }
  size_t words = 1;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
    if (c == ' ') ++words;
  }
  if (words > kMaxAuthorWords) return false;
  // "keeping the gate shut": lowercase words with function words are a
  // phrase caught by a loose "by" or byline class, not a lowercase name.
  if (words > 1 && !std::any_of(name.begin(), name.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c));
      })) {
    for (std::string_view word : WordTokens(name)) {
      if (std::find(kPhraseWords.begin(), kPhraseWords.end(), word) != kPhraseWords.end()) {
        return false;
      }
    }
  }
  // "View more posts": capitalised like a sentence, not like a name (names
  // written all in lowercase, "ann lee", are a style choice and stay).
  if (words > 1 && std::isupper(static_cast<unsigned char>(name.front())) &&
      EndsWithLowercaseWord(name)) {
    return false;
  }
  // "Follow Ann Lee", "Ann Lee's Latest", "Ann Lee Twitter": links about
  // the writer.
  if (words > 1) {
    const std::string_view first_word = std::string_view(lower).substr(0, lower.find(' '));
    const std::string_view last_word = std::string_view(lower).substr(lower.rfind(' ') + 1);
    if (std::find(kWriterLinkLeads.begin(), kWriterLinkLeads.end(), first_word) !=
            kWriterLinkLeads.end() ||
        std::find(kWriterLinkTails.begin(), kWriterLinkTails.end(), last_word) !=
            kWriterLinkTails.end()) {
      return false;
    }
  }
  if (!site.empty()) {
    std::string norm = NormalizeForCompare(name);
    std::string site_norm = NormalizeForCompare(site);
    // "Site" vs "Site | tagline" or "Site News", "The Herald" vs "Daily
    // Herald": the publisher, not a person.
    if (StartsWith(norm, kLeadingArticle)) norm.erase(0, kLeadingArticle.size());
    if (norm == site_norm || StartsWith(site_norm, norm + " ") ||
        (norm.find(' ') != std::string::npos && EndsWith(site_norm, " " + norm))) {
      return false;
    }
  }
  return true;
}

// "Ann Lee Senior Editor Autos": a role word after the name starts the job
// title even when no separator was printed between them (name and title in
// sibling elements). Only from the third word on, so a name stays whole.
std::string_view CutAtInnerRole(std::string_view name) {
  size_t word_index = 0;
  size_t start = 0;
  while (start < name.size()) {
    size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    if (word_index >= kMinNameWordsBeforeRole) {
      std::string word = ToLowerAscii(name.substr(start, end - start));
      if (std::find(kInnerRoleWords.begin(), kInnerRoleWords.end(), word) !=
          kInnerRoleWords.end()) {
        return TrimAscii(name.substr(0, start));
      }
    }
    ++word_index;
    start = end + 1;
  }
  return name;
}

// "Co-Founder", "Senior Editor": job-title words only.
bool IsInnerRoleOnly(std::string_view piece) {
  std::vector<std::string_view> words = WordTokens(piece);
  if (words.empty()) return false;
  for (std::string_view word : words) {
    std::string lower = ToLowerAscii(word);
    if (std::find(kInnerRoleWords.begin(), kInnerRoleWords.end(), lower) == kInnerRoleWords.end()) {
      return false;
    }
  }
  return true;
}

// "Ann Lee Business" left by a role glued after it ("Ann Lee Business
// Columnist"): the beat goes with the role, when a full name stays.
std::string_view WithoutTrailingBeat(std::string_view name) {
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos || std::count(name.begin(), name.end(), ' ') < 2) {
    return name;
  }
  const std::string last = ToLowerAscii(name.substr(space + 1));
  if (std::find(kBeatWords.begin(), kBeatWords.end(), last) == kBeatWords.end()) return name;
  return TrimAscii(name.substr(0, space));
}

// The name without the roles printed after it ("Ann Lee, Staff Writer") and
// the list word before it; with plurals, "Reporters" is a role too. A role
// that only qualifies another ("Senior Writer"), last and with no comma
// before it, is a surname: "Jennifer Senior", "Bo Guest".
std::string_view StripRoles(std::string_view name, bool plurals) {
  name = TrimAscii(name);
  // "& Ann Lee": the rest of a list whose first name was dropped.
  for (std::string_view lead : kListLeads) {
    if (StartsWith(name, lead)) name = TrimAscii(name.substr(lead.size()));
  }
  const size_t before_cut = name.size();
  name = CutAtInnerRole(name);
  if (name.size() < before_cut) name = WithoutTrailingBeat(name);
  // "Ann Lee Managing Editor": the glued title was cut at "Editor"; the
  // modifier left before it is part of the title too.
  bool stripped = name.size() < before_cut;
  bool changed = true;
  while (changed && !name.empty()) {
    changed = false;
    std::string lower = ToLowerAscii(name);
    for (std::string_view role : html::BylineRoleWords()) {
      // "Reporter", or "Reporters" where plurals are roles.
      size_t size = EndsWith(lower, role) ? role.size()
                    : (plurals && lower.size() > role.size() && lower.back() == 's' &&
                       EndsWith(std::string_view(lower).substr(0, lower.size() - 1), role))
                        ? role.size() + 1
                        : 0;
      const char before = size > 0 && lower.size() > size ? lower[lower.size() - size - 1] : 0;
      if (before == ' ' && !stripped && size == role.size() &&
          std::find(kRoleModifiers.begin(), kRoleModifiers.end(), role) != kRoleModifiers.end()) {
        continue;
      }
      if (before == ' ' || before == ',') {
        stripped = true;
        name = TrimAscii(name.substr(0, name.size() - size));
        while (!name.empty() && (name.back() == ',' || name.back() == '-' || name.back() == '|')) {
          name = TrimAscii(name.substr(0, name.size() - 1));
        }
        if (before == ' ') name = WithoutTrailingBeat(name);
        changed = true;
        break;
      }
    }
  }
  return name;
}

// "Staff Writer", "Senior Correspondent": a piece made of role words only.
bool IsRoleOnly(std::string_view piece) {
  std::string lower = ToLowerAscii(TrimAscii(piece));
  if (lower.empty()) return true;
  size_t start = 0;
  while (start < lower.size()) {
    size_t end = lower.find(' ', start);
    if (end == std::string::npos) end = lower.size();
    std::string_view word = std::string_view(lower).substr(start, end - start);
    auto roles = html::BylineRoleWords();
    if (!word.empty() && std::find(roles.begin(), roles.end(), word) == roles.end()) return false;
    start = end + 1;
  }
  return true;
}

// Whether a lowercase piece is a degree or generation written after a name
// ("md", "ph.d.", "jr."), dots and hyphens aside.
bool IsNameSuffix(std::string_view lower) {
  std::string key;
  for (char c : lower) {
    if (c != '.' && c != '-') key.push_back(c);
  }
  return std::find(kNameSuffixes.begin(), kNameSuffixes.end(), key) != kNameSuffixes.end();
}

// "FRVS", "CSCS": one word of two to five capitals.
bool IsAcronym(std::string_view text) {
  return text.size() >= kMinAcronymLetters && text.size() <= kMaxAcronymLetters &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "Ann Lee in Paris", "Staff Writer at The Herald", "Science Correspondents
// in London": a name or a role, then where the writer works, which is no
// one. The piece up to the place; the piece itself when what comes before the
// connector is neither a full name nor a role.
std::string_view WithoutWorkplace(std::string_view piece) {
  piece = TrimAscii(piece);
  // "By Ann Lee In" with the category on the next line: the connector alone.
  for (std::string_view connector : kWorkplaceConnectors) {
    const std::string_view word = TrimAscii(connector);
    if (piece.size() > word.size() + 1 && piece[piece.size() - word.size() - 1] == ' ' &&
        EqualsIgnoreAsciiCase(piece.substr(piece.size() - word.size()), word)) {
      std::string_view before = TrimAscii(piece.substr(0, piece.size() - word.size()));
      if (IsCapitalisedFullName(before)) return before;
    }
  }
  for (std::string_view connector : kWorkplaceConnectors) {
    const size_t at = piece.find(connector);
    if (at == std::string_view::npos) continue;
    std::string_view before = TrimAscii(piece.substr(0, at));
    if (IsCapitalisedFullName(before) || IsRoleOnly(before) ||
        StripRoles(before, /*plurals=*/true) != before) {
      return before;
    }
  }
  return piece;
}

// "Ann Lee Example Times" on a page of the Example Times: a byline that runs
// the outlet's name on after the writer's, with no separator. The piece
// without it, when a full name is left.
std::string_view WithoutTrailingOutlet(std::string_view piece, std::string_view outlet_key) {
  piece = TrimAscii(piece);
  if (outlet_key.empty()) return piece;
  size_t cut = piece.size();
  std::string tail;  // the key of the words after `cut`
  for (size_t words = 1; words <= kMaxOutletWords; ++words) {
    const size_t space = piece.rfind(' ', cut - 1);
    if (space == std::string_view::npos || space == 0) break;
    tail.insert(0, LetterKey(piece.substr(space + 1, cut - space - 1)));
    cut = space;
    if (tail.size() > outlet_key.size()) break;
    if (tail == outlet_key) {
      std::string_view before = TrimAscii(piece.substr(0, cut));
      // One word of the outlet could be the writer's surname ("Ann Lee" on
      // lee.com): then only one written unlike a name ("LEE", "ExampleTimes").
      const std::string_view word = piece.substr(space + 1);
      const bool unlike_name = words > 1 || std::count_if(word.begin(), word.end(), [](char c) {
                                              return c >= 'A' && c <= 'Z';
                                            }) > 1;
      const bool ends_with_initial = before.size() >= 2 && before.back() == '.' &&
                                     before[before.size() - 2] >= 'A' &&
                                     before[before.size() - 2] <= 'Z' &&
                                     (before.size() == 2 || before[before.size() - 3] == ' ');
      return unlike_name && !ends_with_initial && IsCapitalisedFullName(before) ? before : piece;
    }
  }
  return piece;
}

// "Ann Lee 12 min read", "Ann Lee —4 min read", "the Desk 3–5 minutes",
// "Ann Lee 14 Comments", "Ann Lee October 3": a number glued after the
// names starts other matter (a reading time, a comment count, a day without
// its year), as no name holds a word that starts with a digit. The names up
// to the number; for a day ("October 3", a number of at most two digits and
// no lowercase unit after it), up to its month ("Ann May 5 min read" keeps
// her surname). At least one word stays.
std::string_view WithoutTrailingCount(std::string_view names) {
  constexpr size_t kMaxDayDigits = 2;
  for (size_t at = names.find(' '); at != std::string_view::npos; at = names.find(' ', at + 1)) {
    std::string_view word = names.substr(at + 1);
    for (std::string_view dash : {"\u2014", "\u2013", "-"}) {
      if (StartsWith(word, dash)) word.remove_prefix(dash.size());
    }
    if (word.empty() || word.front() < '0' || word.front() > '9') continue;
    const size_t digits = static_cast<size_t>(
        std::find_if(word.begin(), word.end(), [](char c) { return c < '0' || c > '9'; }) -
        word.begin());
    const size_t space = word.find(' ');
    const bool unit_follows = space != std::string_view::npos && space + 1 < word.size() &&
                              word[space + 1] >= 'a' && word[space + 1] <= 'z';
    std::string_view before = TrimAscii(names.substr(0, at));
    if (digits <= kMaxDayDigits && !unit_follows) {
      const size_t month = before.rfind(' ');
      if (month != std::string_view::npos && IsMonthName(before.substr(month + 1))) {
        before = TrimAscii(before.substr(0, month));
      } else if (month == std::string_view::npos && IsMonthName(before)) {
        return names;
      }
    }
    return before;
  }
  return names;
}

// The earliest of kBylineCuts in text after its first character: where it
// starts and how long it is; {npos, 0} when there is none. Earliest, not
// first listed: cutting at each in turn would leave "Ann Lee -" of "Ann Lee -
// Updated May 5" once " Updated" went first.
std::pair<size_t, size_t> FirstBylineCut(std::string_view text) {
  std::pair<size_t, size_t> first = {std::string_view::npos, 0};
  for (std::string_view cut : kBylineCuts) {
    const size_t pos = text.find(cut);
    if (pos != std::string_view::npos && pos > 0 && pos < first.first) first = {pos, cut.size()};
  }
  return first;
}

// The first name of a list of names: up to a separator, a join or a cut.
std::string_view FirstName(std::string_view names) {
  names = names.substr(0, FirstBylineCut(names).first);
  for (std::string_view join : kNameJoins) names = names.substr(0, names.find(join));
  for (std::string_view join : kOtherLanguageNameJoins) names = names.substr(0, names.find(join));
  return TrimAscii(names.substr(0, names.find_first_of(",;")));
}

// Whether text starts with a capitalised full name ("Anna Schmidt und ...",
// "Jean Dupont, 3 mars"), not one word ("Redaktion", "Miller").
bool FullNameFollows(std::string_view text) {
  return IsCapitalisedFullName(FirstName(TrimAscii(text)));
}

// The other-language lead that text starts with (lower: text lowercased as
// ASCII, so of the same length), or null.
const OtherLanguageLead* OtherLanguageLeadOf(std::string_view lower) {
  for (const OtherLanguageLead& lead : kOtherLanguageLeads) {
    if (StartsWith(lower, lead.lead)) return &lead;
  }
  return nullptr;
}

// The lead with which an other-language byline starts and a full name after
// it, on a page whose language allows the lead ("Von Anna Schmidt und ...",
// "Par Jean Dupont, 3 mars"). The name is required because these leads also
// start sentences and headlines ("Por qué...", "Von der Leyen besucht...").
const OtherLanguageLead* OtherLanguageByline(std::string_view text, std::string_view lower,
                                             std::string_view language) {
  const OtherLanguageLead* lead = OtherLanguageLeadOf(lower);
  if (lead == nullptr || !LeadFitsLanguage(lead->languages, language) ||
      !FullNameFollows(text.substr(lead->lead.size()))) {
    return nullptr;
  }
  return lead;
}

// A date printed before the names and a separator ("Dec. 19, 2025 · Ann
// Lee on behalf of ..."): drops the date and the separator, so the names
// lead. Only when the date is all that comes before the first separator and
// what follows starts with a person's full name, not a section ("March 20,
// 2023 | Wellness & Prevention").
void DropLeadingDate(std::string* text) {
  const auto [first_cut, cut_size] = FirstBylineCut(*text);
  if (first_cut == std::string_view::npos) return;
  std::string_view before = TrimAscii(std::string_view(*text).substr(0, first_cut));
  std::string_view after = std::string_view(*text).substr(first_cut + cut_size);
  std::vector<DateMention> dates = FindDatesInText(before, NumericDateOrder::kEither);
  if (!dates.empty() && dates.front().offset == 0 &&
      WordTokens(before).size() <= kMaxLeadingDateWords && FullNameFollows(after)) {
    text->erase(0, first_cut + cut_size);
  }
}

}  // namespace

bool EndsWithLowercaseWord(std::string_view text) {
  size_t space = text.rfind(' ');
  char first = text[space == std::string_view::npos ? 0 : space + 1];
  return first >= 'a' && first <= 'z';
}

bool IsCapitalisedFullName(std::string_view text) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    if (end > at) words.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  if (words.size() < 2 || words.size() > 4) return false;
  size_t capitalised = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    const std::string lower = ToLowerAscii(words[w]);
    if (std::find(kLinkLabelWords.begin(), kLinkLabelWords.end(), lower) != kLinkLabelWords.end()) {
      return false;
    }
    const bool particle =
        std::find(kNameParticles.begin(), kNameParticles.end(), lower) != kNameParticles.end();
    const auto* bytes = reinterpret_cast<const uint8_t*>(words[w].data());
    const auto length = static_cast<int32_t>(words[w].size());
    for (int32_t i = 0; i < length;) {
      const int32_t start = i;
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (start == 0) {
        if (u_isupper(c)) {
          ++capitalised;
        } else if (!particle || w == 0) {
          return false;
        }
      }
      if (!u_isalpha(c) && c != '.' && c != '-' && c != '\'' && c != 0x2019) return false;
    }
  }
  return capitalised >= 2;
}

bool IsTeamCredit(std::string_view text) {
  text = TrimAscii(text);
  if (StartsWithIgnoreAsciiCase(text, kLeadingArticle)) text.remove_prefix(kLeadingArticle.size());
  const std::vector<std::string_view> words = WordTokens(text);
  if (words.size() < 2 || words.size() > kMaxTeamCreditWords) return false;
  const std::string last = ToLowerAscii(words.back());
  if (std::find(kTeamWords.begin(), kTeamWords.end(), last) == kTeamWords.end()) return false;
  for (size_t w = 0; w + 1 < words.size(); ++w) {
    const std::string lower = ToLowerAscii(words[w]);
    if (std::find(kLinkLabelWords.begin(), kLinkLabelWords.end(), lower) != kLinkLabelWords.end()) {
      return false;
    }
    if (!StartsUpper(words[w])) return false;
  }
  return true;
}

bool IsNameSeparator(std::string_view text) {
  std::string key = ToLowerAscii(TrimAscii(text));
  return key.empty() || key == "," || key == ";" || key == "&" || key == "and" || key == ", and";
}

namespace {

// "Ann Lee Ann Lee": a name printed twice in a row (a text dump joins a
// byline's name to its link's copy) is the name once.
std::string_view WithoutDoubledName(std::string_view name) {
  std::vector<size_t> starts;  // of each word
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] != ' ' && (i == 0 || name[i - 1] == ' ')) starts.push_back(i);
  }
  constexpr size_t kMinDoubledWords = 4;
  if (starts.size() < kMinDoubledWords || starts.size() % 2 != 0) return name;
  const size_t half = starts[starts.size() / 2];
  std::string_view first = TrimAscii(name.substr(0, half));
  return EqualsIgnoreAsciiCase(first, TrimAscii(name.substr(half))) ? first : name;
}

}  // namespace

bool IsNameParticle(std::string_view lowercase_word) {
  return std::find(kNameParticles.begin(), kNameParticles.end(), lowercase_word) !=
         kNameParticles.end();
}

void AddUniqueName(std::vector<std::string>* names, std::string name) {
  for (const std::string& existing : *names) {
    if (NormalizeForCompare(existing) == NormalizeForCompare(name)) return;
  }
  names->push_back(std::move(name));
}

// Whether text opens with a date and "by" follows it after at most a
// separator ("May 5, 2024 by Ann Lee", "May 5, 2024 | By Ann Lee"), or after
// more dates so set off (published and updated: "May 5, 2024 May 9, 2024 by
// Ann Lee"), not a sentence ("May 5, 2024: the bridge was closed by the
// council").
bool StartsWithDateThenBy(std::string_view lower) {
  if (lower.find("by ") == std::string_view::npos) return false;  // (most texts, cheaply)
  // "On May 5, 2024 by Ann Lee": the preposition may come first.
  const size_t start = StartsWith(lower, "on ") ? 3 : 0;
  std::vector<DateMention> dates = FindDatesInText(lower, NumericDateOrder::kEither);
  if (dates.empty() || dates.front().offset != start) return false;
  // After "On", a comma before "by" opens a clause ("On May 5, 2024, by a
  // vote of five to two, ...").
  const bool comma_separates = start == 0;
  auto separators_only = [&](size_t begin, size_t end) {
    return std::all_of(lower.begin() + static_cast<std::ptrdiff_t>(begin),
                       lower.begin() + static_cast<std::ptrdiff_t>(end), [&](char c) {
                         return c == ' ' || c == '|' || c == '-' || (c == ',' && comma_separates) ||
                                static_cast<unsigned char>(c) >= 0x80;
                       });
  };
  size_t end = dates.front().end;
  for (size_t k = 1; k < dates.size() && separators_only(end, dates[k].offset); ++k) {
    end = dates[k].end;
  }
  const size_t by = lower.find("by ", end);
  return by != std::string_view::npos && separators_only(end, by);
}

std::vector<FoundByline> FindBylines(const std::vector<std::string>& texts, size_t after,
                                     std::string_view language) {
  std::vector<FoundByline> bylines;
  for (size_t i = 0; i < texts.size(); ++i) {
    std::string lower = ToLowerAscii(texts[i]);
    if (StartsWithAny(lower, kNotWriterLeads)) continue;
    std::string_view trimmed = TrimAscii(lower);
    const bool english_lead_only =
        std::find(kBylineLeads.begin(), kBylineLeads.end(), trimmed) != kBylineLeads.end();
    const OtherLanguageLead* other_lead_only = nullptr;
    for (const OtherLanguageLead& lead : kOtherLanguageLeads) {
      if (TrimAscii(lead.lead) == trimmed) other_lead_only = &lead;
    }
    if (english_lead_only || other_lead_only != nullptr) {
      // The text after the lead in document order: the next one after the
      // headline, the previous one of the reversed texts before it (none
      // when the lead is the last text before the headline).
      size_t next = texts.size();
      if (i + 1 < after) {
        next = i + 1;
      } else if (i > after) {
        next = i - 1;
      }
      // "von" / "an" of a mail form, "Von" / "Redaktion": the other
      // languages' leads are words of their own, so only a full name after
      // them, on a page of their language, makes a byline.
      const bool fits =
          english_lead_only ||
          (next < texts.size() && LeadFitsLanguage(other_lead_only->languages, language) &&
           FullNameFollows(texts[next]));
      if (next < texts.size() && fits) {
        // "By", "Ann Lee", ",", "Bo Ng": each name in its own element.
        FoundByline found{texts[next], {i, next}};
        if (other_lead_only != nullptr) found.lead_languages = other_lead_only->languages;
        // Only in document order: past `after`, the texts run backwards.
        const size_t in_order_end = i < after ? after : 0;
        for (size_t j = i + 2, count = 1;
             j + 1 < in_order_end && count < kMaxAuthors && IsNameSeparator(texts[j]) &&
             IsCapitalisedFullName(texts[j + 1]);
             j += 2, ++count) {
          found.text += ", " + texts[j + 1];
          found.sources.push_back(j + 1);
        }
        bylines.push_back(std::move(found));
      }
      continue;
    }
    bool led = false;
    for (std::string_view lead : kBylineLeads) {
      if (lead.back() == ':' || lead == "author") continue;  // need a separator after them
      if (StartsWith(lower, std::string(lead) + " ") ||
          StartsWith(lower, std::string(lead) + ":")) {
        led = true;
      }
    }
    // "BySummer Swann": markup glued the lead to the name.
    bool glued = texts[i].size() > 2 && StartsWith(texts[i], "By") &&
                 std::isupper(static_cast<unsigned char>(texts[i][2]));
    if (led || StartsWith(lower, "author:") || StartsWith(lower, "authors:")) {
      bylines.push_back({texts[i], {i}});
    } else if (const OtherLanguageLead* lead = OtherLanguageByline(texts[i], lower, language)) {
      bylines.push_back({texts[i], {i}, lead->languages});
    } else if (glued) {
      bylines.push_back({"By " + texts[i].substr(2), {i}});
    } else if (StartsWithAny(lower, kDatedBylineLeads) || StartsWithDateThenBy(lower)) {
      // "Published May 5, 2024 by Ann Lee" or "Published by Ann Lee", not a
      // headline that starts with "Updated:" ("UPDATED: Offer SHOT DOWN by
      // appeals judge"); "May 5, 2024 by Ann Lee".
      size_t by = lower.find(" by ");
      if (by == std::string::npos) continue;
      std::string_view before = std::string_view(lower).substr(0, by);
      bool dated = std::find(kDatedBylineLeads.begin(), kDatedBylineLeads.end(), before) !=
                       kDatedBylineLeads.end() ||
                   !FindDatesInText(before, NumericDateOrder::kEither).empty() ||
                   std::any_of(kRelativeTimeWords.begin(), kRelativeTimeWords.end(),
                               [before](std::string_view w) {
                                 return before.find(w) != std::string_view::npos;
                               });
      if (dated) bylines.push_back({texts[i].substr(by + 1), {i}});
    }
  }
  return bylines;
}

bool LeadFitsLanguage(std::string_view lead_languages, std::string_view language) {
  if (lead_languages.empty() || language.empty()) return true;
  std::string base = BaseLanguageCode(language);  // "de-AT" -> "de"
  for (size_t at = 0; at < lead_languages.size();) {
    size_t end = lead_languages.find(' ', at);
    if (end == std::string_view::npos) end = lead_languages.size();
    if (lead_languages.substr(at, end - at) == base) return true;
    at = end + 1;
  }
  return false;
}

// Drops a credit for other work after the writers' and what follows it,
// with the punctuation before it.
void CutAtOtherWorkCredit(std::string* text) {
  const std::string lower = ToLowerAscii(*text);
  size_t cut = std::string::npos;
  for (std::string_view credit : kOtherWorkCredits) {
    for (size_t pos = lower.find(credit); pos != std::string::npos && pos < cut;
         pos = lower.find(credit, pos + 1)) {
      if (pos == 0 || lower[pos - 1] != ' ') continue;
      // "Story and photos by Ann Lee": the credit is the writer's own.
      std::string_view before(lower.data(), pos);
      if (std::none_of(text->begin() + 1, text->begin() + static_cast<std::ptrdiff_t>(pos),
                       [](char c) { return c >= 'A' && c <= 'Z'; }) &&
          std::count(before.begin(), before.end(), ' ') <=
              static_cast<std::ptrdiff_t>(kMaxLeadWords)) {
        continue;
      }
      cut = pos;
      break;
    }
  }
  if (cut == std::string::npos) return;
  text->resize(cut);
  // The punctuation and the join before the credit: "Ann Lee and edited by",
  // "Ann Lee with photos by".
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!text->empty() &&
           std::string_view(" ,;:.|").find(text->back()) != std::string_view::npos) {
      text->pop_back();
    }
    for (std::string_view join : kJoinsBeforeCredit) {
      if (text->size() > join.size() && EndsWith(ToLowerAscii(*text), join)) {
        text->resize(text->size() - join.size());
        trimmed = true;
      }
    }
  }
}

std::vector<std::string> SplitByline(std::string_view byline, std::string_view site,
                                     SiteCredit site_credit, std::string_view domain) {
  const bool keep_site = site_credit == SiteCredit::kKeep;
  const std::string site_norm = keep_site ? NormalizeForCompare(site) : std::string();
  const std::string outlet_key = OutletKey(site.empty() ? domain : site);
  std::string text = Folded(byline);
  // "Ann Lee&nbsp": HTML5 reads a few entities without their ";" and libxml2
  // does not; a byline is where templates leave one.
  if (text.find("&nbsp") != std::string::npos) {
    std::string spaced;  // (built anew: GCC 12 at -O3 warns on replace() here)
    spaced.reserve(text.size());
    for (size_t at = 0;;) {
      const size_t found = text.find("&nbsp", at);
      if (found == std::string::npos) {
        spaced.append(text, at);
        break;
      }
      spaced.append(text, at, found - at);
      spaced.push_back(' ');
      at = found + (text.compare(found, 6, "&nbsp;") == 0 ? 6 : 5);
    }
    text = Folded(spaced);
  }
  DropLeadingDate(&text);
  // Drop everything after a separator that starts other byline matter, and
  // after a date printed right after the names ("Ann Lee December 17, 2025").
  if (const size_t cut = FirstBylineCut(text).first; cut != std::string_view::npos) {
    text.resize(cut);
  }
  CutAtOtherWorkCredit(&text);
  if (std::vector<DateMention> dates = FindDatesInText(text, NumericDateOrder::kEither);
      !dates.empty() && dates.front().offset > 0) {
    text.resize(dates.front().offset);
  }
  std::string_view rest = TrimAscii(text);
  std::string lower = ToLowerAscii(rest);
  if (StartsWithAny(lower, kNotWriterLeads)) return {};
  bool had_prefix = false;
  bool bare_by = false;  // the lead is "By" alone
  for (std::string_view prefix : kBylinePrefixes) {
    if (StartsWith(lower, prefix)) {
      rest = TrimAscii(rest.substr(prefix.size()));
      had_prefix = true;
      bare_by = prefix == "by ";
      // "Written by by Ann Lee": a template's lead before the author's own.
      if (StartsWithIgnoreAsciiCase(rest, "by ")) rest = TrimAscii(rest.substr(3));
      // "This post was written by Ann Lee, head of marketing at X.": in a
      // sentence, what follows a comma describes the writer.
      if (std::find(kSentenceCreditLeads.begin(), kSentenceCreditLeads.end(), prefix) !=
          kSentenceCreditLeads.end()) {
        rest = rest.substr(0, std::min(rest.find(','), rest.size()));
      }
      break;
    }
  }
  if (!had_prefix) {
    // Only before a full name: "von der Leyen", "Von Miller" and "Oleh
    // Sukhov" are names.
    const OtherLanguageLead* lead = OtherLanguageLeadOf(lower);
    if (lead != nullptr && FullNameFollows(rest.substr(lead->lead.size()))) {
      rest = TrimAscii(rest.substr(lead->lead.size()));
      had_prefix = true;
    }
  }
  // "By keeping the gate shut, you...", "By pressing Send": "By" before a
  // verb's -ing form opens a sentence, not a byline.
  if (bare_by) {
    const std::string_view first = rest.substr(0, rest.find(' '));
    if (first.size() > 4 && first.front() >= 'a' && first.front() <= 'z' &&
        EndsWith(first, "ing")) {
      return {};
    }
  }
  // "Text by Name", "Guest post by Name", "Story and photos by Name": up to
  // three lead words before "by".
  if (!had_prefix) {
    size_t by = lower.find(kInnerByLead);
    if (by != std::string::npos && by > 0 && by <= kMaxLeadChars &&
        !StartsWithAny(lower, kCreditLeadsKept) &&
        std::all_of(lower.begin(), lower.begin() + static_cast<std::ptrdiff_t>(by),
                    [](char c) { return (c >= 'a' && c <= 'z') || c == ' '; }) &&
        std::count(lower.begin(), lower.begin() + static_cast<std::ptrdiff_t>(by), ' ') <
            static_cast<std::ptrdiff_t>(kMaxLeadWords)) {
      rest = TrimAscii(rest.substr(by + kInnerByLead.size()));
      had_prefix = true;
    }
  }
  // After a lead only: a credit without one ("Example University © 2025")
  // is a name only if it holds no number.
  if (had_prefix) rest = WithoutTrailingCount(rest);
  // Split on ",", ";" and the joins ("and", "&", "und", "et"...).
  std::vector<std::string> names;
  std::string piece;
  bool after_suffix = false;  // the last piece was a degree added to a name
  auto flush = [&] {
    const bool follows_suffix = after_suffix;
    after_suffix = false;
    piece = std::string(
        WithoutWorkplace(WithoutTrailingOutlet(WithoutTrailingHandles(piece), outlet_key)));
    // "Ridge Reporters", "Our Editors": a team's credit names the team
    // with a plural role; after a name ("Ann Lee and Bo Ng, Science
    // Reporters") the plural is the names' role.
    std::string_view name = WithoutDoubledName(StripRoles(piece, /*plurals=*/!names.empty()));
    // "Ann Lee, Science Reporter": after a name, a beat word left by its
    // role is no one.
    if (!names.empty() && name.size() < TrimAscii(piece).size() &&
        name.find(' ') == std::string_view::npos) {
      piece.clear();
      return;
    }
    // "Site Staff": the role words are part of an organisation's credit.
    if (keep_site && !site_norm.empty() && NormalizeForCompare(name) == site_norm) {
      name = TrimAscii(piece);
    }
    std::string lower_name = ToLowerAscii(name);
    // "Ann Lee, MD", "Ann Lee, Jr.", "Ann Lee, MS, RD, FRVS": a degree or
    // generation, and the capitals after one, belong to the name before.
    if (!names.empty() && (IsNameSuffix(lower_name) || (follows_suffix && IsAcronym(name)))) {
      names.back() += ", ";
      names.back() += name;
      after_suffix = true;
      piece.clear();
      return;
    }
    bool lead_word =
        std::find(kBylineLeads.begin(), kBylineLeads.end(), lower_name) != kBylineLeads.end();
    if (!lead_word && !IsRoleOnly(name) && !IsInnerRoleOnly(name) &&
        LooksLikeName(name, keep_site ? "" : site)) {
      AddUniqueName(&names, std::string(name));
    }
    piece.clear();
  };
  for (size_t i = 0; i < rest.size();) {
    std::string_view tail = rest.substr(i);
    if (tail[0] == ',' || tail[0] == ';') {
      flush();
      ++i;
    } else if (std::string_view join = FindPrefix(tail, kNameJoins); !join.empty()) {
      flush();
      i += join.size();
    } else if (std::string_view other = FindPrefix(tail, kOtherLanguageNameJoins);
               !other.empty() && FullNameFollows(tail.substr(other.size()))) {
      flush();
      i += other.size();
    } else if (StartsWithIgnoreAsciiCase(tail, kWithJoin)) {
      if (!FullNameFollows(tail.substr(kWithJoin.size()))) break;
      flush();
      i += kWithJoin.size();
    } else {
      piece.push_back(tail[0]);
      ++i;
    }
  }
  flush();
  return names;
}

namespace {

// Whether lowercase `text` holds one of kWriterTrades as a word (or plural).
bool NamesWriterTrade(std::string_view text) {
  for (std::string_view trade : kWriterTrades) {
    for (size_t at = text.find(trade); at != std::string_view::npos;
         at = text.find(trade, at + 1)) {
      const size_t end = at + trade.size();
      const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
      const bool ends =
          end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end])) ||
          (text[end] == 's' &&
           (end + 1 == text.size() || !std::isalpha(static_cast<unsigned char>(text[end + 1]))));
      if (starts && ends) return true;
    }
  }
  return false;
}

// Whether the biography's name `name` opens paragraph (after at most a short
// label) before one of kBioVerbs; the rest after the verb, or nullopt.
std::optional<std::string_view> AfterNameAndVerb(std::string_view paragraph,
                                                 std::string_view name) {
  if (name.empty()) return std::nullopt;
  const size_t at = paragraph.find(name);
  if (at == std::string_view::npos || at > kMaxBioLeadChars) return std::nullopt;
  if (at > 0 && paragraph[at - 1] != ' ') return std::nullopt;
  // A label ("About the author:", "About the Author"), or the outlet's
  // possessive ("Example's Ann Lee"); not a sentence that names the writer.
  const std::string_view lead = TrimAscii(paragraph.substr(0, at));
  const bool label = lead.empty() || EndsWith(lead, ":") ||
                     EqualsIgnoreAsciiCase(lead, kAboutTheAuthor) ||
                     (lead.find(' ') == std::string_view::npos &&
                      (EndsWith(lead, "'s") || EndsWith(lead, "\xE2\x80\x99s")));
  if (!label) return std::nullopt;
  std::string_view rest = paragraph.substr(at + name.size());
  for (std::string_view verb : kBioVerbs) {
    if (StartsWith(rest, verb)) return rest.substr(verb.size());
  }
  return std::nullopt;
}

}  // namespace

bool IsWriterBio(std::string_view paragraph, const std::vector<std::string>& authors) {
  paragraph = TrimAscii(paragraph);
  if (paragraph.size() > kMaxBioChars) return false;
  for (const std::string& author : authors) {
    const size_t space = author.find(' ');
    if (space == std::string::npos) continue;  // a one-word credit may be a brand
    // The full name is enough: an article does not speak of its own writer
    // in the third person. The first name alone needs the trade too.
    if (AfterNameAndVerb(paragraph, author)) return true;
    std::optional<std::string_view> rest =
        AfterNameAndVerb(paragraph, std::string_view(author).substr(0, space));
    if (!rest) continue;
    const std::string first_sentence = ToLowerAscii(rest->substr(0, rest->find(". ")));
    if (NamesWriterTrade(first_sentence)) return true;
  }
  return false;
}

bool IsWriterContact(std::string_view paragraph, const std::vector<std::string>& authors) {
  paragraph = TrimAscii(paragraph);
  if (paragraph.size() > kMaxContactChars) return false;
  const bool names_author = std::any_of(authors.begin(), authors.end(), [&](const std::string& a) {
    return a.find(' ') != std::string::npos && paragraph.find(a) != std::string_view::npos;
  });
  if (!names_author) return false;
  // An address or a handle: "@" before a letter or digit.
  for (size_t at = paragraph.find('@'); at != std::string_view::npos;
       at = paragraph.find('@', at + 1)) {
    if (at + 1 < paragraph.size() && std::isalnum(static_cast<unsigned char>(paragraph[at + 1]))) {
      return true;
    }
  }
  const std::string lower = ToLowerAscii(paragraph);
  return std::any_of(kContactWords.begin(), kContactWords.end(),
                     [&](std::string_view word) { return lower.find(word) != std::string::npos; });
}

std::string_view WithoutTrailingHandles(std::string_view piece) {
  piece = TrimAscii(piece);
  for (size_t space = piece.rfind(' ');
       space != std::string_view::npos && space + 1 < piece.size() && piece[space + 1] == '@';
       space = piece.rfind(' ')) {
    piece = TrimAscii(piece.substr(0, space));
  }
  return piece;
}

}  // namespace newsift
