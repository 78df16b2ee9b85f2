// The body's fingerprint, Hash64(NormalizeForCompare(article.Body())), built
// from the paragraphs' normalised text that the extractors compute anyway:
// the body's normalised text is theirs one space apart, empty ones left out.
#ifndef NEWSIFT_EXTRACT_BODY_FINGERPRINT_H_
#define NEWSIFT_EXTRACT_BODY_FINGERPRINT_H_

#include <cstdint>
#include <string_view>

#include "util/hash.h"

namespace newsift {

class BodyFingerprint {
 public:
  // Adds the next paragraph, given as NormalizeForCompare(paragraph.text).
  void Add(std::string_view paragraph_norm) {
    if (paragraph_norm.empty()) return;
    if (started_) hash_.Add(" ");
    hash_.Add(paragraph_norm);
    started_ = true;
  }
  uint64_t Digest() const { return hash_.Digest(); }

 private:
  Hash64Builder hash_;
  bool started_ = false;
};

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_BODY_FINGERPRINT_H_
