// Statement: a small RAII wrapper over a prepared SQLite statement, and the
// one place where SQLite result codes become Status values.
//
// Every failure is reported as a Status naming the operation (given when the
// statement is prepared) and sqlite3_errmsg. Text is bound as a copy
// (SQLITE_TRANSIENT), so a caller may bind temporaries safely. A statement
// that is kept for reuse must be reset after use (ScopedReset), so it holds no
// read snapshot and no bound values between calls.
//
// Not thread-safe, like the connection it belongs to.
#ifndef NEWSIFT_STORE_STATEMENT_H_
#define NEWSIFT_STORE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "newsift/status.h"

namespace newsift {

// A Status for SQLite result code rc on db: the code class decides the Status
// code (corrupt/not-a-database -> Corruption, I/O and locking -> IOError, ...),
// the message is "operation: errmsg". db may be null (then sqlite3_errstr).
Status SqliteStatus(sqlite3* db, int rc, std::string_view operation);

// Runs one or more SQL statements that return no rows of interest.
Status ExecSql(sqlite3* db, const char* sql, std::string_view operation);

// The same Status with context put before its message ("context: message").
Status WithContext(const Status& status, std::string_view context);

class Statement {
 public:
  Statement() = default;
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Compiles one SQL statement. operation names it in error messages.
  static Result<Statement> Prepare(sqlite3* db, std::string_view sql, std::string operation);

  // Parameters are 1-based. A bind failure is reported by the next Step/Run.
  void BindText(int index, std::string_view text);
  // Binds NULL for empty text: absent values are NULL in the database.
  void BindOptionalText(int index, std::string_view text);
  void BindInt64(int index, int64_t value);
  void BindNull(int index);

  // Advances: true when a row is available, false when the statement is done.
  Result<bool> Step();
  // Steps until done, ignoring rows.
  Status Run();
  // Back to the start, bindings cleared.
  void Reset();

  // Column accessors for the current row (0-based). NULL reads as "" / 0.
  std::string_view ColumnView(int index) const;
  std::string ColumnText(int index) const { return std::string(ColumnView(index)); }
  int64_t ColumnInt64(int index) const;
  double ColumnDouble(int index) const;
  bool ColumnIsNull(int index) const;

  // Primary result code of the last failed Step (SQLITE_OK if none): lets a
  // caller tell a query it can rephrase (SQLITE_ERROR) from an I/O failure.
  int last_error() const { return last_error_; }
  const std::string& operation() const { return operation_; }

 private:
  Statement(sqlite3* db, sqlite3_stmt* stmt, std::string operation);
  void NoteBind(int rc);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::string operation_;
  int bind_error_ = SQLITE_OK;
  int last_error_ = SQLITE_OK;
};

// Resets a statement kept for reuse when the scope ends, whatever the path out.
class ScopedReset {
 public:
  explicit ScopedReset(Statement& statement) : statement_(statement) {}
  ~ScopedReset() { statement_.Reset(); }
  ScopedReset(const ScopedReset&) = delete;
  ScopedReset& operator=(const ScopedReset&) = delete;

 private:
  Statement& statement_;
};

}  // namespace newsift

#endif  // NEWSIFT_STORE_STATEMENT_H_
