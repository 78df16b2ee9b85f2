#include "extract/credits.h"

#include <algorithm>
#include <array>
#include <vector>

#include "util/text.h"

namespace newsift {
namespace {

// Markers that introduce a credit, matched case-sensitively so that a caption
// prefix like "FILE PHOTO:" is not taken for one. `closes` is the character
// ending a parenthesised credit.
struct CreditMarker {
  std::string_view text;
  char closes;
};
constexpr std::array<CreditMarker, 18> kCreditMarkers = {{
    {"\xC2\xA9", 0},  // ©
    {"(Photo by ", ')'},
    {"(Courtesy of ", ')'},
    {"Courtesy of ", 0},
    {"(Photo: ", ')'},
    {"(Image: ", ')'},
    {"(Credit: ", ')'},
    {"Photo by ", 0},
    {"Photo credit:", 0},
    {"Photo:", 0},
    {"Photograph:", 0},
    {"Photos:", 0},
    {"Credit:", 0},
    {"Credit...", 0},
    {"Credit\xE2\x80\xA6", 0},  // "Credit…"
    {"Image:", 0},
    {"Picture:", 0},
    {"Foto:", 0},
}};

// Lowercase words allowed inside a credit ("Getty Images for X", "van Gogh").
constexpr std::array<std::string_view, 12> kCreditConnectors = {
    "via", "for", "and", "de", "van", "von", "der", "da", "di", "del", "la", "le"};

// A credit segment names a person or agency: a few capitalised words.
constexpr size_t kMaxCreditSegmentWords = 6;
// A caption glued after link text must be a phrase, not a brand like "YouTube".
constexpr size_t kMinGluedCaptionWords = 3;
// A photographer's name in a slashed credit has at most this many words.
constexpr size_t kMaxPersonNameWords = 3;
// An agency named by its initials before the slash ("AP/Ann Lee").
constexpr size_t kMaxAgencyCapitals = 5;
// How far after © a year marks the line as a copyright notice.
constexpr size_t kCopyrightYearWindow = 80;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

bool ContainsIgnoreCase(std::string_view text, std::string_view needle) {
  return ToLowerAscii(text).find(needle) != std::string::npos;
}

bool HasYear(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    bool four = true;
    for (size_t k = 0; k < 4; ++k) four = four && text[i + k] >= '0' && text[i + k] <= '9';
    if (!four) continue;
    bool bounded = (i == 0 || !(text[i - 1] >= '0' && text[i - 1] <= '9')) &&
                   (i + 4 == text.size() || !(text[i + 4] >= '0' && text[i + 4] <= '9'));
    if (bounded && (text.substr(i, 2) == "19" || text.substr(i, 2) == "20")) return true;
  }
  return false;
}

bool IsCreditSegment(std::string_view segment) {
  std::vector<std::string_view> words = WordTokens(segment);
  if (words.empty() || words.size() > kMaxCreditSegmentWords) return false;
  for (std::string_view w : words) {
    unsigned char first = static_cast<unsigned char>(w[0]);
    if (IsUpper(w[0]) || (first >= '0' && first <= '9') || first >= 0xC0) continue;
    bool connector = false;
    for (std::string_view c : kCreditConnectors) connector = connector || w == c;
    if (!connector) return false;
  }
  std::string_view trimmed = TrimAscii(segment);
  return !trimmed.empty() && trimmed.back() != '.' && trimmed.back() != '!' &&
         trimmed.back() != '?';
}

// Position where a lowercase run of two letters or more is glued to an
// uppercase letter ("archiveCaption"), or npos.
size_t FindGlue(std::string_view text) {
  size_t lower_run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsLower(text[i])) {
      ++lower_run;
      continue;
    }
    if (IsUpper(text[i]) && lower_run >= 2) return i;
    lower_run = 0;
  }
  return std::string_view::npos;
}

std::vector<std::string_view> SplitSlashes(std::string_view text) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t pos = text.find(" / ", start);
    if (pos == std::string_view::npos) {
      parts.push_back(TrimAscii(text.substr(start)));
      return parts;
    }
    parts.push_back(TrimAscii(text.substr(start, pos - start)));
    start = pos + 3;
  }
}

void AppendJoined(std::string_view piece, std::string_view separator, std::string* out) {
  piece = TrimAscii(piece);
  if (piece.empty()) return;
  if (!out->empty()) *out += separator;
  *out += piece;
}

// A name in a slashed credit: capitalised words without digits ("Part 1/2"
// and "(1/3)" number a series).
bool IsSlashCreditName(std::string_view segment) {
  return IsCreditSegment(segment) &&
         std::none_of(segment.begin(), segment.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A person's name: two or three words, each a capital and lowercase letters
// ("Ann Lee", "Jo McDaniel") or an initial before the surname ("Ann B. Lee").
bool IsPersonName(std::string_view segment) {
  std::vector<std::string_view> words = WordTokens(segment);
  if (words.size() < 2 || words.size() > kMaxPersonNameWords) return false;
  if (words.back().size() < 2) return false;  // a surname, not an initial ("Console X")
  // (Bytes past ASCII count as letters of either case: "Łucja Żak".)
  auto non_ascii = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
  return std::all_of(words.begin(), words.end(), [&](std::string_view w) {
    if (!IsUpper(w[0]) && !non_ascii(w[0])) return false;
    if (w.size() == 1 || (w.size() == 2 && w[1] == '.')) return true;  // an initial
    return std::any_of(w.begin() + 1, w.end(), [&](char c) { return IsLower(c) || non_ascii(c); });
  });
}

// "Crowds on the bridge. (Ann Lee/Example Images)": a photographer and an
// agency in parentheses ending the line, joined by a slash.
std::optional<CaptionParts> TrailingSlashCredit(std::string_view line) {
  if (line.empty() || line.back() != ')') return std::nullopt;
  size_t open = line.rfind('(');
  if (open == std::string_view::npos) return std::nullopt;
  std::string_view inside = line.substr(open + 1, line.size() - open - 2);
  // The caption before it is a sentence, or nothing: "Night Sky Helper
  // (Guide / Planner)" is a heading's own words.
  std::string_view caption = TrimAscii(line.substr(0, open));
  if (!caption.empty() && caption.back() != '.' && caption.back() != '!' && caption.back() != '?') {
    return std::nullopt;
  }
  size_t slash = inside.find('/');
  if (slash == std::string_view::npos || inside.find('/', slash + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view person = inside.substr(0, slash);
  std::string_view agency = inside.substr(slash + 1);
  // A photographer's name on one side: first the name ("Ann Lee/Example
  // Images"), or after an agency's short name or its "Photo" ("AP Photo/Ann
  // Lee"). "(Yes/No)", "(Columbia/Example Music)" and "(PC/Console X)" name
  // no one.
  if (!IsSlashCreditName(person) || !IsSlashCreditName(agency)) return std::nullopt;
  auto is_agency_lead = [](std::string_view side) {
    std::vector<std::string_view> words = WordTokens(side);
    if (words.empty()) return false;
    const std::string_view last = words.back();
    const bool short_caps = words.size() == 1 && last.size() <= kMaxAgencyCapitals &&
                            std::all_of(last.begin(), last.end(), IsUpper);
    return short_caps || last == "Photo" || last == "Photos";
  };
  if (!IsPersonName(person) && !(is_agency_lead(person) && IsPersonName(agency))) {
    return std::nullopt;
  }
  CaptionParts parts;
  parts.caption = std::string(caption);
  parts.credit = std::string(TrimAscii(person)) + " / " + std::string(TrimAscii(agency));
  return parts;
}

}  // namespace

bool IsCopyrightFooter(std::string_view line) {
  if (ContainsIgnoreCase(line, "rights reserved")) return true;
  size_t pos = line.find("\xC2\xA9");
  if (pos == std::string_view::npos) pos = ToLowerAscii(line).find("copyright");
  if (pos == std::string_view::npos) return false;
  return HasYear(line.substr(pos, kCopyrightYearWindow));
}

std::optional<CaptionParts> SplitCredit(std::string_view line) {
  line = TrimAscii(line);
  if (IsCopyrightFooter(line)) return std::nullopt;
  size_t best = std::string_view::npos;
  const CreditMarker* marker = nullptr;
  for (const CreditMarker& m : kCreditMarkers) {
    size_t pos = line.find(m.text);
    // A bare "Photo by" must start the line or follow a sentence end.
    if (pos != std::string_view::npos && m.text == "Photo by " && pos > 0 && line[pos - 1] != ' ') {
      continue;
    }
    if (pos < best) {
      best = pos;
      marker = &m;
    }
  }
  if (marker == nullptr) return TrailingSlashCredit(line);

  CaptionParts parts;
  std::string_view before = line.substr(0, best);
  std::string_view after = line.substr(best + marker->text.size());
  std::string_view trailing;
  if (marker->closes != 0) {
    size_t close = after.find(marker->closes);
    if (close != std::string_view::npos) {
      trailing = after.substr(close + 1);
      after = after.substr(0, close);
    }
  }
  AppendJoined(before, " ", &parts.caption);

  std::string caption_after;
  bool in_credit = true;
  for (std::string_view segment : SplitSlashes(after)) {
    if (!in_credit) {
      AppendJoined(segment, " / ", &caption_after);
      continue;
    }
    if (IsCreditSegment(segment)) {
      AppendJoined(segment, " / ", &parts.credit);
      continue;
    }
    in_credit = false;
    size_t glue = FindGlue(segment);
    if (glue != std::string_view::npos &&
        WordTokens(segment.substr(glue)).size() >= kMinGluedCaptionWords) {
      std::string_view head = segment.substr(0, glue);
      if (IsCreditSegment(head) && head.find(' ') == std::string_view::npos) {
        AppendJoined(head, " / ", &parts.credit);
      } else {
        parts.dropped = std::string(TrimAscii(head));
      }
      AppendJoined(segment.substr(glue), " ", &caption_after);
    } else if (parts.credit.empty()) {
      // "Photo: Jane Doe for The Times, 2019" style: take the segment whole.
      AppendJoined(segment, " / ", &parts.credit);
      in_credit = true;
    } else {
      AppendJoined(segment, " / ", &caption_after);
    }
  }
  AppendJoined(caption_after, " ", &parts.caption);
  AppendJoined(trailing, " ", &parts.caption);
  if (parts.credit.empty()) return std::nullopt;
  return parts;
}

}  // namespace newsift
