// Store::PutFinished lives in the pipeline library, not the store's: it needs
// the dedup stage (sketches, block hashes), which the store does not link.
#include <string>
#include <utility>
#include <vector>

#include "dedup/site_boilerplate.h"
#include "dedup/sketch.h"
#include "newsift/store.h"
#include "pipeline/corpus_dedup.h"

namespace newsift {

Status Store::PutFinished(const Article& article) {
  const NearDuplicateOptions& options = CorpusNearDuplicateOptions();
  Result<std::optional<std::string>> recorded = GetMeta(kNearDupParamsKey);
  if (!recorded.ok()) return recorded.status();
  if (!*recorded) {
    Status status = SetMeta(kNearDupParamsKey, ParamsString(options));
    if (!status.ok()) return status;
  }
  Status status = Put(article);
  if (!status.ok()) return status;
  Result<std::optional<int64_t>> seq = SeqOf(article.source);
  if (!seq.ok()) return seq.status();
  if (!*seq) return Status::Internal("store put finished", article.source + " was not stored");
  std::vector<uint64_t> keys;
  if (article.status == RecordStatus::kOk) keys = MakeSketch(article.Body(), options).band_keys;
  status = PutBandKeys(**seq, keys);
  if (!status.ok()) return status;
  const std::string site = SiteKey(article);
  const bool extraction_ok =
      article.status == RecordStatus::kOk || article.status == RecordStatus::kDuplicate;
  if (!extraction_ok || site.empty()) return Status::OK();
  std::vector<std::pair<uint64_t, std::string>> blocks;
  for (const PageBlock& b : PageBlocks(CandidateParagraphs(article))) {
    blocks.emplace_back(b.hash, std::string(b.text));
  }
  return AddSitePage(site, blocks);
}

}  // namespace newsift
