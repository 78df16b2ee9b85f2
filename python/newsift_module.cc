// pybind11 glue: exposes extraction, the store and the dedup building blocks
// to Python. Records cross the boundary as the same JSON the CLI prints,
// converted to dicts. The GIL is released while C++ works, so Python threads
// extracting in parallel scale with cores.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <string>
#include <vector>

#include "dedup/lsh.h"
#include "dedup/minhash.h"
#include "dedup/shingles.h"
#include "newsift/article_json.h"
#include "newsift/extract.h"
#include "newsift/pipeline.h"
#include "newsift/store.h"

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
    case json::value_t::null: return py::none();
    case json::value_t::boolean: return py::bool_(j.get<bool>());
    case json::value_t::number_integer: return py::int_(j.get<int64_t>());
    case json::value_t::number_unsigned: return py::int_(j.get<uint64_t>());
    case json::value_t::number_float: return py::float_(j.get<double>());
    case json::value_t::string: return py::str(j.get_ref<const std::string&>());
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
    default: return py::none();
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
                   size_t min_body_chars) {
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
  Article article;
  {
    py::gil_scoped_release release;
    article = Extract(doc, options);
  }
  return ArticleDict(article, explain);
}

class PyStore {
 public:
  explicit PyStore(const std::string& path) {
    auto store = Store::Open(path);
    if (!store.ok()) Raise(store.status());
    store_ = std::move(store.value());
  }

  py::dict Ingest(const std::vector<std::string>& paths, int threads, size_t batch_size,
                  size_t min_body_chars) {
    IngestOptions options;
    options.threads = threads;
    options.batch_size = batch_size;
    options.extract.min_body_chars = min_body_chars;
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
    out["skipped_existing"] = s.skipped_existing;
    out["skipped_records"] = s.reader.skipped_records;
    out["bytes"] = s.bytes;
    out["seconds"] = s.seconds;
    return out;
  }

  py::list Search(const std::string& text, const std::string& site, const std::string& since,
                  const std::string& until, int limit) {
    SearchQuery query{text, site, since, until, limit};
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

  py::list Articles(const std::string& status) {
    ExportFilter filter;
    if (!status.empty()) {
      RecordStatus parsed;
      if (!ParseRecordStatus(status, &parsed)) {
        throw py::value_error("status must be one of ok, empty, duplicate, error");
      }
      filter.status = parsed;
    }
    py::list out;
    Status s = store_->ForEach(filter, [&](const Article& a) {
      out.append(ArticleDict(a, false));
      return true;
    });
    if (!s.ok()) Raise(s);
    return out;
  }

  py::dict Stats() {
    auto stats = store_->Stats();
    if (!stats.ok()) Raise(stats.status());
    py::dict out;
    out["documents"] = stats->documents;
    out["by_status"] = stats->by_status;
    out["by_format"] = stats->by_format;
    out["by_language"] = stats->by_language;
    out["by_site"] = stats->by_site;
    out["body_chars"] = stats->body_chars;
    out["schema_version"] = stats->schema_version;
    return out;
  }

 private:
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
        py::arg("min_body_chars") = 1);
  m.def("shingles", &ShingleHashes, py::arg("text"), py::arg("ngram") = 5);
  m.def("jaccard", &Jaccard, py::arg("a"), py::arg("b"));
  m.def("signature", &PySignature, py::arg("text"), py::arg("num_hashes") = 128,
        py::arg("ngram") = 5, py::arg("seed") = 1);
  m.def("band_keys", &PyBandKeys, py::arg("signature"), py::arg("bands") = 32,
        py::arg("rows") = 4);
  m.def("candidate_pairs", &PyCandidatePairs, py::arg("signatures"), py::arg("bands") = 32,
        py::arg("rows") = 4);

  py::class_<PyStore>(m, "Store")
      .def(py::init<const std::string&>(), py::arg("path"))
      .def("ingest", &PyStore::Ingest, py::arg("paths"), py::arg("threads") = 0,
           py::arg("batch_size") = 256, py::arg("min_body_chars") = 1)
      .def("search", &PyStore::Search, py::arg("query"), py::arg("site") = "",
           py::arg("since") = "", py::arg("until") = "", py::arg("limit") = 10)
      .def("get", &PyStore::Get, py::arg("id_or_url"), py::arg("explain") = false)
      .def("articles", &PyStore::Articles, py::arg("status") = "")
      .def("stats", &PyStore::Stats);
}
