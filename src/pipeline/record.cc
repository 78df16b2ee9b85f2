#include "pipeline/record.h"

#include <exception>
#include <string>

#include "extract/url.h"
#include "newsift/extract.h"

namespace newsift {
namespace {

// Identity and provenance: what a record carries even when nothing could be
// extracted.
Article BaseRecord(const Document& doc) {
  Article article;
  article.id = DocumentId(doc);
  article.source = doc.source;
  article.url = doc.url;
  article.domain = DomainOf(doc.url);
  article.fetched_at = doc.fetched_at;
  article.input_format = doc.hint == FormatHint::kText ? InputFormat::kText : InputFormat::kHtml;
  return article;
}

Article InternalError(const Document& doc, const char* what) {
  Article article = BaseRecord(doc);
  article.status = RecordStatus::kError;
  article.error = "internal error: " + Status::Internal(doc.source, what).message();
  return article;
}

}  // namespace

Article ReadErrorRecord(const Document& doc) {
  Article article = BaseRecord(doc);
  article.status = RecordStatus::kError;
  article.error = doc.read_status.ToString();
  return article;
}

Article ExtractRecord(const Document& doc, const ExtractOptions& options) {
  if (!doc.read_status.ok()) return ReadErrorRecord(doc);
  try {
    return Extract(doc, options);
  } catch (const std::exception& e) {
    return InternalError(doc, e.what());
  } catch (...) {
    return InternalError(doc, "unknown exception");
  }
}

}  // namespace newsift
