// Features of one line of a text dump, computed from the line alone: size,
// sentence punctuation, stop-word ratio, capitalisation, dates and times,
// and generic boilerplate vocabulary (cookie banners, footers, sign-up
// prompts, teasers...). The extractor combines them with the page structure.
// Thread-safe: the vocabulary tables are constant.
#ifndef NEWSIFT_EXTRACT_TEXT_DUMP_FEATURES_H_
#define NEWSIFT_EXTRACT_TEXT_DUMP_FEATURES_H_

#include <span>
#include <string_view>
#include <vector>

#include "newsift/article.h"

namespace newsift {

struct LineFeatures {
  size_t words = 0;
  size_t chars = 0;  // code points
  size_t sentences = 0;
  bool ends_sentence = false;  // ends with . ! ? … (closing quotes allowed)
  bool ends_ellipsis = false;  // ends with "..." or "…": a cut-off teaser
  double stop_ratio = 0;       // share of words in the stop-word tables
  double capital_ratio = 0;    // share of content words starting uppercase
  size_t digit_words = 0;      // words made of digits
  bool time_like = false;      // "0:00", "28:12", "1:02:33"
  // A short line that stamps a post: "May 5, 2015 at 6:34 am",
  // "2 days ago", "Annabel May 5, 2015 - 1:01 pm".
  bool timestamp_like = false;
  bool teaser_prefix = false;       // "READ MORE: ...", "See also: ..."
  size_t longest_unpunctuated = 0;  // longest run of words without punctuation
  bool has_comma = false;
  // Boilerplate vocabulary hit, or kBody when none.
  Label vocabulary = Label::kBody;
  std::string_view vocabulary_reason;  // "consent vocabulary", points to static text
  int vocabulary_rule = -1;            // which entry of the vocabulary, or -1
};

// The vocabulary a page's own subject sets aside: on a page about newsletters,
// cookies or copyright, prose that names them is the article, not a sign-up
// box, a consent banner or a footer. Holds only the phrases that may condemn
// a whole sentence ("newsletter"), never a menu's short labels ("sign in").
class VocabularyTopic {
 public:
  // The phrases of that kind that stand in a normalised line (the page's
  // headline).
  static VocabularyTopic PhrasesIn(std::string_view normalized);
  // Whether rule (a LineFeatures::vocabulary_rule) is one of them.
  bool Contains(int rule) const;
  void Remove(int rule);
  bool empty() const { return rules_.empty(); }
  const std::vector<int>& rules() const { return rules_; }

 private:
  std::vector<int> rules_;  // ascending
};

LineFeatures ComputeLineFeatures(std::string_view line);
// Same, given NormalizeForCompare(line, &source_words) already computed.
LineFeatures ComputeLineFeatures(std::string_view line, std::string_view normalized,
                                 std::span<const std::string_view> source_words);
// Same, with the page's topic set aside from the vocabulary.
LineFeatures ComputeLineFeatures(std::string_view line, std::string_view normalized,
                                 std::span<const std::string_view> source_words,
                                 const VocabularyTopic& topic);

// Whether a lowercase word is in the small multilingual stop-word tables.
bool IsStopWord(std::string_view lowercase_word);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_TEXT_DUMP_FEATURES_H_
