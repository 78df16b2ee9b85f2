#include "newsift/store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "newsift/article_json.h"
#include "store/fts_query.h"
#include "store/schema.h"
#include "store/statement.h"
#include "util/text.h"

namespace newsift {
namespace {

using nlohmann::json;

// How long a writer waits for another connection's lock before SQLITE_BUSY.
constexpr int kBusyTimeoutMs = 10'000;

// FTS5 bm25 column weights (title, body): a title hit counts five body hits.
constexpr double kTitleWeight = 5.0;
constexpr double kBodyWeight = 1.0;
// snippet(): body column, match markers, ellipsis, tokens shown.
constexpr int kSnippetColumn = 1;
constexpr std::string_view kSnippetOpen = "[";
constexpr std::string_view kSnippetClose = "]";
constexpr std::string_view kSnippetEllipsis = "…";
constexpr int kSnippetTokens = 20;
// SQLite's LIMIT for "no limit".
constexpr int64_t kNoLimit = -1;

// The documents columns an Article maps to, in the order of the Column enum:
// the SELECT list, the INSERT list and the bind indexes all come from here.
enum class Column {
  kSource,
  kId,
  kUrl,
  kDomain,
  kSite,
  kTitle,
  kDescription,
  kAuthors,
  kPublished,
  kModified,
  kPublishedSource,
  kLanguage,
  kSection,
  kBody,
  kParagraphs,
  kImageCaptions,
  kImageCredits,
  kInputFormat,
  kCharset,
  kCharsetSource,
  kFetchedAt,
  kStatus,
  kError,
  kDuplicateOf,
  kBodyHash,
  kExplain,
  kDupCluster,
  kCandidateParagraphs,
  kMojibakeRepairs,
  kPageType,
};

constexpr std::array<std::string_view, 30> kColumnNames{
    "source",
    "id",
    "url",
    "domain",
    "site",
    "title",
    "description",
    "authors",
    "published",
    "modified",
    "published_source",
    "language",
    "section",
    "body",
    "paragraphs",
    "image_captions",
    "image_credits",
    "input_format",
    "charset",
    "charset_source",
    "fetched_at",
    "status",
    "error",
    "duplicate_of",
    "body_hash",
    "explain",
    "dup_cluster",
    "candidate_paragraphs",
    "mojibake_repairs",
    "page_type",
};
static_assert(static_cast<size_t>(Column::kPageType) + 1 == kColumnNames.size());

constexpr int ColumnIndex(Column c) { return static_cast<int>(c); }
constexpr int ParamIndex(Column c) { return static_cast<int>(c) + 1; }

std::string JoinColumns(std::string_view prefix = {}) {
  std::string out;
  for (std::string_view name : kColumnNames) {
    if (!out.empty()) out += ", ";
    out += prefix;
    out += name;
  }
  return out;
}

std::string SelectDocumentsSql() { return "SELECT " + JoinColumns() + ", seq FROM documents"; }
// The seq column follows the article columns in every SELECT of documents.
constexpr int kSeqColumn = static_cast<int>(kColumnNames.size());

// Upsert by source: a re-ingested source keeps its seq (and FTS rowid); the
// update trigger swaps its FTS entry.
std::string UpsertSql() {
  std::string sql = "INSERT INTO documents(" + JoinColumns() + ", ingested_at) VALUES (";
  for (size_t i = 1; i <= kColumnNames.size(); ++i) sql += fmt::format("?{}, ", i);
  sql += "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT(source) DO UPDATE SET ";
  for (std::string_view name : kColumnNames) {
    if (name == "source") continue;
    sql += fmt::format("{0} = excluded.{0}, ", name);
  }
  sql += "ingested_at = excluded.ingested_at";
  return sql;
}

// By id, then url, then source: one statement, the first match by priority.
std::string GetSql() {
  std::string select = "SELECT " + JoinColumns() + ", seq";
  return fmt::format(
      "{0}, 0 AS priority FROM documents WHERE id = ?1"
      " UNION ALL {0}, 1 FROM documents WHERE url = ?1"
      " UNION ALL {0}, 2 FROM documents WHERE source = ?1"
      " ORDER BY priority, seq LIMIT 1",
      select);
}

std::string SearchSql() {
  return fmt::format(
      "SELECT d.id, d.title, d.url, d.site, d.published,"
      " snippet(documents_fts, {col}, '{open}', '{close}', '{ellipsis}', {tokens}),"
      " bm25(documents_fts, {tw}, {bw}) AS rank_score"
      " FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid"
      " WHERE documents_fts MATCH ?1"
      " AND (?2 IS NULL OR lower(d.site) = ?2 OR lower(d.domain) = ?3)"
      " AND (?4 IS NULL OR d.published >= ?4)"
      " AND (?5 IS NULL OR d.published <= ?5)"
      " AND (?7 IS NULL OR d.page_type = ?7)"
      " ORDER BY rank_score, d.seq LIMIT ?6",
      fmt::arg("col", kSnippetColumn), fmt::arg("open", kSnippetOpen),
      fmt::arg("close", kSnippetClose), fmt::arg("ellipsis", kSnippetEllipsis),
      fmt::arg("tokens", kSnippetTokens), fmt::arg("tw", kTitleWeight),
      fmt::arg("bw", kBodyWeight));
}

// JSON text of a value we built: invalid UTF-8 in input text is replaced
// rather than thrown about.
std::string DumpJson(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

}  // namespace

struct Store::Impl {
  std::string path;
  int schema_version = 0;
  DbHandle db;  // declared before the statements: closed after they are finalized
  Statement begin;
  Statement commit;
  Statement rollback;
  Statement upsert;
  Statement contains;
  Statement find_by_body_hash;
  Statement get;
  Statement search;
  // Statements of the corpus-dedup methods, prepared on first use.
  std::unordered_map<std::string, Statement> cached;

  // The cached statement for sql, reset and unbound when the caller's
  // ScopedReset ends.
  Result<Statement*> Cached(const std::string& sql, const char* operation) {
    auto it = cached.find(sql);
    if (it != cached.end()) return &it->second;
    Result<Statement> statement = Statement::Prepare(db.get(), sql, operation);
    if (!statement.ok()) return statement.status();
    return &cached.emplace(sql, std::move(statement).value()).first->second;
  }

  Status Prepare(Statement* out, std::string_view sql, std::string operation) {
    Result<Statement> statement = Statement::Prepare(db.get(), sql, std::move(operation));
    if (!statement.ok()) return statement.status();
    *out = std::move(statement).value();
    return Status::OK();
  }

  Status PrepareAll() {
    const std::pair<Statement*, std::pair<std::string, std::string>> statements[] = {
        {&begin, {"BEGIN IMMEDIATE", "store begin"}},
        {&commit, {"COMMIT", "store commit"}},
        {&rollback, {"ROLLBACK", "store rollback"}},
        {&upsert, {UpsertSql(), "store put"}},
        {&contains,
         {"SELECT 1 FROM documents WHERE source = ?1 AND id = ?2 LIMIT 1", "store contains"}},
        {&find_by_body_hash,
         {"SELECT id FROM documents WHERE body_hash = ?1 AND status = 'ok' ORDER BY seq LIMIT 1",
          "store find by body hash"}},
        {&get, {GetSql(), "store get"}},
        {&search, {SearchSql(), "store search"}},
    };
    for (const auto& [statement, spec] : statements) {
      Status status = Prepare(statement, spec.first, spec.second);
      if (!status.ok()) return status;
    }
    return Status::OK();
  }

  Status RunCached(Statement& statement) {
    ScopedReset reset(statement);
    return statement.Run();
  }

  Result<std::vector<SearchHit>> RunSearch(const std::string& match, const SearchQuery& query);
};

namespace {

Status SetPragmas(sqlite3* db) {
  // journal_mode answers with the mode in force: "memory" for an in-memory
  // database, where WAL does not apply; anything else means WAL was refused.
  Result<Statement> wal = Statement::Prepare(db, "PRAGMA journal_mode = WAL", "set WAL journal");
  if (!wal.ok()) return wal.status();
  Result<bool> row = wal->Step();
  if (!row.ok()) return row.status();
  std::string mode = *row ? wal->ColumnText(0) : std::string();
  if (mode != "wal" && mode != "memory") {
    return Status::IOError("set WAL journal", "journal mode stayed '" + mode + "'");
  }
  return ExecSql(db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;", "set pragmas");
}

// ArticleFromJson at the edge: nlohmann throws on a value of the wrong shape
// (a paragraph that is not an object), which only a damaged row can hold.
Result<Article> DecodeJsonColumns(const json& parts, const std::string& where) {
  try {
    Result<Article> decoded = ArticleFromJson(parts);
    if (!decoded.ok()) return WithContext(decoded.status(), where);
    return decoded;
  } catch (const json::exception& e) {
    return Status::Corruption(where, e.what());
  }
}

// A stored row back into an Article. The JSON columns go through
// ArticleFromJson, the one parser of the record's JSON form.
Result<Article> ReadArticle(const Statement& row) {
  auto text = [&row](Column c) { return row.ColumnText(ColumnIndex(c)); };
  Article a;
  a.source = text(Column::kSource);
  a.id = text(Column::kId);
  a.url = text(Column::kUrl);
  a.domain = text(Column::kDomain);
  a.site = text(Column::kSite);
  a.title = text(Column::kTitle);
  a.description = text(Column::kDescription);
  a.published = text(Column::kPublished);
  a.modified = text(Column::kModified);
  a.published_source = text(Column::kPublishedSource);
  a.language = text(Column::kLanguage);
  a.section = text(Column::kSection);
  a.charset = text(Column::kCharset);
  a.charset_source = text(Column::kCharsetSource);
  a.fetched_at = text(Column::kFetchedAt);
  a.error = text(Column::kError);
  a.duplicate_of = text(Column::kDuplicateOf);
  a.body_hash = text(Column::kBodyHash);
  a.dup_cluster = text(Column::kDupCluster);
  a.mojibake_repairs = static_cast<size_t>(
      std::max<int64_t>(0, row.ColumnInt64(ColumnIndex(Column::kMojibakeRepairs))));

  const std::string where =
      fmt::format("store: documents row {} ({})", row.ColumnInt64(kSeqColumn), a.source);
  std::string_view status = row.ColumnView(ColumnIndex(Column::kStatus));
  if (!ParseRecordStatus(status, &a.status)) {
    return Status::Corruption(where, fmt::format("unknown status '{}'", status));
  }
  std::string_view format = row.ColumnView(ColumnIndex(Column::kInputFormat));
  if (!ParseInputFormat(format, &a.input_format)) {
    return Status::Corruption(where, fmt::format("unknown input_format '{}'", format));
  }

  std::string_view page_type = row.ColumnView(ColumnIndex(Column::kPageType));
  if (!ParsePageType(page_type, &a.page_type)) {
    return Status::Corruption(where, fmt::format("unknown page_type '{}'", page_type));
  }

  json parts = json::object();
  for (Column c : {Column::kAuthors, Column::kImageCaptions, Column::kImageCredits,
                   Column::kParagraphs, Column::kExplain, Column::kCandidateParagraphs}) {
    std::string_view stored = row.ColumnView(ColumnIndex(c));
    if (stored.empty()) continue;
    json value = json::parse(stored, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
      return Status::Corruption(
          where, fmt::format("column {} is not valid JSON", kColumnNames[ColumnIndex(c)]));
    }
    parts[std::string(kColumnNames[ColumnIndex(c)])] = std::move(value);
  }
  Result<Article> decoded = DecodeJsonColumns(parts, where);
  if (!decoded.ok()) return decoded.status();
  a.authors = std::move(decoded->authors);
  a.image_captions = std::move(decoded->image_captions);
  a.image_credits = std::move(decoded->image_credits);
  a.paragraphs = std::move(decoded->paragraphs);
  a.explain = std::move(decoded->explain);
  a.candidate_paragraphs = std::move(decoded->candidate_paragraphs);
  return a;
}

Result<int64_t> CountQuery(sqlite3* db, const char* sql, const char* operation) {
  Result<Statement> statement = Statement::Prepare(db, sql, operation);
  if (!statement.ok()) return statement.status();
  Result<bool> row = statement->Step();
  if (!row.ok()) return row.status();
  return *row ? statement->ColumnInt64(0) : 0;
}

Status GroupCounts(sqlite3* db, const char* sql, const char* operation,
                   std::map<std::string, int64_t>* out) {
  Result<Statement> statement = Statement::Prepare(db, sql, operation);
  if (!statement.ok()) return statement.status();
  while (true) {
    Result<bool> row = statement->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::OK();
    (*out)[statement->ColumnText(0)] = statement->ColumnInt64(1);
  }
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  sqlite3* raw = nullptr;
  // NOMUTEX: a Store is used from one thread at a time (see store.h).
  int rc =
      sqlite3_open_v2(path.c_str(), &raw,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  impl->db.reset(raw);  // even on failure: the handle must be closed
  if (rc != SQLITE_OK) return SqliteStatus(raw, rc, path);
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);

  // The first read of the file tells whether it is a database at all, before
  // any pragma tries to change it.
  Result<int> version = ReadSchemaVersion(raw);
  if (!version.ok()) {
    if (version.status().IsCorruption()) {
      return Status::Corruption(path, "not a SQLite database (" + version.status().message() + ")");
    }
    return WithContext(version.status(), path);
  }
  Status status = SetPragmas(raw);
  if (!status.ok()) return WithContext(status, path);
  Result<int> migrated = ApplyMigrations(raw, StoreMigrations());
  if (!migrated.ok()) return WithContext(migrated.status(), path);
  impl->schema_version = *migrated;
  status = impl->PrepareAll();
  if (!status.ok()) return WithContext(status, path);
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

// Closing the connection rolls back a transaction left open.
Store::~Store() = default;

int Store::schema_version() const { return impl_->schema_version; }

Status Store::Begin() { return impl_->RunCached(impl_->begin); }
Status Store::Commit() { return impl_->RunCached(impl_->commit); }
Status Store::Rollback() { return impl_->RunCached(impl_->rollback); }

Status Store::Put(const Article& article) {
  if (article.source.empty()) {
    return Status::InvalidArgument("store put", "article " + article.id + " has no source");
  }
  // The record's JSON form gives the array columns exactly as every other
  // surface shows them.
  const json record = ToJson(
      article, {.include_explain = true, .include_paragraphs = true, .include_internals = true});
  Statement& put = impl_->upsert;
  ScopedReset reset(put);
  auto bind = [&put](Column c, std::string_view value) { put.BindText(ParamIndex(c), value); };
  auto bind_optional = [&put](Column c, std::string_view value) {
    put.BindOptionalText(ParamIndex(c), value);
  };
  bind(Column::kSource, article.source);
  bind(Column::kId, article.id);
  bind_optional(Column::kUrl, article.url);
  bind_optional(Column::kDomain, article.domain);
  bind_optional(Column::kSite, article.site);
  bind_optional(Column::kTitle, article.title);
  bind_optional(Column::kDescription, article.description);
  bind(Column::kAuthors, DumpJson(record["authors"]));
  bind_optional(Column::kPublished, article.published);
  bind_optional(Column::kModified, article.modified);
  bind_optional(Column::kPublishedSource, article.published_source);
  bind_optional(Column::kLanguage, article.language);
  bind_optional(Column::kSection, article.section);
  bind(Column::kBody, record["body"].get_ref<const std::string&>());
  bind(Column::kParagraphs, DumpJson(record["paragraphs"]));
  bind(Column::kImageCaptions, DumpJson(record["image_captions"]));
  bind(Column::kImageCredits, DumpJson(record["image_credits"]));
  bind(Column::kInputFormat, ToString(article.input_format));
  bind_optional(Column::kCharset, article.charset);
  bind_optional(Column::kCharsetSource, article.charset_source);
  bind_optional(Column::kFetchedAt, article.fetched_at);
  bind(Column::kStatus, ToString(article.status));
  bind_optional(Column::kError, article.error);
  bind_optional(Column::kDuplicateOf, article.duplicate_of);
  bind_optional(Column::kBodyHash, article.body_hash);
  bind(Column::kExplain, DumpJson(record["explain"]));
  bind_optional(Column::kDupCluster, article.dup_cluster);
  auto candidates = record.find("candidate_paragraphs");
  bind(Column::kCandidateParagraphs,
       candidates == record.end() ? std::string("[]") : DumpJson(*candidates));
  put.BindInt64(ParamIndex(Column::kMojibakeRepairs),
                static_cast<int64_t>(article.mojibake_repairs));
  bind(Column::kPageType, ToString(article.page_type));
  Status status = put.Run();
  if (!status.ok()) return WithContext(status, article.source);
  return Status::OK();
}

Result<bool> Store::Contains(const std::string& source, const std::string& id) {
  Statement& contains = impl_->contains;
  ScopedReset reset(contains);
  contains.BindText(1, source);
  contains.BindText(2, id);
  return contains.Step();
}

Result<std::optional<std::string>> Store::FindByBodyHash(const std::string& body_hash) {
  Statement& find = impl_->find_by_body_hash;
  ScopedReset reset(find);
  find.BindText(1, body_hash);
  Result<bool> row = find.Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(find.ColumnText(0));
}

Result<std::optional<Article>> Store::Get(const std::string& id_or_url) {
  Statement& get = impl_->get;
  ScopedReset reset(get);
  get.BindText(1, id_or_url);
  Result<bool> row = get.Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<Article>();
  Result<Article> article = ReadArticle(get);
  if (!article.ok()) return article.status();
  return std::optional<Article>(std::move(article).value());
}

Result<std::vector<SearchHit>> Store::Impl::RunSearch(const std::string& match,
                                                      const SearchQuery& query) {
  ScopedReset reset(search);
  search.BindText(1, match);
  if (query.site.empty()) {
    search.BindNull(2);
    search.BindNull(3);
  } else {
    search.BindText(2, ToLowerAscii(query.site));
    search.BindText(3, SiteFilterDomain(query.site));
  }
  search.BindOptionalText(4, query.since);
  if (query.until.empty()) {
    search.BindNull(5);
  } else {
    search.BindText(5, InclusiveUpperBound(query.until));
  }
  // A limit of 0 (or less) means every hit.
  search.BindInt64(6, query.limit > 0 ? query.limit : kNoLimit);
  if (query.page_type) {
    search.BindText(7, ToString(*query.page_type));
  } else {
    search.BindNull(7);
  }
  std::vector<SearchHit> hits;
  while (true) {
    Result<bool> row = search.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    SearchHit hit;
    hit.id = search.ColumnText(0);
    hit.title = search.ColumnText(1);
    hit.url = search.ColumnText(2);
    hit.site = search.ColumnText(3);
    hit.published = search.ColumnText(4);
    hit.snippet = search.ColumnText(5);
    hit.score = -search.ColumnDouble(6);  // bm25 is lower-is-better
    hits.push_back(std::move(hit));
  }
  return hits;
}

Result<std::vector<SearchHit>> Store::Search(const SearchQuery& query) {
  const std::string quoted = QuoteFtsTokens(query.text);
  if (quoted.empty()) return Status::InvalidArgument("store search", "empty query");
  Result<std::vector<SearchHit>> hits = impl_->RunSearch(query.text, query);
  // SQLITE_ERROR is the query's fault (syntax, unknown column): plain words
  // typed with punctuation get a second chance as literal tokens.
  if (hits.ok() || impl_->search.last_error() != SQLITE_ERROR) return hits;
  const std::string first_error = hits.status().message();
  hits = impl_->RunSearch(quoted, query);
  if (hits.ok() || impl_->search.last_error() != SQLITE_ERROR) return hits;
  return Status::InvalidArgument(
      "store search", fmt::format("cannot parse query '{}': {}", query.text, first_error));
}

Status Store::ForEach(const ExportFilter& filter, const std::function<bool(const Article&)>& fn) {
  // A fresh statement, not a cached one: fn may call back into the Store.
  std::string sql = SelectDocumentsSql();
  if (filter.status) {
    sql += " WHERE status = ?1";
  } else {
    sql += " WHERE 1";
  }
  if (filter.page_type) sql += " AND page_type = ?2";
  if (filter.unique) {
    sql += " AND status = 'ok' AND (dup_cluster IS NULL OR dup_cluster = id)";
  }
  sql += " ORDER BY seq";
  Result<Statement> statement = Statement::Prepare(impl_->db.get(), sql, "store for each");
  if (!statement.ok()) return statement.status();
  if (filter.status) statement->BindText(1, ToString(*filter.status));
  if (filter.page_type) statement->BindText(2, ToString(*filter.page_type));
  while (true) {
    Result<bool> row = statement->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::OK();
    Result<Article> article = ReadArticle(*statement);
    if (!article.ok()) return article.status();
    if (!fn(*article)) return Status::OK();
  }
}

Result<StoreStats> Store::Stats() {
  sqlite3* db = impl_->db.get();
  StoreStats stats;
  stats.schema_version = impl_->schema_version;
  Result<int64_t> documents = CountQuery(db, "SELECT count(*) FROM documents", "store stats");
  if (!documents.ok()) return documents.status();
  stats.documents = *documents;
  Result<int64_t> chars =
      CountQuery(db, "SELECT coalesce(sum(length(body)), 0) FROM documents WHERE status = 'ok'",
                 "store stats body chars");
  if (!chars.ok()) return chars.status();
  stats.body_chars = *chars;
  // Unknown language or site groups under "".
  const std::tuple<const char*, const char*, std::map<std::string, int64_t>*> groups[] = {
      {"SELECT status, count(*) FROM documents GROUP BY 1", "store stats by status",
       &stats.by_status},
      {"SELECT input_format, count(*) FROM documents GROUP BY 1", "store stats by format",
       &stats.by_format},
      {"SELECT page_type, count(*) FROM documents WHERE status = 'ok' GROUP BY 1",
       "store stats by page type", &stats.by_page_type},
      {"SELECT coalesce(language, ''), count(*) FROM documents WHERE status = 'ok' GROUP BY 1",
       "store stats by language", &stats.by_language},
      {"SELECT coalesce(site, domain, ''), count(*) FROM documents WHERE status = 'ok'"
       " GROUP BY 1",
       "store stats by site", &stats.by_site},
  };
  for (const auto& [sql, operation, out] : groups) {
    Status status = GroupCounts(db, sql, operation, out);
    if (!status.ok()) return status;
  }
  return stats;
}

// --- Corpus dedup -------------------------------------------------------------

namespace {

// 64-bit hashes are stored as the signed integer with the same bits.
int64_t ToSql(uint64_t value) { return static_cast<int64_t>(value); }
uint64_t FromSql(int64_t value) { return static_cast<uint64_t>(value); }

constexpr const char* kDedupRowColumns =
    "seq, id, source, coalesce(nullif(site, ''), domain, ''), coalesce(published, ''), status,"
    " coalesce(duplicate_of, ''), coalesce(dup_cluster, ''), coalesce(body_hash, '')";
constexpr int kDedupBodyColumn = 9;

std::string DedupRowSql(bool with_body, std::string_view where) {
  return fmt::format("SELECT {}{} FROM documents {}", kDedupRowColumns, with_body ? ", body" : "",
                     where);
}

Result<DedupRow> ReadDedupRow(const Statement& row, bool with_body) {
  DedupRow out;
  out.seq = row.ColumnInt64(0);
  out.id = row.ColumnText(1);
  out.source = row.ColumnText(2);
  out.site_key = row.ColumnText(3);
  out.published = row.ColumnText(4);
  std::string_view status = row.ColumnView(5);
  if (!ParseRecordStatus(status, &out.status)) {
    return Status::Corruption(fmt::format("store: documents row {}", out.seq),
                              fmt::format("unknown status '{}'", status));
  }
  out.duplicate_of = row.ColumnText(6);
  out.dup_cluster = row.ColumnText(7);
  out.body_hash = row.ColumnText(8);
  if (with_body) out.body = row.ColumnText(kDedupBodyColumn);
  return out;
}

// The first row of a bound dedup-row query, or nothing when it has none.
Result<std::optional<DedupRow>> FirstDedupRow(Statement& q, bool with_body) {
  Result<bool> row = q.Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<DedupRow>();
  Result<DedupRow> out = ReadDedupRow(q, with_body);
  if (!out.ok()) return out.status();
  return std::optional<DedupRow>(std::move(out).value());
}

// The first column of a bound count query's first row; 0 when it has none.
Result<int64_t> FirstCountOrZero(Statement& q) {
  Result<bool> row = q.Step();
  if (!row.ok()) return row.status();
  return *row ? q.ColumnInt64(0) : 0;
}

}  // namespace

Result<std::optional<int64_t>> Store::SeqOf(const std::string& source) {
  Result<Statement*> st =
      impl_->Cached("SELECT seq FROM documents WHERE source = ?1", "store seq of");
  if (!st.ok()) return st.status();
  Statement& q = **st;
  ScopedReset reset(q);
  q.BindText(1, source);
  Result<bool> row = q.Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<int64_t>();
  return std::optional<int64_t>(q.ColumnInt64(0));
}

Result<std::optional<DedupRow>> Store::GetDedupRow(int64_t seq, bool with_body) {
  Result<Statement*> st =
      impl_->Cached(DedupRowSql(with_body, "WHERE seq = ?1"), "store dedup row");
  if (!st.ok()) return st.status();
  ScopedReset reset(**st);
  (*st)->BindInt64(1, seq);
  return FirstDedupRow(**st, with_body);
}

Result<std::optional<DedupRow>> Store::GetDedupRowById(const std::string& id, bool with_body) {
  Result<Statement*> st = impl_->Cached(
      DedupRowSql(with_body, "WHERE id = ?1 ORDER BY seq LIMIT 1"), "store dedup row by id");
  if (!st.ok()) return st.status();
  ScopedReset reset(**st);
  (*st)->BindText(1, id);
  return FirstDedupRow(**st, with_body);
}

Status Store::ForEachDedupRow(bool with_body, const std::function<bool(const DedupRow&)>& fn,
                              int64_t first_seq) {
  Result<Statement> q = Statement::Prepare(
      impl_->db.get(), DedupRowSql(with_body, "WHERE seq >= ?1 ORDER BY seq"), "store dedup rows");
  if (!q.ok()) return q.status();
  q->BindInt64(1, first_seq);
  while (true) {
    Result<bool> row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::OK();
    Result<DedupRow> out = ReadDedupRow(*q, with_body);
    if (!out.ok()) return out.status();
    if (!fn(*out)) return Status::OK();
  }
}

Status Store::PutBandKeys(int64_t seq, const std::vector<uint64_t>& keys) {
  Result<Statement*> del = impl_->Cached("DELETE FROM band_keys WHERE seq = ?1", "store band keys");
  if (!del.ok()) return del.status();
  {
    ScopedReset reset(**del);
    (*del)->BindInt64(1, seq);
    Status status = (*del)->Run();
    if (!status.ok()) return status;
  }
  Result<Statement*> ins =
      impl_->Cached("INSERT OR IGNORE INTO band_keys(key, seq) VALUES (?1, ?2)", "store band keys");
  if (!ins.ok()) return ins.status();
  for (uint64_t key : keys) {
    ScopedReset reset(**ins);
    (*ins)->BindInt64(1, ToSql(key));
    (*ins)->BindInt64(2, seq);
    Status status = (*ins)->Run();
    if (!status.ok()) return status;
  }
  return Status::OK();
}

Result<std::vector<int64_t>> Store::FindByBandKeys(const std::vector<uint64_t>& keys) {
  Result<Statement*> st =
      impl_->Cached("SELECT seq FROM band_keys WHERE key = ?1", "store find by band key");
  if (!st.ok()) return st.status();
  Statement& q = **st;
  std::vector<int64_t> seqs;
  for (uint64_t key : keys) {
    ScopedReset reset(q);
    q.BindInt64(1, ToSql(key));
    while (true) {
      Result<bool> row = q.Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      seqs.push_back(q.ColumnInt64(0));
    }
  }
  std::sort(seqs.begin(), seqs.end());
  seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
  return seqs;
}

Status Store::ForEachBandKey(const std::function<void(uint64_t key, int64_t seq)>& fn) {
  Result<Statement> q =
      Statement::Prepare(impl_->db.get(), "SELECT key, seq FROM band_keys", "store band keys");
  if (!q.ok()) return q.status();
  while (true) {
    Result<bool> row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::OK();
    fn(FromSql(q->ColumnInt64(0)), q->ColumnInt64(1));
  }
}

Status Store::ClearBandKeys() {
  return ExecSql(impl_->db.get(), "DELETE FROM band_keys", "store clear band keys");
}

Status Store::SetDupCluster(int64_t seq, const std::string& dup_cluster) {
  Result<Statement*> st =
      impl_->Cached("UPDATE documents SET dup_cluster = ?2 WHERE seq = ?1", "store set cluster");
  if (!st.ok()) return st.status();
  ScopedReset reset(**st);
  (*st)->BindInt64(1, seq);
  (*st)->BindOptionalText(2, dup_cluster);
  return (*st)->Run();
}

Status Store::SetStatus(int64_t seq, RecordStatus status, const std::string& duplicate_of) {
  Result<Statement*> st = impl_->Cached(
      "UPDATE documents SET status = ?2, duplicate_of = ?3 WHERE seq = ?1", "store set status");
  if (!st.ok()) return st.status();
  ScopedReset reset(**st);
  (*st)->BindInt64(1, seq);
  (*st)->BindText(2, ToString(status));
  (*st)->BindOptionalText(3, duplicate_of);
  return (*st)->Run();
}

Status Store::RepointCluster(const std::string& from, const std::string& to) {
  Result<Statement*> st = impl_->Cached(
      "UPDATE documents SET dup_cluster = ?2 WHERE dup_cluster = ?1", "store repoint cluster");
  if (!st.ok()) return st.status();
  ScopedReset reset(**st);
  (*st)->BindText(1, from);
  (*st)->BindText(2, to);
  return (*st)->Run();
}

Result<std::string> Store::DupClusterOf(const std::string& id) {
  Result<std::optional<DedupRow>> row = GetDedupRowById(id, /*with_body=*/false);
  if (!row.ok()) return row.status();
  return *row ? (*row)->dup_cluster : std::string();
}

Result<std::optional<std::string>> Store::GetMeta(const std::string& key) {
  Result<Statement*> st = impl_->Cached("SELECT value FROM meta WHERE key = ?1", "store meta");
  if (!st.ok()) return st.status();
  ScopedReset reset(**st);
  (*st)->BindText(1, key);
  Result<bool> row = (*st)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>((*st)->ColumnText(0));
}

Status Store::SetMeta(const std::string& key, const std::string& value) {
  Result<Statement*> st = impl_->Cached(
      "INSERT INTO meta(key, value) VALUES (?1, ?2)"
      " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      "store set meta");
  if (!st.ok()) return st.status();
  ScopedReset reset(**st);
  (*st)->BindText(1, key);
  (*st)->BindText(2, value);
  return (*st)->Run();
}

Status Store::AddSitePage(const std::string& site,
                          const std::vector<std::pair<uint64_t, std::string>>& blocks) {
  Result<Statement*> page = impl_->Cached(
      "INSERT INTO site_pages(site, pages) VALUES (?1, 1)"
      " ON CONFLICT(site) DO UPDATE SET pages = pages + 1",
      "store add site page");
  if (!page.ok()) return page.status();
  {
    ScopedReset reset(**page);
    (*page)->BindText(1, site);
    Status status = (*page)->Run();
    if (!status.ok()) return status;
  }
  Result<Statement*> block = impl_->Cached(
      "INSERT INTO site_blocks(site, hash, pages, sample) VALUES (?1, ?2, 1, ?3)"
      " ON CONFLICT(site, hash) DO UPDATE SET pages = pages + 1",
      "store add site block");
  if (!block.ok()) return block.status();
  for (const auto& [hash, sample] : blocks) {
    ScopedReset reset(**block);
    (*block)->BindText(1, site);
    (*block)->BindInt64(2, ToSql(hash));
    (*block)->BindText(3, sample);
    Status status = (*block)->Run();
    if (!status.ok()) return status;
  }
  return Status::OK();
}

Status Store::ClearSiteCounts() {
  return ExecSql(impl_->db.get(), "DELETE FROM site_pages; DELETE FROM site_blocks;",
                 "store clear site counts");
}

Result<int64_t> Store::SitePages(const std::string& site) {
  Result<Statement*> st =
      impl_->Cached("SELECT pages FROM site_pages WHERE site = ?1", "store site pages");
  if (!st.ok()) return st.status();
  ScopedReset reset(**st);
  (*st)->BindText(1, site);
  return FirstCountOrZero(**st);
}

Result<int64_t> Store::SiteBlockPages(const std::string& site, uint64_t hash) {
  Result<Statement*> st = impl_->Cached(
      "SELECT pages FROM site_blocks WHERE site = ?1 AND hash = ?2", "store site block pages");
  if (!st.ok()) return st.status();
  ScopedReset reset(**st);
  (*st)->BindText(1, site);
  (*st)->BindInt64(2, ToSql(hash));
  return FirstCountOrZero(**st);
}

Status Store::ForEachSiteBlock(
    const std::string& site,
    const std::function<void(uint64_t hash, int64_t pages, const std::string& sample)>& fn) {
  Result<Statement> q = Statement::Prepare(
      impl_->db.get(), "SELECT hash, pages, coalesce(sample, '') FROM site_blocks WHERE site = ?1",
      "store site blocks");
  if (!q.ok()) return q.status();
  q->BindText(1, site);
  while (true) {
    Result<bool> row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::OK();
    fn(FromSql(q->ColumnInt64(0)), q->ColumnInt64(1), q->ColumnText(2));
  }
}

Result<std::vector<std::string>> Store::Sites() {
  Result<Statement> q = Statement::Prepare(
      impl_->db.get(), "SELECT site FROM site_pages ORDER BY site", "store sites");
  if (!q.ok()) return q.status();
  std::vector<std::string> sites;
  while (true) {
    Result<bool> row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return sites;
    sites.push_back(q->ColumnText(0));
  }
}

Status Store::ForEachCluster(int min_size,
                             const std::function<bool(const std::string& representative,
                                                      const std::vector<ClusterMember>&)>& fn) {
  // Members of clusters of min_size or more, grouped by cluster, the
  // representative first, clusters in the order of their representative.
  Result<Statement> q = Statement::Prepare(
      impl_->db.get(),
      "WITH sizes AS (SELECT dup_cluster, count(*) AS n FROM documents"
      "   WHERE dup_cluster IS NOT NULL AND status IN ('ok', 'duplicate') GROUP BY 1"
      "   HAVING n >= ?1),"
      " reps AS (SELECT s.dup_cluster, min(d.seq) AS rep_seq FROM sizes s"
      "   JOIN documents d ON d.id = s.dup_cluster GROUP BY 1)"
      " SELECT d.dup_cluster, d.id, coalesce(d.title, ''), coalesce(d.url, ''),"
      "   coalesce(d.published, ''), d.status"
      " FROM documents d JOIN reps r ON r.dup_cluster = d.dup_cluster"
      " WHERE d.status IN ('ok', 'duplicate')"
      " ORDER BY r.rep_seq, d.id <> d.dup_cluster, d.seq",
      "store clusters");
  if (!q.ok()) return q.status();
  q->BindInt64(1, std::max(1, min_size));
  std::string current;
  std::vector<ClusterMember> members;
  while (true) {
    Result<bool> row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    std::string cluster = q->ColumnText(0);
    if (cluster != current && !members.empty()) {
      if (!fn(current, members)) return Status::OK();
      members.clear();
    }
    current = std::move(cluster);
    members.push_back(
        {q->ColumnText(1), q->ColumnText(2), q->ColumnText(3), q->ColumnText(4), q->ColumnText(5)});
  }
  if (!members.empty()) fn(current, members);
  return Status::OK();
}

}  // namespace newsift
