// WARC reading: records built by the test (invented pages), plain and
// gzipped per record, with damage.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "read/byte_stream.h"
#include "read/http_response.h"
#include "read/readers.h"

namespace newsift::read {
namespace {

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

// Text that does not compress much, so that cutting a gzip member in half
// cuts the record's body, not its header.
std::string NoisyText(size_t size) {
  std::string text;
  uint32_t state = 2024;
  while (text.size() < size) {
    state = state * 1103515245u + 12345u;
    text.push_back(static_cast<char>('a' + (state >> 16) % 26));
  }
  return text;
}

std::string Record(std::string_view type, std::string_view id, std::string_view content_type,
                   std::string_view block, std::string_view uri = "https://news.example/x") {
  std::string out = "WARC/1.1\r\nWARC-Type: " + std::string(type) +
                    "\r\nWARC-Record-ID: <urn:uuid:" + std::string(id) +
                    ">\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n";
  if (!uri.empty()) out += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  if (!content_type.empty()) out += "Content-Type: " + std::string(content_type) + "\r\n";
  out += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  out += block;
  out += "\r\n\r\n";
  return out;
}

std::string Http(std::string_view status, std::string_view headers, std::string_view body) {
  return "HTTP/1.1 " + std::string(status) + "\r\n" + std::string(headers) + "\r\n" +
         std::string(body);
}

constexpr std::string_view kHttpType = "application/http; msgtype=response";
constexpr std::string_view kPage = "<html><body><p>Council approves budget.</p></body></html>";
constexpr std::string_view kPage2 = "<!doctype html><p>Second story, encoded twice.</p>";

std::string Chunked(std::string_view data) {
  std::string out;
  size_t half = data.size() / 2;
  char size[32];
  snprintf(size, sizeof(size), "%zx", half);
  out += std::string(size) + "\r\n" + std::string(data.substr(0, half)) + "\r\n";
  snprintf(size, sizeof(size), "%zx", data.size() - half);
  out += std::string(size) + ";ext=1\r\n" + std::string(data.substr(half)) + "\r\n0\r\n\r\n";
  return out;
}

// warcinfo, request, HTML response, image response, chunked+gzip response,
// untyped (sniffed) response, 404 response, HTML resource.
std::vector<std::string> GoodRecords() {
  return {
      Record("warcinfo", "info", "application/warc-fields", "software: test\r\n", ""),
      Record("request", "req", "application/http; msgtype=request",
             "GET /x HTTP/1.1\r\nHost: news.example\r\n\r\n"),
      Record("response", "html", kHttpType,
             Http("200 OK", "Content-Type: text/html; charset=utf-8\r\n", kPage)),
      Record("response", "img", kHttpType,
             Http("200 OK", "Content-Type: image/png\r\n", "\x89PNG")),
      Record("response", "chunked", kHttpType,
             Http("200 OK",
                  "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                  "Content-Encoding: gzip\r\n",
                  Chunked(Gzip(kPage2))),
             "https://news.example/y"),
      Record("response", "sniffed", kHttpType, Http("200 OK", "", "  <html><p>untyped</p></html>")),
      Record("response", "missing", kHttpType,
             Http("404 Not Found", "Content-Type: text/html\r\n", "<p>gone</p>")),
      Record("resource", "res", "text/html", "<p>resource page</p>", "file:///r.html"),
  };
}

std::vector<Document> ReadAll(DocumentReader& reader) {
  std::vector<Document> docs;
  Document doc;
  while (reader.Next(&doc)) docs.push_back(doc);
  return docs;
}

void ExpectGoodDocs(const std::vector<Document>& docs, const std::string& name) {
  ASSERT_GE(docs.size(), 4u);
  EXPECT_EQ(docs[0].source, name + "#urn:uuid:html");
  EXPECT_TRUE(docs[0].read_status.ok()) << docs[0].read_status.ToString();
  EXPECT_EQ(docs[0].url, "https://news.example/x");
  EXPECT_EQ(docs[0].fetched_at, "2024-05-01T10:00:00Z");
  EXPECT_EQ(docs[0].content_type, "text/html; charset=utf-8");
  EXPECT_EQ(docs[0].bytes, kPage);
  EXPECT_EQ(docs[0].hint, FormatHint::kHtml);
  EXPECT_EQ(docs[1].source, name + "#urn:uuid:chunked");
  EXPECT_TRUE(docs[1].read_status.ok()) << docs[1].read_status.ToString();
  EXPECT_EQ(docs[1].bytes, kPage2);
  EXPECT_EQ(docs[1].url, "https://news.example/y");
  EXPECT_EQ(docs[2].source, name + "#urn:uuid:sniffed");
  EXPECT_EQ(docs[2].bytes, "  <html><p>untyped</p></html>");
  EXPECT_EQ(docs[3].source, name + "#urn:uuid:res");
  EXPECT_EQ(docs[3].bytes, "<p>resource page</p>");
}

TEST(WarcReaderTest, PlainWarcWithTruncatedFinalRecord) {
  std::string warc;
  for (const std::string& record : GoodRecords()) warc += record;
  std::string last = Record("response", "cut", kHttpType,
                            Http("200 OK", "Content-Type: text/html\r\n", std::string(500, 'z')));
  warc += last.substr(0, last.size() - 300);
  auto reader = MakeStreamReader(MemoryStream(warc), "crawl.warc", {});
  auto docs = ReadAll(*reader);
  ASSERT_EQ(docs.size(), 5u);
  ExpectGoodDocs(docs, "crawl.warc");
  EXPECT_TRUE(docs[4].read_status.IsCorruption());
  EXPECT_EQ(docs[4].source, "crawl.warc#urn:uuid:cut");
  EXPECT_THAT(docs[4].read_status.message(), HasSubstr("crawl.warc#urn:uuid:cut"));
  EXPECT_THAT(docs[4].read_status.message(), HasSubstr("truncated record: expected"));
  EXPECT_EQ(reader->stats().skipped_records, 4u);
  EXPECT_EQ(reader->stats().documents, 5u);
  EXPECT_EQ(reader->stats().read_errors, 1u);
  EXPECT_EQ(reader->stats().bytes_read, warc.size());
}

TEST(WarcReaderTest, PerRecordGzipWithTruncatedFinalMember) {
  std::string warc;
  for (const std::string& record : GoodRecords()) warc += Gzip(record);
  std::string last = Gzip(Record("response", "cut", kHttpType,
                                 Http("200 OK", "Content-Type: text/html\r\n", NoisyText(20000))));
  warc += last.substr(0, last.size() / 2);
  auto reader = MakeStreamReader(MemoryStream(warc), "crawl.warc.gz", {});
  auto docs = ReadAll(*reader);
  ASSERT_EQ(docs.size(), 5u);
  ExpectGoodDocs(docs, "crawl.warc.gz");
  EXPECT_THAT(docs[4].read_status.message(), HasSubstr("truncated record: expected"));
  EXPECT_THAT(docs[4].read_status.message(), HasSubstr("truncated gzip stream"));
  EXPECT_EQ(reader->stats().skipped_records, 4u);
}

TEST(WarcReaderTest, GarbledHeaderResynchronises) {
  std::vector<std::string> records = GoodRecords();
  std::string warc = records[2] + "garbage that is not a header\r\nmore: junk\r\n\r\n" + records[7];
  // A record whose header is damaged after its version line.
  warc += "WARC/1.0\r\nWARC-Type: response\r\nthis line has no colon\r\n\r\nbody\r\n\r\n";
  warc += records[5];
  auto reader = MakeWarcReader(MemoryStream(warc), "x.warc", {});
  auto docs = ReadAll(*reader);
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_TRUE(docs[0].read_status.ok());
  EXPECT_TRUE(docs[1].read_status.IsCorruption());
  EXPECT_THAT(docs[1].read_status.message(), HasSubstr("invalid WARC header"));
  EXPECT_EQ(docs[2].source, "x.warc#urn:uuid:res");
  EXPECT_TRUE(docs[3].read_status.IsCorruption());
  EXPECT_THAT(docs[3].read_status.message(), HasSubstr("malformed WARC header"));
  EXPECT_EQ(docs[4].source, "x.warc#urn:uuid:sniffed");
}

TEST(WarcReaderTest, BodyOverTheLimitIsTooLargeAndSkipped) {
  std::vector<std::string> records = GoodRecords();
  std::string warc =
      Record("response", "big", kHttpType,
             Http("200 OK", "Content-Type: text/html\r\n", std::string(10000, 'b'))) +
      records[2];
  ReadOptions options;
  options.max_document_bytes = 1000;
  auto reader = MakeWarcReader(MemoryStream(warc), "x.warc", options);
  auto docs = ReadAll(*reader);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].read_status.code(), Status::Code::kTooLarge);
  EXPECT_THAT(docs[0].read_status.message(), HasSubstr("1000 bytes"));
  EXPECT_TRUE(docs[1].read_status.ok());
}

TEST(WarcReaderTest, ContentSniffingPicksWarcForUnknownNames) {
  std::string warc = GoodRecords()[2];
  auto reader = MakeStreamReader(MemoryStream(Gzip(warc)), "-", {});
  auto docs = ReadAll(*reader);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].source, "-#urn:uuid:html");
}

TEST(HttpResponseTest, DechunkPassesThroughUnchunkedBodies) {
  std::string out;
  EXPECT_TRUE(Dechunk("<html>plain</html>", 1000, "r", &out).ok());
  EXPECT_EQ(out, "<html>plain</html>");
  EXPECT_TRUE(Dechunk("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", 1000, "r", &out).ok());
  EXPECT_EQ(out, "hello world");
  Status cut = Dechunk("5\r\nhello\r\n10\r\nabc", 1000, "r", &out);
  EXPECT_TRUE(cut.IsCorruption());
  EXPECT_EQ(out, "helloabc");
}

TEST(HttpResponseTest, DecodeContentHandlesGzipAndPlainBodies) {
  std::string out;
  EXPECT_TRUE(DecodeContent("gzip", Gzip("abc"), 100, "r", &out).ok());
  EXPECT_EQ(out, "abc");
  EXPECT_TRUE(DecodeContent("gzip", "<p>not compressed</p>", 100, "r", &out).ok());
  EXPECT_EQ(out, "<p>not compressed</p>");
  EXPECT_EQ(DecodeContent("br", "xx", 100, "r", &out).code(), Status::Code::kUnsupported);
  EXPECT_EQ(DecodeContent("gzip", Gzip(std::string(500, 'a')), 100, "r", &out).code(),
            Status::Code::kTooLarge);
}

TEST(HttpResponseTest, ParsesStatusAndHeaders) {
  HttpHead head;
  ASSERT_TRUE(
      ParseHttpHead("HTTP/1.1 200 OK\r\ncontent-TYPE: text/html\r\n"
                    "Transfer-Encoding: gzip, chunked\r\n\r\n",
                    &head));
  EXPECT_EQ(head.status_code, 200);
  EXPECT_EQ(head.content_type, "text/html");
  EXPECT_TRUE(head.chunked);
  EXPECT_FALSE(ParseHttpHead("GET / HTTP/1.1\r\n\r\n", &head));
  EXPECT_EQ(MediaType(" Text/HTML ; charset=UTF-8"), "text/html");
}

}  // namespace
}  // namespace newsift::read
