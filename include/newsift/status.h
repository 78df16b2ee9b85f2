// Status and Result<T>: how expected failures of input travel through newsift.
//
// A bad page, a truncated archive or an unreadable file is not exceptional: it
// is reported as a value with a message naming the file/record and what was
// wrong, and the run goes on. Exceptions are reserved for programmer errors.
#ifndef NEWSIFT_STATUS_H_
#define NEWSIFT_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace newsift {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,
    kCorruption,       // input is damaged: truncated gzip, bad WARC header...
    kInvalidArgument,  // caller passed something unusable
    kIOError,          // the OS refused: missing file, permission...
    kUnsupported,      // input of a kind we do not handle (binary, ...)
    kTooLarge,         // input exceeds a configured limit
    kInternal,
  };

  Status() = default;  // OK
  static Status OK() { return Status(); }
  static Status NotFound(std::string_view where, std::string_view why = {}) {
    return Status(Code::kNotFound, where, why);
  }
  static Status Corruption(std::string_view where, std::string_view why = {}) {
    return Status(Code::kCorruption, where, why);
  }
  static Status InvalidArgument(std::string_view where, std::string_view why = {}) {
    return Status(Code::kInvalidArgument, where, why);
  }
  static Status IOError(std::string_view where, std::string_view why = {}) {
    return Status(Code::kIOError, where, why);
  }
  static Status Unsupported(std::string_view where, std::string_view why = {}) {
    return Status(Code::kUnsupported, where, why);
  }
  static Status TooLarge(std::string_view where, std::string_view why = {}) {
    return Status(Code::kTooLarge, where, why);
  }
  static Status Internal(std::string_view where, std::string_view why = {}) {
    return Status(Code::kInternal, where, why);
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsCorruption() const { return code_ == Code::kCorruption; }
  // "where: why", without the code name; empty when OK.
  const std::string& message() const { return message_; }
  // "Corruption: where: why", or "OK".
  std::string ToString() const;
  static const char* CodeName(Code code);

 private:
  Status(Code code, std::string_view where, std::string_view why);
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a non-OK Status. Constructing from an OK status is a
// programmer error.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "Result built from an OK status");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace newsift

#endif  // NEWSIFT_STATUS_H_
