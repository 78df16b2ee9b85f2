// Corpus dedup through Ingest() over invented pages: site boilerplate learned
// across a site and removed from every page (FTS consistent, before and after
// Reclean), incremental near-duplicate clustering against an earlier run's
// persisted index, the representative rule, and Store::PutFinished.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "dedup/site_boilerplate.h"
#include "newsift/pipeline.h"
#include "support/test_support.h"

namespace newsift {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::Sentence;
using testing::WriteFile;

// A block every page of the invented site carries inside its article.
constexpr const char* kSiteBlock = "Weekly almanac compiled by the volunteer desk of the gazette.";

std::vector<std::string> Paragraphs(uint64_t seed) {
  std::vector<std::string> out;
  for (int p = 0; p < 5; ++p) {
    std::string text;
    for (int i = 0; i < 4; ++i) text += (i ? " " : "") + Sentence(seed * 131 + p * 7 + i, 14);
    out.push_back(text);
  }
  return out;
}

struct Page {
  std::string title;
  std::vector<std::string> paragraphs;
  std::string published;  // empty: none
  std::string extra_block;
};

std::string Html(const Page& page, int n) {
  std::string body;
  for (const std::string& p : page.paragraphs) body += "<p>" + p + "</p>\n";
  if (!page.extra_block.empty()) body += "<p>" + page.extra_block + "</p>\n";
  std::string meta;
  if (!page.published.empty()) {
    meta = fmt::format("<meta property=\"article:published_time\" content=\"{}\">", page.published);
  }
  return fmt::format(
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{0}</title>"
      "<meta property=\"og:site_name\" content=\"Tarn Gazette\">"
      "<link rel=\"canonical\" href=\"https://gazette.example/news/{1}\">{2}</head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
      "<article><h1>{0}</h1>\n{3}</article><footer>All rights reserved.</footer></body></html>\n",
      page.title, n, meta, body);
}

class CorpusDedupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTestDir("newsift_corpus");
    db_ = (dir_ / "store.db").string();
    Result<std::unique_ptr<Store>> store = Store::Open(db_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  IngestSummary IngestDir(const fs::path& dir) {
    IngestOptions options;
    options.threads = 2;
    Result<IngestSummary> summary = Ingest({dir.string()}, *store_, options);
    EXPECT_TRUE(summary.ok()) << summary.status().ToString();
    return summary.ok() ? *summary : IngestSummary();
  }

  Article MustGet(const std::string& source_or_id) {
    Result<std::optional<Article>> a = store_->Get(source_or_id);
    EXPECT_TRUE(a.ok() && a->has_value()) << source_or_id;
    return a.ok() && a->has_value() ? **a : Article();
  }

  std::map<std::string, Article> BySource() {
    std::map<std::string, Article> out;
    Status status = store_->ForEach({}, [&out](const Article& a) {
      out[fs::path(a.source).filename().string()] = a;
      return true;
    });
    EXPECT_TRUE(status.ok()) << status.ToString();
    return out;
  }

  size_t Hits(const std::string& query) {
    SearchQuery q;
    q.text = query;
    q.limit = 0;
    Result<std::vector<SearchHit>> hits = store_->Search(q);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    return hits.ok() ? hits->size() : 0;
  }

  // FTS5's own check of the index against the searchable rows.
  bool FtsConsistent() {
    sqlite3* db = nullptr;
    sqlite3_open(db_.c_str(), &db);
    int rc = sqlite3_exec(db,
                          "INSERT INTO documents_fts(documents_fts, rank) "
                          "VALUES ('integrity-check', 1)",
                          nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
  }

  fs::path dir_;
  std::string db_;
  std::unique_ptr<Store> store_;
};

TEST_F(CorpusDedupTest, SiteBlockIsRemovedFromEveryPageAndSearchAgrees) {
  constexpr int kPages = 6;
  const fs::path in = dir_ / "in";
  fs::create_directories(in);
  for (int i = 0; i < kPages; ++i) {
    Page page{fmt::format("Story number {}", i), Paragraphs(100 + i), "", kSiteBlock};
    page.paragraphs[2] += fmt::format(" Zorblat{} was noted.", i);  // one searchable word each
    WriteFile(in / fmt::format("p{}.html", i), Html(page, i));
  }
  IngestSummary summary = IngestDir(in);
  ASSERT_EQ(summary.ok, static_cast<uint64_t>(kPages));

  auto check = [&](const char* when) {
    SCOPED_TRACE(when);
    for (const auto& [name, a] : BySource()) {
      EXPECT_EQ(a.status, RecordStatus::kOk) << name;
      EXPECT_EQ(a.Body().find("almanac"), std::string::npos) << name << ": " << a.Body();
      EXPECT_FALSE(a.candidate_paragraphs.empty()) << name;
      bool explained = false;
      for (const ExplainEntry& e : a.explain) {
        if (e.label == Label::kBoilerplate && e.text == kSiteBlock) {
          EXPECT_THAT(e.reason, HasSubstr("pages of this site"));
          explained = true;
        }
      }
      EXPECT_TRUE(explained) << name;
      EXPECT_EQ(a.body_hash, BodyHashOf(a.Body())) << name;
    }
    EXPECT_EQ(Hits("almanac"), 0u);
    EXPECT_EQ(Hits("zorblat3"), 1u);
    EXPECT_TRUE(FtsConsistent());
  };
  check("after ingest");

  Result<RecleanSummary> reclean = Reclean(*store_);
  ASSERT_TRUE(reclean.ok()) << reclean.status().ToString();
  EXPECT_EQ(reclean->articles, static_cast<uint64_t>(kPages));
  EXPECT_EQ(reclean->boilerplate_blocks, static_cast<uint64_t>(kPages));
  EXPECT_EQ(reclean->changed, 0u);  // ingest already settled the site
  check("after reclean");
}

TEST_F(CorpusDedupTest, BlockOnTooFewPagesIsKept) {
  const fs::path in = dir_ / "in";
  fs::create_directories(in);
  for (int i = 0; i < 4; ++i) {
    Page page{fmt::format("Story number {}", i), Paragraphs(200 + i), "", i < 2 ? kSiteBlock : ""};
    WriteFile(in / fmt::format("p{}.html", i), Html(page, i));
  }
  IngestDir(in);
  for (const auto& [name, a] : BySource()) {
    if (name == "p0.html" || name == "p1.html") {
      EXPECT_NE(a.Body().find("almanac"), std::string::npos) << name;
    }
  }
  EXPECT_EQ(Hits("almanac"), 2u);
}

TEST_F(CorpusDedupTest, SecondRunFindsNearDuplicatesOfStoredArticles) {
  const fs::path first = dir_ / "first";
  const fs::path second = dir_ / "second";
  fs::create_directories(first);
  fs::create_directories(second);
  std::vector<Page> pages;
  for (int i = 0; i < 4; ++i) {
    pages.push_back({fmt::format("Report {}", i), Paragraphs(300 + i), "", ""});
  }
  pages[2].published = "2024-03-05T10:00:00Z";
  for (int i = 0; i < 4; ++i) WriteFile(first / fmt::format("a{}.html", i), Html(pages[i], i));
  IngestSummary one = IngestDir(first);
  EXPECT_EQ(one.ok, 4u);
  EXPECT_EQ(one.near_duplicate, 0u);

  // A marker row in the persisted index: a second run must not rebuild it.
  const std::string a0 = MustGet((first / "a0.html").string()).id;
  Result<std::optional<int64_t>> a0_seq = store_->SeqOf((first / "a0.html").string());
  ASSERT_TRUE(a0_seq.ok() && a0_seq->has_value());
  constexpr uint64_t kMarkerKey = 0x1234;
  ASSERT_TRUE(store_->PutBandKeys(**a0_seq, {kMarkerKey}).ok());

  // b0: a1 with one sentence changed (undated: a1 stays representative).
  Page b0 = pages[1];
  b0.paragraphs[4] = Sentence(999, 14) + " " + b0.paragraphs[4];
  WriteFile(second / "b0.html", Html(b0, 10));
  // b1: a2 with a sentence changed and an EARLIER date: it becomes the representative.
  Page b1 = pages[2];
  b1.paragraphs[0] += " " + Sentence(777, 14);
  b1.published = "2023-01-01T08:00:00+02:00";
  WriteFile(second / "b1.html", Html(b1, 11));
  // b2: a new story.
  WriteFile(second / "b2.html", Html({"Fresh", Paragraphs(900), "", ""}, 12));
  IngestSummary two = IngestDir(second);
  EXPECT_EQ(two.ok, 3u);
  // b0 is a near copy of a1; b1 became the representative of a2's cluster,
  // so the near copy there is a2, a record of the first run.
  EXPECT_EQ(two.near_duplicate, 1u);

  std::map<std::string, Article> all = BySource();
  EXPECT_EQ(all["a1.html"].dup_cluster, all["a1.html"].id);
  EXPECT_EQ(all["b0.html"].dup_cluster, all["a1.html"].id);
  EXPECT_EQ(all["b0.html"].status, RecordStatus::kOk);  // near duplicates stay ok
  EXPECT_EQ(all["b1.html"].dup_cluster, all["b1.html"].id);
  EXPECT_EQ(all["a2.html"].dup_cluster, all["b1.html"].id);
  EXPECT_EQ(all["b2.html"].dup_cluster, all["b2.html"].id);
  EXPECT_EQ(all["a0.html"].dup_cluster, a0);
  EXPECT_EQ(all["a3.html"].dup_cluster, all["a3.html"].id);

  Result<std::vector<int64_t>> marked = store_->FindByBandKeys({kMarkerKey});
  ASSERT_TRUE(marked.ok());
  EXPECT_EQ(*marked, std::vector<int64_t>{**a0_seq});

  // The unique export keeps one per cluster: 7 articles, 2 clusters of 2.
  int unique = 0;
  ExportFilter filter;
  filter.unique = true;
  ASSERT_TRUE(store_->ForEach(filter, [&unique](const Article&) { return ++unique, true; }).ok());
  EXPECT_EQ(unique, 5);

  // A full recluster from the persisted index agrees with the incremental one.
  Result<RecleanSummary> reclean = Reclean(*store_);
  ASSERT_TRUE(reclean.ok()) << reclean.status().ToString();
  EXPECT_EQ(reclean->clusters, 2u);
  std::map<std::string, Article> again = BySource();
  for (const auto& [name, a] : all) EXPECT_EQ(again[name].dup_cluster, a.dup_cluster) << name;
}

TEST_F(CorpusDedupTest, ChangedParametersRebuildTheIndex) {
  const fs::path first = dir_ / "first";
  fs::create_directories(first);
  Page a{"Original", Paragraphs(600), "", ""};
  WriteFile(first / "a.html", Html(a, 1));
  IngestDir(first);
  Result<std::optional<int64_t>> seq = store_->SeqOf((first / "a.html").string());
  ASSERT_TRUE(seq.ok() && seq->has_value());
  // An index built with other parameters: its keys must not be trusted.
  constexpr uint64_t kStaleKey = 0x5678;
  ASSERT_TRUE(store_->PutBandKeys(**seq, {kStaleKey}).ok());
  ASSERT_TRUE(store_->SetMeta("near_dup_params", "ngram=3 other").ok());

  const fs::path second = dir_ / "second";
  fs::create_directories(second);
  Page b = a;
  b.title = "Copy";
  b.paragraphs[3] += " " + Sentence(31, 14);
  WriteFile(second / "b.html", Html(b, 2));
  IngestSummary summary = IngestDir(second);
  EXPECT_EQ(summary.near_duplicate, 1u);
  Result<std::optional<std::string>> params = store_->GetMeta("near_dup_params");
  ASSERT_TRUE(params.ok() && params->has_value());
  EXPECT_THAT(**params, HasSubstr("ngram=5"));
  Result<std::vector<int64_t>> stale = store_->FindByBandKeys({kStaleKey});
  ASSERT_TRUE(stale.ok());
  EXPECT_TRUE(stale->empty());
}

TEST_F(CorpusDedupTest, ExactDuplicateCarriesTheCluster) {
  const fs::path in = dir_ / "in";
  fs::create_directories(in);
  Page page{"Same story", Paragraphs(400), "", ""};
  WriteFile(in / "a.html", Html(page, 1));
  WriteFile(in / "b.html", Html(page, 2));
  IngestDir(in);
  std::map<std::string, Article> all = BySource();
  EXPECT_EQ(all["b.html"].status, RecordStatus::kDuplicate);
  EXPECT_EQ(all["b.html"].duplicate_of, all["a.html"].id);
  EXPECT_EQ(all["b.html"].dup_cluster, all["a.html"].id);
}

TEST_F(CorpusDedupTest, PutFinishedFeedsALaterIngest) {
  Article a;
  a.source = "shard/a";
  a.id = "00000000000000aa";
  a.site = "Tarn Gazette";
  for (const std::string& p : Paragraphs(500)) a.paragraphs.push_back({p});
  a.body_hash = BodyHashOf(a.Body());
  a.dup_cluster = a.id;
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->PutFinished(a).ok());
  ASSERT_TRUE(store_->Commit().ok());
  Result<int64_t> pages = store_->SitePages("Tarn Gazette");
  ASSERT_TRUE(pages.ok());
  EXPECT_EQ(*pages, 1);

  const fs::path in = dir_ / "in";
  fs::create_directories(in);
  Page copy{"Copy", Paragraphs(500), "", ""};
  copy.paragraphs[1] += " " + Sentence(5, 14);
  WriteFile(in / "copy.html", Html(copy, 1));
  IngestSummary summary = IngestDir(in);
  EXPECT_EQ(summary.near_duplicate, 1u);
  EXPECT_EQ(MustGet((in / "copy.html").string()).dup_cluster, a.id);
}

}  // namespace
}  // namespace newsift
