#include "read/formats.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "util/text.h"

namespace newsift::read {
namespace {

struct ExtensionRule {
  std::string_view extension;
  InputFormat format;
  FormatHint hint;
};

constexpr std::array kExtensionRules = {
    ExtensionRule{".html", InputFormat::kSingle, FormatHint::kHtml},
    ExtensionRule{".htm", InputFormat::kSingle, FormatHint::kHtml},
    ExtensionRule{".xhtml", InputFormat::kSingle, FormatHint::kHtml},
    ExtensionRule{".shtml", InputFormat::kSingle, FormatHint::kHtml},
    ExtensionRule{".txt", InputFormat::kSingle, FormatHint::kText},
    ExtensionRule{".text", InputFormat::kSingle, FormatHint::kText},
    ExtensionRule{".jsonl", InputFormat::kJsonl, FormatHint::kUnknown},
    ExtensionRule{".ndjson", InputFormat::kJsonl, FormatHint::kUnknown},
    ExtensionRule{".warc", InputFormat::kWarc, FormatHint::kUnknown},
};

// Suffixes that only say how the file is compressed (the content decides).
constexpr std::string_view kCompressionSuffixes[] = {".gz", ".zst", ".zstd", ".gzip"};

// Never documents: skipped (and counted) when walking directories.
constexpr std::string_view kNonDocumentExtensions[] = {
    // images
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".bmp",
    ".ico",
    ".svg",
    ".tif",
    ".tiff",
    ".avif",
    ".heic",
    ".psd",
    // fonts
    ".woff",
    ".woff2",
    ".ttf",
    ".otf",
    ".eot",
    // video
    ".mp4",
    ".webm",
    ".avi",
    ".mov",
    ".mkv",
    ".flv",
    ".m4v",
    ".mpg",
    ".mpeg",
    ".wmv",
    // audio
    ".mp3",
    ".wav",
    ".ogg",
    ".oga",
    ".flac",
    ".m4a",
    ".aac",
    ".opus",
    // styles, scripts, source maps, wasm
    ".css",
    ".js",
    ".mjs",
    ".map",
    ".wasm",
    // project documentation that sits beside a corpus (README.md)
    ".md",
    ".markdown",
    ".rst",
    // documents and archives we do not read
    ".pdf",
    ".zip",
    ".7z",
    ".rar",
    ".tar",
    ".exe",
    ".dll",
    ".so",
    ".jar",
};

constexpr std::string_view kWarcMagic = "WARC/1.";

// Starts of an HTML payload (after white space and a BOM), lowercase.
constexpr std::string_view kHtmlStarts[] = {
    "<!doctype html", "<html", "<head", "<body", "<title", "<meta", "<!--", "<?xml", "<div",
};
// Found anywhere in the sniffed head, lowercase.
constexpr std::string_view kHtmlMarkers[] = {"<html", "<body", "<head"};
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

std::string_view SkipSpaceAndBom(std::string_view text) {
  if (StartsWith(text, kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  size_t i = 0;
  while (i < text.size() && IsSpace(text[i])) ++i;
  return text.substr(i);
}

std::string_view FileName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string BaseExtension(std::string_view path) {
  std::string name = ToLowerAscii(FileName(path));
  std::string_view view = name;
  for (std::string_view suffix : kCompressionSuffixes) {
    if (view.size() > suffix.size() && EndsWith(view, suffix)) {
      view.remove_suffix(suffix.size());
      break;
    }
  }
  size_t dot = view.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return std::string(view.substr(dot));
}

FormatGuess GuessFromExtension(std::string_view path, bool* known) {
  std::string extension = BaseExtension(path);
  for (const ExtensionRule& rule : kExtensionRules) {
    if (extension == rule.extension) {
      *known = true;
      return {rule.format, rule.hint};
    }
  }
  *known = false;
  return {};
}

FormatGuess GuessFromContent(std::string_view head) {
  if (StartsWith(head, kWarcMagic)) return {InputFormat::kWarc, FormatHint::kUnknown};
  std::string_view rest = SkipSpaceAndBom(head);
  if (!rest.empty() && rest.front() == '{') return {InputFormat::kJsonl, FormatHint::kUnknown};
  return {};
}

FormatGuess DetectFormat(std::string_view path, std::string_view head) {
  bool known = false;
  FormatGuess guess = GuessFromExtension(path, &known);
  return known ? guess : GuessFromContent(head);
}

bool IsNonDocumentExtension(std::string_view path) {
  std::string extension = BaseExtension(path);
  return std::find(std::begin(kNonDocumentExtensions), std::end(kNonDocumentExtensions),
                   extension) != std::end(kNonDocumentExtensions);
}

bool LooksLikeHtml(std::string_view head) {
  std::string lower = ToLowerAscii(SkipSpaceAndBom(head.substr(0, kSniffBytes)));
  for (std::string_view start : kHtmlStarts) {
    if (StartsWith(lower, start)) return true;
  }
  for (std::string_view marker : kHtmlMarkers) {
    if (lower.find(marker) != std::string::npos) return true;
  }
  return false;
}

}  // namespace newsift::read
