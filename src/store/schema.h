// Schema of the store and the migrations that build and upgrade it.
//
// The schema version lives in PRAGMA user_version; the table
// schema_migrations lists every applied migration with its time. Migrations
// are one ordered list (schema.cc), versions 1, 2, 3... without gaps; each is
// applied in its own IMMEDIATE transaction together with its bookkeeping, so a
// crash leaves the database at the previous version, never half way. Later
// features (near-duplicate clusters, site boilerplate, LSH bands) add a new
// entry at the end; an applied migration is never edited.
#ifndef NEWSIFT_STORE_SCHEMA_H_
#define NEWSIFT_STORE_SCHEMA_H_

#include <sqlite3.h>

#include <span>
#include <string_view>

#include "newsift/status.h"

namespace newsift {

struct Migration {
  int version = 0;
  std::string_view description;
  std::string_view sql;  // one or more statements
};

// The store's migrations, in order.
std::span<const Migration> StoreMigrations();

// The version the store's migrations reach.
int LatestSchemaVersion();

// PRAGMA user_version of db. Fails (Corruption) on a file that is not a
// SQLite database.
Result<int> ReadSchemaVersion(sqlite3* db);

// Applies the migrations of the list that db has not had yet and returns the
// resulting version. Safe to call again (nothing to do) and against a
// concurrent opener (the version is re-read inside the write lock). A db whose
// version is newer than the list's last one is refused (Unsupported), as is a
// list out of order.
Result<int> ApplyMigrations(sqlite3* db, std::span<const Migration> migrations);

}  // namespace newsift

#endif  // NEWSIFT_STORE_SCHEMA_H_
