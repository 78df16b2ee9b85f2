// `newsift show ID|URL`: one stored record, optionally with the label and
// reason of every block or line of its source.
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/output.h"

namespace newsift::cli {
namespace {

struct ShowFlags {
  std::string key;
  std::string db = "newsift.db";
  RecordStyle style;
};

int RunShow(const ShowFlags& flags) {
  std::unique_ptr<Store> store = OpenStoreOrWarn(flags.db, /*must_exist=*/true);
  if (!store) return kExitStore;
  Result<std::optional<Article>> found = store->Get(flags.key);
  if (!found.ok()) {
    Warn("database {} failed: {}", flags.db, found.status().ToString());
    return kExitStore;
  }
  if (!found->has_value()) {
    Warn("no record with id, URL or source {} in {}", flags.key, flags.db);
    return kExitNotFound;
  }
  const Article& article = **found;
  if (flags.style.explain && article.explain.empty()) {
    Warn("{}: no explain entries were recorded for this record", flags.key);
  }
  RecordStyle style = flags.style;
  style.pretty = IsTerminal(stdout);
  return WriteOut(RenderRecord(article, style)) ? kExitOk : kExitFailed;
}

}  // namespace

Subcommand AddShowCommand(CLI::App& root) {
  auto flags = std::make_shared<ShowFlags>();
  CLI::App* app = root.add_subcommand("show", "Print one stored record, by id, URL or source");
  app->add_option("key", flags->key, "Record id (16 hex digits), page URL or source")->required();
  app->add_option("--db", flags->db, "Database file")->capture_default_str();
  app->add_flag("--explain", flags->style.explain,
                "Show the label and reason of every block or line of the source");
  app->add_option("--format", flags->style.format, "Output format")
      ->check(CLI::IsMember(kRecordFormats))
      ->capture_default_str();
  return {app, [flags] { return RunShow(*flags); }};
}

}  // namespace newsift::cli
