// ExactDedupIndex: corpus-wide exact-duplicate detection by body fingerprint.
//
// The first ok article seen with a given body_hash is the original; every later
// ok article with the same body_hash becomes status duplicate with
// duplicate_of = the original's id. "Seen" covers this run (kept in memory) and
// earlier runs (asked of an optional lookup, e.g. the store), so a resumed
// ingest decides exactly as one clean run would.
//
// The caller owns the object and feeds it articles in input order from one
// thread: decisions are deterministic and the class is not thread-safe.
// Memory: two 64-bit integers per distinct body (ids and hashes are 16 hex
// digits; other spellings are kept as strings).
#ifndef NEWSIFT_DEDUP_EXACT_INDEX_H_
#define NEWSIFT_DEDUP_EXACT_INDEX_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

#include "newsift/article.h"
#include "newsift/status.h"

namespace newsift {

class ExactDedupIndex {
 public:
  // Id of an earlier article (outside this index) with this body hash, if any.
  using Lookup = std::function<Result<std::optional<std::string>>(const std::string& body_hash)>;

  explicit ExactDedupIndex(Lookup earlier = {});

  // For an ok article with a body hash: marks it duplicate when its body was
  // seen before, else remembers it as the original. Other articles are left
  // alone. Fails only when the lookup fails (the article is then unchanged).
  Status Apply(Article* article);

  // Number of distinct bodies remembered.
  size_t size() const { return first_id_.size() + odd_first_id_.size(); }

 private:
  // The original's id for this body, empty when unseen.
  std::string Find(const std::string& body_hash) const;
  void Remember(const std::string& body_hash, const std::string& id);

  Lookup earlier_;
  std::unordered_map<uint64_t, uint64_t> first_id_;            // canonical hex forms
  std::unordered_map<std::string, std::string> odd_first_id_;  // anything else
};

}  // namespace newsift

#endif  // NEWSIFT_DEDUP_EXACT_INDEX_H_
