// Helpers that turn what a user typed into FTS5 queries and search bounds.
//
// FTS5 query syntax is strict: "U.S." or a stray quote is a syntax error.
// Search first tries the text as typed (so operators and column filters work
// for those who know them) and falls back to QuoteFtsTokens.
#ifndef NEWSIFT_STORE_FTS_QUERY_H_
#define NEWSIFT_STORE_FTS_QUERY_H_

#include <string>
#include <string_view>

namespace newsift {

// Every whitespace-separated token as an FTS5 string (inner quotes doubled),
// so punctuation and operator words are literal: `U.S. "sanctions` ->
// `"U.S." """sanctions"`. Adjacent strings are ANDed by FTS5.
std::string QuoteFtsTokens(std::string_view text);

// The bound B for `published <= B` that makes `until` inclusive at the
// precision it is written in: "2024-03-05" keeps every time of that day,
// "2024-03" the whole month. ISO strings compare lexicographically, so B is
// until followed by a character above any that ISO 8601 uses.
std::string InclusiveUpperBound(std::string_view until);

// A site filter in the form domains are stored: ASCII lowercase, without a
// leading "www." ("WWW.Example.com" -> "example.com").
std::string SiteFilterDomain(std::string_view site);

}  // namespace newsift

#endif  // NEWSIFT_STORE_FTS_QUERY_H_
