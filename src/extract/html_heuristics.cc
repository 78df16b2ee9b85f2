#include "extract/html_heuristics.h"

#include <array>
#include <cctype>
#include <string>

namespace newsift::html {
namespace {

struct Hint {
  std::string_view word;
  Label label;
};

// Matched as substrings of a class/id token: long enough to be unambiguous.
constexpr std::array kStrongNegative = {
    Hint{"comment", Label::kComment},
    Hint{"disqus", Label::kComment},
    Hint{"respond", Label::kComment},
    Hint{"replies", Label::kComment},
    Hint{"share", Label::kShare},
    Hint{"sharing", Label::kShare},
    Hint{"social", Label::kShare},
    Hint{"newsletter", Label::kNewsletter},
    Hint{"signup", Label::kNewsletter},
    Hint{"sign-up", Label::kNewsletter},
    Hint{"cookie", Label::kCookie},
    Hint{"consent", Label::kCookie},
    Hint{"gdpr", Label::kCookie},
    Hint{"related", Label::kRelated},
    Hint{"recommend", Label::kRelated},
    Hint{"more-stories", Label::kRelated},
    Hint{"morestories", Label::kRelated},
    Hint{"read-more", Label::kTeaser},
    Hint{"readmore", Label::kTeaser},
    Hint{"also-read", Label::kTeaser},
    Hint{"promo", Label::kAdvert},
    Hint{"advert", Label::kAdvert},
    Hint{"sponsor", Label::kAdvert},
    Hint{"outbrain", Label::kAdvert},
    Hint{"taboola", Label::kAdvert},
    Hint{"dfp", Label::kAdvert},
    Hint{"popup", Label::kBoilerplate},
    Hint{"modal", Label::kBoilerplate},
    Hint{"breadcrumb", Label::kSection},
    Hint{"author-bio", Label::kByline},
    Hint{"tag-list", Label::kNavigation},
    Hint{"taglist", Label::kNavigation},
    Hint{"skip-link", Label::kNavigation},
    Hint{"visually-hidden", Label::kBoilerplate},
    Hint{"screen-reader", Label::kBoilerplate},
    Hint{"sr-only", Label::kBoilerplate},
    Hint{"trending", Label::kRelated},
    Hint{"most-read", Label::kRelated},
    Hint{"mostread", Label::kRelated},
    Hint{"most-popular", Label::kRelated},
};

constexpr std::array kWeakNegative = {
    Hint{"sidebar", Label::kNavigation},    Hint{"footer", Label::kFooter},
    Hint{"navigation", Label::kNavigation}, Hint{"navbar", Label::kNavigation},
    Hint{"menu", Label::kNavigation},       Hint{"masthead", Label::kNavigation},
    Hint{"banner", Label::kAdvert},         Hint{"widget", Label::kBoilerplate},
    Hint{"toolbar", Label::kShare},         Hint{"pagination", Label::kNavigation},
    Hint{"header", Label::kNavigation},     Hint{"byline", Label::kByline},
    Hint{"caption", Label::kCaption},       Hint{"credit", Label::kCredit},
    Hint{"copyright", Label::kFooter},      Hint{"hidden", Label::kBoilerplate},
    Hint{"newsfeed", Label::kRelated},      Hint{"teaser", Label::kTeaser},
    Hint{"combx", Label::kBoilerplate},     Hint{"print", Label::kBoilerplate},
    Hint{"subscri", Label::kNewsletter},    Hint{"paywall", Label::kNewsletter},
};

// Matched as whole class/id tokens only ("ad" must not hit "header").
constexpr std::array kWholeTokenNegative = {
    Hint{"ad", Label::kAdvert},      Hint{"ads", Label::kAdvert},
    Hint{"adv", Label::kAdvert},     Hint{"advertisement", Label::kAdvert},
    Hint{"nav", Label::kNavigation}, Hint{"tags", Label::kNavigation},
    Hint{"meta", Label::kByline},    Hint{"aside", Label::kRelated},
    Hint{"more", Label::kRelated},   Hint{"extra", Label::kBoilerplate},
};

constexpr std::array<std::string_view, 12> kPositive = {
    "article", "content", "story", "body",  "post", "entry",
    "text",    "main",    "blog",  "prose", "news", "detail",
};

constexpr std::array<std::string_view, 22> kTeaserPrefixes = {
    "read more",      "read also",        "also read",     "see also",
    "related:",       "related article",  "related story", "recommended",
    "more:",          "read next",        "watch:",        "listen:",
    "click here",     "continue reading", "more from",     "you may also",
    "you might also", "don't miss",       "must read",     "trending",
    "more on this",   "read the full",
};

constexpr std::array<std::string_view, 24> kBoilerplatePhrases = {
    "advertisement",
    "advertising",
    "sponsored",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "print",
    "comments",
    "leave a comment",
    "sign up",
    "subscribe",
    "follow us",
    "skip to content",
    "skip to main content",
    "loading...",
    "loading",
    "story continues below advertisement",
    "continue reading below",
    "scroll to continue",
    "related",
};

constexpr std::array<std::string_view, 14> kPublishedMeta = {
    "article:published_time",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "article.published",
    "date",
};
constexpr std::array<std::string_view, 6> kModifiedMeta = {
    "article:modified_time", "og:updated_time", "datemodified",
    "dcterms.modified",      "last-modified",   "article.updated",
};
constexpr std::array<std::string_view, 7> kAuthorMeta = {
    "author", "article:author",  "parsely-author", "sailthru.author", "dc.creator",
    "byl",    "dcterms.creator",
};
constexpr std::array<std::string_view, 3> kSiteMeta = {"og:site_name", "application-name",
                                                       "publisher"};
constexpr std::array<std::string_view, 4> kSectionMeta = {"article:section", "parsely-section",
                                                          "section", "articlesection"};
constexpr std::array<std::string_view, 4> kDescriptionMeta = {
    "og:description", "description", "twitter:description", "dc.description"};
constexpr std::array<std::string_view, 4> kTitleMeta = {"og:title", "twitter:title",
                                                        "parsely-title", "headline"};

constexpr std::array<std::string_view, 30> kRoleWords = {
    "reporter", "staff writer", "staff",        "writer",        "correspondent", "editor",
    "senior",   "contributor",  "columnist",    "journalist",    "contributing",  "associate",
    "chief",    "political",    "reporting",    "special",       "freelance",     "news",
    "bureau",   "producer",     "photographer", "analyst",       "author",        "guest",
    "managing", "deputy",       "digital",      "investigative", "national",      "international",
};

bool IsTokenChar(char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; }

void ClassifyToken(std::string_view token, ClassVerdict* verdict) {
  for (const Hint& hint : kStrongNegative) {
    if (token.find(hint.word) != std::string_view::npos) {
      if (!verdict->strong_negative) {
        verdict->strong_negative = true;
        verdict->label = hint.label;
        verdict->word = hint.word;
      }
      return;
    }
  }
  for (const Hint& hint : kWeakNegative) {
    if (token.find(hint.word) != std::string_view::npos) {
      if (!verdict->weak_negative && !verdict->strong_negative) {
        verdict->label = hint.label;
        verdict->word = hint.word;
      }
      verdict->weak_negative = true;
      return;
    }
  }
  // Whole-token words, also as parts split on - and _ ("ad-slot", "top_nav").
  size_t start = 0;
  while (start <= token.size()) {
    size_t end = token.find_first_of("-_", start);
    if (end == std::string_view::npos) end = token.size();
    std::string_view part = token.substr(start, end - start);
    for (const Hint& hint : kWholeTokenNegative) {
      if (part == hint.word) {
        if (!verdict->weak_negative && !verdict->strong_negative) {
          verdict->label = hint.label;
          verdict->word = hint.word;
        }
        verdict->weak_negative = true;
        return;
      }
    }
    start = end + 1;
  }
  for (std::string_view word : kPositive) {
    if (token.find(word) != std::string_view::npos) {
      verdict->positive = true;
      return;
    }
  }
}

void ClassifyAttr(std::string_view attr, ClassVerdict* verdict) {
  std::string lower;
  lower.reserve(attr.size());
  for (char c : attr)
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  std::string_view text = lower;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsTokenChar(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && IsTokenChar(text[i])) ++i;
    if (i > start) ClassifyToken(text.substr(start, i - start), verdict);
  }
}

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

ClassVerdict ClassifyClassAndId(std::string_view class_attr, std::string_view id_attr) {
  ClassVerdict verdict;
  ClassifyAttr(class_attr, &verdict);
  ClassifyAttr(id_attr, &verdict);
  return verdict;
}

Label StructuralTagLabel(std::string_view tag) {
  if (tag == "nav" || tag == "menu") return Label::kNavigation;
  if (tag == "aside") return Label::kRelated;
  if (tag == "footer") return Label::kFooter;
  if (tag == "form" || tag == "button" || tag == "input" || tag == "label") {
    return Label::kBoilerplate;
  }
  return Label::kBody;
}

std::string_view TeaserPrefix(std::string_view text) {
  for (std::string_view prefix : kTeaserPrefixes) {
    if (StartsWithNoCase(text, prefix)) return prefix;
  }
  return {};
}

bool IsBoilerplatePhrase(std::string_view text) {
  if (text.size() > kBoilerplatePhraseMaxChars) return false;
  while (!text.empty() && (text.back() == ':' || text.back() == '.' || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  for (std::string_view phrase : kBoilerplatePhrases) {
    if (text.size() == phrase.size() && StartsWithNoCase(text, phrase)) return true;
  }
  return false;
}

std::span<const std::string_view> PublishedMetaNames() { return kPublishedMeta; }
std::span<const std::string_view> ModifiedMetaNames() { return kModifiedMeta; }
std::span<const std::string_view> AuthorMetaNames() { return kAuthorMeta; }
std::span<const std::string_view> SiteMetaNames() { return kSiteMeta; }
std::span<const std::string_view> SectionMetaNames() { return kSectionMeta; }
std::span<const std::string_view> DescriptionMetaNames() { return kDescriptionMeta; }
std::span<const std::string_view> TitleMetaNames() { return kTitleMeta; }
std::span<const std::string_view> BylineRoleWords() { return kRoleWords; }

}  // namespace newsift::html
