// Store: the embedded SQLite database holding every input document's record,
// the articles, and a full-text index (FTS5) over title and body.
//
// WAL journal, a versioned schema upgraded by migrations on open, writes in
// explicit batches (Begin/Commit): a killed ingest loses at most the open
// batch, and re-running it skips what is already stored.
//
// Not thread-safe: one Store per thread (SQLite connections are cheap).
#ifndef NEWSIFT_STORE_H_
#define NEWSIFT_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsift/article.h"
#include "newsift/status.h"

namespace newsift {

struct SearchQuery {
  std::string text;   // FTS5 query syntax; plain words are ANDed
  std::string site;   // exact site or domain filter, empty for any
  std::string since;  // ISO date/time: published >= since, empty for no bound
  std::string until;  // ISO date/time: published <= until (a date includes its whole day)
  int limit = 10;
  std::optional<PageType> page_type;  // only hits of this page type; any when unset
};

struct SearchHit {
  std::string id;
  std::string title;
  std::string url;
  std::string site;
  std::string published;
  std::string snippet;  // body excerpt, matches wrapped in [ and ]
  double score = 0;     // BM25, higher is better
};

struct ExportFilter {
  std::optional<RecordStatus> status;  // only records with this status
  std::optional<PageType> page_type;   // only records of this page type
  // Only one article per near-duplicate cluster: ok articles that represent
  // their cluster (dup_cluster == id, or no cluster recorded).
  bool unique = false;
};

// What corpus dedup needs of a stored record, without decoding the rest.
struct DedupRow {
  int64_t seq = 0;
  std::string id;
  std::string source;
  std::string site_key;  // site, else domain
  std::string published;
  RecordStatus status = RecordStatus::kOk;
  std::string duplicate_of;
  std::string dup_cluster;
  std::string body_hash;
  std::string body;  // filled only when asked for
};

// A near-duplicate cluster as `newsift dups` lists it.
struct ClusterMember {
  std::string id;
  std::string title;
  std::string url;
  std::string published;
  std::string status;  // ok or duplicate
};

struct StoreStats {
  int64_t documents = 0;
  std::map<std::string, int64_t> by_status;     // "ok" -> n
  std::map<std::string, int64_t> by_format;     // "html" -> n
  std::map<std::string, int64_t> by_page_type;  // ok records: "article" -> n, "listing" -> n
  std::map<std::string, int64_t> by_language;   // ok records only
  std::map<std::string, int64_t> by_site;       // ok records only
  int64_t body_chars = 0;
  int schema_version = 0;
};

class Store {
 public:
  // Opens or creates the database at path, applying pending migrations.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int schema_version() const;

  Status Begin();
  Status Commit();
  Status Rollback();

  // Inserts or replaces the record for article.source (FTS kept in sync).
  Status Put(const Article& article);

  // True when a record for this source with this id exists (the same bytes
  // were ingested before): a re-run skips it.
  Result<bool> Contains(const std::string& source, const std::string& id);

  // Id of the first stored ok article whose body_hash equals body_hash.
  Result<std::optional<std::string>> FindByBodyHash(const std::string& body_hash);

  // By id, then by url, then by source. Includes explain entries.
  Result<std::optional<Article>> Get(const std::string& id_or_url);

  Result<std::vector<SearchHit>> Search(const SearchQuery& query);

  // Calls fn for each record in ingest order; stop early by returning false.
  Status ForEach(const ExportFilter& filter, const std::function<bool(const Article&)>& fn);

  Result<StoreStats> Stats();

  // --- Corpus dedup (schema v2) ---------------------------------------------

  // seq of the record stored for source, if any.
  Result<std::optional<int64_t>> SeqOf(const std::string& source);

  // Dedup view of one record by seq / of every record (ingest order). The body
  // is read only when with_body.
  Result<std::optional<DedupRow>> GetDedupRow(int64_t seq, bool with_body);
  Result<std::optional<DedupRow>> GetDedupRowById(const std::string& id, bool with_body);
  // In seq order, from first_seq on (0: every record).
  Status ForEachDedupRow(bool with_body, const std::function<bool(const DedupRow&)>& fn,
                         int64_t first_seq = 0);
  // Sets status and duplicate_of of one record (FTS kept in sync).
  Status SetStatus(int64_t seq, RecordStatus status, const std::string& duplicate_of);

  // The persisted LSH index: band keys of the ok article stored at seq
  // (replacing earlier ones; an empty list removes them), and the distinct
  // seqs, ascending, of the articles sharing at least one of keys.
  Status PutBandKeys(int64_t seq, const std::vector<uint64_t>& keys);
  Result<std::vector<int64_t>> FindByBandKeys(const std::vector<uint64_t>& keys);
  // Every (key, seq) of the index, for a global re-clustering.
  Status ForEachBandKey(const std::function<void(uint64_t key, int64_t seq)>& fn);
  Status ClearBandKeys();

  // Sets dup_cluster of one record / re-points every record of cluster `from`
  // to `to` (a merge).
  Status SetDupCluster(int64_t seq, const std::string& dup_cluster);
  Status RepointCluster(const std::string& from, const std::string& to);
  // dup_cluster of the record with this id (empty when none).
  Result<std::string> DupClusterOf(const std::string& id);

  // Parameters recorded with the persisted index (meta table).
  Result<std::optional<std::string>> GetMeta(const std::string& key);
  Status SetMeta(const std::string& key, const std::string& value);

  // Site boilerplate counts: one more page of site containing each of blocks
  // (hash, sample text); pages of a site; pages of a site with a block.
  Status AddSitePage(const std::string& site,
                     const std::vector<std::pair<uint64_t, std::string>>& blocks);
  Status ClearSiteCounts();
  Result<int64_t> SitePages(const std::string& site);
  Result<int64_t> SiteBlockPages(const std::string& site, uint64_t hash);
  // Every block of a site with its page count.
  Status ForEachSiteBlock(
      const std::string& site,
      const std::function<void(uint64_t hash, int64_t pages, const std::string& sample)>& fn);
  Result<std::vector<std::string>> Sites();

  // Near-duplicate clusters with at least min_size members (ok and duplicate
  // records), representative first, clusters ordered by the representative's seq.
  Status ForEachCluster(int min_size,
                        const std::function<bool(const std::string& representative,
                                                 const std::vector<ClusterMember>&)>& fn);

  // Stores a finished record as is (the Dask path's `load`), and records what
  // a later incremental ingest needs: its band keys (ok articles) and its
  // site block counts (extraction-ok articles, from the candidate
  // paragraphs). Defined in the pipeline library (it uses src/dedup/).
  Status PutFinished(const Article& article);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsift

#endif  // NEWSIFT_STORE_H_
