// pybind11 glue: exposes extraction, the store and the dedup building blocks
// to Python. Records cross the boundary as the same JSON the CLI prints,
// converted to dicts. The GIL is released while C++ works, so Python threads
// extracting in parallel scale with cores.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dedup/lsh.h"
#include "dedup/minhash.h"
#include "dedup/representative.h"
#include "dedup/shingles.h"
#include "dedup/site_boilerplate.h"
#include "dedup/sketch.h"
#include "newsift/article_json.h"
#include "newsift/extract.h"
#include "newsift/pipeline.h"
#include "newsift/reader.h"
#include "newsift/store.h"
#include "pipeline/record.h"
#include "read/directory_walker.h"

namespace py = pybind11;
using nlohmann::json;

namespace newsift {
namespace {

// Raised for every expected failure; the message is the CLI's.
PyObject* g_error = nullptr;

[[noreturn]] void Raise(const Status& status) {
  PyErr_SetString(g_error, status.ToString().c_str());
  throw py::error_already_set();
}

py::object ToPython(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
      return py::none();
    case json::value_t::boolean:
      return py::bool_(j.get<bool>());
    case json::value_t::number_integer:
      return py::int_(j.get<int64_t>());
    case json::value_t::number_unsigned:
      return py::int_(j.get<uint64_t>());
    case json::value_t::number_float:
      return py::float_(j.get<double>());
    case json::value_t::string:
      return py::str(j.get_ref<const std::string&>());
    case json::value_t::array: {
      py::list list;
      for (const json& v : j) list.append(ToPython(v));
      return list;
    }
    case json::value_t::object: {
      py::dict dict;
      for (const auto& [key, value] : j.items()) dict[py::str(key)] = ToPython(value);
      return dict;
    }
    default:
      return py::none();
  }
}

py::dict ArticleDict(const Article& article, bool explain) {
  return ToPython(ToJson(article, {.include_explain = explain, .include_paragraphs = true}));
}

std::string BytesOf(const py::object& data) {
  if (py::isinstance<py::bytes>(data)) return data.cast<std::string>();
  if (py::isinstance<py::str>(data)) return data.cast<std::string>();  // UTF-8
  throw py::type_error("data must be bytes or str");
}

py::dict PyExtract(const py::object& data, const std::string& url, const std::string& fetched_at,
                   const std::string& format, const std::string& source, bool explain,
                   size_t min_body_chars, bool drop_listings) {
  Document doc;
  doc.bytes = BytesOf(data);
  doc.url = url;
  doc.fetched_at = fetched_at;
  doc.source = source.empty() ? (url.empty() ? "<python>" : url) : source;
  if (format == "html") {
    doc.hint = FormatHint::kHtml;
  } else if (format == "text") {
    doc.hint = FormatHint::kText;
  } else if (!format.empty()) {
    throw py::value_error("format must be 'html', 'text' or None");
  }
  ExtractOptions options;
  options.explain = explain;
  options.min_body_chars = min_body_chars;
  options.drop_listings = drop_listings;
  Article article;
  {
    py::gil_scoped_release release;
    article = Extract(doc, options);
  }
  return ArticleDict(article, explain);
}

// ---------------------------------------------------------------------------
// Building blocks of a distributed ingest (newsift.dask): the same reader,
// extraction and store calls as `newsift ingest`, one partition at a time.
// Records travel as dicts: the CLI's JSON with paragraphs, explain entries,
// internals (candidate paragraphs) and body_hash, so a record converts back to
// the same Article losslessly.

constexpr char kBodyHashKey[] = "body_hash";

json FromPython(const py::handle& value) {
  if (value.is_none()) return nullptr;
  if (py::isinstance<py::bool_>(value)) return value.cast<bool>();
  if (py::isinstance<py::int_>(value)) {
    if (value.cast<py::int_>() < py::int_(0)) return value.cast<int64_t>();
    return value.cast<uint64_t>();
  }
  if (py::isinstance<py::float_>(value)) return value.cast<double>();
  if (py::isinstance<py::str>(value)) return value.cast<std::string>();
  if (py::isinstance<py::dict>(value)) {
    json object = json::object();
    for (const auto& [key, item] : value.cast<py::dict>()) {
      object[py::str(key).cast<std::string>()] = FromPython(item);
    }
    return object;
  }
  if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
    json array = json::array();
    for (const py::handle& item : value) array.push_back(FromPython(item));
    return array;
  }
  throw py::type_error("records hold only None, bool, int, float, str, list and dict values");
}

py::dict RecordDict(const Article& article) {
  json j = ToJson(article,
                  {.include_explain = true, .include_paragraphs = true, .include_internals = true});
  j[kBodyHashKey] = article.body_hash.empty() ? json(nullptr) : json(article.body_hash);
  return ToPython(j);
}

Article RecordArticle(const py::handle& record) {
  json j = FromPython(record);
  Result<Article> article = ArticleFromJson(j);
  if (!article.ok()) Raise(article.status());
  auto hash = j.find(kBodyHashKey);
  if (hash != j.end() && hash->is_string()) article->body_hash = hash->get<std::string>();
  return std::move(article).value();
}

// The inputs the reader would open for these paths, in its order. An input
// that cannot be listed carries the error record the reader would produce.
py::list PyExpandInputs(const std::vector<std::string>& paths) {
  read::ExpandedInputs inputs;
  {
    py::gil_scoped_release release;
    inputs = read::ExpandInputs(paths, ReadOptions{});
  }
  py::list out;
  for (const read::InputItem& item : inputs.items) {
    py::dict d;
    d["path"] = item.path;
    d["size"] = item.size;
    d["error_record"] = py::none();
    if (!item.error.ok()) {
      Document doc;
      doc.source = item.path;
      doc.read_status = item.error;
      d["error_record"] = RecordDict(ReadErrorRecord(doc));
    }
    out.append(std::move(d));
  }
  return out;
}

// Reads one input with the C++ reader and extracts the documents whose index
// in it is offset modulo stride, as `newsift ingest` would: [(index, record)].
py::list PyReadRecords(const std::string& path, uint64_t stride, uint64_t offset,
                       size_t min_body_chars, bool drop_listings) {
  if (stride == 0 || offset >= stride) throw py::value_error("need 0 <= offset < stride");
  std::vector<std::pair<uint64_t, Article>> records;
  {
    py::gil_scoped_release release;
    ExtractOptions options;
    options.min_body_chars = min_body_chars;
    options.drop_listings = drop_listings;
    std::unique_ptr<DocumentReader> reader = OpenReader({path});
    Document doc;
    for (uint64_t index = 0; reader->Next(&doc); ++index) {
      if (index % stride == offset) records.emplace_back(index, ExtractRecord(doc, options));
    }
  }
  py::list out;
  for (const auto& [index, article] : records) {
    out.append(py::make_tuple(index, RecordDict(article)));
  }
  return out;
}

// The near-duplicate view of a body with the store's parameters: its shingle
// set (packed uint64, for the exact Jaccard check) and its LSH band keys.
py::tuple PySketch(const std::string& body) {
  Sketch sketch;
  {
    py::gil_scoped_release release;
    sketch = MakeSketch(body, CorpusNearDuplicateOptions());
  }
  py::bytes packed(reinterpret_cast<const char*>(sketch.shingles.data()),
                   sketch.shingles.size() * sizeof(uint64_t));
  return py::make_tuple(std::move(packed), std::move(sketch.band_keys));
}

// Site boilerplate (src/dedup/site_boilerplate.h) over record dicts: the
// record's site key and the distinct block hashes of its candidate paragraphs.
py::tuple PySiteBlocks(const py::dict& record) {
  Article article = RecordArticle(record);
  std::vector<uint64_t> hashes;
  for (const PageBlock& block : PageBlocks(CandidateParagraphs(article))) {
    hashes.push_back(block.hash);
  }
  return py::make_tuple(SiteKey(article), std::move(hashes));
}

// The record cleaned with its site's table (pages: block hash -> pages of the
// site containing it; absent hashes count as zero).
py::dict PyApplySiteBoilerplate(const py::dict& record,
                                const std::unordered_map<uint64_t, int64_t>& pages,
                                int64_t site_pages) {
  Article article = RecordArticle(record);
  const std::vector<Paragraph> candidates = CandidateParagraphs(article);
  {
    py::gil_scoped_release release;
    ApplySiteBoilerplate(
        candidates,
        [&pages](uint64_t hash) -> int64_t {
          auto it = pages.find(hash);
          return it == pages.end() ? 0 : it->second;
        },
        site_pages, article);
  }
  return RecordDict(article);
}

// The order of a cluster's members before the input order decides:
// (undated, published as UTC epoch seconds), as MakeRepresentativeKey has it.
std::pair<int, int64_t> PyPublishedKey(const std::string& published) {
  RepresentativeKey key = MakeRepresentativeKey(published, 0);
  return {key.undated, key.published_utc};
}

std::vector<uint64_t> Unpack(const py::bytes& packed) {
  std::string_view data = packed;
  if (data.size() % sizeof(uint64_t) != 0) throw py::value_error("packed shingles: bad length");
  std::vector<uint64_t> values(data.size() / sizeof(uint64_t));
  std::memcpy(values.data(), data.data(), data.size());
  return values;
}

double PyJaccardPacked(const py::bytes& a, const py::bytes& b) {
  std::vector<uint64_t> set_a = Unpack(a);
  std::vector<uint64_t> set_b = Unpack(b);
  py::gil_scoped_release release;
  return Jaccard(set_a, set_b);
}

class PyStore {
 public:
  explicit PyStore(const std::string& path) {
    auto store = Store::Open(path);
    if (!store.ok()) Raise(store.status());
    store_ = std::move(store.value());
  }

  py::dict Ingest(const std::vector<std::string>& paths, int threads, size_t batch_size,
                  size_t min_body_chars, bool drop_listings) {
    IngestOptions options;
    options.threads = threads;
    options.batch_size = batch_size;
    options.extract.min_body_chars = min_body_chars;
    options.extract.drop_listings = drop_listings;
    Result<IngestSummary> summary = Status::Internal("ingest", "not run");
    {
      py::gil_scoped_release release;
      summary = newsift::Ingest(paths, *store_, options);
    }
    if (!summary.ok()) Raise(summary.status());
    const IngestSummary& s = *summary;
    py::dict out;
    out["read"] = s.read;
    out["ok"] = s.ok;
    out["empty"] = s.empty;
    out["duplicate"] = s.duplicate;
    out["error"] = s.error;
    out["listing"] = s.listing;
    out["skipped_existing"] = s.skipped_existing;
    out["skipped_records"] = s.reader.skipped_records;
    out["bytes"] = s.bytes;
    out["seconds"] = s.seconds;
    return out;
  }

  py::list Search(const std::string& text, const std::string& site, const std::string& since,
                  const std::string& until, int limit, const std::string& page_type) {
    SearchQuery query{text, site, since, until, limit};
    if (!page_type.empty()) {
      PageType parsed;
      if (!ParsePageType(page_type, &parsed)) {
        throw py::value_error("page_type must be article or listing");
      }
      query.page_type = parsed;
    }
    Result<std::vector<SearchHit>> hits = Status::Internal("search", "not run");
    {
      py::gil_scoped_release release;
      hits = store_->Search(query);
    }
    if (!hits.ok()) Raise(hits.status());
    py::list out;
    for (const SearchHit& h : *hits) {
      py::dict d;
      d["id"] = h.id;
      d["title"] = h.title;
      d["url"] = h.url;
      d["site"] = h.site;
      d["published"] = h.published;
      d["snippet"] = h.snippet;
      d["score"] = h.score;
      out.append(std::move(d));
    }
    return out;
  }

  py::object Get(const std::string& id_or_url, bool explain) {
    auto article = store_->Get(id_or_url);
    if (!article.ok()) Raise(article.status());
    if (!article->has_value()) return py::none();
    return ArticleDict(**article, explain);
  }

  py::list Articles(const std::string& status, const std::string& page_type) {
    ExportFilter filter;
    if (!status.empty()) {
      RecordStatus parsed;
      if (!ParseRecordStatus(status, &parsed)) {
        throw py::value_error("status must be one of ok, empty, duplicate, error");
      }
      filter.status = parsed;
    }
    if (!page_type.empty()) {
      PageType parsed;
      if (!ParsePageType(page_type, &parsed)) {
        throw py::value_error("page_type must be article or listing");
      }
      filter.page_type = parsed;
    }
    py::list out;
    Status s = store_->ForEach(filter, [&](const Article& a) {
      out.append(ArticleDict(a, false));
      return true;
    });
    if (!s.ok()) Raise(s);
    return out;
  }

  // Stores finished records as they are (a distributed ingest's output), in
  // transactions of batch_size. Returns how many were stored.
  size_t PutRecords(const py::list& records, size_t batch_size) {
    std::vector<Article> articles;
    articles.reserve(records.size());
    for (const py::handle& record : records) articles.push_back(RecordArticle(record));
    Status status = Status::OK();
    {
      py::gil_scoped_release release;
      status = PutAll(articles, std::max<size_t>(1, batch_size));
    }
    if (!status.ok()) Raise(status);
    return articles.size();
  }

  py::dict Stats() {
    auto stats = store_->Stats();
    if (!stats.ok()) Raise(stats.status());
    py::dict out;
    out["documents"] = stats->documents;
    out["by_status"] = stats->by_status;
    out["by_format"] = stats->by_format;
    out["by_page_type"] = stats->by_page_type;
    out["by_language"] = stats->by_language;
    out["by_site"] = stats->by_site;
    out["body_chars"] = stats->body_chars;
    out["schema_version"] = stats->schema_version;
    return out;
  }

 private:
  Status PutAll(const std::vector<Article>& articles, size_t batch_size) {
    for (size_t start = 0; start < articles.size(); start += batch_size) {
      Status status = store_->Begin();
      if (!status.ok()) return status;
      size_t end = std::min(articles.size(), start + batch_size);
      for (size_t i = start; i < end && status.ok(); ++i) {
        status = store_->PutFinished(articles[i]);
      }
      if (!status.ok()) {
        store_->Rollback();  // the put's error is the one reported
        return status;
      }
      status = store_->Commit();
      if (!status.ok()) return status;
    }
    return Status::OK();
  }

  std::unique_ptr<Store> store_;
};

std::vector<uint32_t> PySignature(const std::string& text, int num_hashes, int ngram,
                                  uint64_t seed) {
  py::gil_scoped_release release;
  return MinHasher(num_hashes, seed).Compute(ShingleHashes(text, ngram));
}

std::vector<std::pair<uint32_t, uint32_t>> PyCandidatePairs(
    const std::vector<std::vector<uint32_t>>& signatures, int bands, int rows) {
  for (const auto& sig : signatures) {
    if (sig.size() < static_cast<size_t>(bands * rows)) {
      throw py::value_error("every signature needs at least bands * rows values");
    }
  }
  py::gil_scoped_release release;
  return CandidatePairs(signatures, {.bands = bands, .rows = rows});
}

std::vector<uint64_t> PyBandKeys(const std::vector<uint32_t>& signature, int bands, int rows) {
  if (signature.size() < static_cast<size_t>(bands * rows)) {
    throw py::value_error("the signature needs at least bands * rows values");
  }
  return BandKeys(signature, {.bands = bands, .rows = rows});
}

}  // namespace
}  // namespace newsift

PYBIND11_MODULE(_newsift, m) {
  using namespace newsift;
  m.doc() = "newsift engine (C++). Use the `newsift` package, not this module directly.";
  static py::exception<std::runtime_error> error(m, "Error");
  g_error = error.ptr();

  m.def("extract", &PyExtract, py::arg("data"), py::arg("url") = "", py::arg("fetched_at") = "",
        py::arg("format") = "", py::arg("source") = "", py::arg("explain") = false,
        py::arg("min_body_chars") = 1, py::arg("drop_listings") = false);
  m.def("shingles", &ShingleHashes, py::arg("text"), py::arg("ngram") = 5);
  m.def("jaccard", &Jaccard, py::arg("a"), py::arg("b"));
  m.def("signature", &PySignature, py::arg("text"), py::arg("num_hashes") = 128,
        py::arg("ngram") = 5, py::arg("seed") = 1);
  m.def("band_keys", &PyBandKeys, py::arg("signature"), py::arg("bands") = 32, py::arg("rows") = 4);
  m.def("candidate_pairs", &PyCandidatePairs, py::arg("signatures"), py::arg("bands") = 32,
        py::arg("rows") = 4);

  py::class_<PyStore>(m, "Store")
      .def(py::init<const std::string&>(), py::arg("path"))
      .def("ingest", &PyStore::Ingest, py::arg("paths"), py::arg("threads") = 0,
           py::arg("batch_size") = 256, py::arg("min_body_chars") = 1,
           py::arg("drop_listings") = false)
      .def("search", &PyStore::Search, py::arg("query"), py::arg("site") = "",
           py::arg("since") = "", py::arg("until") = "", py::arg("limit") = 10,
           py::arg("page_type") = "")
      .def("get", &PyStore::Get, py::arg("id_or_url"), py::arg("explain") = false)
      .def("articles", &PyStore::Articles, py::arg("status") = "", py::arg("page_type") = "")
      .def("put_records", &PyStore::PutRecords, py::arg("records"), py::arg("batch_size") = 256)
      .def("stats", &PyStore::Stats);

  m.def("expand_inputs", &PyExpandInputs, py::arg("paths"));
  m.def("read_records", &PyReadRecords, py::arg("path"), py::arg("stride") = 1,
        py::arg("offset") = 0, py::arg("min_body_chars") = 1, py::arg("drop_listings") = false);
  m.def("sketch", &PySketch, py::arg("body"));
  m.def("jaccard_packed", &PyJaccardPacked, py::arg("a"), py::arg("b"));
  m.def("site_blocks", &PySiteBlocks, py::arg("record"));
  m.def("is_site_boilerplate", &IsSiteBoilerplate, py::arg("pages_with_block"),
        py::arg("site_pages"));
  m.def("apply_site_boilerplate", &PyApplySiteBoilerplate, py::arg("record"), py::arg("pages"),
        py::arg("site_pages"));
  m.def("published_key", &PyPublishedKey, py::arg("published"));
  m.attr("NEAR_DUPLICATE_THRESHOLD") = CorpusNearDuplicateOptions().threshold;
}
