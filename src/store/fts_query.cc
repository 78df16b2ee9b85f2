#include "store/fts_query.h"

#include "util/text.h"

namespace newsift {
namespace {

// Sorts after every printable ASCII character, hence after any ISO 8601 tail.
constexpr char kAfterIsoCharacters = '\x7f';
constexpr std::string_view kWwwPrefix = "www.";

bool IsQuerySpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string QuoteFtsTokens(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 2 + 2);
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsQuerySpace(text[i])) ++i;
    if (i == text.size()) break;
    if (!out.empty()) out += ' ';
    out += '"';
    for (; i < text.size() && !IsQuerySpace(text[i]); ++i) {
      if (text[i] == '"') out += '"';
      out += text[i];
    }
    out += '"';
  }
  return out;
}

std::string InclusiveUpperBound(std::string_view until) {
  std::string bound(until);
  bound += kAfterIsoCharacters;
  return bound;
}

std::string SiteFilterDomain(std::string_view site) {
  std::string domain = ToLowerAscii(TrimAscii(site));
  if (StartsWith(domain, kWwwPrefix)) domain.erase(0, kWwwPrefix.size());
  return domain;
}

}  // namespace newsift
