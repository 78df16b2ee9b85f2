// newsift: raw news pages in, clean deduplicated article records out.
// Data goes to stdout, logs and progress to stderr.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <vector>

#include "cli/commands.h"

namespace {

// Kept in step with project(VERSION) in CMakeLists.txt.
constexpr const char* kVersion = "0.1.0";

constexpr const char* kFooter =
    "Exit codes: 0 success, 1 some documents failed (still recorded), 2 usage error,\n"
    "3 database error, 4 not found (show), 130 interrupted.";

}  // namespace

int main(int argc, char** argv) {
  using namespace newsift::cli;
  CLI::App app(
      "newsift: turns raw scraped news pages (HTML, text dumps, JSONL, WARC) into clean,\n"
      "deduplicated article records in an SQLite database.",
      "newsift");
  app.set_version_flag("--version", fmt::format("newsift {}", kVersion));
  app.footer(kFooter);
  app.require_subcommand(1);

  std::vector<Subcommand> commands = {
      AddExtractCommand(app), AddIngestCommand(app), AddShowCommand(app), AddSearchCommand(app),
      AddExportCommand(app),  AddStatsCommand(app),  AddDupsCommand(app), AddRecleanCommand(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, std::cout, std::cerr);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    for (const Subcommand& command : commands) {
      if (command.app->parsed()) return command.run();
    }
  } catch (const std::exception& e) {
    // A bug, or memory exhausted: say so rather than abort without a word.
    fmt::print(stderr, "newsift: internal error: {}\n", e.what());
    return kExitFailed;
  }
  return kExitUsage;
}
