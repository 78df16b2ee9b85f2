// Extract(): the one entry point from a Document to an Article. It owns the
// steps every input shares (identity, decoding, the fate of the record,
// language, body fingerprint) and leaves the format-specific work to the HTML
// and text-dump extractors.
#include "newsift/extract.h"

#include <fmt/format.h>

#include <cassert>
#include <cstdint>
#include <optional>

#include "extract/html_extractor.h"
#include "extract/language.h"
#include "extract/text_dump_extractor.h"
#include "extract/url.h"
#include "newsift/decode.h"
#include "util/hash.h"
#include "util/text.h"

namespace newsift {
namespace {

// How much article text language identification looks at. CLD2's time grows
// with its input, and more text does not make it surer: over the 2,104
// benchmark records, half a kilobyte of title and body gave the same answer
// as a kilobyte on all but five pages, where the kilobyte (mixing in other
// languages' words) left CLD2 unsure and the half named the page's language.
// A quarter kilobyte lost two Italian and Indonesian pages.

std::string LanguageSample(const Article& article) {
  std::string sample = article.title;
  for (const Paragraph& p : article.paragraphs) {
    if (sample.size() >= kLanguageSampleBytes) break;
    sample += '\n';
    sample += p.text;
  }
  return sample;
}

void Fail(Article* article, RecordStatus status, std::string reason) {
  article->status = status;
  article->error = std::move(reason);
}

}  // namespace

std::string DocumentId(const Document& doc) {
  uint64_t seed = Hash64(doc.source);
  return HexId(Hash64(doc.bytes, seed));
}

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

Article Extract(const Document& doc, const ExtractOptions& options) {
  Article article = BaseRecord(doc);

  if (!doc.read_status.ok()) {
    Fail(&article, RecordStatus::kError, doc.read_status.ToString());
    return article;
  }
  if (TrimAscii(doc.bytes).empty()) {
    Fail(&article, RecordStatus::kEmpty, "empty input: no bytes to extract from");
    return article;
  }

  DecodedText decoded = Decode(doc);
  article.charset = decoded.charset();
  article.charset_source = decoded.charset_source();
  article.mojibake_repairs = decoded.mojibake_repairs();
  article.input_format = decoded.format();
  if (decoded.is_binary()) {
    Fail(&article, RecordStatus::kError,
         Status::Unsupported(doc.source, "binary content, not HTML or text").ToString());
    return article;
  }

  std::string_view text = decoded.utf8();
  bool truncated = text.size() > options.max_parse_bytes;
  if (truncated) text = text.substr(0, options.max_parse_bytes);

  std::optional<uint64_t> body_fingerprint;  // when the extractor has it
  PageTypeVerdict page;
  if (decoded.format() == InputFormat::kHtml) {
    body_fingerprint = ExtractHtml(text, options, &article, &page);
  } else {
    body_fingerprint = ExtractTextDump(text, options, &article, &page);
  }
  if (options.explain) {
    article.explain.push_back(
        {"", Label::kMetadata, fmt::format("page type {}: {}", ToString(page.type), page.reason)});
  }

  if (article.site.empty()) article.site = article.domain;
  // The extractors leave the page's declared language (if any) as a hint.
  article.language = DetectLanguage(LanguageSample(article), article.language);

  std::string body = article.Body();
  size_t body_chars = Utf8Length(body);
  if (article.page_type == PageType::kListing && options.drop_listings) {
    Fail(&article, RecordStatus::kEmpty, "a listing page, not an article: " + page.reason);
  } else if (body_chars == 0) {
    Fail(&article, RecordStatus::kEmpty, "no article text found");
  } else if (body_chars < options.min_body_chars) {
    Fail(&article, RecordStatus::kEmpty,
         fmt::format("article text has {} characters, fewer than min_body_chars={}", body_chars,
                     options.min_body_chars));
  } else {
    if (!body_fingerprint) body_fingerprint = Hash64(NormalizeForCompare(body));
    assert(*body_fingerprint == Hash64(NormalizeForCompare(body)));
    article.body_hash = HexId(*body_fingerprint);
  }
  if (truncated && article.status == RecordStatus::kOk) {
    article.explain.push_back({"", Label::kBoilerplate,
                               fmt::format("page truncated to {} bytes before parsing "
                                           "(max_parse_bytes)",
                                           options.max_parse_bytes)});
  }
  if (!options.explain) article.explain.clear();
  return article;
}

}  // namespace newsift
