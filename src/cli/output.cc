#include "cli/output.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "cli/commands.h"
#include "newsift/article_json.h"
#include "util/text.h"

namespace newsift::cli {
namespace {

constexpr int kJsonIndent = 2;
// The explain table keeps each line to a readable width.
constexpr size_t kExplainTextChars = 100;
constexpr size_t kExplainReasonMaxWidth = 40;

std::string OneLine(std::string_view text) {
  std::string line(text);
  std::replace_if(
      line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return line;
}

std::string Pad(std::string_view text, size_t width) {
  std::string out(text);
  size_t length = Utf8Length(text);
  if (length < width) out.append(width - length, ' ');
  return out;
}

std::string RenderText(const Article& article) {
  std::string out = article.title;
  std::string body = article.Body();
  if (!out.empty() && !body.empty()) out += "\n\n";
  out += body;
  if (!out.empty()) out += '\n';
  return out;
}

}  // namespace

std::string JsonLine(const nlohmann::json& json, bool pretty) {
  // Replace invalid UTF-8 rather than throw: records come from damaged input.
  std::string out =
      json.dump(pretty ? kJsonIndent : -1, ' ', false, nlohmann::json::error_handler_t::replace);
  out += '\n';
  return out;
}

std::string RenderExplain(const Article& article) {
  size_t label_width = 0, reason_width = 0;
  for (const ExplainEntry& entry : article.explain) {
    label_width = std::max(label_width, std::string_view(ToString(entry.label)).size());
    reason_width = std::max(reason_width, Utf8Length(entry.reason));
  }
  reason_width = std::min(reason_width, kExplainReasonMaxWidth);
  std::string out;
  for (const ExplainEntry& entry : article.explain) {
    out += Pad(ToString(entry.label), label_width);
    out += "  ";
    out += Pad(OneLine(entry.reason), reason_width);
    out += "  ";
    out += Shorten(OneLine(entry.text), kExplainTextChars);
    out += '\n';
  }
  return out;
}

std::string RenderRecord(const Article& article, const RecordStyle& style) {
  if (style.format == "text") return style.explain ? RenderExplain(article) : RenderText(article);
  if (style.format == "markdown") {
    std::string out = ToMarkdown(article);
    if (!out.empty() && out.back() != '\n') out += '\n';
    return out;
  }
  JsonOptions options;
  options.include_explain = style.explain;
  return JsonLine(ToJson(article, options), style.pretty);
}

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

bool IsTerminal(std::FILE* stream) { return isatty(fileno(stream)) == 1; }

bool WriteOut(std::string_view text) {
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
}

std::unique_ptr<Store> OpenStoreOrWarn(const std::string& path, bool must_exist) {
  std::error_code error;
  if (must_exist && !std::filesystem::exists(path, error)) {
    Warn("no database at {} (create one with `newsift ingest PATH --db {}`)", path, path);
    return nullptr;
  }
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  if (!store.ok()) {
    Warn("cannot open database {}: {}", path, store.status().ToString());
    return nullptr;
  }
  return std::move(store.value());
}

int StreamExitCode(const Status& status, bool write_failed, const std::string& db) {
  if (!status.ok()) {
    Warn("database {} failed: {}", db, status.ToString());
    return kExitStore;
  }
  if (write_failed) {
    Warn("cannot write to standard output");
    return kExitFailed;
  }
  return kExitOk;
}

void AddPageTypeOption(CLI::App* app, std::optional<PageType>* out, const std::string& help) {
  app->add_option_function<std::string>(
         "--page-type",
         [out](const std::string& name) {
           PageType type;
           ParsePageType(name, &type);  // validated by the check
           *out = type;
         },
         help)
      ->check(CLI::IsMember({ToString(PageType::kArticle), ToString(PageType::kListing)}));
}

bool LooksLikeIsoDate(std::string_view text) {
  // YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by a time part.
  constexpr size_t kYearDigits = 4;
  if (text.size() < kYearDigits) return false;
  for (size_t i = 0; i < kYearDigits; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  for (size_t i = kYearDigits; i < text.size(); ++i) {
    char c = text[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != ':' && c != '+' &&
        c != '.' && c != ' ') {
      return false;
    }
  }
  return text.size() == kYearDigits || text[kYearDigits] == '-';
}

}  // namespace newsift::cli
