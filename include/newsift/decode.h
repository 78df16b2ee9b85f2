// Decoding: raw bytes of any charset to NFC UTF-8, and HTML-vs-text detection.
//
// Charset follows the HTML5 sniffing order: BOM, HTTP Content-Type, <meta>
// prescan (first 1024 bytes, then a wider look), then statistical detection
// (ICU), else UTF-8 when valid, else windows-1252. Invalid sequences become
// U+FFFD; decoding never fails. The decision is recorded. Text that was UTF-8
// read as windows-1252 once before it reached us ("â€™") is restored.
#ifndef NEWSIFT_DECODE_H_
#define NEWSIFT_DECODE_H_

#include <string>
#include <string_view>

#include "newsift/article.h"
#include "newsift/document.h"

namespace newsift {

// What Decode() makes of a document's bytes.
class DecodedText {
 public:
  // The text: NFC-normalised UTF-8, NUL bytes removed. When the document's
  // bytes are that already (valid NFC UTF-8, the common case) it is a view of
  // them, not a copy: valid while the Document lives and its bytes stay as
  // they are.
  std::string_view utf8() const { return converted_ ? std::string_view(text_) : in_place_; }
  // The charset's canonical name, e.g. "UTF-8", "windows-1251".
  const std::string& charset() const { return charset_; }
  // Where the charset came from: bom, http, meta, detected, default.
  const std::string& charset_source() const { return charset_source_; }
  InputFormat format() const { return format_; }
  // True when the bytes are not text at all (images, executables, archives):
  // the caller records an error instead of extracting.
  bool is_binary() const { return is_binary_; }
  // How many double-encoded characters ("â€™" for "’", the page's UTF-8 once
  // read as windows-1252) were restored in utf8(); 0 for most pages.
  size_t mojibake_repairs() const { return mojibake_repairs_; }

 private:
  friend DecodedText Decode(const Document& doc);
  // Restores double-encoded UTF-8 in the text (Decode's last step).
  void RepairDoubleEncoding();

  std::string charset_;
  std::string charset_source_;
  InputFormat format_ = InputFormat::kText;
  bool is_binary_ = false;
  bool converted_ = false;
  size_t mojibake_repairs_ = 0;
  std::string text_;           // when converted_
  std::string_view in_place_;  // else: the document's bytes, past a BOM
};

DecodedText Decode(const Document& doc);
// The text may be a view of the document's bytes: a temporary would not
// outlive it.
DecodedText Decode(Document&& doc) = delete;

// Detects whether UTF-8 text is HTML markup or a plain text dump; the hint
// breaks ties.
InputFormat DetectFormat(std::string_view utf8, FormatHint hint);

}  // namespace newsift

#endif  // NEWSIFT_DECODE_H_
