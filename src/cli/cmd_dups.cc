// `newsift dups`: the near-duplicate clusters of the database, the
// representative first, each member with its exact Jaccard similarity to the
// representative (word 5-gram shingles of the stored bodies). JSON Lines (one
// cluster per line) or text for a person.
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/commands.h"
#include "cli/output.h"
#include "dedup/shingles.h"
#include "dedup/sketch.h"

namespace newsift::cli {
namespace {

const std::vector<std::string> kDupsFormats = {"json", "text"};
constexpr int kDefaultMinSize = 2;

struct DupsFlags {
  std::string db = "newsift.db";
  int min_size = kDefaultMinSize;
  std::string format = "json";
};

// Jaccard of each member to the first (the representative); 1 for itself.
Result<std::vector<double>> Similarities(Store& store, const std::vector<ClusterMember>& members) {
  const int ngram = CorpusNearDuplicateOptions().ngram;
  std::vector<std::vector<uint64_t>> sets;
  for (const ClusterMember& m : members) {
    Result<std::optional<DedupRow>> row = store.GetDedupRowById(m.id, /*with_body=*/true);
    if (!row.ok()) return row.status();
    sets.push_back(*row ? ShingleHashes((*row)->body, ngram) : std::vector<uint64_t>());
  }
  std::vector<double> out;
  for (const auto& set : sets) out.push_back(Jaccard(sets.front(), set));
  return out;
}

int RunDups(const DupsFlags& flags) {
  std::unique_ptr<Store> store = OpenStoreOrWarn(flags.db, /*must_exist=*/true);
  if (!store) return kExitStore;
  const bool text = flags.format == "text";
  Status failure;
  bool write_failed = false;
  int clusters = 0;
  Status status = store->ForEachCluster(
      flags.min_size,
      [&](const std::string& representative, const std::vector<ClusterMember>& members) {
        Result<std::vector<double>> similarity = Similarities(*store, members);
        if (!similarity.ok()) {
          failure = similarity.status();
          return false;
        }
        ++clusters;
        std::string out;
        if (text) {
          out = fmt::format("cluster {} ({} members)\n", representative, members.size());
          for (size_t i = 0; i < members.size(); ++i) {
            const ClusterMember& m = members[i];
            out += fmt::format("  {} {} {:.3f} {} {} {}\n", i == 0 ? "*" : " ", m.id,
                               (*similarity)[i], m.published.empty() ? "-" : m.published, m.status,
                               m.title.empty() ? m.url : m.title);
          }
        } else {
          nlohmann::json j = {{"representative", representative}, {"size", members.size()}};
          nlohmann::json list = nlohmann::json::array();
          for (size_t i = 0; i < members.size(); ++i) {
            const ClusterMember& m = members[i];
            auto or_null = [](const std::string& v) {
              return v.empty() ? nlohmann::json(nullptr) : nlohmann::json(v);
            };
            list.push_back({{"id", m.id},
                            {"title", or_null(m.title)},
                            {"url", or_null(m.url)},
                            {"published", or_null(m.published)},
                            {"status", m.status},
                            {"jaccard", (*similarity)[i]}});
          }
          j["members"] = std::move(list);
          out = JsonLine(j, /*pretty=*/false);
        }
        if (!WriteOut(out)) {
          write_failed = true;
          return false;
        }
        return true;
      });
  if (status.ok()) status = failure;
  const int exit_code = StreamExitCode(status, write_failed, flags.db);
  if (exit_code != kExitOk) return exit_code;
  if (text && clusters == 0) fmt::print(stderr, "no clusters of {} or more\n", flags.min_size);
  return kExitOk;
}

}  // namespace

Subcommand AddDupsCommand(CLI::App& root) {
  auto flags = std::make_shared<DupsFlags>();
  CLI::App* app = root.add_subcommand(
      "dups", "List near-duplicate clusters (representative first, Jaccard to it)");
  app->add_option("--db", flags->db, "Database file")->capture_default_str();
  app->add_option("--min-size", flags->min_size, "Only clusters with at least this many members")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app->add_option("--format", flags->format, "json: one cluster per line; text: for a person")
      ->check(CLI::IsMember(kDupsFormats))
      ->capture_default_str();
  return {app, [flags] { return RunDups(*flags); }};
}

}  // namespace newsift::cli
