#include "newsift/store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "store/schema.h"
#include "util/hash.h"

namespace newsift {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

Article MakeArticle(const std::string& source, const std::string& title, const std::string& body,
                    RecordStatus status = RecordStatus::kOk) {
  Article a;
  a.source = source;
  a.id = HexId(Hash64(source));
  a.title = title;
  a.status = status;
  if (!body.empty()) a.paragraphs.push_back({body});
  a.body_hash = body.empty() ? "" : HexId(Hash64(body));
  return a;
}

// Runs sql on its own connection to path; returns the first column of the
// first row as text, or "error: <message>".
std::string RawQuery(const fs::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* stmt = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    out = std::string("error: ") + sqlite3_errmsg(db);
  } else {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      out = text ? reinterpret_cast<const char*>(text) : "";
    } else if (rc != SQLITE_DONE) {
      out = std::string("error: ") + sqlite3_errmsg(db);
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close_v2(db);
  return out;
}

// The FTS index against exactly the rows that should be searchable.
std::string FtsIntegrityCheck(const fs::path& path) {
  return RawQuery(path,
                  "INSERT INTO documents_fts(documents_fts, rank) VALUES('integrity-check', 1)");
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("newsift-store-" + std::string(info->name()) + "-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = dir_ / "store.db";
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  Store& OpenStore() {
    store_.reset();
    auto opened = Store::Open(path_.string());
    EXPECT_TRUE(opened.ok()) << opened.status().ToString();
    if (opened.ok()) store_ = std::move(opened).value();
    return *store_;
  }

  void PutAll(const std::vector<Article>& articles) {
    for (const Article& a : articles) {
      Status s = store_->Put(a);
      ASSERT_TRUE(s.ok()) << s.ToString();
    }
  }

  std::vector<std::string> SearchWith(const SearchQuery& query) {
    auto hits = store_->Search(query);
    EXPECT_TRUE(hits.ok()) << query.text << ": " << hits.status().ToString();
    std::vector<std::string> ids;
    if (!hits.ok()) return ids;
    for (const SearchHit& hit : *hits) ids.push_back(hit.id);
    return ids;
  }
  std::vector<std::string> SearchIds(const std::string& text) {
    SearchQuery query;
    query.text = text;
    return SearchWith(query);
  }

  fs::path dir_;
  fs::path path_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, OpenCreatesAWalDatabaseAndReopens) {
  Store& store = OpenStore();
  EXPECT_EQ(store.schema_version(), LatestSchemaVersion());
  ASSERT_TRUE(store.Put(MakeArticle("a.html", "Harbour festival", "Boats everywhere.")).ok());
  store_.reset();
  EXPECT_TRUE(fs::exists(path_));
  EXPECT_EQ(RawQuery(path_, "PRAGMA journal_mode"), "wal");

  Store& reopened = OpenStore();
  EXPECT_EQ(reopened.schema_version(), LatestSchemaVersion());
  auto got = reopened.Get("a.html");
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ((*got)->title, "Harbour festival");
  EXPECT_EQ(RawQuery(path_, "SELECT count(*) FROM schema_migrations"),
            std::to_string(LatestSchemaVersion()));
}

TEST_F(StoreTest, NewerSchemaVersionIsRejected) {
  OpenStore();
  store_.reset();
  const int newer = LatestSchemaVersion() + 7;
  RawQuery(path_, "PRAGMA user_version = " + std::to_string(newer));
  auto opened = Store::Open(path_.string());
  ASSERT_FALSE(opened.ok());
  EXPECT_THAT(
      opened.status().message(),
      HasSubstr("database schema version " + std::to_string(newer) +
                " is newer than this newsift (" + std::to_string(LatestSchemaVersion()) + ")"));
}

TEST_F(StoreTest, FileThatIsNotADatabaseIsRejectedAndLeftAlone) {
  const std::string text =
      "This is a plain text file with an invented note about a harbour festival, long enough "
      "to fill more than the hundred bytes of a SQLite header so it cannot be mistaken.\n";
  { std::ofstream(path_) << text; }
  auto opened = Store::Open(path_.string());
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Status::Code::kCorruption);
  EXPECT_THAT(opened.status().message(), HasSubstr("not a SQLite database"));
  EXPECT_THAT(opened.status().message(), HasSubstr(path_.string()));
  EXPECT_EQ(fs::file_size(path_), text.size());
}

TEST_F(StoreTest, UnopenablePathIsAnIOError) {
  auto opened = Store::Open((dir_ / "missing" / "dir" / "store.db").string());
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Status::Code::kIOError);
}

TEST_F(StoreTest, PutGetRoundTripsEveryField) {
  Store& store = OpenStore();
  Article a;
  a.id = "0123456789abcdef";
  a.source = "dumps/2024/harbour.html";
  a.url = "https://news.example.org/2024/03/harbour-festival";
  a.domain = "news.example.org";
  a.fetched_at = "2024-03-06T08:00:00Z";
  a.site = "Example Gazette";
  a.title = "Harbour festival draws record crowds";
  a.description = "Thousands came to see the tall ships.";
  a.authors = {"Ann Writer", "Bo Reporter"};
  a.published = "2024-03-05T17:14:00+01:00";
  a.modified = "2024-03-05T18:00:00+01:00";
  a.published_source = "json-ld";
  a.language = "en";
  a.section = "Local";
  a.paragraphs = {{"Crowds gathered at the quay.", BlockKind::kParagraph, 0},
                  {"The ships", BlockKind::kHeading, 2},
                  {"A schooner from the north", BlockKind::kListItem, 1},
                  {"\"It was wonderful,\" said a visitor.", BlockKind::kQuote, 0},
                  {"Ship | Length", BlockKind::kTableRow, 0},
                  {"mast_height = 30", BlockKind::kCode, 0},
                  {"Ünïcode café – “quotes” ✓", BlockKind::kParagraph, 0}};
  a.image_captions = {"The schooner at dawn."};
  a.image_credits = {"Photo: C. Lens"};
  a.input_format = InputFormat::kText;
  a.charset = "windows-1252";
  a.charset_source = "meta";
  a.mojibake_repairs = 2;
  a.page_type = PageType::kListing;
  a.status = RecordStatus::kDuplicate;
  a.error = "";
  a.duplicate_of = "fedcba9876543210";
  a.body_hash = "00112233aabbccdd";
  a.explain = {{"Accept cookies", Label::kCookie, "consent wording"},
               {"Share this", Label::kShare, "link density 0.82"}};
  ASSERT_TRUE(store.Put(a).ok());

  for (const std::string& key : {a.id, a.url, a.source}) {
    auto got = store.Get(key);
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    ASSERT_TRUE(got->has_value()) << key;
    const Article& b = **got;
    EXPECT_EQ(b.id, a.id);
    EXPECT_EQ(b.source, a.source);
    EXPECT_EQ(b.url, a.url);
    EXPECT_EQ(b.domain, a.domain);
    EXPECT_EQ(b.fetched_at, a.fetched_at);
    EXPECT_EQ(b.site, a.site);
    EXPECT_EQ(b.title, a.title);
    EXPECT_EQ(b.description, a.description);
    EXPECT_EQ(b.authors, a.authors);
    EXPECT_EQ(b.published, a.published);
    EXPECT_EQ(b.modified, a.modified);
    EXPECT_EQ(b.published_source, a.published_source);
    EXPECT_EQ(b.language, a.language);
    EXPECT_EQ(b.section, a.section);
    ASSERT_EQ(b.paragraphs.size(), a.paragraphs.size());
    for (size_t i = 0; i < a.paragraphs.size(); ++i) {
      EXPECT_EQ(b.paragraphs[i].text, a.paragraphs[i].text) << i;
      EXPECT_EQ(b.paragraphs[i].kind, a.paragraphs[i].kind) << i;
      EXPECT_EQ(b.paragraphs[i].level, a.paragraphs[i].level) << i;
    }
    EXPECT_EQ(b.image_captions, a.image_captions);
    EXPECT_EQ(b.image_credits, a.image_credits);
    EXPECT_EQ(b.input_format, a.input_format);
    EXPECT_EQ(b.charset, a.charset);
    EXPECT_EQ(b.charset_source, a.charset_source);
    EXPECT_EQ(b.mojibake_repairs, a.mojibake_repairs);
    EXPECT_EQ(b.page_type, a.page_type);
    EXPECT_EQ(b.status, a.status);
    EXPECT_EQ(b.error, a.error);
    EXPECT_EQ(b.duplicate_of, a.duplicate_of);
    EXPECT_EQ(b.body_hash, a.body_hash);
    ASSERT_EQ(b.explain.size(), a.explain.size());
    for (size_t i = 0; i < a.explain.size(); ++i) {
      EXPECT_EQ(b.explain[i].text, a.explain[i].text);
      EXPECT_EQ(b.explain[i].label, a.explain[i].label);
      EXPECT_EQ(b.explain[i].reason, a.explain[i].reason);
    }
  }
  EXPECT_EQ(RawQuery(path_, "SELECT body FROM documents"), a.Body());
  // Absent values are NULL, not empty strings.
  EXPECT_EQ(RawQuery(path_, "SELECT count(*) FROM documents WHERE error IS NULL"), "1");
}

TEST_F(StoreTest, ErrorRecordWithoutBodyRoundTrips) {
  Store& store = OpenStore();
  Article a = MakeArticle("broken.warc.gz", "", "", RecordStatus::kError);
  a.error = "Corruption: broken.warc.gz: truncated";
  ASSERT_TRUE(store.Put(a).ok());
  auto got = store.Get(a.id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->status, RecordStatus::kError);
  EXPECT_EQ((*got)->error, a.error);
  EXPECT_TRUE((*got)->paragraphs.empty());
  EXPECT_TRUE((*got)->title.empty());
}

TEST_F(StoreTest, DamagedRowIsCorruptionNotACrash) {
  OpenStore();
  PutAll({MakeArticle("a.html", "A", "alpha."), MakeArticle("b.html", "B", "beta."),
          MakeArticle("c.html", "C", "gamma.")});
  store_.reset();
  EXPECT_EQ(
      RawQuery(path_, "UPDATE documents SET paragraphs = '[{\"text\": ' WHERE source = 'a.html'"),
      "");
  EXPECT_EQ(RawQuery(path_, "UPDATE documents SET explain = '[1, 2]' WHERE source = 'b.html'"), "");
  EXPECT_EQ(RawQuery(path_, "UPDATE documents SET status = 'lost' WHERE source = 'c.html'"), "");
  OpenStore();
  for (const char* source : {"a.html", "b.html", "c.html"}) {
    auto got = store_->Get(source);
    ASSERT_FALSE(got.ok()) << source;
    EXPECT_EQ(got.status().code(), Status::Code::kCorruption);
    EXPECT_THAT(got.status().message(), HasSubstr(source));
  }
  Status status = store_->ForEach({}, [](const Article&) { return true; });
  EXPECT_EQ(status.code(), Status::Code::kCorruption);
}

TEST_F(StoreTest, GetLooksUpIdThenUrlThenSource) {
  OpenStore();
  Article by_url = MakeArticle("first.html", "First", "One.");
  by_url.url = "key";
  Article by_id = MakeArticle("second.html", "Second", "Two.");
  by_id.id = "key";
  Article by_source = MakeArticle("key", "Third", "Three.");
  PutAll({by_url, by_source, by_id});
  auto got = store_->Get("key");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->source, "second.html");
  auto missing = store_->Get("nothing-like-this");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
  auto empty = store_->Get("");
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(empty->has_value());
}

TEST_F(StoreTest, PutWithoutSourceIsRefused) {
  Store& store = OpenStore();
  Status s = store.Put(MakeArticle("", "No source", "Body."));
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
}

TEST_F(StoreTest, ReplaceBySourceKeepsTheIndexConsistent) {
  Store& store = OpenStore();
  ASSERT_TRUE(store.Put(MakeArticle("a.html", "Zebra crossing", "A zebra was seen.")).ok());
  ASSERT_TRUE(store.Put(MakeArticle("b.html", "Other", "Nothing striped here.")).ok());
  EXPECT_EQ(SearchIds("zebra").size(), 1u);

  Article replaced = MakeArticle("a.html", "Giraffe sighting", "A giraffe was seen.");
  replaced.id = "1111111111111111";
  ASSERT_TRUE(store.Put(replaced).ok());
  EXPECT_TRUE(SearchIds("zebra").empty());
  EXPECT_THAT(SearchIds("giraffe"), ElementsAre(replaced.id));
  EXPECT_EQ(FtsIntegrityCheck(path_), "");
  auto stats = store.Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 2);

  // Replaced by a non-ok record: no longer searchable at all.
  ASSERT_TRUE(
      store.Put(MakeArticle("a.html", "Giraffe", "giraffe", RecordStatus::kDuplicate)).ok());
  EXPECT_TRUE(SearchIds("giraffe").empty());
  // And back to ok.
  ASSERT_TRUE(store.Put(MakeArticle("a.html", "Okapi", "An okapi.")).ok());
  EXPECT_EQ(SearchIds("okapi").size(), 1u);
  EXPECT_EQ(FtsIntegrityCheck(path_), "");
}

TEST_F(StoreTest, IntegrityCheckNoticesAnUnindexedRow) {
  // Guards the check the other tests rely on: it must be able to fail.
  Store& store = OpenStore();
  ASSERT_TRUE(store.Put(MakeArticle("a.html", "Walrus", "A walrus.")).ok());
  store_.reset();
  EXPECT_EQ(RawQuery(path_, "DROP TRIGGER documents_fts_insert"), "");
  EXPECT_EQ(RawQuery(path_,
                     "INSERT INTO documents(source, id, input_format, status, body,"
                     " ingested_at) VALUES ('x', 'x', 'html', 'ok', 'seal', 'now')"),
            "");
  EXPECT_THAT(FtsIntegrityCheck(path_), HasSubstr("error"));
}

TEST_F(StoreTest, Contains) {
  Store& store = OpenStore();
  Article a = MakeArticle("a.html", "T", "B.");
  ASSERT_TRUE(store.Put(a).ok());
  auto yes = store.Contains("a.html", a.id);
  ASSERT_TRUE(yes.ok());
  EXPECT_TRUE(*yes);
  EXPECT_FALSE(*store.Contains("a.html", "ffffffffffffffff"));
  EXPECT_FALSE(*store.Contains("b.html", a.id));
}

TEST_F(StoreTest, FindByBodyHashReturnsTheFirstOkArticle) {
  OpenStore();
  const std::string hash = "abcdefabcdef0001";
  Article dup = MakeArticle("0.html", "Dup", "Same.", RecordStatus::kDuplicate);
  Article first = MakeArticle("1.html", "First", "Same.");
  Article second = MakeArticle("2.html", "Second", "Same.");
  Article other = MakeArticle("3.html", "Other", "Different.");
  dup.body_hash = first.body_hash = second.body_hash = hash;
  PutAll({dup, first, second, other});
  auto found = store_->FindByBodyHash(hash);
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, first.id);
  EXPECT_FALSE(store_->FindByBodyHash("0000000000000000")->has_value());
  EXPECT_FALSE(store_->FindByBodyHash("")->has_value());
}

TEST_F(StoreTest, TitleHitOutranksBodyHit) {
  OpenStore();
  Article body_hit = MakeArticle("body.html", "Island news",
                                 "Residents heard the volcano rumble overnight near the coast.");
  Article title_hit = MakeArticle("title.html", "Volcano rumbles again",
                                  "Residents heard noises overnight near the coast.");
  PutAll({body_hit, title_hit});
  auto hits = store_->Search({.text = "volcano"});
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ((*hits)[0].id, title_hit.id);
  EXPECT_EQ((*hits)[1].id, body_hit.id);
  EXPECT_GT((*hits)[0].score, (*hits)[1].score);
  EXPECT_GT((*hits)[1].score, 0);
  EXPECT_EQ((*hits)[0].title, "Volcano rumbles again");
}

TEST_F(StoreTest, SnippetMarksMatchesAndElides) {
  OpenStore();
  std::string body;
  for (int i = 0; i < 30; ++i) body += "Filler words about the weather today. ";
  body += "Then the lighthouse keeper spoke. ";
  for (int i = 0; i < 30; ++i) body += "More filler about tides and wind. ";
  PutAll({MakeArticle("a.html", "Coast", body)});
  auto hits = store_->Search({.text = "lighthouse"});
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  const std::string& snippet = (*hits)[0].snippet;
  EXPECT_THAT(snippet, HasSubstr("[lighthouse]"));
  EXPECT_THAT(snippet, HasSubstr("…"));
  EXPECT_LT(snippet.size(), body.size() / 4);
}

TEST_F(StoreTest, SearchFiltersBySiteAndDates) {
  OpenStore();
  Article early = MakeArticle("early.html", "Tram line opens", "The tram line opened.");
  early.site = "Example Gazette";
  early.domain = "gazette.example.com";
  early.published = "2024-03-04T09:00:00Z";
  Article late = MakeArticle("late.html", "Tram line extended", "The tram line grew.");
  late.site = "Other Times";
  late.domain = "times.example.net";
  late.published = "2024-03-05T22:30:00+02:00";
  Article undated = MakeArticle("undated.html", "Tram fares", "Tram fares rise.");
  PutAll({early, late, undated});

  EXPECT_EQ(SearchIds("tram").size(), 3u);
  EXPECT_THAT(SearchWith({.text = "tram", .site = "example gazette"}), ElementsAre(early.id));
  EXPECT_THAT(SearchWith({.text = "tram", .site = "www.Times.Example.NET"}), ElementsAre(late.id));
  EXPECT_TRUE(SearchWith({.text = "tram", .site = "example.com"}).empty());
  EXPECT_THAT(SearchWith({.text = "tram", .since = "2024-03-05"}), ElementsAre(late.id));
  // A bare date as until includes the whole day.
  EXPECT_THAT(SearchWith({.text = "tram", .until = "2024-03-05"}),
              testing::UnorderedElementsAre(early.id, late.id));
  EXPECT_THAT(SearchWith({.text = "tram", .until = "2024-03-04"}), ElementsAre(early.id));
  EXPECT_THAT(SearchWith({.text = "tram", .since = "2024-03-04T10:00", .until = "2024-03-05"}),
              ElementsAre(late.id));
  EXPECT_EQ(SearchWith({.text = "tram", .limit = 2}).size(), 2u);
}

TEST_F(StoreTest, SearchFiltersByPageType) {
  OpenStore();
  Article front = MakeArticle("front.html", "Tram news", "Tram line opens. Tram fares rise.");
  front.page_type = PageType::kListing;
  Article story = MakeArticle("story.html", "Tram line opens", "The tram line opened.");
  PutAll({front, story});
  EXPECT_EQ(SearchIds("tram").size(), 2u);
  EXPECT_THAT(SearchWith({.text = "tram", .page_type = PageType::kArticle}), ElementsAre(story.id));
  EXPECT_THAT(SearchWith({.text = "tram", .page_type = PageType::kListing}), ElementsAre(front.id));
}

TEST_F(StoreTest, PunctuatedAndQuotedQueriesDoNotError) {
  OpenStore();
  PutAll({MakeArticle("a.html", "U.S. sanctions widen",
                      "Officials said the U.S. sanctions would widen; \"no comment\", said one.")});
  for (const char* text : {"U.S. sanctions", "he said \"no", "\"", "officials: widen", "widen AND",
                           "(", "*", "-", "NEAR(", "sanctions)", "O'Brien", "a.b.c. --"}) {
    auto hits = store_->Search({.text = text});
    EXPECT_TRUE(hits.ok()) << text << ": " << hits.status().ToString();
  }
  EXPECT_EQ(SearchIds("U.S. sanctions").size(), 1u);
  EXPECT_EQ(SearchIds("officials: widen").size(), 1u);
  // FTS5 syntax still works for those who use it.
  EXPECT_EQ(SearchIds("title:officials").size(), 0u);
  EXPECT_EQ(SearchIds("body:officials").size(), 1u);
  EXPECT_EQ(SearchIds("nothing OR widen").size(), 1u);
  EXPECT_EQ(SearchIds("\"sanctions would widen\"").size(), 1u);
}

TEST_F(StoreTest, EmptyQueryIsInvalid) {
  OpenStore();
  auto hits = store_->Search({.text = "  "});
  ASSERT_FALSE(hits.ok());
  EXPECT_EQ(hits.status().code(), Status::Code::kInvalidArgument);
}

TEST_F(StoreTest, DiacriticsAreFolded) {
  OpenStore();
  PutAll({MakeArticle("a.html", "Café opens", "The café on the square reopened.")});
  EXPECT_EQ(SearchIds("cafe").size(), 1u);
  EXPECT_EQ(SearchIds("CAFÉ").size(), 1u);
}

TEST_F(StoreTest, NonOkRecordsAreNotSearchable) {
  OpenStore();
  PutAll({MakeArticle("ok.html", "Marmot", "A marmot whistled."),
          MakeArticle("dup.html", "Marmot", "A marmot whistled.", RecordStatus::kDuplicate),
          MakeArticle("empty.html", "Marmot index", "marmot", RecordStatus::kEmpty),
          MakeArticle("error.html", "Marmot", "marmot", RecordStatus::kError)});
  EXPECT_THAT(SearchIds("marmot"), ElementsAre(HexId(Hash64("ok.html"))));
  EXPECT_EQ(FtsIntegrityCheck(path_), "");
}

TEST_F(StoreTest, ForEachFollowsIngestOrderAndFilters) {
  OpenStore();
  PutAll({MakeArticle("c.html", "C", "c."), MakeArticle("a.html", "A", "a.", RecordStatus::kEmpty),
          MakeArticle("b.html", "B", "b."),
          MakeArticle("d.html", "D", "d.", RecordStatus::kDuplicate)});
  std::vector<std::string> all;
  ASSERT_TRUE(store_
                  ->ForEach({},
                            [&](const Article& a) {
                              all.push_back(a.source);
                              return true;
                            })
                  .ok());
  EXPECT_THAT(all, ElementsAre("c.html", "a.html", "b.html", "d.html"));

  std::vector<std::string> ok;
  ASSERT_TRUE(store_
                  ->ForEach({.status = RecordStatus::kOk},
                            [&](const Article& a) {
                              ok.push_back(a.source);
                              return true;
                            })
                  .ok());
  EXPECT_THAT(ok, ElementsAre("c.html", "b.html"));

  std::vector<std::string> first_two;
  ASSERT_TRUE(store_
                  ->ForEach({},
                            [&](const Article& a) {
                              first_two.push_back(a.source);
                              return first_two.size() < 2;
                            })
                  .ok());
  EXPECT_THAT(first_two, ElementsAre("c.html", "a.html"));
}

TEST_F(StoreTest, ForEachFiltersByPageType) {
  OpenStore();
  Article front = MakeArticle("front.html", "Latest news", "Headline one. Headline two.");
  front.page_type = PageType::kListing;
  PutAll({MakeArticle("a.html", "A", "a."), front, MakeArticle("b.html", "B", "b.")});
  auto sources = [this](ExportFilter filter) {
    std::vector<std::string> out;
    EXPECT_TRUE(store_
                    ->ForEach(filter,
                              [&](const Article& a) {
                                out.push_back(a.source);
                                return true;
                              })
                    .ok());
    return out;
  };
  EXPECT_THAT(sources({.page_type = PageType::kListing}), ElementsAre("front.html"));
  EXPECT_THAT(sources({.page_type = PageType::kArticle}), ElementsAre("a.html", "b.html"));
  EXPECT_THAT(sources({.status = RecordStatus::kOk, .page_type = PageType::kArticle}),
              ElementsAre("a.html", "b.html"));
}

TEST_F(StoreTest, ForEachCallbackMayUseTheStore) {
  OpenStore();
  PutAll({MakeArticle("a.html", "A", "alpha."), MakeArticle("b.html", "B", "beta.")});
  int found = 0;
  ASSERT_TRUE(store_
                  ->ForEach({},
                            [&](const Article& a) {
                              auto got = store_->Get(a.id);
                              if (got.ok() && got->has_value()) ++found;
                              return true;
                            })
                  .ok());
  EXPECT_EQ(found, 2);
}

TEST_F(StoreTest, StatsCountsByStatusFormatLanguageAndSite) {
  OpenStore();
  Article en = MakeArticle("en.html", "One", "Four");  // 4 characters
  en.language = "en";
  en.site = "Gazette";
  Article de = MakeArticle("de.txt", "Zwei", "Grüße");  // 5 characters, 7 bytes
  de.language = "de";
  de.domain = "zeitung.example.de";
  de.input_format = InputFormat::kText;
  de.page_type = PageType::kListing;
  Article dup = MakeArticle("dup.html", "One", "Four", RecordStatus::kDuplicate);
  dup.language = "en";
  dup.site = "Gazette";
  Article err = MakeArticle("err.html", "", "", RecordStatus::kError);
  PutAll({en, de, dup, err});
  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->documents, 4);
  EXPECT_EQ(stats->schema_version, LatestSchemaVersion());
  EXPECT_EQ(stats->by_status,
            (std::map<std::string, int64_t>{{"ok", 2}, {"duplicate", 1}, {"error", 1}}));
  EXPECT_EQ(stats->by_format, (std::map<std::string, int64_t>{{"html", 3}, {"text", 1}}));
  EXPECT_EQ(stats->by_page_type, (std::map<std::string, int64_t>{{"article", 1}, {"listing", 1}}));
  EXPECT_EQ(stats->by_language, (std::map<std::string, int64_t>{{"en", 1}, {"de", 1}}));
  EXPECT_EQ(stats->by_site,
            (std::map<std::string, int64_t>{{"Gazette", 1}, {"zeitung.example.de", 1}}));
  EXPECT_EQ(stats->body_chars, 9);
}

TEST_F(StoreTest, RollbackDiscardsTheBatch) {
  Store& store = OpenStore();
  ASSERT_TRUE(store.Begin().ok());
  EXPECT_FALSE(store.Begin().ok());  // no nested transactions
  ASSERT_TRUE(store.Put(MakeArticle("a.html", "Puffin", "A puffin.")).ok());
  EXPECT_EQ(SearchIds("puffin").size(), 1u);  // visible inside the batch
  ASSERT_TRUE(store.Rollback().ok());
  EXPECT_FALSE(*store.Contains("a.html", HexId(Hash64("a.html"))));
  EXPECT_TRUE(SearchIds("puffin").empty());
  EXPECT_FALSE(store.Commit().ok());  // nothing open
  ASSERT_TRUE(store.Begin().ok());
  ASSERT_TRUE(store.Put(MakeArticle("a.html", "Puffin", "A puffin.")).ok());
  ASSERT_TRUE(store.Commit().ok());
  OpenStore();
  EXPECT_EQ(SearchIds("puffin").size(), 1u);
}

TEST_F(StoreTest, OpenTransactionIsRolledBackWhenTheStoreCloses) {
  Store& store = OpenStore();
  ASSERT_TRUE(store.Begin().ok());
  ASSERT_TRUE(store.Put(MakeArticle("a.html", "Puffin", "A puffin.")).ok());
  Store& reopened = OpenStore();
  auto stats = reopened.Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 0);
}

// A local measurement, not a timed test:
//   store_tests --gtest_also_run_disabled_tests --gtest_filter='*PutTenThousand*'
TEST_F(StoreTest, DISABLED_PutTenThousandInBatches) {
  constexpr int kArticles = 10'000;
  constexpr int kBatch = 256;
  Store& store = OpenStore();
  auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(store.Begin().ok());
  for (int i = 0; i < kArticles; ++i) {
    if (i > 0 && i % kBatch == 0) {
      ASSERT_TRUE(store.Commit().ok());
      ASSERT_TRUE(store.Begin().ok());
    }
    Article a =
        MakeArticle("doc-" + std::to_string(i) + ".html", "Title number " + std::to_string(i),
                    "A small invented article body, number " + std::to_string(i) +
                        ", about harbours, trams and the weather on the coast.");
    a.explain = {{"Subscribe now", Label::kNewsletter, "sign-up wording"}};
    ASSERT_TRUE(store.Put(a).ok());
  }
  ASSERT_TRUE(store.Commit().ok());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("Put %d articles in batches of %d: %.3f s\n", kArticles, kBatch, seconds);
  EXPECT_EQ(store.Stats()->documents, kArticles);
}

}  // namespace
}  // namespace newsift
