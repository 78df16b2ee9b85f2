// Readers end to end: fixtures written at run time into a temporary directory
// (invented content), read back through OpenReader().
#include "newsift/reader.h"

#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "read/readers.h"
#include "support/test_support.h"

namespace newsift {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr int kGzipWindowBits = 15 + 16;
constexpr int kMemLevel = 8;

std::string Gzip(std::string_view data) {
  z_stream s{};
  EXPECT_EQ(deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, kMemLevel,
                         Z_DEFAULT_STRATEGY),
            Z_OK);
  std::string out(deflateBound(&s, data.size()) + 64, '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&s, Z_FINISH), Z_STREAM_END);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

std::string Zstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t size = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  EXPECT_FALSE(ZSTD_isError(size));
  out.resize(size);
  return out;
}

// Text that compresses but not to nothing, so half a stream is half the text.
std::string LongText(size_t words, bool newlines = true) {
  std::string text;
  uint32_t state = 12345;
  for (size_t i = 0; i < words; ++i) {
    state = state * 1103515245u + 12345u;
    text += "word" + std::to_string((state >> 8) % 5000) + (newlines && i % 17 == 16 ? "\n" : " ");
  }
  return text;
}

constexpr std::string_view kPage =
    "<!DOCTYPE html><html><head><title>Harbour opens</title></head>"
    "<body><p>The new harbour opened on Monday.</p></body></html>";

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "newsift-read-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, std::string_view bytes) {
    fs::path path = fs::path(dir_) / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path.string();
  }

  static std::vector<Document> ReadAll(const std::vector<std::string>& paths,
                                       const ReadOptions& options = {},
                                       ReaderStats* stats = nullptr,
                                       uint64_t* total_bytes = nullptr) {
    auto reader = OpenReader(paths, options);
    std::vector<Document> docs;
    Document doc;
    while (reader->Next(&doc)) docs.push_back(doc);
    if (stats != nullptr) *stats = reader->stats();
    if (total_bytes != nullptr) *total_bytes = reader->total_bytes();
    return docs;
  }

  std::string dir_;
};

TEST_F(ReaderTest, HtmlFileIsOneHtmlDocument) {
  std::string path = Write("page.html", kPage);
  ReaderStats stats;
  uint64_t total = 0;
  auto docs = ReadAll({path}, {}, &stats, &total);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].read_status.ok()) << docs[0].read_status.ToString();
  EXPECT_EQ(docs[0].source, path);
  EXPECT_EQ(docs[0].bytes, kPage);
  EXPECT_EQ(docs[0].hint, FormatHint::kHtml);
  EXPECT_EQ(stats.documents, 1u);
  EXPECT_EQ(stats.read_errors, 0u);
  EXPECT_EQ(total, kPage.size());
  EXPECT_EQ(stats.bytes_read, kPage.size());
}

TEST_F(ReaderTest, TextFileAndUnknownExtension) {
  std::string txt = Write("dump.txt", "Headline\nBody line one.\n");
  std::string other = Write("page.data", "plain words");
  auto docs = ReadAll({txt, other});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].hint, FormatHint::kText);
  EXPECT_EQ(docs[0].bytes, "Headline\nBody line one.\n");
  EXPECT_EQ(docs[1].hint, FormatHint::kUnknown);
  EXPECT_EQ(docs[1].bytes, "plain words");
}

TEST_F(ReaderTest, GzippedHtmlIsDecompressed) {
  std::string path = Write("page.html.gz", Gzip(kPage));
  auto docs = ReadAll({path});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].read_status.ok()) << docs[0].read_status.ToString();
  EXPECT_EQ(docs[0].bytes, kPage);
  EXPECT_EQ(docs[0].hint, FormatHint::kHtml);
}

TEST_F(ReaderTest, MultiMemberGzipIsJoined) {
  std::string path = Write("joined.txt.gz", Gzip("part one, ") + Gzip("part two"));
  auto docs = ReadAll({path});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].read_status.ok()) << docs[0].read_status.ToString();
  EXPECT_EQ(docs[0].bytes, "part one, part two");
}

TEST_F(ReaderTest, TruncatedGzipKeepsBytesReadSoFar) {
  std::string text = LongText(40000);
  std::string compressed = Gzip(text);
  std::string path = Write("cut.txt.gz", compressed.substr(0, compressed.size() / 2));
  auto docs = ReadAll({path});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].read_status.IsCorruption());
  EXPECT_THAT(docs[0].read_status.message(), HasSubstr("truncated gzip stream"));
  EXPECT_THAT(docs[0].read_status.message(), HasSubstr(path));
  EXPECT_FALSE(docs[0].bytes.empty());
  EXPECT_LT(docs[0].bytes.size(), text.size());
  EXPECT_EQ(text.compare(0, docs[0].bytes.size(), docs[0].bytes), 0);
}

TEST_F(ReaderTest, TruncatedZstdIsCorruption) {
  std::string text = LongText(40000);
  std::string compressed = Zstd(text);
  std::string path = Write("cut.txt.zst", compressed.substr(0, compressed.size() / 2));
  auto docs = ReadAll({path});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].read_status.IsCorruption());
  EXPECT_THAT(docs[0].read_status.message(), HasSubstr("truncated zstd stream"));
  EXPECT_EQ(text.compare(0, docs[0].bytes.size(), docs[0].bytes), 0);
}

TEST_F(ReaderTest, BinaryAndInvalidUtf8BytesPassThrough) {
  std::string binary;
  for (int i = 0; i < 256; ++i) binary.push_back(static_cast<char>(i));
  std::string invalid = "caf\xe9 \xff\xfe ok \xc3\x28";
  std::string bin_path = Write("junk.bin", binary);
  std::string txt_path = Write("latin.txt", invalid);
  auto docs = ReadAll({bin_path, txt_path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].read_status.ok());
  EXPECT_EQ(docs[0].bytes, binary);
  EXPECT_EQ(docs[0].hint, FormatHint::kUnknown);
  EXPECT_TRUE(docs[1].read_status.ok());
  EXPECT_EQ(docs[1].bytes, invalid);
}

TEST_F(ReaderTest, EmptyFileIsAnEmptyOkDocument) {
  std::string path = Write("empty.html", "");
  auto docs = ReadAll({path});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].read_status.ok());
  EXPECT_TRUE(docs[0].bytes.empty());
}

TEST_F(ReaderTest, MissingPathIsAnIoErrorAndTheStreamGoesOn) {
  std::string missing = dir_ + "/nope.html";
  std::string present = Write("yes.html", kPage);
  ReaderStats stats;
  auto docs = ReadAll({missing, present}, {}, &stats);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].read_status.code(), Status::Code::kIOError);
  EXPECT_EQ(docs[0].source, missing);
  EXPECT_THAT(docs[0].read_status.message(), HasSubstr(missing));
  EXPECT_TRUE(docs[1].read_status.ok());
  EXPECT_EQ(stats.documents, 2u);
  EXPECT_EQ(stats.read_errors, 1u);
}

TEST_F(ReaderTest, DocumentOverTheLimitIsTooLarge) {
  std::string path = Write("big.html", std::string(5000, 'x'));
  std::string small = Write("small.html", "tiny");
  ReadOptions options;
  options.max_document_bytes = 100;
  ReaderStats stats;
  auto docs = ReadAll({path, small}, options, &stats);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].read_status.code(), Status::Code::kTooLarge);
  EXPECT_THAT(docs[0].read_status.message(), HasSubstr("100 bytes"));
  EXPECT_TRUE(docs[0].bytes.empty());
  EXPECT_TRUE(docs[1].read_status.ok());
  EXPECT_EQ(stats.bytes_read, 5004u);
}

TEST_F(ReaderTest, DirectoryIsWalkedInSortedOrderSkippingLoopsHiddenAndMedia) {
  std::string root = dir_ + "/tree";
  Write("tree/b.html", kPage);
  Write("tree/a/x.txt", "x text");
  Write("tree/a/sub/y.htm", "<p>y</p>");
  Write("tree/c.png", "\x89PNG");
  Write("tree/junk.bin", std::string("\0\1\2", 3));
  Write("tree/.hidden/z.html", "<p>hidden</p>");
  Write("tree/.dot.html", "<p>hidden</p>");
  fs::create_directory_symlink("..", root + "/a/loop");
  fs::create_symlink(root + "/gone.html", root + "/dangling.html");
  ReaderStats stats;
  uint64_t total = 0;
  auto docs = ReadAll({root}, {}, &stats, &total);
  std::vector<std::string> sources;
  for (const Document& doc : docs) sources.push_back(doc.source);
  EXPECT_THAT(sources, ElementsAre(root + "/a/sub/y.htm", root + "/a/x.txt", root + "/b.html",
                                   root + "/dangling.html", root + "/junk.bin"));
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[3].read_status.code(), Status::Code::kIOError);
  EXPECT_TRUE(docs[4].read_status.ok());
  EXPECT_EQ(docs[4].bytes.size(), 3u);
  EXPECT_EQ(stats.skipped_files, 1u);
  EXPECT_EQ(stats.read_errors, 1u);
  EXPECT_EQ(total, kPage.size() + 6 + 8 + 3);
  EXPECT_EQ(stats.bytes_read, total);
}

TEST_F(ReaderTest, NotFollowingSymlinksSkipsThem) {
  std::string root = dir_ + "/tree";
  Write("tree/a.html", kPage);
  fs::create_symlink(root + "/a.html", root + "/b.html");
  ReadOptions options;
  options.follow_symlinks = false;
  ReaderStats stats;
  auto docs = ReadAll({root}, options, &stats);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].source, root + "/a.html");
  EXPECT_EQ(stats.skipped_files, 1u);
}

// ---- JSONL ----

constexpr std::string_view kJsonl =
    R"({"url": "https://news.example/a", "html": "<p>A</p>", "fetched_at": "2024-03-01T00:00:00Z"})"
    "\n"
    "\n"
    R"({"url": "https://news.example/b", "text": "Plain B"})"
    "\n"
    R"({"url": "https://news.example/c", "html": )"
    "\n"
    R"({"url": "https://news.example/d"})"
    "\n"
    R"([1, 2, 3])"
    "\n";

void ExpectJsonlDocs(const std::vector<Document>& docs, const std::string& path) {
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[0].source, path + ":1");
  EXPECT_TRUE(docs[0].read_status.ok()) << docs[0].read_status.ToString();
  EXPECT_EQ(docs[0].url, "https://news.example/a");
  EXPECT_EQ(docs[0].bytes, "<p>A</p>");
  EXPECT_EQ(docs[0].hint, FormatHint::kHtml);
  EXPECT_EQ(docs[0].fetched_at, "2024-03-01T00:00:00Z");
  EXPECT_EQ(docs[1].source, path + ":3");
  EXPECT_EQ(docs[1].hint, FormatHint::kText);
  EXPECT_EQ(docs[1].bytes, "Plain B");
  EXPECT_EQ(docs[2].source, path + ":4");
  EXPECT_EQ(docs[2].read_status.code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(docs[2].read_status.message(), HasSubstr(path + ":4"));
  EXPECT_THAT(docs[2].read_status.message(), HasSubstr("invalid JSON"));
  EXPECT_EQ(docs[3].read_status.code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(docs[3].read_status.message(), HasSubstr("\"html\" or \"text\""));
  EXPECT_FALSE(docs[4].read_status.ok());
}

TEST_F(ReaderTest, JsonlPlainGzipAndZstd) {
  for (const auto& [name, bytes] :
       std::vector<std::pair<std::string, std::string>>{{"a.jsonl", std::string(kJsonl)},
                                                        {"b.jsonl.gz", Gzip(kJsonl)},
                                                        {"c.jsonl.zst", Zstd(kJsonl)},
                                                        {"d.ndjson", std::string(kJsonl)}}) {
    SCOPED_TRACE(name);
    std::string path = Write(name, bytes);
    ReaderStats stats;
    auto docs = ReadAll({path}, {}, &stats);
    ExpectJsonlDocs(docs, path);
    EXPECT_EQ(stats.read_errors, 3u);
  }
}

TEST_F(ReaderTest, JsonlSniffedFromContentWithUnknownExtension) {
  std::string path = Write("export.data", "  {\"text\": \"sniffed\"}\n{\"text\": \"two\"}");
  auto docs = ReadAll({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].source, path + ":1");
  EXPECT_EQ(docs[1].bytes, "two");
}

TEST_F(ReaderTest, JsonlLineOverTheLimitIsSkippedUnbuffered) {
  std::string big = "{\"html\": \"" + std::string(300000, 'y') + "\"}\n{\"html\": \"ok\"}\n";
  std::string path = Write("big.jsonl", big);
  ReadOptions options;
  options.max_document_bytes = 1000;
  auto docs = ReadAll({path}, options);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].read_status.code(), Status::Code::kTooLarge);
  EXPECT_EQ(docs[0].source, path + ":1");
  EXPECT_TRUE(docs[1].read_status.ok());
  EXPECT_EQ(docs[1].bytes, "ok");
}

TEST_F(ReaderTest, TruncatedJsonlGzipReportsTheCutLine) {
  std::string lines;
  for (int i = 0; i < 3000; ++i) {
    lines += R"({"text": ")" + LongText(20, /*newlines=*/false) +
             R"("})"
             "\n";
  }
  std::string compressed = Gzip(lines);
  std::string path = Write("cut.jsonl.gz", compressed.substr(0, compressed.size() / 2));
  auto docs = ReadAll({path});
  ASSERT_GT(docs.size(), 10u);
  EXPECT_TRUE(docs.front().read_status.ok());
  EXPECT_TRUE(docs.back().read_status.IsCorruption());
  EXPECT_THAT(docs.back().read_status.message(), HasSubstr("truncated gzip stream"));
  size_t errors = 0;
  for (const Document& doc : docs) errors += doc.read_status.ok() ? 0 : 1;
  EXPECT_EQ(errors, 1u);
}

TEST_F(ReaderTest, StdinIsSniffed) {
  std::string path = Write("stdin.bin", Gzip("{\"html\": \"<p>from stdin</p>\"}\n"));
  int saved = dup(STDIN_FILENO);
  int fd = open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  dup2(fd, STDIN_FILENO);
  close(fd);
  uint64_t total = 1;
  auto docs = ReadAll({"-"}, {}, nullptr, &total);
  dup2(saved, STDIN_FILENO);
  close(saved);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].source, "-:1");
  EXPECT_EQ(docs[0].bytes, "<p>from stdin</p>");
  EXPECT_EQ(total, 0u);
}

// ---- shared data ----

TEST(SharedDataTest, EveryScrapinghubPageIsOneOkDocument) {
  fs::path html = testing::SharedDir() / "data/extraction/scrapinghub/html";
  if (!fs::is_directory(html)) GTEST_SKIP() << "shared data absent: " << html;
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(html)) files += entry.is_regular_file() ? 1 : 0;
  auto reader = OpenReader({html.string()});
  Document doc;
  size_t docs = 0;
  while (reader->Next(&doc)) {
    ++docs;
    EXPECT_TRUE(doc.read_status.ok()) << doc.read_status.ToString();
    EXPECT_EQ(doc.hint, FormatHint::kHtml) << doc.source;
    EXPECT_NE(doc.bytes.find('<'), std::string::npos) << doc.source;
  }
  EXPECT_GT(files, 0u);
  EXPECT_EQ(docs, files);
  EXPECT_EQ(reader->stats().read_errors, 0u);
  EXPECT_EQ(reader->stats().bytes_read, reader->total_bytes());
}

}  // namespace
}  // namespace newsift
