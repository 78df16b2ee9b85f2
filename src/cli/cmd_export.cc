// `newsift export`: every stored record to stdout, as JSON Lines (the same
// record as everywhere, via ToJson) or CSV (RFC 4180, header row, body
// included), in ingest order.
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/output.h"
#include "newsift/article_json.h"

namespace newsift::cli {
namespace {

const std::vector<std::string> kExportFormats = {"jsonl", "csv"};
const std::vector<std::string> kStatuses = {"ok", "empty", "duplicate", "error"};

// CSV columns, in order: fields of the JSON record, so both formats agree.
constexpr const char* kCsvColumns[] = {
    "id", "source", "url", "domain", "site", "title", "description", "authors", "published",
    "modified", "published_source", "language", "section", "input_format", "charset",
    "charset_source", "fetched_at", "status", "error", "duplicate_of", "dup_cluster",
    "image_captions", "image_credits", "body",
    // Added with store migrations 3 and 4: last, so that
    // readers by position keep their columns.
    "mojibake_repairs", "page_type"};
// Lists (authors, captions) in one CSV cell.
constexpr const char* kCsvListSeparator = "; ";

struct ExportFlags {
  std::string db = "newsift.db";
  std::string format = "jsonl";
  std::string status;
  std::optional<PageType> page_type;
  bool unique = false;
};

std::string CsvValue(const nlohmann::json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string joined;
    for (const nlohmann::json& item : value) {
      if (!joined.empty()) joined += kCsvListSeparator;
      joined += CsvValue(item);
    }
    return joined;
  }
  return value.dump();
}

std::string CsvRow(const nlohmann::json& record) {
  std::string row;
  for (const char* column : kCsvColumns) {
    if (!row.empty() || column != kCsvColumns[0]) row += ',';
    auto it = record.find(column);
    if (it != record.end()) row += CsvField(CsvValue(*it));
  }
  row += "\r\n";  // RFC 4180 line ending
  return row;
}

std::string CsvHeader() {
  std::string row;
  for (const char* column : kCsvColumns) {
    if (!row.empty()) row += ',';
    row += column;
  }
  row += "\r\n";
  return row;
}

int RunExport(const ExportFlags& flags) {
  ExportFilter filter;
  filter.unique = flags.unique;
  if (!flags.status.empty()) {
    RecordStatus status;
    ParseRecordStatus(flags.status, &status);  // validated by the flag's check
    filter.status = status;
  }
  filter.page_type = flags.page_type;
  std::unique_ptr<Store> store = OpenStoreOrWarn(flags.db, /*must_exist=*/true);
  if (!store) return kExitStore;
  bool csv = flags.format == "csv";
  if (csv && !WriteOut(CsvHeader())) return kExitFailed;
  bool write_failed = false;
  Status status = store->ForEach(filter, [&](const Article& article) {
    nlohmann::json record = ToJson(article);
    if (!WriteOut(csv ? CsvRow(record) : JsonLine(record, /*pretty=*/false))) {
      write_failed = true;
      return false;
    }
    return true;
  });
  return StreamExitCode(status, write_failed, flags.db);
}

}  // namespace

Subcommand AddExportCommand(CLI::App& root) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* app = root.add_subcommand("export", "Write every stored record to standard output");
  app->add_option("--db", flags->db, "Database file")->capture_default_str();
  app->add_option("--format", flags->format, "jsonl: one JSON record per line; csv: RFC 4180")
      ->check(CLI::IsMember(kExportFormats))
      ->capture_default_str();
  app->add_option("--status", flags->status, "Only records with this status")
      ->check(CLI::IsMember(kStatuses));
  AddPageTypeOption(app, &flags->page_type,
                    "Only records of this page type (listing: section fronts, tag and author "
                    "archives, search results)");
  app->add_flag("--unique", flags->unique,
                "One article per near-duplicate cluster: the ok articles that represent their "
                "cluster (earliest published, then first seen)");
  return {app, [flags] { return RunExport(*flags); }};
}

}  // namespace newsift::cli
