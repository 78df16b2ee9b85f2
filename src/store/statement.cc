#include "store/statement.h"

#include <utility>

namespace newsift {

Status SqliteStatus(sqlite3* db, int rc, std::string_view operation) {
  // With a connection, errmsg carries the detail ("no such column: x");
  // without one (open failed early) the generic text for the code will do.
  const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {  // the primary code: extended codes refine it
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(operation, message);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOLFS:
      return Status::IOError(operation, message);
    case SQLITE_TOOBIG:
      return Status::TooLarge(operation, message);
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      return Status::InvalidArgument(operation, message);
    default:
      return Status::Internal(operation, message);
  }
}

Status ExecSql(sqlite3* db, const char* sql, std::string_view operation) {
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, operation);
  return Status::OK();
}

Status WithContext(const Status& status, std::string_view context) {
  if (status.ok()) return status;
  const std::string& why = status.message();
  switch (status.code()) {
    case Status::Code::kOk:
      return status;
    case Status::Code::kNotFound:
      return Status::NotFound(context, why);
    case Status::Code::kCorruption:
      return Status::Corruption(context, why);
    case Status::Code::kInvalidArgument:
      return Status::InvalidArgument(context, why);
    case Status::Code::kIOError:
      return Status::IOError(context, why);
    case Status::Code::kUnsupported:
      return Status::Unsupported(context, why);
    case Status::Code::kTooLarge:
      return Status::TooLarge(context, why);
    case Status::Code::kInternal:
      return Status::Internal(context, why);
  }
  return Status::Internal(context, why);
}

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, std::string operation)
    : db_(db), stmt_(stmt), operation_(std::move(operation)) {}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      stmt_(std::exchange(other.stmt_, nullptr)),
      operation_(std::move(other.operation_)),
      bind_error_(std::exchange(other.bind_error_, SQLITE_OK)),
      last_error_(std::exchange(other.last_error_, SQLITE_OK)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = std::exchange(other.db_, nullptr);
    stmt_ = std::exchange(other.stmt_, nullptr);
    operation_ = std::move(other.operation_);
    bind_error_ = std::exchange(other.bind_error_, SQLITE_OK);
    last_error_ = std::exchange(other.last_error_, SQLITE_OK);
  }
  return *this;
}

Result<Statement> Statement::Prepare(sqlite3* db, std::string_view sql, std::string operation) {
  sqlite3_stmt* stmt = nullptr;
  // PERSISTENT: these statements are kept for the life of the Store.
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    Status status = SqliteStatus(db, rc, "prepare " + operation);
    sqlite3_finalize(stmt);
    return status;
  }
  return Statement(db, stmt, std::move(operation));
}

void Statement::NoteBind(int rc) {
  if (rc != SQLITE_OK && bind_error_ == SQLITE_OK) bind_error_ = rc;
}

void Statement::BindText(int index, std::string_view text) {
  NoteBind(
      sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

void Statement::BindOptionalText(int index, std::string_view text) {
  if (text.empty()) {
    BindNull(index);
  } else {
    BindText(index, text);
  }
}

void Statement::BindInt64(int index, int64_t value) {
  NoteBind(sqlite3_bind_int64(stmt_, index, value));
}

void Statement::BindNull(int index) { NoteBind(sqlite3_bind_null(stmt_, index)); }

Result<bool> Statement::Step() {
  last_error_ = SQLITE_OK;
  if (bind_error_ != SQLITE_OK) {
    last_error_ = bind_error_;
    return SqliteStatus(nullptr, bind_error_, "bind " + operation_);
  }
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  last_error_ = rc & 0xff;
  return SqliteStatus(db_, rc, operation_);
}

Status Statement::Run() {
  while (true) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::OK();
  }
}

void Statement::Reset() {
  // The result of reset repeats the last step's error, already reported.
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = SQLITE_OK;
}

std::string_view Statement::ColumnView(int index) const {
  const unsigned char* text = sqlite3_column_text(stmt_, index);
  if (text == nullptr) return {};
  int size = sqlite3_column_bytes(stmt_, index);
  return {reinterpret_cast<const char*>(text), static_cast<size_t>(size)};
}

int64_t Statement::ColumnInt64(int index) const { return sqlite3_column_int64(stmt_, index); }

double Statement::ColumnDouble(int index) const { return sqlite3_column_double(stmt_, index); }

bool Statement::ColumnIsNull(int index) const {
  return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

}  // namespace newsift
