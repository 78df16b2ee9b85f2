// `newsift extract FILE|-`: records for the documents of one input, printed,
// with no database. Any container the readers know works (.gz, .warc, .jsonl).
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/output.h"
#include "newsift/reader.h"
#include "pipeline/record.h"

namespace newsift::cli {
namespace {

struct ExtractFlags {
  std::string input;
  std::string url;
  RecordStyle style;
  ExtractOptions extract;
};

// Between records of the text and markdown formats (JSON is one per line).
constexpr const char* kRecordSeparator = "\n---\n\n";

int RunExtract(const ExtractFlags& flags) {
  ExtractOptions options = flags.extract;
  options.explain = flags.style.explain;  // explain costs time: only when asked
  std::unique_ptr<DocumentReader> reader = OpenReader({flags.input});

  // One document ahead, to know whether the output is a single record (which
  // is pretty-printed for a person at a terminal) or JSON Lines.
  Document current, next;
  bool have_current = reader->Next(&current);
  bool have_next = have_current && reader->Next(&next);
  RecordStyle style = flags.style;
  style.pretty = style.format == "json" && !have_next && IsTerminal(stdout);

  int exit_code = kExitOk;
  bool first = true;
  while (have_current) {
    if (!flags.url.empty() && current.url.empty()) current.url = flags.url;
    Article article = ExtractRecord(current, options);
    if (article.status == RecordStatus::kError) {
      // Reader errors already name the document; others get its source.
      if (article.error.find(article.source) != std::string::npos) {
        Warn("{}", article.error);
      } else {
        Warn("{}: {}", article.source, article.error);
      }
      exit_code = kExitFailed;
    }
    if (!first && style.format != "json") WriteOut(kRecordSeparator);
    first = false;
    if (!WriteOut(RenderRecord(article, style))) {
      Warn("cannot write to standard output");
      return kExitFailed;
    }
    current = std::move(next);
    have_current = have_next;
    have_next = have_current && reader->Next(&next);
  }
  if (first) Warn("{}: no documents found", flags.input);
  return exit_code;
}

}  // namespace

Subcommand AddExtractCommand(CLI::App& root) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* app = root.add_subcommand(
      "extract", "Print the article record(s) of one input, without a database");
  app->add_option("input", flags->input,
                  "File to read (.html, .txt, .jsonl, .warc, optionally compressed), or - for "
                  "standard input")
      ->required();
  app->add_option("--format", flags->style.format, "Output format")
      ->check(CLI::IsMember(kRecordFormats))
      ->capture_default_str();
  app->add_option("--url", flags->url, "URL of the page, when the input does not carry one");
  app->add_flag("--explain", flags->style.explain,
                "Show the label and reason of every block or line of the source");
  app->add_option("--min-body-chars", flags->extract.min_body_chars,
                  "Bodies shorter than this are recorded as empty")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app->add_flag("--drop-listings", flags->extract.drop_listings,
                "Record pages that list other articles (section fronts, tag and author "
                "archives, search results) as empty, with the reason, instead of as "
                "page_type listing");
  app->add_flag("--recall", flags->extract.favor_recall,
                "Keep borderline blocks (favour recall over precision)");
  return {app, [flags] { return RunExtract(*flags); }};
}

}  // namespace newsift::cli
