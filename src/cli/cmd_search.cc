// `newsift search QUERY`: full-text search over the stored articles, as JSON
// Lines of hits or a readable list.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/output.h"
#include "util/text.h"

namespace newsift::cli {
namespace {

const std::vector<std::string> kSearchFormats = {"json", "text"};

struct SearchFlags {
  SearchQuery query;
  std::string db = "newsift.db";
  std::string format = "json";
};

nlohmann::json HitJson(const SearchHit& hit) {
  auto or_null = [](const std::string& s) {
    return s.empty() ? nlohmann::json() : nlohmann::json(s);
  };
  return {{"id", hit.id},
          {"title", or_null(hit.title)},
          {"url", or_null(hit.url)},
          {"site", or_null(hit.site)},
          {"published", or_null(hit.published)},
          {"score", hit.score},
          {"snippet", hit.snippet}};
}

std::string HitText(size_t rank, const SearchHit& hit) {
  std::string out = fmt::format("{:>3}. {}\n", rank, hit.title.empty() ? "(no title)" : hit.title);
  std::string details = hit.site;
  if (!hit.published.empty()) details += (details.empty() ? "" : ", ") + hit.published;
  if (!details.empty()) out += fmt::format("     {}\n", details);
  out += fmt::format("     {}  score {:.2f}\n", hit.url.empty() ? hit.id : hit.url, hit.score);
  if (!hit.snippet.empty()) out += fmt::format("     {}\n", CollapseWhitespace(hit.snippet));
  return out;
}

int RunSearch(const SearchFlags& flags) {
  for (const std::string* date : {&flags.query.since, &flags.query.until}) {
    if (!date->empty() && !LooksLikeIsoDate(*date)) {
      Warn("not an ISO 8601 date: {} (expected e.g. 2024-03-01)", *date);
      return kExitUsage;
    }
  }
  std::unique_ptr<Store> store = OpenStoreOrWarn(flags.db, /*must_exist=*/true);
  if (!store) return kExitStore;
  Result<std::vector<SearchHit>> hits = store->Search(flags.query);
  if (!hits.ok()) {
    Warn("search failed: {}", hits.status().ToString());
    // A malformed query is the user's to fix, not a broken database.
    return hits.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitStore;
  }
  std::string out;
  for (size_t i = 0; i < hits->size(); ++i) {
    const SearchHit& hit = (*hits)[i];
    out += flags.format == "json" ? JsonLine(HitJson(hit), /*pretty=*/false) : HitText(i + 1, hit);
  }
  if (hits->empty() && flags.format == "text") Warn("no matches");
  return WriteOut(out) ? kExitOk : kExitFailed;
}

}  // namespace

Subcommand AddSearchCommand(CLI::App& root) {
  auto flags = std::make_shared<SearchFlags>();
  CLI::App* app = root.add_subcommand("search", "Full-text search over the stored articles");
  app->add_option("query", flags->query.text,
                  "Words to find (all of them), or an FTS5 query: \"exact phrase\", a OR b, pre*")
      ->required();
  app->add_option("--db", flags->db, "Database file")->capture_default_str();
  app->add_option("--site", flags->query.site, "Only this site name or domain");
  app->add_option("--since", flags->query.since, "Only articles published on or after (ISO date)");
  app->add_option("--until", flags->query.until, "Only articles published on or before (ISO date)");
  AddPageTypeOption(app, &flags->query.page_type,
                    "Only hits of this page type (article, or listing: section fronts and "
                    "archives)");
  app->add_option("--limit", flags->query.limit, "Maximum number of hits")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app->add_option("--format", flags->format, "json: JSON Lines; text: a readable list")
      ->check(CLI::IsMember(kSearchFormats))
      ->capture_default_str();
  return {app, [flags] { return RunSearch(*flags); }};
}

}  // namespace newsift::cli
