#include "newsift/article_json.h"

namespace newsift {

using nlohmann::json;

namespace {

json ParagraphsJson(const std::vector<Paragraph>& paragraphs) {
  json out = json::array();
  for (const Paragraph& p : paragraphs) {
    out.push_back({{"text", p.text}, {"kind", ToString(p.kind)}, {"level", p.level}});
  }
  return out;
}

Status ReadParagraphs(const json& j, const char* key, std::vector<Paragraph>* out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return Status::OK();
  if (!it->is_array()) return Status::InvalidArgument(key, "expected an array");
  for (const json& p : *it) {
    if (!p.is_object()) return Status::InvalidArgument(key, "expected objects");
    Paragraph para;
    para.text = p.value("text", "");
    ParseBlockKind(p.value("kind", "paragraph"), &para.kind);
    para.level = p.value("level", 0);
    out->push_back(std::move(para));
  }
  return Status::OK();
}

}  // namespace

json ToJson(const Article& a, const JsonOptions& options) {
  json j = json::object();
  j["id"] = a.id;
  j["source"] = a.source;
  j["url"] = a.url.empty() ? json(nullptr) : json(a.url);
  j["domain"] = a.domain.empty() ? json(nullptr) : json(a.domain);
  j["site"] = a.site.empty() ? json(nullptr) : json(a.site);
  j["title"] = a.title.empty() ? json(nullptr) : json(a.title);
  j["description"] = a.description.empty() ? json(nullptr) : json(a.description);
  j["authors"] = a.authors;
  j["published"] = a.published.empty() ? json(nullptr) : json(a.published);
  j["modified"] = a.modified.empty() ? json(nullptr) : json(a.modified);
  j["published_source"] = a.published_source.empty() ? json(nullptr) : json(a.published_source);
  j["language"] = a.language.empty() ? json(nullptr) : json(a.language);
  j["section"] = a.section.empty() ? json(nullptr) : json(a.section);
  j["body"] = a.Body();
  j["image_captions"] = a.image_captions;
  j["image_credits"] = a.image_credits;
  j["page_type"] = ToString(a.page_type);
  j["input_format"] = ToString(a.input_format);
  j["charset"] = a.charset.empty() ? json(nullptr) : json(a.charset);
  j["charset_source"] = a.charset_source.empty() ? json(nullptr) : json(a.charset_source);
  j["mojibake_repairs"] = a.mojibake_repairs;
  j["fetched_at"] = a.fetched_at.empty() ? json(nullptr) : json(a.fetched_at);
  j["status"] = ToString(a.status);
  j["error"] = a.error.empty() ? json(nullptr) : json(a.error);
  j["duplicate_of"] = a.duplicate_of.empty() ? json(nullptr) : json(a.duplicate_of);
  if (a.status == RecordStatus::kOk || a.status == RecordStatus::kDuplicate) {
    j["dup_cluster"] = a.dup_cluster.empty() ? json(nullptr) : json(a.dup_cluster);
  }
  if (options.include_paragraphs) j["paragraphs"] = ParagraphsJson(a.paragraphs);
  if (options.include_internals && !a.candidate_paragraphs.empty()) {
    j["candidate_paragraphs"] = ParagraphsJson(a.candidate_paragraphs);
  }
  if (options.include_explain) {
    json explain = json::array();
    for (const ExplainEntry& e : a.explain) {
      explain.push_back({{"text", e.text}, {"label", ToString(e.label)}, {"reason", e.reason}});
    }
    j["explain"] = std::move(explain);
  }
  return j;
}

namespace {

Status ReadString(const json& j, const char* key, std::string* out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return Status::OK();
  if (!it->is_string()) return Status::InvalidArgument(key, "expected a string");
  *out = it->get<std::string>();
  return Status::OK();
}

Status ReadStrings(const json& j, const char* key, std::vector<std::string>* out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return Status::OK();
  if (!it->is_array()) return Status::InvalidArgument(key, "expected an array");
  for (const json& v : *it) {
    if (!v.is_string()) return Status::InvalidArgument(key, "expected strings");
    out->push_back(v.get<std::string>());
  }
  return Status::OK();
}

}  // namespace

Result<Article> ArticleFromJson(const json& j) {
  if (!j.is_object()) return Status::InvalidArgument("article", "expected a JSON object");
  Article a;
  std::string status, format, page_type, body;
  const std::pair<const char*, std::string*> strings[] = {
      {"id", &a.id},
      {"source", &a.source},
      {"url", &a.url},
      {"domain", &a.domain},
      {"site", &a.site},
      {"title", &a.title},
      {"description", &a.description},
      {"published", &a.published},
      {"modified", &a.modified},
      {"published_source", &a.published_source},
      {"language", &a.language},
      {"section", &a.section},
      {"charset", &a.charset},
      {"charset_source", &a.charset_source},
      {"fetched_at", &a.fetched_at},
      {"error", &a.error},
      {"duplicate_of", &a.duplicate_of},
      {"dup_cluster", &a.dup_cluster},
      {"status", &status},
      {"input_format", &format},
      {"page_type", &page_type},
      {"body", &body},
  };
  for (const auto& [key, out] : strings) {
    Status s = ReadString(j, key, out);
    if (!s.ok()) return s;
  }
  for (const auto& [key, out] :
       {std::pair{"authors", &a.authors}, std::pair{"image_captions", &a.image_captions},
        std::pair{"image_credits", &a.image_credits}}) {
    Status s = ReadStrings(j, key, out);
    if (!s.ok()) return s;
  }
  if (!status.empty() && !ParseRecordStatus(status, &a.status)) {
    return Status::InvalidArgument("status", status);
  }
  if (!format.empty() && !ParseInputFormat(format, &a.input_format)) {
    return Status::InvalidArgument("input_format", format);
  }
  if (!page_type.empty() && !ParsePageType(page_type, &a.page_type)) {
    return Status::InvalidArgument("page_type", page_type);
  }
  auto paragraphs = j.find("paragraphs");
  if (paragraphs != j.end() && paragraphs->is_array()) {
    for (const json& p : *paragraphs) {
      Paragraph para;
      para.text = p.value("text", "");
      ParseBlockKind(p.value("kind", "paragraph"), &para.kind);
      para.level = p.value("level", 0);
      a.paragraphs.push_back(std::move(para));
    }
  } else if (!body.empty()) {
    size_t start = 0;
    while (start <= body.size()) {
      size_t end = body.find("\n\n", start);
      if (end == std::string::npos) end = body.size();
      if (end > start) a.paragraphs.push_back({body.substr(start, end - start)});
      start = end + 2;
    }
  }
  if (auto repairs = j.find("mojibake_repairs"); repairs != j.end() && !repairs->is_null()) {
    // A count: a non-negative integer, whichever of nlohmann's integer types holds it.
    if (!repairs->is_number_integer() || repairs->get<int64_t>() < 0) {
      return Status::InvalidArgument("mojibake_repairs", "expected a count");
    }
    a.mojibake_repairs = static_cast<size_t>(repairs->get<int64_t>());
  }
  Status candidates = ReadParagraphs(j, "candidate_paragraphs", &a.candidate_paragraphs);
  if (!candidates.ok()) return candidates;
  auto explain = j.find("explain");
  if (explain != j.end() && explain->is_array()) {
    for (const json& e : *explain) {
      ExplainEntry entry;
      entry.text = e.value("text", "");
      ParseLabel(e.value("label", "boilerplate"), &entry.label);
      entry.reason = e.value("reason", "");
      a.explain.push_back(std::move(entry));
    }
  }
  return a;
}

}  // namespace newsift
