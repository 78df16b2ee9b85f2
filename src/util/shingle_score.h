// Article-body extraction quality: the shingle metric of the public
// article-extraction benchmark, so our figures compare with published ones.
//
// A text is tokenised into the matches of \w+ as Python's re module defines \w
// for str patterns (ScoreTokens), and becomes the multiset of its token
// n-grams (n = 4). A text with fewer than n tokens (but
// at least one) counts as a single gram made of all its tokens; a text with no
// token has no gram. Per page: tp = size of the multiset intersection of the
// predicted and true grams, fp = predicted - tp, fn = truth - tp. Over pages:
// precision is the mean of per-page precision over pages with tp + fp > 0,
// recall the mean of per-page recall over pages with tp + fn > 0 (a page with
// fp = fn = 0 scores 1 for both), and F1 is the harmonic mean of those two
// means. Pure functions, thread-safe.
#ifndef NEWSIFT_UTIL_SHINGLE_SCORE_H_
#define NEWSIFT_UTIL_SHINGLE_SCORE_H_

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsift {

// Tokens per gram in the published metric.
inline constexpr size_t kScoreShingleSize = 4;

// Gram counts of one page.
struct PageCounts {
  size_t tp = 0;  // grams both in the prediction and in the truth (with multiplicity)
  size_t fp = 0;  // predicted grams not matched in the truth
  size_t fn = 0;  // true grams not matched in the prediction
};

// Matches of \w+ with Python's re semantics, which the published scorer uses:
// word characters are letters (Lu Ll Lt Lm Lo), characters with a numeric
// value (Nd, Nl, No: "2", "½", "²", "Ⅻ") and '_'. Unlike WordTokens, combining
// marks (Mn, Mc) are NOT word characters, so "café" written with U+0301 and
// most Indic words split at their vowel signs: that is what the reference
// does, and the point here is figures comparable with published ones.
// Invalid UTF-8 bytes are not word characters.
std::vector<std::string_view> ScoreTokens(std::string_view text);

// The text's token n-grams, each as its tokens joined by one space, in order
// (repeats kept). See the header comment for texts shorter than n tokens.
// REQUIRES: n >= 1.
std::vector<std::string> TokenShingles(std::string_view text, size_t n = kScoreShingleSize);

// Counts for one page. REQUIRES: n >= 1.
PageCounts ScorePage(std::string_view predicted, std::string_view truth,
                     size_t n = kScoreShingleSize);

// Per-page precision and recall as the published metric defines them: 1 when
// fp = fn = 0, else tp / (tp + fp) (resp. tp / (tp + fn)), 0 on an empty
// denominator.
double PagePrecision(const PageCounts& counts);
double PageRecall(const PageCounts& counts);

struct ShingleScore {
  double precision = 0;        // 0 when no page has tp + fp > 0
  double recall = 0;           // 0 when no page has tp + fn > 0
  double f1 = 0;               // 0 when precision + recall = 0
  size_t pages = 0;            // pages aggregated
  size_t precision_pages = 0;  // pages in the precision mean (tp + fp > 0)
  size_t recall_pages = 0;     // pages in the recall mean (tp + fn > 0)
};

ShingleScore Aggregate(std::span<const PageCounts> pages);

}  // namespace newsift

#endif  // NEWSIFT_UTIL_SHINGLE_SCORE_H_
