// Page metadata from an HTML tree: title, description, authors, dates, site
// and section, from JSON-LD, <meta> tags, <time> elements, bylines and the
// URL, in that order of trust. Also hands the JSON-LD articleBody (if any) to
// the main-content step, which uses it as a hint. Thread-safe (no state).
#ifndef NEWSIFT_EXTRACT_HTML_METADATA_H_
#define NEWSIFT_EXTRACT_HTML_METADATA_H_

#include <libxml/tree.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/html_heuristics.h"
#include "newsift/article.h"

namespace newsift::html {

struct MetadataResult {
  std::string json_ld_body;  // JSON-LD articleBody, entities decoded, newlines kept
  std::string h1;            // first <h1> text (the main-content step skips it)
  std::string declared_language;
  // What the page says it is (PageEvidence): an article type ("NewsArticle",
  // "og:type article"), a listing type ("CollectionPage"); empty when silent.
  std::string declared_article;
  std::string declared_listing;
};

// Fills title, description, authors, published/modified/published_source,
// site and section of *article. article->url and fetched_at must be set.
// json_ld_scripts are the JSON-LD texts ParseHtml set beside the tree;
// date_order, how the page writes its all-digit dates (NumericDateOrderOf the
// page). When explain is set, adds kMetadata/kTitle/kDate/kByline entries.
MetadataResult ExtractMetadata(const xmlDoc* doc, std::span<const std::string_view> json_ld_scripts,
                               NumericDateOrder date_order, bool explain,
                               ClassVerdictCache* classes, Article* article);

// Removes a site suffix or prefix (" | Site", "Site - ", "example.com ") from
// a page title when it matches the site name or when the rest matches another
// title source (h1, og:title).
std::string CleanTitle(std::string_view title, std::string_view site,
                       const std::vector<std::string_view>& other_titles);

}  // namespace newsift::html

#endif  // NEWSIFT_EXTRACT_HTML_METADATA_H_
