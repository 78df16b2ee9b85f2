// The outlet's name inferred from a page's boilerplate when nothing else
// names it: a short capitalised or acronym name recurring in brand contexts
// ("X Features", "X News App", "Read X Privacy policy", "Headline | X",
// "© X / Photographer"). Rules are data (tables in site_name.cc). Also the
// keys that tell an outlet's name printed in a byline or a title from other
// words (LetterKey, OutletKey). Pure functions, thread-safe.
#ifndef NEWSIFT_EXTRACT_SITE_NAME_H_
#define NEWSIFT_EXTRACT_SITE_NAME_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace newsift {

// The separators between a headline and the outlet's name in a page's
// <title> printed as a line of text ("Headline | Outlet", "Headline · Outlet").
// Dashes come last: an English headline may hold a dash, seldom the others.
// No guillemet: French sets "« une erreur »" with spaces inside.
inline constexpr std::array<std::string_view, 8> kTitleLineSeparators = {
    " | ",  " \xC2\xB7 ", " \xE2\x80\xA2 ", " // ",
    " :: ", " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 "};

// lines: the page's non-boilerplate-filtered lines, in order. credits: photo
// credits found on the page. Returns the name, or empty when no candidate has
// enough evidence.
std::string InferSiteName(const std::vector<std::string_view>& lines,
                          const std::vector<std::string>& credits);

// A text's words run together, as NormalizeForCompare writes them
// ("Example-Times" -> "exampletimes").
std::string LetterKey(std::string_view text);

// The site's name as a LetterKey ("Example Times" -> "exampletimes"); for a
// domain, its own label's ("www.example-times.co.uk" -> "exampletimes"): what
// an outlet's name printed in a byline or a title spells.
std::string OutletKey(std::string_view site);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_SITE_NAME_H_
