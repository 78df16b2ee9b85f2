#include "store/schema.h"

#include <fmt/format.h>

#include <array>
#include <string>

#include "store/statement.h"

namespace newsift {
namespace {

// Version 1: one row per input document whatever its fate, and a full-text
// index over the ok ones. The index is external-content over a view of the ok
// rows, so snippet() reads the stored text, nothing is stored twice, and the
// FTS 'integrity-check' (with rank 1) compares the index with exactly the rows
// that should be searchable. Triggers keep it in step with every insert,
// update and delete, whoever makes them.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,           -- ingest order; the rowid of documents_fts
  source TEXT NOT NULL UNIQUE,
  id TEXT NOT NULL,
  url TEXT,
  domain TEXT,
  site TEXT,
  title TEXT,
  description TEXT,
  authors TEXT NOT NULL DEFAULT '[]',         -- JSON array of strings
  published TEXT,                             -- ISO 8601
  modified TEXT,
  published_source TEXT,
  language TEXT,
  section TEXT,
  body TEXT NOT NULL DEFAULT '',
  paragraphs TEXT NOT NULL DEFAULT '[]',      -- JSON [{text, kind, level}]
  image_captions TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
  image_credits TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
  input_format TEXT NOT NULL,
  charset TEXT,
  charset_source TEXT,
  fetched_at TEXT,
  status TEXT NOT NULL,                       -- ok, empty, duplicate, error
  error TEXT,
  duplicate_of TEXT,
  body_hash TEXT,
  explain TEXT NOT NULL DEFAULT '[]',         -- JSON [{text, label, reason}]
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_id ON documents(id);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_status ON documents(status);
CREATE INDEX documents_body_hash ON documents(body_hash);

CREATE VIEW searchable_documents AS
  SELECT seq, title, body FROM documents WHERE status = 'ok';

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, body,
  content = 'searchable_documents', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents
WHEN new.status = 'ok' BEGIN
  INSERT INTO documents_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents
WHEN old.status = 'ok' BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, body)
    VALUES ('delete', old.seq, old.title, old.body);
END;

-- One trigger, so the old entry is always removed before the new one is added.
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, body, status ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, body)
    SELECT 'delete', old.seq, old.title, old.body WHERE old.status = 'ok';
  INSERT INTO documents_fts(rowid, title, body)
    SELECT new.seq, new.title, new.body WHERE new.status = 'ok';
END;
)sql";

// Version 2: corpus dedup. dup_cluster is the id of the representative of the
// record's near-duplicate cluster; candidate_paragraphs the body before site
// boilerplate removal (JSON like paragraphs, '[]' when nothing was removed).
// band_keys is the persisted LSH index (one row per band of each ok article;
// the band number is mixed into the key); meta records the parameters it was
// built with. site_pages/site_blocks count, per site, the extraction-ok pages
// and the pages containing each normalised block.
constexpr std::string_view kSchemaV2 = R"sql(
ALTER TABLE documents ADD COLUMN dup_cluster TEXT;
ALTER TABLE documents ADD COLUMN candidate_paragraphs TEXT NOT NULL DEFAULT '[]';
CREATE INDEX documents_dup_cluster ON documents(dup_cluster);

CREATE TABLE band_keys (
  key INTEGER NOT NULL,  -- 64-bit band key, stored as its signed bit pattern
  seq INTEGER NOT NULL,  -- documents.seq
  PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE INDEX band_keys_seq ON band_keys(seq);

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE site_pages (
  site TEXT PRIMARY KEY,
  pages INTEGER NOT NULL
);

CREATE TABLE site_blocks (
  site TEXT NOT NULL,
  hash INTEGER NOT NULL,  -- SiteBlockHash, signed bit pattern
  pages INTEGER NOT NULL,
  sample TEXT,            -- the block's text as first seen
  PRIMARY KEY (site, hash)
) WITHOUT ROWID;
)sql";

// Version 3: mojibake_repairs counts the double-encoded characters Decode
// restored in the record's text (0 for rows written before).
constexpr std::string_view kSchemaV3 = R"sql(
ALTER TABLE documents ADD COLUMN mojibake_repairs INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 4: page_type says whether the row is an article or a page listing
// others (rows written before were not classified: 'article').
constexpr std::string_view kSchemaV4 = R"sql(
ALTER TABLE documents ADD COLUMN page_type TEXT NOT NULL DEFAULT 'article';
CREATE INDEX documents_page_type ON documents(page_type);
)sql";

constexpr std::array<Migration, 4> kMigrations{{
    {1, "documents table and full-text index", kSchemaV1},
    {2, "near-duplicate clusters, LSH band index, site boilerplate counts", kSchemaV2},
    {3, "count of restored double-encoded characters", kSchemaV3},
    {4, "page type: article or listing", kSchemaV4},
}};

// Created by the migration runner itself (in each migration's transaction),
// so every migration, the first included, is recorded the same way.
constexpr const char* kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " description TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)";

constexpr std::string_view kRecordMigration =
    "INSERT INTO schema_migrations(version, description, applied_at)"
    " VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";

Status CheckOrder(std::span<const Migration> migrations) {
  int expected = 1;
  for (const Migration& m : migrations) {
    if (m.version != expected) {
      return Status::Internal("store migrations",
                              fmt::format("expected version {}, found {}", expected, m.version));
    }
    ++expected;
  }
  return Status::OK();
}

// Applies m in the open transaction, unless another connection got there first.
Status ApplyOne(sqlite3* db, const Migration& m) {
  Result<int> current = ReadSchemaVersion(db);
  if (!current.ok()) return current.status();
  if (*current >= m.version) return Status::OK();
  Status status = ExecSql(db, kCreateMigrationsTable, "create schema_migrations");
  if (!status.ok()) return status;
  std::string sql(m.sql);
  status = ExecSql(db, sql.c_str(), "apply");
  if (!status.ok()) return status;
  Result<Statement> record = Statement::Prepare(db, kRecordMigration, "record migration");
  if (!record.ok()) return record.status();
  record->BindInt64(1, m.version);
  record->BindText(2, m.description);
  status = record->Run();
  if (!status.ok()) return status;
  // A pragma takes no parameters; the version is our own integer.
  std::string set_version = fmt::format("PRAGMA user_version = {}", m.version);
  return ExecSql(db, set_version.c_str(), "set user_version");
}

}  // namespace

std::span<const Migration> StoreMigrations() { return kMigrations; }

int LatestSchemaVersion() { return kMigrations.back().version; }

Result<int> ReadSchemaVersion(sqlite3* db) {
  Result<Statement> pragma = Statement::Prepare(db, "PRAGMA user_version", "read user_version");
  if (!pragma.ok()) return pragma.status();
  Result<bool> row = pragma->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("read user_version", "no row");
  return static_cast<int>(pragma->ColumnInt64(0));
}

Result<int> ApplyMigrations(sqlite3* db, std::span<const Migration> migrations) {
  Status status = CheckOrder(migrations);
  if (!status.ok()) return status;
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  Result<int> version = ReadSchemaVersion(db);
  if (!version.ok()) return version.status();
  if (*version > latest) {
    return Status::Unsupported(
        "", fmt::format("database schema version {} is newer than this newsift ({})", *version,
                        latest));
  }
  for (const Migration& m : migrations) {
    if (m.version <= *version) continue;
    std::string context = fmt::format("store migration {} ({})", m.version, m.description);
    status = ExecSql(db, "BEGIN IMMEDIATE", "begin");
    if (!status.ok()) return WithContext(status, context);
    status = ApplyOne(db, m);
    if (status.ok()) status = ExecSql(db, "COMMIT", "commit");
    if (!status.ok()) {
      ExecSql(db, "ROLLBACK", "rollback");  // the first error is the one to report
      return WithContext(status, context);
    }
  }
  return ReadSchemaVersion(db);
}

}  // namespace newsift
