#include "extract/site_name.h"

#include <algorithm>
#include <array>
#include <map>

#include "util/text.h"

namespace newsift {
namespace {

// A country's second-level domain label ("co" in "example.co.uk") has at
// most this many letters.
constexpr size_t kMaxSecondLevelLabelChars = 3;
constexpr size_t kCountryDomainChars = 2;

// Words that follow an outlet's name in its own boilerplate: "Ridge Features",
// "Ridge News App", "CNN Podcasts".
constexpr std::array<std::string_view, 18> kBrandSuffixes = {
    "Features",   "News App",    "App",      "Apps",    "Podcasts", "Podcast",
    "Newsletter", "Newsletters", "TV",       "Radio",   "Shop",     "Store",
    "Premium",    "Plus",        "Magazine", "Weekend", "Live",     "Video"};

// Words that open a call to action before a brand name, longest first:
// "Download the X App", "Get X Premium".
constexpr std::array<std::string_view, 12> kCallToActionWords = {
    "Download the ", "Subscribe to ", "Listen to ", "Install the ", "Download ", "Install ",
    "Get the ",      "Try the ",      "Follow ",    "Join ",        "Get ",      "Try "};

// Phrases that follow an outlet's name in legal text: "Read X Privacy policy".
constexpr std::array<std::string_view, 5> kLegalSuffixes = {
    " Privacy policy", " Privacy Policy", " Terms of Use", " Terms of use", " Terms of Service"};

// Evidence weights per context, and what a name needs to be reported.
constexpr double kBrandAcronymWeight = 1.0;
constexpr double kBrandWordWeight = 0.5;
constexpr double kLegalWeight = 2.0;
constexpr double kTitlePipeWeight = 2.0;
constexpr double kTitleDashWeight = 1.0;
constexpr double kCreditWeight = 1.0;
constexpr double kMinEvidence = 1.0;

constexpr size_t kMaxBrandLineWords = 5;
constexpr size_t kMaxNameWords = 3;
constexpr size_t kMaxNameChars = 30;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool IsAcronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return IsUpper(c) || c == '&'; });
}

// A name: one to three words, each capitalised (or an acronym), short.
bool IsNameLike(std::string_view name) {
  name = TrimAscii(name);
  if (name.empty() || name.size() > kMaxNameChars) return false;
  std::vector<std::string_view> words = WordTokens(name);
  if (words.empty() || words.size() > kMaxNameWords) return false;
  for (std::string_view w : words) {
    unsigned char first = static_cast<unsigned char>(w[0]);
    if (!IsUpper(w[0]) && !(first >= '0' && first <= '9') && first < 0xC0) return false;
  }
  // Nothing but a name: no sentence punctuation.
  return name.find_first_of(".,;:!?") == std::string_view::npos;
}

}  // namespace

std::string InferSiteName(const std::vector<std::string_view>& lines,
                          const std::vector<std::string>& credits) {
  std::map<std::string, double> evidence;

  for (std::string_view raw : lines) {
    std::string_view line = TrimAscii(raw);
    if (line.empty()) continue;
    // Cheap pre-check on spaces before tokenising: most lines are long.
    if (static_cast<size_t>(std::count(line.begin(), line.end(), ' ')) < kMaxBrandLineWords + 2 &&
        WordTokens(line).size() <= kMaxBrandLineWords) {
      for (std::string_view suffix : kBrandSuffixes) {
        if (line.size() <= suffix.size() + 1 || !EndsWith(line, suffix)) continue;
        std::string_view head = TrimAscii(line.substr(0, line.size() - suffix.size()));
        if (line[line.size() - suffix.size() - 1] != ' ') continue;
        // "Get the X App", "Download X": calls to action before the name.
        for (std::string_view lead : kCallToActionWords) {
          if (StartsWith(head, lead)) head = TrimAscii(head.substr(lead.size()));
        }
        // The whole rest is the name: "Valley Courier App" names "Valley
        // Courier", not "Valley".
        if (!IsNameLike(head)) continue;
        evidence[std::string(head)] += IsAcronym(head) ? kBrandAcronymWeight : kBrandWordWeight;
        break;
      }
    }
    for (std::string_view suffix : kLegalSuffixes) {
      size_t pos = line.find(suffix);
      if (pos == std::string_view::npos || pos == 0) continue;
      std::string_view head = line.substr(0, pos);
      size_t space = head.rfind(' ');
      std::string_view name = space == std::string_view::npos ? head : head.substr(space + 1);
      if (IsNameLike(name)) evidence[std::string(name)] += kLegalWeight;
    }
  }

  // The first line is often the page's <title>: "Headline | Outlet".
  if (!lines.empty()) {
    std::string_view first = TrimAscii(lines.front());
    for (std::string_view sep : kTitleLineSeparators) {
      size_t pos = first.rfind(sep);
      if (pos == std::string_view::npos || pos == 0) continue;
      std::string_view name = first.substr(pos + sep.size());
      std::string_view headline = first.substr(0, pos);
      if (!IsNameLike(name) || headline.size() <= name.size()) continue;
      bool pipe = sep == " | ";
      // Another separator (a dash, a dot) may also attribute a quote or name
      // a source ("... — Observatory"): count it only when the page shows the
      // headline alone too.
      bool headline_alone = std::any_of(lines.begin() + 1, lines.end(), [&](std::string_view l) {
        return TrimAscii(l) == headline;
      });
      if (pipe || headline_alone) {
        evidence[std::string(name)] += pipe ? kTitlePipeWeight : kTitleDashWeight;
      }
      break;
    }
  }

  // "© Agency / Photographer": an agency credited first is often the outlet.
  for (const std::string& credit : credits) {
    size_t slash = credit.find(" / ");
    if (slash == std::string::npos) continue;
    std::string_view first = TrimAscii(std::string_view(credit).substr(0, slash));
    if (first.find(' ') == std::string_view::npos && IsNameLike(first)) {
      evidence[std::string(first)] += kCreditWeight;
    }
  }

  std::string best;
  double best_weight = 0;
  for (const auto& [name, weight] : evidence) {
    if (weight > best_weight) {
      best = name;
      best_weight = weight;
    }
  }
  return best_weight >= kMinEvidence ? best : std::string();
}

std::string LetterKey(std::string_view text) {
  std::string key = NormalizeForCompare(text);
  std::erase(key, ' ');
  return key;
}

std::string OutletKey(std::string_view site) {
  site = TrimAscii(site);
  if (site.find(' ') == std::string_view::npos && site.find('.') != std::string_view::npos) {
    std::vector<std::string_view> labels;
    for (size_t at = 0; at <= site.size();) {
      const size_t dot = std::min(site.find('.', at), site.size());
      labels.push_back(site.substr(at, dot - at));
      at = dot + 1;
    }
    const size_t top_level = labels.back().size();
    labels.pop_back();
    // A second-level label under a country's domain ("co" in "example.co.uk").
    if (top_level == kCountryDomainChars && labels.size() > 1 &&
        labels.back().size() <= kMaxSecondLevelLabelChars) {
      labels.pop_back();
    }
    site = labels.empty() ? std::string_view() : labels.back();
  }
  return LetterKey(site);
}

}  // namespace newsift
