#include "extract/html_heuristics.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <type_traits>
#include <vector>

#include "util/text.h"
#include "util/word_set_matcher.h"

namespace newsift::html {
namespace {

struct Hint {
  std::string_view word;
  Label label;
  std::string_view unless = {};  // a longer word holding `word` that means something else

  bool MatchesIn(std::string_view token) const {
    return token.find(word) != std::string_view::npos &&
           (unless.empty() || token.find(unless) == std::string_view::npos);
  }
};

// Matched as substrings of a class/id token: long enough to be unambiguous.
constexpr std::array kStrongNegative = {
    Hint{"comment", Label::kComment},
    Hint{"disqus", Label::kComment},
    Hint{"respond", Label::kComment},
    Hint{"replies", Label::kComment},
    Hint{"share", Label::kShare, "shared"},
    Hint{"sharing", Label::kShare},
    Hint{"social", Label::kShare},
    Hint{"likes-widget", Label::kShare},  // "Like this: Like Loading..." under blog posts
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
    Hint{"popular", Label::kRelated},
    Hint{"gating", Label::kNewsletter},
};

constexpr std::array kWeakNegative = {
    Hint{"sidebar", Label::kNavigation},    Hint{"footer", Label::kFooter},
    Hint{"navigation", Label::kNavigation}, Hint{"navbar", Label::kNavigation},
    Hint{"menu", Label::kNavigation},       Hint{"masthead", Label::kNavigation},
    Hint{"banner", Label::kAdvert},         Hint{"toolbar", Label::kShare},
    Hint{"pagination", Label::kNavigation}, Hint{"header", Label::kNavigation},
    Hint{"byline", Label::kByline},         Hint{"caption", Label::kCaption},
    Hint{"credit", Label::kCredit},         Hint{"copyright", Label::kFooter},
    Hint{"newsfeed", Label::kRelated},      Hint{"teaser", Label::kTeaser},
    Hint{"combx", Label::kBoilerplate},     Hint{"print", Label::kBoilerplate},
    Hint{"subscri", Label::kNewsletter},    Hint{"paywall", Label::kNewsletter},
};

// Matched as the whole class/id token: "hidden" hides an element, while
// "label-hidden" or "overflow-hidden" only style a part of it.
constexpr std::array kExactTokenNegative = {
    Hint{"hidden", Label::kBoilerplate},    Hint{"hide", Label::kBoilerplate},
    Hint{"is-hidden", Label::kBoilerplate}, Hint{"d-none", Label::kBoilerplate},
    Hint{"invisible", Label::kBoilerplate},
};

// Matched at the start of a class/id token: "widget_text" and "widget-area"
// are sidebar blocks, while page builders name every block "builder-widget-*".
constexpr std::array kPrefixNegative = {
    Hint{"widget", Label::kBoilerplate},
};

// Matched as whole class/id tokens only ("ad" must not hit "header").
constexpr std::array kWholeTokenNegative = {
    Hint{"ad", Label::kAdvert},      Hint{"ads", Label::kAdvert},
    Hint{"adv", Label::kAdvert},     Hint{"advertisement", Label::kAdvert},
    Hint{"nav", Label::kNavigation}, Hint{"tags", Label::kNavigation},
    Hint{"meta", Label::kByline},    Hint{"aside", Label::kRelated},
    Hint{"more", Label::kRelated},   Hint{"extra", Label::kBoilerplate},
};

// Names of the container of an article's text: they win over a weak negative
// in the same token, because page builders prefix every block with words such
// as "widget" ("builder-widget-post-content").
constexpr std::array<std::string_view, 10> kContentContainers = {
    "post-content", "entry-content", "article-content", "article-body",  "story-body",
    "post-body",    "entry-body",    "articlebody",     "story-content", "post-text",
};

constexpr std::array<std::string_view, 12> kPositive = {
    "article", "content", "story", "body",  "post", "entry",
    "text",    "main",    "blog",  "prose", "news", "detail",
};

constexpr std::array<std::string_view, 36> kTeaserPrefixes = {
    "read more",
    "read also",
    "also read",
    "see also",
    "related:",
    "related article",
    "related story",
    "recommended",
    "more:",
    "read next",
    "watch:",
    "listen:",
    "click here",
    "continue reading",
    "more from",
    "you may also",
    "you might also",
    "don't miss",
    "must read",
    "trending",
    "more on this",
    "read the full",
    // Portuguese, Spanish, French, German, Italian, Dutch, Russian
    "leia mais",
    "leia também",
    "veja também",
    "leer más",
    "lee también",
    "ver también",
    "lire aussi",
    "à lire aussi",
    "lesen sie auch",
    "leggi anche",
    "lees ook",
    "читайте также",
    "mehr zum thema",
    "a lire aussi",
};

// A block opening with one of these and holding a digit is the page's date
// line ("Published March 3, 2024 | Updated ..."), not article text.
constexpr std::array<std::string_view, 6> kDateLinePrefixes = {
    "published", "updated", "posted", "last updated", "first published", "last modified",
};

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …
constexpr size_t kEllipsisDots = 3;
constexpr std::string_view kLoadingPrefix = "loading ";

constexpr std::array<std::string_view, 44> kBoilerplatePhrases = {
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
    "loading",
    "story continues below advertisement",
    "continue reading below",
    "scroll to continue",
    "related",
    // Portuguese, Spanish, French, German, Italian, Dutch, Russian
    "publicidade",
    "publicidad",
    "publicité",
    "anzeige",
    "pubblicità",
    "advertentie",
    "реклама",
    "compartilhe",
    "compartir",
    "partager",
    "teilen",
    "condividi",
    "delen",
    "поделиться",
    "comentários",
    "comentarios",
    "commentaires",
    "kommentare",
    "commenti",
    "reacties",
    "комментарии",
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

// Tokens that describe a state or feature of an element ("modal-enabled",
// "has-share-bar", "is-sticky") rather than what it holds.
constexpr std::array<std::string_view, 3> kStatePrefixes = {"has-", "is-", "no-"};
constexpr std::array<std::string_view, 4> kStateSuffixes = {"-enabled", "-disabled", "-active",
                                                            "-open"};

// Whether token starts (ends) with one of the words. The first (last) byte
// is compared before the rest: a page classifies thousands of tokens.
template <size_t N>
bool StartsWithOneOf(std::string_view token, const std::array<std::string_view, N>& words) {
  if (token.empty()) return false;
  return std::any_of(words.begin(), words.end(), [token](std::string_view w) {
    return w[0] == token[0] && token.starts_with(w);
  });
}
template <size_t N>
bool EndsWithOneOf(std::string_view token, const std::array<std::string_view, N>& words) {
  if (token.empty()) return false;
  return std::any_of(words.begin(), words.end(), [token](std::string_view w) {
    return w.back() == token.back() && token.ends_with(w);
  });
}

bool IsStateToken(std::string_view token) {
  return StartsWithOneOf(token, kStatePrefixes) || EndsWithOneOf(token, kStateSuffixes);
}

void MarkWeak(const Hint& hint, ClassVerdict* verdict) {
  if (!verdict->weak_negative && !verdict->strong_negative) {
    verdict->label = hint.label;
    verdict->word = hint.word;
  }
  verdict->weak_negative = true;
}

// A token whose parts split on - and _ include a whole-token word ("ad-slot",
// "top_nav").
const Hint* WholeTokenWord(std::string_view token) {
  size_t start = 0;
  while (start <= token.size()) {
    size_t end = start;
    while (end < token.size() && token[end] != '-' && token[end] != '_') ++end;
    std::string_view part = token.substr(start, end - start);
    for (const Hint& hint : kWholeTokenNegative) {
      if (!part.empty() && part[0] == hint.word[0] && part == hint.word) return &hint;
    }
    start = end + 1;
  }
  return nullptr;
}

// Utility-CSS tokens ("text-[11px]", "xl:hidden", "leading-extra-tight")
// style an element; they say nothing of what it holds.
constexpr std::array<std::string_view, 28> kStylingPrefixes = {
    "text-",   "leading-", "tracking-", "font-",  "bg-",    "border-",  "rounded-",
    "shadow-", "gap-",     "space-",    "mt-",    "mb-",    "ml-",      "mr-",
    "mx-",     "my-",      "pt-",       "pb-",    "pl-",    "pr-",      "px-",
    "py-",     "w-",       "h-",        "max-w-", "min-h-", "opacity-", "line-clamp-",
};

bool IsStylingToken(std::string_view token) {
  if (std::any_of(token.begin(), token.end(), [](char c) { return c == ':' || c == '['; })) {
    return true;
  }
  return StartsWithOneOf(token, kStylingPrefixes);
}

// Every word the class vocabulary finds as a substring, in one matcher; the
// tables keep their order (the first hit of a table names the label).
class TokenVocabulary {
 public:
  TokenVocabulary() : matcher_(Words()) {}

  WordSet Find(std::string_view token) const { return matcher_.Find(token); }

  // Index of the first entry of table whose word is in found (and whose
  // `unless` word is not), or -1.
  template <size_t N>
  int FirstHint(const WordSet& found, const std::array<Hint, N>& table, size_t base) const {
    if (found.Empty()) return -1;  // most tokens hold no word
    for (size_t i = 0; i < N; ++i) {
      if (!found.Has(base + i)) continue;
      if (!table[i].unless.empty() && found.Has(unless_index_[base + i])) continue;
      return static_cast<int>(i);
    }
    return -1;
  }
  template <size_t N>
  bool Any(const WordSet& found, size_t base) const {
    if (found.Empty()) return false;
    for (size_t i = 0; i < N; ++i) {
      if (found.Has(base + i)) return true;
    }
    return false;
  }

  static constexpr size_t kContainerBase = 0;
  static constexpr size_t kStrongBase = kContainerBase + kContentContainers.size();
  static constexpr size_t kWeakBase = kStrongBase + kStrongNegative.size();
  static constexpr size_t kPositiveBase = kWeakBase + kWeakNegative.size();

 private:
  std::vector<std::string_view> Words() {
    std::vector<std::string_view> words(kContentContainers.begin(), kContentContainers.end());
    for (const Hint& h : kStrongNegative) words.push_back(h.word);
    for (const Hint& h : kWeakNegative) words.push_back(h.word);
    words.insert(words.end(), kPositive.begin(), kPositive.end());
    unless_index_.assign(words.size(), 0);
    auto add_unless = [&](const Hint& h, size_t index) {
      if (h.unless.empty()) return;
      unless_index_[index] = words.size();
      words.push_back(h.unless);
    };
    for (size_t i = 0; i < kStrongNegative.size(); ++i)
      add_unless(kStrongNegative[i], kStrongBase + i);
    for (size_t i = 0; i < kWeakNegative.size(); ++i) add_unless(kWeakNegative[i], kWeakBase + i);
    return words;
  }

  // Declared before matcher_: Words() fills it while matcher_ is built.
  std::vector<size_t> unless_index_;  // per hint word: the index of its `unless` word
  WordSetMatcher matcher_;
};

const TokenVocabulary& Vocabulary() {
  static const TokenVocabulary vocabulary;
  return vocabulary;
}

void ClassifyToken(std::string_view token, ClassVerdict* verdict) {
  if (IsStylingToken(token)) return;
  const TokenVocabulary& vocabulary = Vocabulary();
  WordSet found = vocabulary.Find(token);
  if (vocabulary.Any<kContentContainers.size()>(found, TokenVocabulary::kContainerBase)) {
    verdict->positive = true;
    verdict->content_container = true;
    return;
  }
  for (const Hint& hint : kExactTokenNegative) {
    if (token == hint.word) {
      verdict->hides = true;
      return MarkWeak(hint, verdict);
    }
  }
  if (IsStateToken(token)) return;
  if (int strong = vocabulary.FirstHint(found, kStrongNegative, TokenVocabulary::kStrongBase);
      strong >= 0) {
    const Hint& hint = kStrongNegative[static_cast<size_t>(strong)];
    if (!verdict->strong_negative) {
      verdict->strong_negative = true;
      verdict->label = hint.label;
      verdict->word = hint.word;
    }
    return;
  }
  bool positive = vocabulary.Any<kPositive.size()>(found, TokenVocabulary::kPositiveBase);
  if (int weak = vocabulary.FirstHint(found, kWeakNegative, TokenVocabulary::kWeakBase);
      weak >= 0) {
    MarkWeak(kWeakNegative[static_cast<size_t>(weak)], verdict);
    // "content-sidebar-wrap": a weak negative and a content word in one
    // token is a layout wrapper, not a sidebar.
    if (positive) verdict->positive = true;
    return;
  }
  for (const Hint& hint : kPrefixNegative) {
    if (token.starts_with(hint.word)) return MarkWeak(hint, verdict);
  }
  if (const Hint* hint = WholeTokenWord(token)) return MarkWeak(*hint, verdict);
  if (positive) verdict->positive = true;
}

// The verdict of one lowercase class/id token on its own.
ClassVerdict ClassifyOneToken(std::string_view token) {
  ClassVerdict verdict;
  ClassifyToken(token, &verdict);
  return verdict;
}

// Folds one token's verdict into its attribute's: the first strong negative
// names the label, else the first weak one (as ClassifyToken does in turn).
void AddTokenVerdict(const ClassVerdict& token, ClassVerdict* verdict) {
  verdict->positive = verdict->positive || token.positive;
  verdict->content_container = verdict->content_container || token.content_container;
  verdict->hides = verdict->hides || token.hides;
  if (token.strong_negative && !verdict->strong_negative) {
    verdict->strong_negative = true;
    verdict->label = token.label;
    verdict->word = token.word;
  }
  if (token.weak_negative) {
    if (!verdict->weak_negative && !verdict->strong_negative) {
      verdict->label = token.label;
      verdict->word = token.word;
    }
    verdict->weak_negative = true;
  }
}

// Byline and date containers: words anywhere in the attribute, lowercase.
constexpr std::array<std::string_view, 3> kBylineClassWords = {"byline", "author", "writer"};
// ("byline__tag", "author-categories": the article's tags, not its writers.)
constexpr std::array<std::string_view, 6> kBylineClassExclusions = {"bio",   "avatar", "image",
                                                                    "photo", "tag",    "categor"};
constexpr std::array<std::string_view, 5> kDateClassWords = {"date", "time", "published", "byline",
                                                             "dateline"};
// The same in other languages, as whole parts of a class name between
// hyphens or underscores ("post-autor", "autor_nome", "noticia-fecha"): as
// substrings they stand inside other words ("hauteur", "autoresize").
constexpr std::array<std::string_view, 9> kBylineClassParts = {
    "autor", "autora", "autores", "autore", "autori", "autorin", "auteur", "auteurs", "verfasser"};
constexpr std::array<std::string_view, 2> kDateClassParts = {"fecha", "datum"};

template <size_t N>
bool HasAnyOf(std::string_view lower, const std::array<std::string_view, N>& words) {
  return std::any_of(words.begin(), words.end(), [lower](std::string_view w) {
    return lower.find(w) != std::string_view::npos;
  });
}

// Whether a run of letters of `lower` (between any other characters) is one
// of `parts`.
template <size_t N>
bool HasPartOf(std::string_view lower, const std::array<std::string_view, N>& parts) {
  for (size_t start = 0; start < lower.size();) {
    size_t end = start;
    while (end < lower.size() && lower[end] >= 'a' && lower[end] <= 'z') ++end;
    if (end > start &&
        std::find(parts.begin(), parts.end(), lower.substr(start, end - start)) != parts.end()) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

// The verdict of one attribute value; token_verdict(token) gives each
// lowercase token's own verdict.
template <typename TokenVerdict>
ClassVerdict ClassifyOneAttribute(std::string_view attr, TokenVerdict token_verdict) {
  ClassVerdict verdict;
  std::string lower = ToLowerAscii(attr);
  ForEachClassToken(
      lower, [&](std::string_view token) { AddTokenVerdict(token_verdict(token), &verdict); });
  verdict.byline_container =
      (HasAnyOf(lower, kBylineClassWords) || HasPartOf(lower, kBylineClassParts)) &&
      !HasAnyOf(lower, kBylineClassExclusions);
  verdict.date_container = HasAnyOf(lower, kDateClassWords) || HasPartOf(lower, kDateClassParts);
  return verdict;
}

// The verdict of the class tokens followed by the id tokens: the first strong
// negative names the label, else the first weak one.
ClassVerdict Merge(const ClassVerdict& first, const ClassVerdict& second) {
  ClassVerdict merged;
  merged.strong_negative = first.strong_negative || second.strong_negative;
  merged.weak_negative = first.weak_negative || second.weak_negative;
  merged.positive = first.positive || second.positive;
  merged.content_container = first.content_container || second.content_container;
  merged.hides = first.hides || second.hides;
  const ClassVerdict* named = nullptr;
  if (first.strong_negative) {
    named = &first;
  } else if (second.strong_negative) {
    named = &second;
  } else if (first.weak_negative) {
    named = &first;
  } else if (second.weak_negative) {
    named = &second;
  }
  if (named != nullptr) {
    merged.label = named->label;
    merged.word = named->word;
  }
  return merged;
}

// Every word read anywhere in a class attribute, beside the token vocabulary.
std::vector<std::string_view> AttributeWords() {
  std::vector<std::string_view> words;
  auto add = [&words](const auto& table) {
    for (std::string_view w : table) words.push_back(w);
  };
  add(kBylineClassWords);
  add(kBylineClassExclusions);
  add(kDateClassWords);
  add(kBylineClassParts);
  add(kDateClassParts);
  add(kNameClassWords);
  add(kNameClassExclusions);
  add(kModifiedClassWords);
  return words;
}

// A token holding none of these words has no verdict and no word the
// metadata pass reads: every vocabulary, exact, prefix and whole-token word
// and every attribute word, less those that hold another one (only whether
// any occurs is asked). Most tokens of a page hold none ("css-1x9k2", "mt-4").
const WordSetMatcher& SignalWords() {
  static const WordSetMatcher matcher = [] {
    std::vector<std::string_view> all = AttributeWords();
    auto add = [&all](const auto& table) {
      for (const auto& entry : table) {
        if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, Hint>) {
          all.push_back(entry.word);
        } else {
          all.push_back(entry);
        }
      }
    };
    add(kContentContainers);
    add(kPositive);
    add(kStrongNegative);
    add(kWeakNegative);
    add(kExactTokenNegative);
    add(kPrefixNegative);
    add(kWholeTokenNegative);
    std::vector<std::string_view> minimal;
    for (std::string_view w : all) {
      bool covered = std::any_of(all.begin(), all.end(), [w](std::string_view other) {
        return other.size() < w.size() && w.find(other) != std::string_view::npos;
      });
      bool seen = std::find(minimal.begin(), minimal.end(), w) != minimal.end();
      if (!covered && !seen) minimal.push_back(w);
    }
    return WordSetMatcher(minimal);
  }();
  return matcher;
}

}  // namespace

ClassVerdict ClassifyClassAndId(std::string_view class_attr, std::string_view id_attr) {
  return Merge(ClassifyOneAttribute(class_attr, ClassifyOneToken),
               ClassifyOneAttribute(id_attr, ClassifyOneToken));
}

namespace {

// Codes are code points of the supplementary private use area, U+F0000 on:
// four bytes, F3 B0..BF xx xx in UTF-8, that no class value a page means to
// show is made of.
constexpr uint32_t kFirstCode = 0xF0000;

}  // namespace

std::string ClassVerdictCache::AddCode(std::string value) {
  if (coded_.size() >= kMaxCodes) return {};
  const uint32_t cp = kFirstCode + static_cast<uint32_t>(coded_.size());
  coded_.push_back({std::move(value), std::nullopt});
  return {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
          static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
}

int ClassVerdictCache::CodeIndex(std::string_view attr) const {
  if (attr.size() != 4 || static_cast<unsigned char>(attr[0]) != 0xF3) return -1;
  const auto bits = [&](size_t k) { return static_cast<uint32_t>(attr[k]) & 0x3F; };
  const uint32_t cp = 0xC0000 | bits(1) << 12 | bits(2) << 6 | bits(3);
  if (cp < kFirstCode || cp - kFirstCode >= coded_.size()) return -1;
  return static_cast<int>(cp - kFirstCode);
}

std::string_view ClassVerdictCache::ClassValue(std::string_view attr) const {
  const int index = CodeIndex(attr);
  return index < 0 ? attr : std::string_view(coded_[static_cast<size_t>(index)].value);
}

const ClassVerdict& ClassVerdictCache::ForAttribute(std::string_view attr) {
  if (const int index = CodeIndex(attr); index >= 0) {
    CodedValue& coded = coded_[static_cast<size_t>(index)];
    if (!coded.verdict) coded.verdict = ForValue(coded.value);
    return *coded.verdict;
  }
  return ForValue(attr);
}

const ClassVerdict& ClassVerdictCache::ForValue(std::string_view attr) {
  static const ClassVerdict kEmpty;
  if (attr.empty()) return kEmpty;
  auto it = by_attribute_.find(attr);
  if (it == by_attribute_.end()) {
    ClassVerdict verdict = ClassifyOneAttribute(
        attr, [this](std::string_view token) -> const ClassVerdict& { return ForToken(token); });
    it = by_attribute_.emplace(std::string(attr), verdict).first;
  }
  return it->second;
}

const ClassVerdictCache::TokenEntry& ClassVerdictCache::EntryOf(std::string_view lowercase_token) {
  auto it = by_token_.find(lowercase_token);
  if (it == by_token_.end()) {
    TokenEntry entry{ClassifyOneToken(lowercase_token)};
    const ClassVerdict& v = entry.verdict;
    entry.signal.flags =
        static_cast<uint8_t>(v.strong_negative | v.weak_negative << 1 | v.positive << 2 |
                             v.content_container << 3 | v.hides << 4);
    static const WordSetMatcher attribute_words(AttributeWords());
    entry.signal.words = attribute_words.Find(lowercase_token);
    it = by_token_.emplace(std::string(lowercase_token), entry).first;
  }
  return it->second;
}

const ClassVerdict& ClassVerdictCache::ForToken(std::string_view token) {
  return EntryOf(token).verdict;
}

namespace {

constexpr bool HoldsDigit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

template <typename Table>
constexpr bool NoneHoldsDigit(const Table& table) {
  for (const auto& entry : table) {
    if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, Hint>) {
      if (HoldsDigit(entry.word) || HoldsDigit(entry.unless)) return false;
    } else {
      if (HoldsDigit(entry)) return false;
    }
  }
  return true;
}

// SignalOf reads every digit as '0': no word a token's verdict or signal
// looks for may hold one.
static_assert(NoneHoldsDigit(kStrongNegative) && NoneHoldsDigit(kWeakNegative) &&
              NoneHoldsDigit(kExactTokenNegative) && NoneHoldsDigit(kPrefixNegative) &&
              NoneHoldsDigit(kWholeTokenNegative) && NoneHoldsDigit(kContentContainers) &&
              NoneHoldsDigit(kPositive) && NoneHoldsDigit(kStatePrefixes) &&
              NoneHoldsDigit(kStateSuffixes) && NoneHoldsDigit(kStylingPrefixes) &&
              NoneHoldsDigit(kBylineClassWords) && NoneHoldsDigit(kBylineClassExclusions) &&
              NoneHoldsDigit(kDateClassWords) && NoneHoldsDigit(kNameClassWords) &&
              NoneHoldsDigit(kNameClassExclusions) && NoneHoldsDigit(kModifiedClassWords) &&
              NoneHoldsDigit(kBylineClassParts) && NoneHoldsDigit(kDateClassParts));

}  // namespace

const TokenSignal& ClassVerdictCache::SignalOf(std::string_view token) {
  static const TokenSignal kNothing;
  // Every digit reads as '0': no hint word holds one, so a digit's value
  // changes no verdict, and one entry serves the numbered ids of a page
  // ("menu-item-1" to "menu-item-999") instead of one each.
  lowercase_.assign(token);
  for (char& c : lowercase_) c = c >= '0' && c <= '9' ? '0' : AsciiToLower(c);
  if (SignalWords().Find(lowercase_).Empty()) return kNothing;
  return EntryOf(lowercase_).signal;
}

bool StyleHides(std::string_view style) {
  std::string compact;
  compact.reserve(style.size());
  for (char c : style) {
    if (c != ' ') compact.push_back(AsciiToLower(c));
  }
  // The screen-reader-only pattern is clipped to nothing ("opens new tab").
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos ||
         compact.find("clip:rect(0") != std::string::npos ||
         compact.find("clip-path:inset(50%)") != std::string::npos;
}

ClassVerdict ClassVerdictCache::Classify(std::string_view class_attr, std::string_view id_attr) {
  return Merge(ForAttribute(class_attr), ForValue(id_attr));  // ids are never coded
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

namespace {

// Whether text has a byte outside ASCII among its first `bytes`.
bool HasNonAsciiWithin(std::string_view text, size_t bytes) {
  text = text.substr(0, std::min(text.size(), bytes));
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool IsAscii(std::string_view text) { return !HasNonAsciiWithin(text, text.size()); }

}  // namespace

std::string_view TeaserPrefix(std::string_view text) {
  for (std::string_view prefix : kTeaserPrefixes) {
    if (StartsWithIgnoreAsciiCase(text, prefix)) return prefix;
  }
  // "À LIRE AUSSI", "Читайте также": letters outside ASCII need Unicode
  // lowercasing, done only for short blocks whose head has such a letter.
  if (text.size() > kTeaserMaxChars || !HasNonAsciiWithin(text, kTeaserHeadBytes)) return {};
  const std::string lower = NormalizeForCompare(text);
  for (std::string_view prefix : kTeaserPrefixes) {
    if (IsAscii(prefix) || !StartsWith(lower, prefix)) continue;
    if (lower.size() == prefix.size() || lower[prefix.size()] == ' ') return prefix;
  }
  return {};
}

// Words of a line that gives only a date and time ("March 2, 2024 6:00 am
// (Updated 6:01 am)").
constexpr size_t kMonthWords = 24;  // the first entries: month names and abbreviations
constexpr size_t kMinDateLineWords = 3;
constexpr std::array<std::string_view, 49> kDateWords = {
    "january",   "february", "march",     "april",    "may",    "june",     "july",   "august",
    "september", "october",  "november",  "december", "jan",    "feb",      "mar",    "apr",
    "jun",       "jul",      "aug",       "sep",      "sept",   "oct",      "nov",    "dec",
    "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "am",
    "pm",        "updated",  "published", "gmt",      "utc",    "at",       "on",     "est",
    "a",         "p",        "m",  // "2:14 p.m." splits into "p" and "m"
    "edt",       "et",       "pt",        "pst",      "pdt",    "bst",
};

// True when every word is a number, a time or a date word, and there is a
// month name or a clock time among them.
bool IsOnlyDateWords(std::string_view text) {
  size_t words = 0;
  bool anchor = false;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == ':'))
      ++i;
    if (i == start) break;
    std::string lower(text.substr(start, i - start));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ++words;
    if (std::isdigit(static_cast<unsigned char>(lower[0]))) {
      if (lower.find(':') != std::string::npos) anchor = true;
      continue;
    }
    bool known = false;
    for (size_t w = 0; w < kDateWords.size(); ++w) {
      if (lower == kDateWords[w]) {
        known = true;
        if (w < kMonthWords) anchor = true;
        break;
      }
    }
    if (!known) return false;
  }
  return words >= kMinDateLineWords && anchor;
}

bool IsDateLine(std::string_view text) {
  if (text.size() > kDateLineMaxChars) return false;
  bool has_digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      has_digit = true;
      break;
    }
  }
  if (!has_digit) return false;
  for (std::string_view prefix : kDateLinePrefixes) {
    if (StartsWithIgnoreAsciiCase(text, prefix)) return true;
  }
  return IsOnlyDateWords(text);
}

constexpr std::array<std::string_view, 11> kSummaryHeadings = {
    "key points",
    "key takeaways",
    "takeaways",
    "highlights",
    "at a glance",
    "summary",
    "tl;dr",
    "tldr",
    "what you need to know",
    "key facts",
    "the big picture",
};

bool IsSummaryHeading(std::string_view text) {
  text = TrimAscii(text);
  while (!text.empty() && text.back() == ':') text.remove_suffix(1);
  for (std::string_view heading : kSummaryHeadings) {
    if (EqualsIgnoreAsciiCase(text, heading)) return true;
  }
  return false;
}

bool IsBoilerplatePhrase(std::string_view text) {
  if (text.size() > kBoilerplatePhraseMaxChars) return false;
  size_t dots = 0;  // "..." or "…" (three dots) at the end: an ellipsis
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    if (text.back() == ':' || text.back() == '.' || text.back() == ' ') {
      dots += text.back() == '.' ? 1 : 0;
      text.remove_suffix(1);
      trimmed = true;
    } else if (EndsWith(text, kEllipsis)) {
      dots += kEllipsisDots;
      text.remove_suffix(kEllipsis.size());
      trimmed = true;
    }
  }
  const bool ellipsis = dots >= kEllipsisDots;
  for (std::string_view phrase : kBoilerplatePhrases) {
    if (text.size() == phrase.size() && StartsWithIgnoreAsciiCase(text, phrase)) return true;
  }
  if (HasNonAsciiWithin(text, text.size())) {  // "Реклама", "PUBLICITÉ"
    const std::string lower = NormalizeForCompare(text);
    for (std::string_view phrase : kBoilerplatePhrases) {
      if (!IsAscii(phrase) && lower == phrase) return true;
    }
  }
  // A placeholder that scripts replace: "Loading image...", "Loading comments…".
  if (ellipsis && StartsWithIgnoreAsciiCase(text, kLoadingPrefix)) {
    std::string_view what = text.substr(kLoadingPrefix.size());
    return !what.empty() && what.find(' ') == std::string_view::npos;
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
