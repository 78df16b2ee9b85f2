// Features of one line of a text dump, computed from the line alone: size,
// sentence punctuation, stop-word ratio, capitalisation, dates and times,
// and generic boilerplate vocabulary (cookie banners, footers, sign-up
// prompts, teasers...). The extractor combines them with the page structure.
// Thread-safe: the vocabulary tables are constant.
#ifndef NEWSIFT_EXTRACT_TEXT_DUMP_FEATURES_H_
#define NEWSIFT_EXTRACT_TEXT_DUMP_FEATURES_H_

#include <span>
#include <string_view>

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
  // A short line that stamps a post: "November 19, 2019 at 6:34 am",
  // "2 days ago", "Stephanie September 17, 2014 - 1:01 pm".
  bool timestamp_like = false;
  bool teaser_prefix = false;       // "READ MORE: ...", "See also: ..."
  size_t longest_unpunctuated = 0;  // longest run of words without punctuation
  bool has_comma = false;
  // Boilerplate vocabulary hit, or kBody when none.
  Label vocabulary = Label::kBody;
  std::string_view vocabulary_reason;  // "consent vocabulary", points to static text
};

LineFeatures ComputeLineFeatures(std::string_view line);
// Same, given NormalizeForCompare(line, &source_words) already computed.
LineFeatures ComputeLineFeatures(std::string_view line, std::string_view normalized,
                                 std::span<const std::string_view> source_words);

// Whether a lowercase word is in the small multilingual stop-word tables.
bool IsStopWord(std::string_view lowercase_word);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_TEXT_DUMP_FEATURES_H_
