// In-page repetition: text a page shows more than once (a title repeated as an
// image title, a teaser block printed twice, a summary glued together from
// body paragraphs without spaces). Only the first or most self-contained copy
// is kept.
#ifndef NEWSIFT_CLEAN_REPETITION_H_
#define NEWSIFT_CLEAN_REPETITION_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsift {

struct RepeatVerdict {
  bool repeated = false;
  int same_as = -1;  // index of the block that holds this text (first one)
  // A composite's parts (ascending); empty for an exact repeat.
  std::vector<size_t> parts;

  // "same text as block 3", "made of sentences of blocks 5, 7, 9"; empty when
  // not repeated. Built on request: only --explain shows it.
  std::string Reason() const;
};

// For each block (paragraph or line) decides whether it repeats text held by
// other blocks: an exact repeat (after normalisation) of an earlier block, or a
// composite whose sentences all appear in other blocks (glued summaries,
// "para1.Para2" without spaces included). Composites lose to their parts,
// whatever the order. Blocks with fewer than min_words words are never
// composites (short labels legitimately repeat).
std::vector<RepeatVerdict> FindRepetition(const std::vector<std::string_view>& blocks,
                                          size_t min_words = 3);

// Same, given NormalizeForCompare() of each block already computed
// (normalized.size() == blocks.size()).
std::vector<RepeatVerdict> FindRepetition(std::span<const std::string_view> blocks,
                                          std::span<const std::string_view> normalized,
                                          size_t min_words);

// Splits text into sentences, also where a sentence end is glued to the next
// sentence ("Tuesday.The leaders"). Used to match composites.
std::vector<std::string_view> SplitSentences(std::string_view text);
// Same, into *sentences (cleared first): a caller splitting many blocks
// keeps one vector's storage.
void SplitSentences(std::string_view text, std::vector<std::string_view>* sentences);

}  // namespace newsift

#endif  // NEWSIFT_CLEAN_REPETITION_H_
