// Word shingles: the set representation near-duplicate detection compares.
//
// Text is normalised as the Reuters ground truth is (lowercase, every non-word
// character a separator), split into words, and every run of n consecutive
// words hashed to 64 bits. In scripts written without spaces (Chinese,
// Japanese, Thai...) every character is a word, so shingles are character
// n-grams there. A text shorter than n words gives one shingle of all its
// words, so short texts do not collapse onto one empty signature.
#ifndef NEWSIFT_DEDUP_SHINGLES_H_
#define NEWSIFT_DEDUP_SHINGLES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsift {

// Sorted, unique 64-bit hashes of the word n-grams of text.
std::vector<uint64_t> ShingleHashes(std::string_view text, int ngram);

// |a ∩ b| / |a ∪ b| of two sorted unique sets; 0 when both are empty.
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace newsift

#endif  // NEWSIFT_DEDUP_SHINGLES_H_
