// Page type: whether a page is one article or a list of others (a section
// front, a tag, author or date archive, search results). Scrapers fetch both;
// a listing's teasers read as a fake article unless it is labelled
// (USERS.md 9). The extractors gather the evidence, ClassifyPage weighs it.
// A page is an article unless the evidence for a listing is clear: calling
// an article a listing costs more than the reverse.
#ifndef NEWSIFT_EXTRACT_PAGE_TYPE_H_
#define NEWSIFT_EXTRACT_PAGE_TYPE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "newsift/article.h"

namespace newsift {

// What a URL's path says on its own.
enum class UrlShape {
  kUnknown,  // no URL, or a path that could be either ("/world", "/oral-health")
  kListing,  // front page, /tag/..., /category/..., /page/2, a date archive, a search
  kArticle,  // ends in a slug of three or more words, or holds a long numeric id
};

// When reason is given, *reason says why ("a search query").
UrlShape ShapeOfUrl(std::string_view url, std::string_view* reason = nullptr);

struct PageEvidence {
  std::string_view url;
  // Types the page declares for itself: JSON-LD article types or og:type
  // "article" ("NewsArticle"); JSON-LD CollectionPage or SearchResultsPage.
  std::string_view declared_article;
  std::string_view declared_listing;
  // Headlines of other pages in the main content, each counted once. HTML: a
  // heading inside or around a link to another page, each in an item of
  // its own; not in navigation, asides, footers, hidden elements or boxes
  // whose class words say they hold other stories. Text dumps: headline
  // lines of the headline + blurb runs in the body region.
  size_t teasers = 0;
  // Text of the main content outside those items and outside links
  // (non-space bytes; text dumps: the body's lines but headings): the
  // article's text, if any.
  size_t prose_chars = 0;
  // Text of the teasers themselves (non-space bytes, headlines included).
  size_t teaser_chars = 0;
};

struct PageTypeVerdict {
  PageType type = PageType::kArticle;
  std::string reason;
};

PageTypeVerdict ClassifyPage(const PageEvidence& evidence);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_PAGE_TYPE_H_
