#include "pipeline/corpus_dedup.h"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <optional>
#include <unordered_set>
#include <utility>

#include "dedup/representative.h"
#include "dedup/shingles.h"
#include "dedup/site_boilerplate.h"

namespace newsift {
namespace {

// Shingle sets kept for verification before the cache is emptied: bounds the
// committing thread's memory (a set is ~8 bytes per body word).
constexpr size_t kShingleCacheEntries = 4096;

bool ExtractionOk(RecordStatus status) {
  return status == RecordStatus::kOk || status == RecordStatus::kDuplicate;
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

// The site's blocks that can be boilerplate at all (pages >= the minimum).
Result<std::unordered_map<uint64_t, int64_t>> FrequentBlocks(Store& store,
                                                             const std::string& site) {
  std::unordered_map<uint64_t, int64_t> blocks;
  Status status =
      store.ForEachSiteBlock(site, [&blocks](uint64_t hash, int64_t pages, const std::string&) {
        if (pages >= kSiteBoilerplateMinPages) blocks.emplace(hash, pages);
      });
  if (!status.ok()) return status;
  return blocks;
}

bool SameExplain(const std::vector<ExplainEntry>& a, const std::vector<ExplainEntry>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const ExplainEntry& x, const ExplainEntry& y) {
                      return x.label == y.label && x.reason == y.reason && x.text == y.text;
                    });
}

}  // namespace

CorpusDedup::CorpusDedup(Store& store) : store_(store), options_(CorpusNearDuplicateOptions()) {}

Status CorpusDedup::EnsureIndex() {
  const std::string want = ParamsString(options_);
  Result<std::optional<std::string>> recorded = store_.GetMeta(kNearDupParamsKey);
  if (!recorded.ok()) return recorded.status();
  if (*recorded && **recorded == want) return Status::OK();

  std::vector<DedupRow> rows;
  Status status = store_.ForEachDedupRow(/*with_body=*/false, [&rows](const DedupRow& row) {
    if (ExtractionOk(row.status)) rows.push_back(row);
    return true;
  });
  if (!status.ok()) return status;
  if (!*recorded) {
    // A store from before corpus dedup: count its pages' blocks once.
    status = store_.ClearSiteCounts();
    for (size_t i = 0; status.ok() && i < rows.size(); ++i) {
      if (rows[i].site_key.empty()) continue;
      Result<std::optional<Article>> article = store_.Get(rows[i].id);
      if (!article.ok()) return article.status();
      if (!*article) continue;
      std::vector<std::pair<uint64_t, std::string>> blocks;
      for (const PageBlock& b : PageBlocks(CandidateParagraphs(**article))) {
        blocks.emplace_back(b.hash, std::string(b.text));
      }
      status = store_.AddSitePage(rows[i].site_key, blocks);
    }
    if (!status.ok()) return status;
  }
  status = store_.ClearBandKeys();
  if (!status.ok()) return status;
  for (const DedupRow& row : rows) {
    if (row.status != RecordStatus::kOk) continue;
    Result<std::optional<DedupRow>> full = store_.GetDedupRow(row.seq, /*with_body=*/true);
    if (!full.ok()) return full.status();
    if (!*full) continue;
    status = store_.PutBandKeys(row.seq, MakeSketch((*full)->body, options_).band_keys);
    if (!status.ok()) return status;
  }
  status = store_.SetMeta(kNearDupParamsKey, want);
  if (!status.ok()) return status;
  RecleanSummary ignored;
  return Recluster(store_, {}, &ignored);
}

Status CorpusDedup::CountAndClean(Article& article, bool* body_changed) {
  *body_changed = false;
  if (article.status != RecordStatus::kOk) return Status::OK();
  const std::string site = SiteKey(article);
  if (site.empty()) return Status::OK();
  std::vector<std::pair<uint64_t, std::string>> blocks;
  for (const PageBlock& b : PageBlocks(article.paragraphs)) {
    blocks.emplace_back(b.hash, std::string(b.text));
  }
  Status status = store_.AddSitePage(site, blocks);
  if (!status.ok()) return status;
  touched_sites_.insert(site);
  Result<int64_t> site_pages = store_.SitePages(site);
  if (!site_pages.ok()) return site_pages.status();
  // A site needs kSiteBoilerplateMinPages pages before anything can recur.
  if (*site_pages < kSiteBoilerplateMinPages) return Status::OK();
  Status lookup_error;
  auto pages_with_block = [&](uint64_t hash) -> int64_t {
    Result<int64_t> pages = store_.SiteBlockPages(site, hash);
    if (!pages.ok()) {
      if (lookup_error.ok()) lookup_error = pages.status();
      return 0;
    }
    return *pages;
  };
  const std::vector<Paragraph> candidates = article.paragraphs;
  const int dropped = ApplySiteBoilerplate(candidates, pages_with_block, *site_pages, article);
  if (!lookup_error.ok()) return lookup_error;
  *body_changed = dropped > 0;
  return Status::OK();
}

Result<const std::vector<uint64_t>*> CorpusDedup::ShinglesOf(int64_t seq, const std::string& body) {
  auto it = shingle_cache_.find(seq);
  if (it != shingle_cache_.end()) return &it->second;
  if (shingle_cache_.size() >= kShingleCacheEntries) shingle_cache_.clear();
  return &shingle_cache_.emplace(seq, ShingleHashes(body, options_.ngram)).first->second;
}

Status CorpusDedup::LinkNearDuplicates(const Article& article, const Sketch& sketch, bool* joined) {
  *joined = false;
  if (article.status != RecordStatus::kOk || sketch.band_keys.empty()) return Status::OK();
  Result<std::optional<int64_t>> seq = store_.SeqOf(article.source);
  if (!seq.ok()) return seq.status();
  if (!*seq) return Status::Internal("near duplicates", article.source + " was not stored");
  const int64_t self = **seq;

  Result<std::vector<int64_t>> candidates = store_.FindByBandKeys(sketch.band_keys);
  if (!candidates.ok()) return candidates.status();
  std::set<std::string> clusters;  // representatives of the clusters it joins
  for (int64_t candidate : *candidates) {
    if (candidate == self) continue;
    Result<std::optional<DedupRow>> row = store_.GetDedupRow(candidate, /*with_body=*/true);
    if (!row.ok()) return row.status();
    if (!*row || (*row)->status != RecordStatus::kOk) continue;
    Result<const std::vector<uint64_t>*> shingles = ShinglesOf(candidate, (*row)->body);
    if (!shingles.ok()) return shingles.status();
    if (Jaccard(sketch.shingles, **shingles) < options_.threshold) continue;
    clusters.insert((*row)->dup_cluster.empty() ? (*row)->id : (*row)->dup_cluster);
  }
  if (shingle_cache_.size() >= kShingleCacheEntries) shingle_cache_.clear();
  shingle_cache_[self] = sketch.shingles;
  Status status = store_.PutBandKeys(self, sketch.band_keys);
  if (!status.ok() || clusters.empty()) return status;

  *joined = true;
  RepresentativeKey best = MakeRepresentativeKey(article.published, self);
  std::string best_id = article.id;
  for (const std::string& rep : clusters) {
    Result<std::optional<DedupRow>> row = store_.GetDedupRowById(rep, /*with_body=*/false);
    if (!row.ok()) return row.status();
    if (!*row) continue;
    RepresentativeKey key = MakeRepresentativeKey((*row)->published, (*row)->seq);
    if (key < best) {
      best = key;
      best_id = rep;
    }
  }
  // Merging: every member of the joined clusters (their exact duplicates
  // included) points at the merged cluster's representative.
  for (const std::string& rep : clusters) {
    if (rep == best_id) continue;
    status = store_.RepointCluster(rep, best_id);
    if (!status.ok()) return status;
  }
  if (best_id != article.id) {
    status = store_.RepointCluster(article.id, best_id);  // itself and its duplicates
    if (status.ok()) status = store_.SetDupCluster(self, best_id);
  }
  return status;
}

Status CorpusDedup::Settle(RecleanSummary* summary) {
  if (touched_sites_.empty()) return Status::OK();
  std::vector<int64_t> changed;
  Status status = RecleanSites(store_, &touched_sites_, summary, &changed);
  if (!status.ok() || changed.empty()) return status;
  return Recluster(store_, changed, summary);
}

Status RecleanSites(Store& store, const std::set<std::string>* sites, RecleanSummary* summary,
                    std::vector<int64_t>* changed) {
  std::map<std::string, std::vector<DedupRow>> by_site;
  Status status = store.ForEachDedupRow(/*with_body=*/false, [&](const DedupRow& row) {
    if (!ExtractionOk(row.status) || row.site_key.empty()) return true;
    if (sites != nullptr && sites->count(row.site_key) == 0) return true;
    by_site[row.site_key].push_back(row);
    return true;
  });
  if (!status.ok()) return status;
  for (const auto& [site, rows] : by_site) {
    ++summary->sites;
    Result<int64_t> site_pages = store.SitePages(site);
    if (!site_pages.ok()) return site_pages.status();
    Result<std::unordered_map<uint64_t, int64_t>> frequent = FrequentBlocks(store, site);
    if (!frequent.ok()) return frequent.status();
    auto pages_with_block = [&frequent](uint64_t hash) -> int64_t {
      auto it = frequent->find(hash);
      return it == frequent->end() ? 0 : it->second;
    };
    for (const DedupRow& row : rows) {
      Result<std::optional<Article>> stored = store.Get(row.id);
      if (!stored.ok()) return stored.status();
      if (!*stored) continue;
      Article& article = **stored;
      ++summary->articles;
      const std::string old_body = article.Body();
      const std::vector<ExplainEntry> old_explain = article.explain;
      const std::vector<Paragraph> candidates = CandidateParagraphs(article);
      const int dropped = ApplySiteBoilerplate(candidates, pages_with_block, *site_pages, article);
      summary->boilerplate_blocks += static_cast<uint64_t>(dropped);
      const bool body_changed = article.Body() != old_body;
      // The "repeated across N pages" counts are part of the record too.
      if (!body_changed && SameExplain(old_explain, article.explain)) continue;
      status = store.Put(article);
      if (!status.ok()) return status;
      if (body_changed) {
        ++summary->changed;
        changed->push_back(row.seq);
      }
    }
  }
  return Status::OK();
}

Status Recluster(Store& store, const std::vector<int64_t>& changed, RecleanSummary* summary) {
  const NearDuplicateOptions& options = CorpusNearDuplicateOptions();
  std::vector<DedupRow> rows;
  Status status = store.ForEachDedupRow(/*with_body=*/false, [&rows](const DedupRow& row) {
    rows.push_back(row);
    return true;
  });
  if (!status.ok()) return status;
  std::unordered_map<int64_t, size_t> by_seq;
  std::unordered_map<std::string, size_t> by_id;
  for (size_t i = 0; i < rows.size(); ++i) {
    by_seq.emplace(rows[i].seq, i);
    by_id.emplace(rows[i].id, i);
  }

  // Exact duplicates: the first record with a body keeps it.
  std::unordered_set<int64_t> resketch(changed.begin(), changed.end());
  std::unordered_map<std::string, size_t> first_by_hash;
  for (size_t i = 0; i < rows.size(); ++i) {
    DedupRow& row = rows[i];
    if (!ExtractionOk(row.status) || row.body_hash.empty()) continue;
    auto [it, first] = first_by_hash.emplace(row.body_hash, i);
    const RecordStatus want = first ? RecordStatus::kOk : RecordStatus::kDuplicate;
    const std::string want_of = first ? std::string() : rows[it->second].id;
    if (want == row.status && want_of == row.duplicate_of) continue;
    status = store.SetStatus(row.seq, want, want_of);
    if (!status.ok()) return status;
    if (want != row.status) resketch.insert(row.seq);
    row.status = want;
    row.duplicate_of = want_of;
  }

  // Band keys of records whose body or status changed.
  std::unordered_map<int64_t, std::vector<uint64_t>> shingles;
  for (int64_t seq : resketch) {
    auto it = by_seq.find(seq);
    if (it == by_seq.end()) continue;
    std::vector<uint64_t> keys;
    if (rows[it->second].status == RecordStatus::kOk) {
      Result<std::optional<DedupRow>> full = store.GetDedupRow(seq, /*with_body=*/true);
      if (!full.ok()) return full.status();
      if (*full) {
        Sketch sketch = MakeSketch((*full)->body, options);
        keys = std::move(sketch.band_keys);
        shingles.emplace(seq, std::move(sketch.shingles));
      }
    }
    status = store.PutBandKeys(seq, keys);
    if (!status.ok()) return status;
  }

  // Candidate pairs from the persisted index: sorted flat (key, seq) entries.
  std::vector<std::pair<uint64_t, int64_t>> entries;
  status = store.ForEachBandKey([&](uint64_t key, int64_t seq) {
    auto it = by_seq.find(seq);
    if (it != by_seq.end() && rows[it->second].status == RecordStatus::kOk) {
      entries.emplace_back(key, seq);
    }
  });
  if (!status.ok()) return status;
  std::sort(entries.begin(), entries.end());
  std::vector<std::pair<int64_t, int64_t>> pairs;
  for (size_t start = 0; start < entries.size();) {
    size_t end = start + 1;
    while (end < entries.size() && entries[end].first == entries[start].first) ++end;
    for (size_t a = start; a < end; ++a) {
      for (size_t b = a + 1; b < end; ++b) pairs.emplace_back(entries[a].second, entries[b].second);
    }
    start = end;
  }
  entries = {};
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

  auto shingles_of = [&](int64_t seq) -> Result<const std::vector<uint64_t>*> {
    auto it = shingles.find(seq);
    if (it != shingles.end()) return &it->second;
    Result<std::optional<DedupRow>> full = store.GetDedupRow(seq, /*with_body=*/true);
    if (!full.ok()) return full.status();
    std::vector<uint64_t> set;
    if (*full) set = ShingleHashes((*full)->body, options.ngram);
    return &shingles.emplace(seq, std::move(set)).first->second;
  };
  UnionFind sets(rows.size());
  for (const auto& [a, b] : pairs) {
    Result<const std::vector<uint64_t>*> sa = shingles_of(a);
    if (!sa.ok()) return sa.status();
    Result<const std::vector<uint64_t>*> sb = shingles_of(b);
    if (!sb.ok()) return sb.status();
    if (Jaccard(**sa, **sb) >= options.threshold) sets.Union(by_seq[a], by_seq[b]);
  }
  shingles = {};

  // Representatives: earliest published, then lowest seq.
  std::unordered_map<size_t, size_t> best;  // root -> representative
  std::unordered_map<size_t, size_t> ok_members;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].status != RecordStatus::kOk) continue;
    const size_t root = sets.Find(i);
    ++ok_members[root];
    auto [it, first] = best.emplace(root, i);
    if (first) continue;
    const DedupRow& current = rows[it->second];
    if (MakeRepresentativeKey(rows[i].published, rows[i].seq) <
        MakeRepresentativeKey(current.published, current.seq)) {
      it->second = i;
    }
  }
  std::vector<std::string> want(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].status == RecordStatus::kOk) want[i] = rows[best[sets.Find(i)]].id;
  }
  summary->duplicate = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].status != RecordStatus::kDuplicate) continue;
    ++summary->duplicate;
    auto it = by_id.find(rows[i].duplicate_of);
    if (it != by_id.end()) want[i] = want[it->second];
  }
  summary->clusters = 0;
  for (const auto& [root, n] : ok_members) summary->clusters += n >= 2 ? 1 : 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (want[i] == rows[i].dup_cluster) continue;
    status = store.SetDupCluster(rows[i].seq, want[i]);
    if (!status.ok()) return status;
  }
  return Status::OK();
}

Result<RecleanSummary> Reclean(Store& store) {
  const auto start = std::chrono::steady_clock::now();
  RecleanSummary summary;
  Status status = store.Begin();
  if (!status.ok()) return status;
  CorpusDedup dedup(store);
  status = dedup.EnsureIndex();
  std::vector<int64_t> changed;
  if (status.ok()) status = RecleanSites(store, nullptr, &summary, &changed);
  if (status.ok()) status = Recluster(store, changed, &summary);
  if (status.ok()) status = store.Commit();
  if (!status.ok()) {
    store.Rollback();  // the first error is the one to report
    return status;
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace newsift
