// DetectLanguage(): CLD2 on plain text, the declared language as a hint and
// as the answer of last resort for text too short to judge.
#include "extract/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <string>

namespace newsift {
namespace {

// CLD2 needs this much letter text to say anything; below it the declared
// language (if any) is the better guess.
constexpr int kMinTextBytes = 24;
// Hints longer than this are not language tags ("en-US", "zh-Hant-TW").
constexpr size_t kMaxHintLength = 16;
constexpr int kTopLanguages = 3;

// CLD2 codes that are not the ISO 639-1 code of the language.
struct CodeFix {
  std::string_view cld2;
  std::string_view iso;
};
constexpr CodeFix kCodeFixes[] = {
    {"iw", "he"},  // Hebrew
    {"jw", "jv"},  // Javanese
    {"in", "id"},  // Indonesian
    {"mo", "ro"},  // Moldavian
};

// The declared language as CLD2 knows it, or UNKNOWN_LANGUAGE.
CLD2::Language HintLanguage(std::string_view declared, std::string* code) {
  code->clear();
  if (declared.empty() || declared.size() > kMaxHintLength) return CLD2::UNKNOWN_LANGUAGE;
  std::string base = BaseLanguageCode(declared);
  if (base.size() < 2 || base.size() > 3) return CLD2::UNKNOWN_LANGUAGE;
  CLD2::Language language = CLD2::GetLanguageFromName(base.c_str());
  if (language == CLD2::UNKNOWN_LANGUAGE) return language;
  *code = base;
  return language;
}

std::string CodeOf(CLD2::Language language) {
  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) return {};
  return BaseLanguageCode(CLD2::LanguageCode(language));
}

}  // namespace

std::string BaseLanguageCode(std::string_view tag) {
  std::string code;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c < 'a' || c > 'z') return {};
    code.push_back(c);
  }
  for (const CodeFix& fix : kCodeFixes) {
    if (code == fix.cld2) return std::string(fix.iso);
  }
  return code;
}

std::string DetectLanguage(std::string_view utf8_text, std::string_view declared_hint) {
  std::string hint_code;
  CLD2::Language hint = HintLanguage(declared_hint, &hint_code);

  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  if (hint != CLD2::UNKNOWN_LANGUAGE) {
    hints.content_language_hint = hint_code.c_str();
    hints.language_hint = hint;
  }
  CLD2::Language top[kTopLanguages];
  int percent[kTopLanguages];
  double scores[kTopLanguages];
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  CLD2::Language detected = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      utf8_text.data(), static_cast<int>(utf8_text.size()), /*is_plain_text=*/true, &hints,
      /*flags=*/0, top, percent, scores, /*resultchunkvector=*/nullptr, &text_bytes, &reliable,
      &valid_prefix);

  std::string code = CodeOf(detected);
  if (reliable && !code.empty()) return code;
  if (hint_code.empty()) return {};
  if (text_bytes < kMinTextBytes) return hint_code;
  // Unsure, but the page's own declaration is among CLD2's candidates.
  for (int i = 0; i < kTopLanguages; ++i) {
    if (CodeOf(top[i]) == hint_code) return hint_code;
  }
  return {};
}

}  // namespace newsift
