// Language identification of article text (CLD2), with the page's declared
// language (html lang, og:locale) as a hint only.
#ifndef NEWSIFT_EXTRACT_LANGUAGE_H_
#define NEWSIFT_EXTRACT_LANGUAGE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsift {

// ISO 639-1 code ("en", "ru"), or empty when the text is too short or CLD2 is
// not reliable and no hint agrees. Thread-safe.
std::string DetectLanguage(std::string_view utf8_text, std::string_view declared_hint = {});

// How much text DetectLanguage is given: enough for CLD2, no more.
inline constexpr size_t kLanguageSampleBytes = 512;

// A language tag's ISO 639-1 code: "en-US", "ru_RU", "zh-Hant" -> "en", "ru",
// "zh" (CLD2's "iw" -> "he"); empty when the tag does not start with letters.
std::string BaseLanguageCode(std::string_view tag);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_LANGUAGE_H_
