// Photo credits in caption lines: "FILE PHOTO: Mr X. © Jane Doe / AFP",
// "© Agency / Photographer / Go to the photo archiveCaption text.",
// "Caption text. Photo: Jane Doe/Reuters", "(Photo by Jane Doe/Getty Images)".
// Splits such a line into the caption and the credit, dropping link text
// glued between them. A copyright footer ("© Org, 2005-2024. All rights
// reserved.") is not a credit. Pure functions, thread-safe.
#ifndef NEWSIFT_EXTRACT_CREDITS_H_
#define NEWSIFT_EXTRACT_CREDITS_H_

#include <optional>
#include <string>
#include <string_view>

namespace newsift {

struct CaptionParts {
  std::string caption;  // may be empty (a bare credit line)
  std::string credit;   // never empty: "Ann Lee / Ridge Photo / AFP"
  std::string dropped;  // link text glued in between ("Go to the photo archive"), if any
};

// The caption and credit of a line holding a photo credit marker (©, "Photo:",
// "Credit:", "Image:", "(Photo by ...)") or ending with a sentence and a
// photographer and agency in parentheses ("... (Ann Lee/Example Images)"),
// or nullopt when the line has none or is a copyright footer.
std::optional<CaptionParts> SplitCredit(std::string_view line);

// Whether a line is a copyright/legal footer: "© Org 2024", "All rights reserved".
bool IsCopyrightFooter(std::string_view line);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_CREDITS_H_
