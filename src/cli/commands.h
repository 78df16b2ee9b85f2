// The `newsift` subcommands. Each registers its flags on the root app and
// returns how to run it once parsing has chosen it; the returned code is the
// process exit code (see ExitCode).
#ifndef NEWSIFT_CLI_COMMANDS_H_
#define NEWSIFT_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>

#include "newsift/article.h"

namespace newsift::cli {

// Exit codes shared by all subcommands (documented in `newsift --help`).
enum ExitCode : int {
  kExitOk = 0,
  kExitFailed = 1,         // some documents are errors (they are still recorded)
  kExitUsage = 2,          // bad flags or arguments
  kExitStore = 3,          // the database could not be opened, read or written
  kExitNotFound = 4,       // `show`: no such record
  kExitInterrupted = 130,  // SIGINT (128 + 2), like a shell
};

struct Subcommand {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// Registers `--page-type article|listing` on app; *out is set when given.
void AddPageTypeOption(CLI::App* app, std::optional<PageType>* out, const std::string& help);

Subcommand AddExtractCommand(CLI::App& root);
Subcommand AddIngestCommand(CLI::App& root);
Subcommand AddShowCommand(CLI::App& root);
Subcommand AddSearchCommand(CLI::App& root);
Subcommand AddExportCommand(CLI::App& root);
Subcommand AddStatsCommand(CLI::App& root);
Subcommand AddDupsCommand(CLI::App& root);
Subcommand AddRecleanCommand(CLI::App& root);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_COMMANDS_H_
