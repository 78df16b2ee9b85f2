// Output helpers shared by the subcommands: record rendering (json, text,
// markdown, explain table), CSV quoting, terminal detection, opening the
// database with CLI-grade messages. stdout carries only data; messages go to
// stderr through Warn().
#ifndef NEWSIFT_CLI_OUTPUT_H_
#define NEWSIFT_CLI_OUTPUT_H_

#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "newsift/article.h"
#include "newsift/status.h"
#include "newsift/store.h"

namespace newsift::cli {

// How `extract` and `show` print a record.
inline const std::vector<std::string> kRecordFormats = {"json", "text", "markdown"};

struct RecordStyle {
  std::string format = "json";  // one of kRecordFormats
  bool explain = false;         // json: "explain" field; text: the explain table
  bool pretty = false;          // json only: indented, for a person
};

// The record as the style asks, ending with a newline.
std::string RenderRecord(const Article& article, const RecordStyle& style);

// One line per explain entry, columns aligned: "label  reason  text".
std::string RenderExplain(const Article& article);

// A CSV field quoted per RFC 4180 when it needs to be.
std::string CsvField(std::string_view value);

// JSON, compact on one line or indented, with a newline.
std::string JsonLine(const nlohmann::json& json, bool pretty);

bool IsTerminal(std::FILE* stream);

// Writes to stdout; false when stdout is gone (closed pipe, full disk).
bool WriteOut(std::string_view text);

template <typename... Args>
void Warn(fmt::format_string<Args...> format, Args&&... args) {
  fmt::print(stderr, "newsift: {}\n", fmt::format(format, std::forward<Args>(args)...));
}

// Opens the database, or says why not on stderr and returns null. With
// must_exist, a missing file is an error instead of a new empty database
// (read-only commands must not create one by accident).
std::unique_ptr<Store> OpenStoreOrWarn(const std::string& path, bool must_exist);

// The end of a command that streamed store records to stdout: says on stderr
// what went wrong, if anything, and returns the exit code (kExitStore when
// the store failed, kExitFailed when stdout was lost, else kExitOk).
int StreamExitCode(const Status& status, bool write_failed, const std::string& db);

// Whether text looks like an ISO 8601 date or date-time ("2024-03-01",
// "2024-03-01T12:00:00Z").
bool LooksLikeIsoDate(std::string_view text);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_OUTPUT_H_
