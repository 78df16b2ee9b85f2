// Input formats: which reader handles a file, decided from its extension and,
// when the extension says nothing, from its first (decompressed) bytes. Also
// the table of extensions a directory walk skips (images, fonts, media...).
#ifndef NEWSIFT_READ_FORMATS_H_
#define NEWSIFT_READ_FORMATS_H_

#include <string>
#include <string_view>

#include "newsift/document.h"

namespace newsift::read {

enum class InputFormat {
  kSingle,  // the whole (decompressed) file is one Document
  kJsonl,   // one Document per line
  kWarc,    // one Document per HTML response record
};

struct FormatGuess {
  InputFormat format = InputFormat::kSingle;
  FormatHint hint = FormatHint::kUnknown;  // for kSingle
};

// The lowercase extension of a path's file name with compression suffixes
// (.gz, .zst) removed: "a/B.HTML.gz" -> ".html"; "" when none.
std::string BaseExtension(std::string_view path);

// What the extension says; `known` false when it says nothing useful.
FormatGuess GuessFromExtension(std::string_view path, bool* known);
// What the first decompressed bytes say: "WARC/1." -> WARC, '{' as the first
// non-space byte -> JSONL, otherwise a single document.
FormatGuess GuessFromContent(std::string_view head);
// Extension first, content when the extension is unknown (or for stdin).
FormatGuess DetectFormat(std::string_view path, std::string_view head);

// Whether a directory walk should skip the file: an extension that is never a
// document (image, font, audio, video, style sheet, script, PDF, archive).
bool IsNonDocumentExtension(std::string_view path);

// Whether a payload without a declared type looks like HTML (a doctype or an
// HTML tag near the start).
bool LooksLikeHtml(std::string_view head);

// Bytes DetectFormat and LooksLikeHtml need to see.
inline constexpr size_t kSniffBytes = 1024;

}  // namespace newsift::read

#endif  // NEWSIFT_READ_FORMATS_H_
