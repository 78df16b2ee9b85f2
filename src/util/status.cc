#include "newsift/status.h"

namespace newsift {

Status::Status(Code code, std::string_view where, std::string_view why) : code_(code) {
  message_.assign(where);
  if (!why.empty()) {
    if (!message_.empty()) message_ += ": ";
    message_ += why;
  }
}

const char* Status::CodeName(Code code) {
  switch (code) {
    case Code::kOk: return "OK";
    case Code::kNotFound: return "Not found";
    case Code::kCorruption: return "Corruption";
    case Code::kInvalidArgument: return "Invalid argument";
    case Code::kIOError: return "IO error";
    case Code::kUnsupported: return "Unsupported";
    case Code::kTooLarge: return "Too large";
    case Code::kInternal: return "Internal";
  }
  return "Unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out = CodeName(code_);
  if (!message_.empty()) {
    out += ": ";
    out += message_;
  }
  return out;
}

}  // namespace newsift
