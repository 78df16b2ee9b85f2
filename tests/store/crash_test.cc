// A killed ingest loses at most its open batch: a child process commits one
// batch, starts a second, writes enough to spill pages into the WAL, and dies
// without committing. The parent must find exactly the first batch, with the
// full-text index consistent.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "newsift/store.h"
#include "util/hash.h"

namespace newsift {
namespace {

namespace fs = std::filesystem;

constexpr int kCommitted = 100;
// Enough rows of enough text to overflow the page cache, so uncommitted
// frames reach the WAL file before the process dies.
constexpr int kUncommitted = 3000;
constexpr uintmax_t kSpilledBytesPerRow = 200;  // of the ~450 bytes of text in each row
constexpr int kChildSetupFailed = 3;

enum class Death { kSigkill, kExit };

void PrintTo(Death death, std::ostream* os) {
  *os << (death == Death::kSigkill ? "SIGKILL" : "_exit");
}

Article MakeArticle(const std::string& source, const std::string& word, int i) {
  Article a;
  a.source = source;
  a.id = HexId(Hash64(source));
  a.title = "Report " + std::to_string(i) + " " + word;
  std::string body = "The " + word + " report number " + std::to_string(i) + " says that ";
  for (int k = 0; k < 8; ++k) body += "the ferry timetable changes again next season, ";
  a.paragraphs = {{body}};
  a.body_hash = HexId(Hash64(body));
  return a;
}

// Runs in the child: never returns.
[[noreturn]] void IngestAndDie(const std::string& path, Death death) {
  auto opened = Store::Open(path);
  if (!opened.ok()) _exit(kChildSetupFailed);
  Store& store = **opened;
  if (!store.Begin().ok()) _exit(kChildSetupFailed);
  for (int i = 0; i < kCommitted; ++i) {
    if (!store.Put(MakeArticle("committed-" + std::to_string(i), "harbour", i)).ok()) {
      _exit(kChildSetupFailed);
    }
  }
  if (!store.Commit().ok() || !store.Begin().ok()) _exit(kChildSetupFailed);
  for (int i = 0; i < kUncommitted; ++i) {
    if (!store.Put(MakeArticle("uncommitted-" + std::to_string(i), "lagoon", i)).ok()) {
      _exit(kChildSetupFailed);
    }
  }
  if (death == Death::kSigkill) kill(getpid(), SIGKILL);
  _exit(0);  // no destructor runs: the connection is never closed
}

std::string FtsIntegrityCheck(const fs::path& path) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  char* error = nullptr;
  int rc = sqlite3_exec(
      db, "INSERT INTO documents_fts(documents_fts, rank) VALUES('integrity-check', 1)", nullptr,
      nullptr, &error);
  std::string out = rc == SQLITE_OK ? "" : std::string("error: ") + (error ? error : "?");
  sqlite3_free(error);
  sqlite3_close_v2(db);
  return out;
}

class CrashTest : public ::testing::TestWithParam<Death> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsift-store-crash-" + std::to_string(static_cast<int>(GetParam())) + "-" +
            std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "store.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::string path_;
};

TEST_P(CrashTest, KilledIngestLosesOnlyTheOpenBatch) {
  fflush(nullptr);  // nothing buffered may be written twice by the child
  pid_t pid = fork();
  ASSERT_GE(pid, 0) << "fork failed";
  if (pid == 0) IngestAndDie(path_, GetParam());
  int wait_status = 0;
  ASSERT_EQ(waitpid(pid, &wait_status, 0), pid);
  if (GetParam() == Death::kSigkill) {
    ASSERT_TRUE(WIFSIGNALED(wait_status)) << "child exited with " << WEXITSTATUS(wait_status);
    EXPECT_EQ(WTERMSIG(wait_status), SIGKILL);
  } else {
    ASSERT_TRUE(WIFEXITED(wait_status));
    ASSERT_EQ(WEXITSTATUS(wait_status), 0);
  }
  // The uncommitted batch did reach the disk (a good part of its text is in
  // the WAL), so recovery really had frames to ignore.
  ASSERT_TRUE(fs::exists(path_ + "-wal"));
  EXPECT_GT(fs::file_size(path_ + "-wal"), kUncommitted * kSpilledBytesPerRow);

  auto opened = Store::Open(path_);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  Store& store = **opened;
  std::vector<std::string> sources;
  ASSERT_TRUE(store
                  .ForEach({},
                           [&](const Article& a) {
                             sources.push_back(a.source);
                             return true;
                           })
                  .ok());
  ASSERT_EQ(sources.size(), static_cast<size_t>(kCommitted));
  for (int i = 0; i < kCommitted; ++i) EXPECT_EQ(sources[i], "committed-" + std::to_string(i));

  auto committed = store.Search({.text = "harbour", .limit = 0});
  ASSERT_TRUE(committed.ok()) << committed.status().ToString();
  EXPECT_EQ(committed->size(), static_cast<size_t>(kCommitted));
  auto lost = store.Search({.text = "lagoon", .limit = 0});
  ASSERT_TRUE(lost.ok());
  EXPECT_TRUE(lost->empty());
  EXPECT_EQ(FtsIntegrityCheck(path_), "");

  // The store takes new batches after the crash.
  ASSERT_TRUE(store.Begin().ok());
  ASSERT_TRUE(store.Put(MakeArticle("after-crash", "lagoon", 0)).ok());
  ASSERT_TRUE(store.Commit().ok());
  EXPECT_EQ(store.Search({.text = "lagoon"})->size(), 1u);
  EXPECT_EQ(FtsIntegrityCheck(path_), "");
}

INSTANTIATE_TEST_SUITE_P(Store, CrashTest, ::testing::Values(Death::kSigkill, Death::kExit),
                         [](const ::testing::TestParamInfo<Death>& info) {
                           return info.param == Death::kSigkill ? "Sigkill" : "Exit";
                         });

}  // namespace
}  // namespace newsift
