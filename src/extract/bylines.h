// Bylines: which short texts credit a writer ("By Ann Lee", "Written by" and
// the next text, "Von Anna Schmidt") and the names in them. Shared by the
// HTML header zone and the text-dump header lines; no state.
#ifndef NEWSIFT_EXTRACT_BYLINES_H_
#define NEWSIFT_EXTRACT_BYLINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsift {

// A name has at most kMaxAuthorWords words; a byline at most kMaxBylineChars
// bytes; a record at most kMaxAuthors writers.
inline constexpr size_t kMaxAuthorWords = 5;
inline constexpr size_t kMaxBylineChars = 120;
inline constexpr size_t kMaxAuthors = 8;

struct FoundByline {
  std::string text;             // for SplitByline
  std::vector<size_t> sources;  // the texts it was read from
  // For a lead of another language ("Von", "Par"), the languages where it is
  // one (see LeadFitsLanguage); empty for English leads and labels.
  std::string_view lead_languages;
};

// The bylines among texts printed around a headline: "By A and B", a lone
// "By" or "Written by" and the text after it, "Published May 5, 2024 by A",
// "Von Anna Schmidt". texts: the first `after` of them follow the headline in
// document order; the rest precede it, nearest first. language: the page's
// (a tag like "de-AT"), or empty when not known; a lead of another language
// counts only on a page of that language or of no known language.
std::vector<FoundByline> FindBylines(const std::vector<std::string>& texts, size_t after,
                                     std::string_view language = {});

// Whether a page in `language` (a tag; empty: not known) may have bylines led
// by a lead of `lead_languages` (FoundByline::lead_languages).
bool LeadFitsLanguage(std::string_view lead_languages, std::string_view language);

// What SplitByline does with a name that is the site's own name.
enum class SiteCredit {
  kReject,  // visible bylines: the site's name there is a label, not a writer
  kKeep,    // declared author fields with nothing better: the site is the credit
};

// Cleans a byline into author names: strips "By" (and its equivalents in
// other languages), roles and e-mail/URL parts, splits "A and B" / "A, B".
// Names equal to `site` are dropped unless site_credit is kKeep, which also
// keeps "Site Staff" whole. The outlet's name glued after a writer's ("Ann
// Lee Example Times") is cut: the site's, or else the label of `domain`; one
// word of it only when written unlike a name ("ExampleTimes", "LEE"), since
// a personal site's label is the writer's surname.
std::vector<std::string> SplitByline(std::string_view byline, std::string_view site,
                                     SiteCredit site_credit = SiteCredit::kReject,
                                     std::string_view domain = {});

// "Ann Lee", "Ann R. Lee", "Émile Ardoin", "Anna van der Berg": two
// to four words of letters, the first and at least one other capitalised,
// the rest capitalised or name particles; not a link label made of
// capitalised words ("View Profile", "Our Authors", "More From Ann Lee").
bool IsCapitalisedFullName(std::string_view text);

// A team's credit: "Example Team", "the Example Editorial Team", "Example
// Staff": two to five words ending in a team word, the others capitalised
// (an article first aside) and no link label ("Meet the Team", "Our Staff").
bool IsTeamCredit(std::string_view text);

// Whether a lowercase word is a particle of family names ("van", "de", "bin").
bool IsNameParticle(std::string_view lowercase_word);

// Whether text stands between two names of one credit: "", ",", ";", "&",
// "and", ", and".
bool IsNameSeparator(std::string_view text);

// "View more posts", "read the bio": link text, not a name (names end in a
// capitalised word even with particles, "Anna van der Berg"). text: not empty.
bool EndsWithLowercaseWord(std::string_view text);

// Appends name unless a name equal to it after NormalizeForCompare is there.
void AddUniqueName(std::vector<std::string>* names, std::string name);

// "Ann Lee @annlee" -> "Ann Lee": a name without the social-media handles
// printed after it.
std::string_view WithoutTrailingHandles(std::string_view piece);

// Paragraphs under an article that may be its writer's biography: the last
// this many.
inline constexpr size_t kBioTailParagraphs = 3;

// Whether a paragraph is a writer's biography ("Ann Lee is a reporter for the
// Herald. Send tips to ...", "Ann Lee is a professor of history"): it opens
// with one of the article's authors, maybe after a label ("About the
// author:"), then a verb such as "is" or "covers"; or with the author's first
// name alone, when its first sentence also names a writer's trade ("Ann is a
// columnist"). A paragraph about someone else is not one.
bool IsWriterBio(std::string_view paragraph, const std::vector<std::string>& authors);

// Whether a short paragraph tells how to reach one of the article's authors
// ("You can email Ann Lee here", "Have a tip? Ann Lee may be reached at
// ann@example.com. Follow her on X."): it names the author (full name) and
// has an e-mail address, a handle, or the words to e-mail or follow them.
bool IsWriterContact(std::string_view paragraph, const std::vector<std::string>& authors);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_BYLINES_H_
