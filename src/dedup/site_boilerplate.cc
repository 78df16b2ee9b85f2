#include "dedup/site_boilerplate.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "util/hash.h"
#include "util/text.h"

namespace newsift {
namespace {

// Seed of the block hash, so block hashes never equal body hashes of the same text.
constexpr uint64_t kBlockHashSeed = 0x5b1ec0de;

bool IsOwnBoilerplateEntry(const ExplainEntry& entry) {
  return entry.label == Label::kBoilerplate &&
         StartsWith(entry.reason, kSiteBoilerplateReasonPrefix);
}

}  // namespace

uint64_t SiteBlockHash(std::string_view paragraph_text) {
  // Lowercase, letters and digits only, single spaces: case, spacing and
  // punctuation around the words (a bullet, a trailing colon) do not matter.
  const std::string normal = NormalizeForCompare(paragraph_text);
  if (normal.empty()) return 0;
  const uint64_t hash = Hash64(normal, kBlockHashSeed);
  return hash == 0 ? 1 : hash;  // 0 means "no text"
}

std::string SiteKey(const Article& article) {
  return article.site.empty() ? article.domain : article.site;
}

bool IsSiteBoilerplate(int64_t pages_with_block, int64_t site_pages) {
  const auto share_pages =
      static_cast<int64_t>(std::ceil(kSiteBoilerplateMinShare * static_cast<double>(site_pages)));
  return pages_with_block >= std::max(kSiteBoilerplateMinPages, share_pages);
}

std::vector<PageBlock> PageBlocks(const std::vector<Paragraph>& candidates) {
  std::vector<PageBlock> blocks;
  std::unordered_set<uint64_t> seen;
  for (const Paragraph& p : candidates) {
    const uint64_t hash = SiteBlockHash(p.text);
    if (hash == 0 || !seen.insert(hash).second) continue;
    blocks.push_back({hash, p.text});
  }
  return blocks;
}

const std::vector<Paragraph>& CandidateParagraphs(const Article& article) {
  return article.candidate_paragraphs.empty() ? article.paragraphs : article.candidate_paragraphs;
}

std::string BodyHashOf(std::string_view body) {
  if (body.empty()) return {};
  return HexId(Hash64(NormalizeForCompare(body)));
}

int ApplySiteBoilerplate(const std::vector<Paragraph>& candidates,
                         const std::function<int64_t(uint64_t)>& pages_with_block,
                         int64_t site_pages, Article& article) {
  // candidates may alias article's own vectors, which are rebuilt below.
  std::vector<Paragraph> all = candidates;
  std::vector<int64_t> pages(all.size(), 0);
  size_t total_chars = 0;
  size_t dropped_chars = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    const size_t chars = Utf8Length(all[i].text);
    total_chars += chars;
    const uint64_t hash = SiteBlockHash(all[i].text);
    if (hash == 0) continue;
    const int64_t n = pages_with_block(hash);
    if (!IsSiteBoilerplate(n, site_pages)) continue;
    pages[i] = n;
    dropped_chars += chars;
  }
  const bool refuse = static_cast<double>(dropped_chars) >
                      kSiteBoilerplateMaxBodyShare * static_cast<double>(total_chars);

  std::erase_if(article.explain, IsOwnBoilerplateEntry);
  std::vector<Paragraph> kept;
  kept.reserve(all.size());
  int dropped = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    if (refuse || pages[i] == 0) {
      kept.push_back(all[i]);
      continue;
    }
    ++dropped;
    article.explain.push_back(
        {all[i].text, Label::kBoilerplate,
         fmt::format("{}{} pages of this site", kSiteBoilerplateReasonPrefix, pages[i])});
  }
  article.paragraphs = std::move(kept);
  if (dropped > 0) {
    article.candidate_paragraphs = std::move(all);
  } else {
    article.candidate_paragraphs.clear();
  }
  article.body_hash = BodyHashOf(article.Body());
  return dropped;
}

}  // namespace newsift
