#include "extract/page_type.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "extract/url.h"
#include "util/text.h"

namespace newsift {
namespace {

// Path segments that name a list of articles. Matched whole, lowercased,
// among the last two.
constexpr std::array<std::string_view, 13> kListingSegments = {
    "tag",      "tags",   "category", "categories", "topic",    "topics", "section",
    "sections", "author", "authors",  "archive",    "archives", "search"};

// Query parameters that carry a search.
constexpr std::array<std::string_view, 4> kSearchParameters = {"q", "s", "query", "search"};

// A slug of this many words is an article's title ("/iran-russia-talks").
constexpr size_t kMinSlugWords = 3;
// A run of this many digits is an article's id ("/story/236259/").
constexpr size_t kMinIdDigits = 5;

// Headline links needed before the structure alone can call a page a
// listing: fewer when the URL looks like one. Articles carry related-story
// boxes of five to ten headlines; their prose keeps them articles.
constexpr size_t kMinTeasers = 8;
constexpr size_t kMinTeasersListingUrl = 5;
// Text outside the teaser items (non-space bytes) above which a page is an
// article whatever else it shows (about 170 words: a short news brief).
constexpr size_t kMaxListingProseChars = 1000;

size_t LongestDigitRun(std::string_view s) {
  size_t longest = 0, run = 0;
  for (char c : s) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

// Words of a slug: runs of letters or digits between '-', '_', '.' and '+'.
size_t SlugWords(std::string_view segment) {
  size_t words = 0;
  bool in_word = false;
  for (char c : segment) {
    bool word_char = std::isalnum(static_cast<unsigned char>(c)) != 0 ||
                     static_cast<unsigned char>(c) >= 0x80 || c == '%';
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

std::string_view WithoutExtension(std::string_view segment) {
  for (std::string_view ext : {".html", ".htm", ".shtml", ".php", ".aspx", ".asp", ".jsp"}) {
    if (EndsWith(segment, ext)) return segment.substr(0, segment.size() - ext.size());
  }
  return segment;
}

bool HasSearchParameter(std::string_view query) {
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    size_t eq = pair.find('=');
    if (eq != std::string_view::npos && eq + 1 < pair.size()) {
      std::string name = ToLowerAscii(pair.substr(0, eq));
      if (std::find(kSearchParameters.begin(), kSearchParameters.end(), name) !=
          kSearchParameters.end()) {
        return true;
      }
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return false;
}

}  // namespace

UrlShape ShapeOfUrl(std::string_view url, std::string_view* reason) {
  auto shape = [reason](UrlShape s, std::string_view why) {
    if (reason != nullptr) *reason = why;
    return s;
  };
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return shape(UrlShape::kUnknown, "no URL");
  if (scheme + 3 < url.size() &&
      (url[scheme + 3] == '/' || url[scheme + 3] == '?' || url[scheme + 3] == '#')) {
    return shape(UrlShape::kUnknown, "no host");
  }
  const std::string lower = ToLowerAscii(url);
  const std::vector<std::string_view> segments = PathSegments(lower);
  const std::string_view query = QueryOf(url);
  if (segments.empty()) {
    if (HasSearchParameter(query)) return shape(UrlShape::kListing, "a search query");
    // "/?p=123": a blog's plain permalink.
    if (!query.empty()) return shape(UrlShape::kUnknown, "a query on the front page");
    return shape(UrlShape::kListing, "the site's front page");
  }
  size_t tail = segments.size();
  if (tail >= 2 && segments[tail - 2] == "page" && IsAsciiDigits(segments[tail - 1])) {
    return shape(UrlShape::kListing, "a page of a paginated list");
  }
  // The listing word names what the URL shows only near its end: NPR's
  // "/sections/health/2024/03/01/123/slug" is an article.
  for (size_t i = tail >= 2 ? tail - 2 : 0; i < tail; ++i) {
    if (std::find(kListingSegments.begin(), kListingSegments.end(), segments[i]) !=
        kListingSegments.end()) {
      return shape(UrlShape::kListing, "a tag, category, author or archive path");
    }
  }
  std::string_view last = WithoutExtension(segments.back());
  if (SlugWords(last) >= kMinSlugWords && !IsAsciiDigits(last)) {
    return shape(UrlShape::kArticle, "a slug of several words");
  }
  if (std::any_of(segments.begin(), segments.end(),
                  [](std::string_view s) { return LongestDigitRun(s) >= kMinIdDigits; })) {
    return shape(UrlShape::kArticle, "a numeric article id");
  }
  // "/2024/", "/2024/03/", "/2024/03/02/": a date archive ("/4974" is an id).
  const std::string_view year = segments.front();
  bool date_path = segments.size() <= 3 && year.size() == 4 && IsAsciiDigits(year) &&
                   (StartsWith(year, "19") || StartsWith(year, "20")) &&
                   std::all_of(segments.begin() + 1, segments.end(), [](std::string_view s) {
                     return IsAsciiDigits(s) && s.size() <= 2;
                   });
  if (date_path) return shape(UrlShape::kListing, "a date archive path");
  if (HasSearchParameter(query)) return shape(UrlShape::kListing, "a search query");
  return shape(UrlShape::kUnknown, "a path that could be either");
}

PageTypeVerdict ClassifyPage(const PageEvidence& evidence) {
  if (!evidence.declared_listing.empty() && evidence.declared_article.empty()) {
    return {PageType::kListing,
            fmt::format("the page declares itself a {}", evidence.declared_listing)};
  }
  if (!evidence.declared_article.empty()) {
    return {PageType::kArticle,
            fmt::format("the page declares itself an article ({})", evidence.declared_article)};
  }
  std::string_view url_reason;
  UrlShape url = ShapeOfUrl(evidence.url, &url_reason);
  if (url == UrlShape::kArticle) {
    return {PageType::kArticle, fmt::format("its URL holds {}", url_reason)};
  }
  size_t min_teasers = url == UrlShape::kListing ? kMinTeasersListingUrl : kMinTeasers;
  // A listing is mostly its teasers: a short article with a grid of other
  // stories' headlines under it has more text of its own than they hold.
  if (evidence.teasers >= min_teasers && evidence.prose_chars <= kMaxListingProseChars &&
      evidence.teaser_chars >= evidence.prose_chars) {
    return {PageType::kListing,
            fmt::format("{} headlines of other pages with {} characters of prose around them{}",
                        evidence.teasers, evidence.prose_chars,
                        url == UrlShape::kListing ? fmt::format(", and its URL is {}", url_reason)
                                                  : std::string())};
  }
  return {PageType::kArticle, fmt::format("{} headlines of other pages, {} characters of prose",
                                          evidence.teasers, evidence.prose_chars)};
}

}  // namespace newsift
