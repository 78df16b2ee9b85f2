// `newsift ingest PATH...`: every document of the inputs into the database.
// Progress on stderr (terminal only), the summary on stderr for a person and
// on stdout as one JSON object for scripts. SIGINT stops reading, commits what
// is in flight and exits 130; re-running the command finishes the job.
#include <csignal>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "newsift/pipeline.h"

namespace newsift::cli {
namespace {

constexpr double kBytesPerMegabyte = 1e6;

struct IngestFlags {
  std::vector<std::string> paths;
  std::string db = "newsift.db";
  IngestOptions options;
  bool quiet = false;
};

// Set from the SIGINT handler; lock-free, so async-signal-safe.
std::atomic<bool> interrupt_requested{false};

extern "C" void OnInterrupt(int /*signal*/) {
  interrupt_requested.store(true, std::memory_order_relaxed);
}

// Routes the first SIGINT to a clean stop; SA_RESETHAND makes a second one
// kill the process as usual, for a user who does not want to wait.
void InstallInterruptHandler() {
  struct sigaction action = {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  sigaction(SIGINT, &action, nullptr);
}

nlohmann::json SummaryJson(const IngestSummary& s) {
  return {{"read", s.read},
          {"ok", s.ok},
          {"empty", s.empty},
          {"duplicate", s.duplicate},
          {"near_duplicate", s.near_duplicate},
          {"error", s.error},
          {"listing", s.listing},
          {"skipped_existing", s.skipped_existing},
          {"skipped_records", s.reader.skipped_records},
          {"skipped_files", s.reader.skipped_files},
          {"bytes", s.bytes},
          {"seconds", s.seconds},
          {"interrupted", s.interrupted}};
}

void PrintHumanSummary(const IngestSummary& s, const std::string& db) {
  fmt::print(stderr, "{} {} documents ({:.1f} MB) in {:.2f} s into {}\n",
             s.interrupted ? "interrupted after" : "read", s.read, s.bytes / kBytesPerMegabyte,
             s.seconds, db);
  fmt::print(stderr,
             "  ok {}  empty {}  duplicate {}  near_duplicate {}  error {}  already stored {}\n"
             "  of them listing pages (section fronts, archives) {}\n",
             s.ok, s.empty, s.duplicate, s.near_duplicate, s.error, s.skipped_existing, s.listing);
  if (s.reader.skipped_records > 0 || s.reader.skipped_files > 0) {
    fmt::print(stderr, "  skipped: {} non-HTML WARC records, {} files of unknown type\n",
               s.reader.skipped_records, s.reader.skipped_files);
  }
  if (s.error > 0) {
    fmt::print(stderr, "  see the errors with: newsift export --db {} --status error\n", db);
  }
  if (s.interrupted) fmt::print(stderr, "  run the same command again to finish\n");
}

int RunIngest(IngestFlags& flags) {
  std::unique_ptr<Store> store = OpenStoreOrWarn(flags.db, /*must_exist=*/false);
  if (!store) return kExitStore;

  InstallInterruptHandler();
  flags.options.stop = &interrupt_requested;
  std::optional<ProgressBar> bar;
  if (!flags.quiet && IsTerminal(stderr)) bar.emplace(stderr);
  ProgressFn progress;
  if (bar) progress = [&bar](const IngestProgress& p) { bar->Update(p); };

  Result<IngestSummary> summary = Ingest(flags.paths, *store, flags.options, progress);
  if (bar) bar->Clear();
  store.reset();  // close the database before reporting: the data is safe now
  if (!summary.ok()) {
    Warn("database {} failed: {}", flags.db, summary.status().ToString());
    return kExitStore;
  }
  if (!flags.quiet) PrintHumanSummary(*summary, flags.db);
  WriteOut(JsonLine(SummaryJson(*summary), /*pretty=*/false));
  if (summary->interrupted) return kExitInterrupted;
  return summary->error > 0 ? kExitFailed : kExitOk;
}

}  // namespace

Subcommand AddIngestCommand(CLI::App& root) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* app = root.add_subcommand(
      "ingest", "Extract every document of the inputs and store the records in the database");
  app->add_option("paths", flags->paths,
                  "Files or directories (.html, .txt, .jsonl, .warc, optionally compressed), "
                  "or - for standard input")
      ->required();
  app->add_option("--db", flags->db, "Database file (created if missing)")->capture_default_str();
  app->add_option("--threads", flags->options.threads, "Extraction threads, 0 = one per core")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app->add_option("--batch", flags->options.batch_size, "Records per transaction")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app->add_option("--min-body-chars", flags->options.extract.min_body_chars,
                  "Bodies shorter than this are recorded as empty")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app->add_flag("--drop-listings", flags->options.extract.drop_listings,
                "Record pages that list other articles (section fronts, tag and author "
                "archives, search results) as empty, with the reason, instead of as "
                "page_type listing");
  app->add_flag("--quiet", flags->quiet, "No progress bar and no summary on stderr");
  return {app, [flags] { return RunIngest(*flags); }};
}

}  // namespace newsift::cli
