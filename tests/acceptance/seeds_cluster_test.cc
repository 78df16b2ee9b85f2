// Acceptance (issue 4): the two seeds plus a copy of seed 003 with different
// navigation lines around it, ingested together: the copy joins 003's
// near-duplicate cluster, 000 (same actors, another event a year apart) stays
// apart. The copy is made at runtime in a temp dir; nothing is copied into the
// repository.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "newsift/pipeline.h"
#include "support/test_support.h"

namespace newsift {
namespace {

namespace fs = std::filesystem;

using testing::ReadFile;
using testing::SeedsDir;

// Invented navigation of another outlet, before the title's block and after the text.
constexpr const char* kNavigationBefore = "Home | World | Politics | Markets | Opinion\n";
constexpr const char* kNavigationAfter =
    "\nMost read today\nSubscribe to our daily briefing\nShare this article\n"
    "Privacy policy | Terms of use | Contact us\n";

TEST(SeedsCluster, CopyWithOtherNavigationJoinsItsCluster) {
  const fs::path seeds = SeedsDir();
  fs::path seed000, seed003;
  if (fs::exists(seeds)) {
    for (const auto& entry : fs::directory_iterator(seeds)) {
      const std::string name = entry.path().filename().string();
      if (entry.path().extension() != ".txt") continue;
      if (name.rfind("000_", 0) == 0) seed000 = entry.path();
      if (name.rfind("003_", 0) == 0) seed003 = entry.path();
    }
  }
  if (seed000.empty() || seed003.empty()) {
    GTEST_SKIP() << "seed text dumps not found under " << seeds << " (set NEWSIFT_SHARED)";
  }
  const fs::path dir = testing::FreshTestDir("newsift_seeds");
  fs::create_directories(dir / "in");
  fs::copy_file(seed000, dir / "in" / "a_000.txt");
  fs::copy_file(seed003, dir / "in" / "b_003.txt");
  {
    // Title line first (the dump's own layout), navigation around the rest.
    std::string text = ReadFile(seed003);
    const size_t title_end = text.find('\n');
    ASSERT_NE(title_end, std::string::npos);
    std::ofstream out(dir / "in" / "c_copy.txt", std::ios::binary);
    out << text.substr(0, title_end + 1) << kNavigationBefore << text.substr(title_end + 1)
        << kNavigationAfter;
    // A re-transmission with a figure corrected: a near duplicate, not an exact one.
    const size_t figure = text.find("80th");
    ASSERT_NE(figure, std::string::npos);
    text.replace(figure, 4, "eightieth");
    std::ofstream edited(dir / "in" / "d_edit.txt", std::ios::binary);
    edited << kNavigationBefore << text;
  }
  {
    Result<std::unique_ptr<Store>> store = Store::Open((dir / "store.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    IngestOptions options;
    options.threads = 2;
    Result<IngestSummary> summary = Ingest({(dir / "in").string()}, **store, options);
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    std::map<std::string, Article> by_name;
    ASSERT_TRUE((*store)
                    ->ForEach({},
                              [&by_name](const Article& a) {
                                by_name[fs::path(a.source).filename().string()] = a;
                                return true;
                              })
                    .ok());
    const Article& a000 = by_name["a_000.txt"];
    const Article& a003 = by_name["b_003.txt"];
    const Article& copy = by_name["c_copy.txt"];
    ASSERT_EQ(a003.status, RecordStatus::kOk);
    ASSERT_FALSE(a003.dup_cluster.empty());
    EXPECT_EQ(copy.dup_cluster, a003.dup_cluster) << "copy status " << ToString(copy.status);
    EXPECT_EQ(a003.dup_cluster, a003.id);  // first seen, same date
    const Article& edit = by_name["d_edit.txt"];
    EXPECT_EQ(edit.status, RecordStatus::kOk);
    EXPECT_EQ(edit.dup_cluster, a003.dup_cluster);
    EXPECT_EQ(summary->near_duplicate, 1u);
    EXPECT_EQ(a000.status, RecordStatus::kOk);
    EXPECT_EQ(a000.dup_cluster, a000.id);
    EXPECT_NE(a000.dup_cluster, a003.dup_cluster);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace newsift
