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
};

struct StoreStats {
  int64_t documents = 0;
  std::map<std::string, int64_t> by_status;    // "ok" -> n
  std::map<std::string, int64_t> by_format;    // "html" -> n
  std::map<std::string, int64_t> by_language;  // ok articles only
  std::map<std::string, int64_t> by_site;      // ok articles only
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

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsift

#endif  // NEWSIFT_STORE_H_
