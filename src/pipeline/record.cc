#include "pipeline/record.h"

#include <exception>
#include <string>

#include "newsift/extract.h"

namespace newsift {
namespace {

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
