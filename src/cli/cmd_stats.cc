// `newsift stats`: what the database holds, as one JSON object.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/commands.h"
#include "cli/output.h"

namespace newsift::cli {
namespace {

struct StatsFlags {
  std::string db = "newsift.db";
};

int RunStats(const StatsFlags& flags) {
  std::unique_ptr<Store> store = OpenStoreOrWarn(flags.db, /*must_exist=*/true);
  if (!store) return kExitStore;
  Result<StoreStats> stats = store->Stats();
  if (!stats.ok()) {
    Warn("database {} failed: {}", flags.db, stats.status().ToString());
    return kExitStore;
  }
  nlohmann::json json = {
      {"documents", stats->documents},     {"by_status", stats->by_status},
      {"by_format", stats->by_format},     {"by_page_type", stats->by_page_type},
      {"by_language", stats->by_language}, {"by_site", stats->by_site},
      {"body_chars", stats->body_chars},   {"schema_version", stats->schema_version}};
  return WriteOut(JsonLine(json, IsTerminal(stdout))) ? kExitOk : kExitFailed;
}

}  // namespace

Subcommand AddStatsCommand(CLI::App& root) {
  auto flags = std::make_shared<StatsFlags>();
  CLI::App* app = root.add_subcommand("stats", "Counts of what the database holds, as JSON");
  app->add_option("--db", flags->db, "Database file")->capture_default_str();
  return {app, [flags] { return RunStats(*flags); }};
}

}  // namespace newsift::cli
