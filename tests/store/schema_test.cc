#include "store/schema.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>
#include <string>
#include <vector>

namespace newsift {
namespace {

using ::testing::HasSubstr;

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
    db_.reset(raw);
  }

  int64_t QueryInt(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_.get(), sql, -1, &stmt, nullptr), SQLITE_OK) << sql;
    int64_t value = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW) value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
  }

  std::vector<Migration> RealPlus(std::vector<Migration> extra) {
    std::vector<Migration> all(StoreMigrations().begin(), StoreMigrations().end());
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
  }

  // Applies the first `version` migrations, writes a row as that version
  // would, then upgrades to the latest.
  void UpgradeWithARowWrittenAt(int version) {
    const std::vector<Migration> first(StoreMigrations().begin(),
                                       StoreMigrations().begin() + version);
    ASSERT_TRUE(ApplyMigrations(db_.get(), first).ok());
    ASSERT_EQ(sqlite3_exec(db_.get(),
                           "INSERT INTO documents(source, id, input_format, status, ingested_at)"
                           " VALUES ('a.html', '0123456789abcdef', 'html', 'ok', 'now')",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    ASSERT_TRUE(ApplyMigrations(db_.get(), StoreMigrations()).ok());
  }

  std::unique_ptr<sqlite3, DbCloser> db_;
};

TEST_F(SchemaTest, FreshDatabaseReachesLatestVersionAndRecordsIt) {
  Result<int> version = ApplyMigrations(db_.get(), StoreMigrations());
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  EXPECT_EQ(*version, LatestSchemaVersion());
  EXPECT_EQ(QueryInt("PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(QueryInt("SELECT count(*) FROM schema_migrations"), LatestSchemaVersion());
  EXPECT_EQ(QueryInt("SELECT count(*) FROM schema_migrations WHERE applied_at LIKE '20%T%Z'"),
            LatestSchemaVersion());
  EXPECT_EQ(QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'documents_fts'"), 1);
}

TEST_F(SchemaTest, ApplyingTwiceChangesNothing) {
  ASSERT_TRUE(ApplyMigrations(db_.get(), StoreMigrations()).ok());
  Result<int> again = ApplyMigrations(db_.get(), StoreMigrations());
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*again, LatestSchemaVersion());
  EXPECT_EQ(QueryInt("SELECT count(*) FROM schema_migrations"), LatestSchemaVersion());
}

TEST_F(SchemaTest, LaterMigrationAppliesOnTopOfAnExistingDatabase) {
  ASSERT_TRUE(ApplyMigrations(db_.get(), StoreMigrations()).ok());
  const int next = LatestSchemaVersion() + 1;
  auto upgraded = RealPlus({{next, "test table", "CREATE TABLE test_extra(x INTEGER);"}});
  Result<int> version = ApplyMigrations(db_.get(), upgraded);
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  EXPECT_EQ(*version, next);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'test_extra'"), 1);
  EXPECT_EQ(QueryInt("SELECT max(version) FROM schema_migrations"), next);

  // The code that knows only the older list must refuse the upgraded file.
  Result<int> old = ApplyMigrations(db_.get(), StoreMigrations());
  ASSERT_FALSE(old.ok());
  EXPECT_EQ(old.status().code(), Status::Code::kUnsupported);
  EXPECT_THAT(old.status().message(), HasSubstr("database schema version " + std::to_string(next) +
                                                " is newer than this newsift (" +
                                                std::to_string(LatestSchemaVersion()) + ")"));
}

TEST_F(SchemaTest, RowsWrittenBeforeMigrationThreeCountNoRepairs) {
  UpgradeWithARowWrittenAt(2);
  EXPECT_EQ(QueryInt("SELECT mojibake_repairs FROM documents WHERE source = 'a.html'"), 0);
}

TEST_F(SchemaTest, RowsWrittenBeforeMigrationFourAreArticles) {
  UpgradeWithARowWrittenAt(3);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM documents WHERE page_type = 'article'"), 1);
}

TEST_F(SchemaTest, FailingMigrationLeavesThePreviousVersion) {
  const int next = LatestSchemaVersion() + 1;
  auto broken = RealPlus(
      {{next, "broken", "CREATE TABLE half_done(x); SELECT no_such_column FROM documents;"}});
  Result<int> version = ApplyMigrations(db_.get(), broken);
  ASSERT_FALSE(version.ok());
  EXPECT_THAT(version.status().message(), HasSubstr("migration " + std::to_string(next)));
  EXPECT_THAT(version.status().message(), HasSubstr("no_such_column"));
  EXPECT_EQ(QueryInt("PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), 0);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM schema_migrations"), LatestSchemaVersion());
}

TEST_F(SchemaTest, OutOfOrderListIsRefused) {
  const std::vector<Migration> gap = {{2, "two", "CREATE TABLE t(x);"}};
  EXPECT_FALSE(ApplyMigrations(db_.get(), gap).ok());
  EXPECT_EQ(QueryInt("PRAGMA user_version"), 0);
}

}  // namespace
}  // namespace newsift
