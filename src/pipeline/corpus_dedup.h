// CorpusDedup: the corpus-wide stages of ingest that need more than one page,
// run in the committing thread in input order (docs/dedup.md):
//   site boilerplate  counts each page's blocks per site, applies what is
//                     known so far, and re-settles touched sites at the end;
//   near duplicates   looks each ok article's band keys up in the persisted
//                     LSH index, verifies candidates by exact Jaccard of the
//                     shingle sets and joins clusters (representative: earliest
//                     published, then lowest seq).
// Reclean()/Recluster() recompute the same state over the whole store, so the
// final state does not depend on the order pages arrived in.
//
// Not thread-safe: one per committing thread, like the Store it uses. Every
// method must be called inside an open store transaction.
#ifndef NEWSIFT_PIPELINE_CORPUS_DEDUP_H_
#define NEWSIFT_PIPELINE_CORPUS_DEDUP_H_

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "dedup/near_duplicates.h"
#include "dedup/sketch.h"
#include "newsift/article.h"
#include "newsift/pipeline.h"
#include "newsift/status.h"
#include "newsift/store.h"

namespace newsift {

// Meta key under which the index parameters are recorded.
inline constexpr const char* kNearDupParamsKey = "near_dup_params";

class CorpusDedup {
 public:
  explicit CorpusDedup(Store& store);

  // Checks the recorded parameters; builds the index (and the site counts of
  // a store that had none) when they are missing or differ. Call once before
  // the first article, inside a transaction.
  Status EnsureIndex();

  // Before exact dedup and Put: counts the page's blocks for its site and
  // drops the site's known boilerplate. *body_changed tells whether the
  // sketch computed from the extracted body is stale.
  Status CountAndClean(Article& article, bool* body_changed);

  // After Put of an ok article: finds its near duplicates among stored
  // articles, joins their clusters and stores its band keys. sketch must be
  // of the final body. *joined: it joined an existing cluster.
  Status LinkNearDuplicates(const Article& article, const Sketch& sketch, bool* joined);

  // At the end of a run: re-applies the final boilerplate tables to the sites
  // touched in the run and, when any stored body changed, re-clusters.
  Status Settle(RecleanSummary* summary);

 private:
  Result<const std::vector<uint64_t>*> ShinglesOf(int64_t seq, const std::string& body);

  Store& store_;
  const NearDuplicateOptions& options_;
  std::set<std::string> touched_sites_;
  // Shingle sets of recently verified articles (cleared when full).
  std::unordered_map<int64_t, std::vector<uint64_t>> shingle_cache_;
};

// Re-applies the boilerplate tables to the extraction-ok records of `sites`
// (all sites when null); appends the seqs whose body changed.
Status RecleanSites(Store& store, const std::set<std::string>* sites, RecleanSummary* summary,
                    std::vector<int64_t>* changed);

// Recomputes exact duplicates and near-duplicate clusters of the whole store
// from the persisted index; band keys of `changed` (and of records whose
// status changed) are recomputed first.
Status Recluster(Store& store, const std::vector<int64_t>& changed, RecleanSummary* summary);

}  // namespace newsift

#endif  // NEWSIFT_PIPELINE_CORPUS_DEDUP_H_
