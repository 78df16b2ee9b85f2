// `newsift reclean`: re-applies the site boilerplate learned from the whole
// corpus to every stored article (bodies, body_hash, explain, full-text
// index), then recomputes exact duplicates and near-duplicate clusters. One
// transaction: interrupted, it changes nothing. Prints a JSON summary.
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/commands.h"
#include "cli/output.h"
#include "newsift/pipeline.h"

namespace newsift::cli {
namespace {

struct RecleanFlags {
  std::string db = "newsift.db";
};

int RunReclean(const RecleanFlags& flags) {
  std::unique_ptr<Store> store = OpenStoreOrWarn(flags.db, /*must_exist=*/true);
  if (!store) return kExitStore;
  Result<RecleanSummary> summary = Reclean(*store);
  if (!summary.ok()) {
    Warn("database {} failed: {}", flags.db, summary.status().ToString());
    return kExitStore;
  }
  const nlohmann::json j = {
      {"sites", summary->sites},         {"articles", summary->articles},
      {"changed", summary->changed},     {"boilerplate_blocks", summary->boilerplate_blocks},
      {"duplicate", summary->duplicate}, {"clusters", summary->clusters},
      {"seconds", summary->seconds}};
  return WriteOut(JsonLine(j, /*pretty=*/false)) ? kExitOk : kExitFailed;
}

}  // namespace

Subcommand AddRecleanCommand(CLI::App& root) {
  auto flags = std::make_shared<RecleanFlags>();
  CLI::App* app = root.add_subcommand(
      "reclean",
      "Re-apply the boilerplate learned across each site's pages to every stored article, "
      "then recompute duplicates and near-duplicate clusters");
  app->add_option("--db", flags->db, "Database file")->capture_default_str();
  return {app, [flags] { return RunReclean(*flags); }};
}

}  // namespace newsift::cli
