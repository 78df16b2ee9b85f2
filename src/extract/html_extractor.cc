// ExtractHtml: one libxml2 parse, then metadata and main content over the
// same tree (see html_metadata.h and html_main_content.h).
#include "extract/html_extractor.h"

#include <utility>

#include "extract/html_dom.h"
#include "extract/html_main_content.h"
#include "extract/html_metadata.h"

namespace newsift {

std::optional<uint64_t> ExtractHtml(std::string_view html, const ExtractOptions& options,
                                    Article* article, PageTypeVerdict* page) {
  html::ClassVerdictCache classes;
  std::vector<std::string_view> json_ld_scripts;
  HtmlDocPtr doc = ParseHtml(html, &classes, &json_ld_scripts);
  if (doc == nullptr) return std::nullopt;
  html::MetadataResult meta = html::ExtractMetadata(
      doc.get(), json_ld_scripts, NumericDateOrderOf(html), options.explain, &classes, article);
  if (article->language.empty()) article->language = meta.declared_language;
  html::ContentHints hints{meta.json_ld_body, meta.h1};
  PageEvidence evidence;
  evidence.url = article->url;
  evidence.declared_article = meta.declared_article;
  evidence.declared_listing = meta.declared_listing;
  uint64_t fingerprint =
      html::ExtractMainContent(doc.get(), hints, options, &classes, article, &evidence);
  PageTypeVerdict verdict = ClassifyPage(evidence);
  article->page_type = verdict.type;
  if (page != nullptr) *page = std::move(verdict);
  return fingerprint;
}

}  // namespace newsift
