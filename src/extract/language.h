// Language identification of article text (CLD2), with the page's declared
// language (html lang, og:locale) as a hint only.
#ifndef NEWSIFT_EXTRACT_LANGUAGE_H_
#define NEWSIFT_EXTRACT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace newsift {

// ISO 639-1 code ("en", "ru"), or empty when the text is too short or CLD2 is
// not reliable and no hint agrees. Thread-safe.
std::string DetectLanguage(std::string_view utf8_text, std::string_view declared_hint = {});

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_LANGUAGE_H_
