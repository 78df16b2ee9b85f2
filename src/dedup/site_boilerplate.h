// Site boilerplate learned from the corpus: paragraphs or lines that recur
// across many pages of one site ("Top stories", a newsletter prompt, a legal
// line) are that site's boilerplate, whatever the page's own cleaning kept.
//
// Contract (shared with the Dask path, docs/dedup.md):
// - site key: article.site, else article.domain; empty key: no learning.
// - every extraction-ok page of the site counts each distinct block hash once.
// - a block is boilerplate when pages(site, hash) >=
//   max(kSiteBoilerplateMinPages, ceil(kSiteBoilerplateMinShare * site_pages)).
// - applying drops the candidate paragraphs whose hash is boilerplate, unless
//   they exceed kSiteBoilerplateMaxBodyShare of the candidate body (then the
//   page is a republished copy, not boilerplate around an article).
// All functions are pure and thread-safe.
#ifndef NEWSIFT_DEDUP_SITE_BOILERPLATE_H_
#define NEWSIFT_DEDUP_SITE_BOILERPLATE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "newsift/article.h"

namespace newsift {

// A block must recur on at least this many pages of the site...
inline constexpr int64_t kSiteBoilerplateMinPages = 3;
// ...and on at least this share of the site's pages (so a phrase that three
// stories of a large site happen to share is not taken for boilerplate).
inline constexpr double kSiteBoilerplateMinShare = 0.05;
// Dropping more than this share of a page's candidate body chars is refused.
inline constexpr double kSiteBoilerplateMaxBodyShare = 0.5;
// Explain reason prefix of a dropped block: "repeated across N pages of this site".
inline constexpr std::string_view kSiteBoilerplateReasonPrefix = "repeated across ";

// 64-bit hash of a paragraph's normalised text: casefolded, white space
// collapsed, leading/trailing punctuation trimmed, digits kept. 0 for a block
// with no text left (never boilerplate).
uint64_t SiteBlockHash(std::string_view paragraph_text);

// article.site if non-empty, else article.domain.
std::string SiteKey(const Article& article);

bool IsSiteBoilerplate(int64_t pages_with_block, int64_t site_pages);

// Distinct non-zero block hashes of a page's candidate paragraphs, in first
// occurrence order, each with the first paragraph text that gave it.
struct PageBlock {
  uint64_t hash = 0;
  std::string_view text;  // points into the paragraphs passed in
};
std::vector<PageBlock> PageBlocks(const std::vector<Paragraph>& candidates);

// The paragraphs before site-boilerplate removal: candidate_paragraphs when
// set, else paragraphs (nothing was removed).
const std::vector<Paragraph>& CandidateParagraphs(const Article& article);

// body_hash of a body as extraction computes it (16 hex digits of the
// normalised text), empty for an empty body.
std::string BodyHashOf(std::string_view body);

// Rebuilds article.paragraphs from candidates, dropping the site's boilerplate
// blocks (pages_with_block(hash) = pages of the site containing hash). Sets
// article.candidate_paragraphs (empty when nothing was dropped), replaces the
// explain entries of an earlier application by the new ones (label
// kBoilerplate, reason "repeated across N pages of this site") and recomputes
// body_hash. candidates may be article's own candidate_paragraphs or
// paragraphs. Returns how many paragraphs were dropped.
int ApplySiteBoilerplate(const std::vector<Paragraph>& candidates,
                         const std::function<int64_t(uint64_t)>& pages_with_block,
                         int64_t site_pages, Article& article);

}  // namespace newsift

#endif  // NEWSIFT_DEDUP_SITE_BOILERPLATE_H_
