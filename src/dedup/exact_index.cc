#include "dedup/exact_index.h"

#include <utility>

#include "util/hash.h"

namespace newsift {
namespace {

constexpr size_t kHexDigits = 16;

// Parses exactly 16 lowercase hex digits (the form HexId writes), so that
// converting back with HexId gives the same string.
bool ParseHexId(const std::string& text, uint64_t* out) {
  if (text.size() != kHexDigits) return false;
  uint64_t value = 0;
  for (char c : text) {
    int digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else {
      return false;
    }
    value = (value << 4) | static_cast<uint64_t>(digit);
  }
  *out = value;
  return true;
}

}  // namespace

ExactDedupIndex::ExactDedupIndex(Lookup earlier) : earlier_(std::move(earlier)) {}

std::string ExactDedupIndex::Find(const std::string& body_hash) const {
  uint64_t hash;
  if (ParseHexId(body_hash, &hash)) {
    auto it = first_id_.find(hash);
    if (it != first_id_.end()) return HexId(it->second);
  }
  auto it = odd_first_id_.find(body_hash);
  return it == odd_first_id_.end() ? std::string() : it->second;
}

void ExactDedupIndex::Remember(const std::string& body_hash, const std::string& id) {
  uint64_t hash, id_value;
  if (ParseHexId(body_hash, &hash) && ParseHexId(id, &id_value)) {
    first_id_.emplace(hash, id_value);
    return;
  }
  odd_first_id_.emplace(body_hash, id);
}

Status ExactDedupIndex::Apply(Article* article) {
  if (article->status != RecordStatus::kOk || article->body_hash.empty()) return Status::OK();
  std::string original = Find(article->body_hash);
  if (original.empty() && earlier_) {
    Result<std::optional<std::string>> found = earlier_(article->body_hash);
    if (!found.ok()) return found.status();
    if (found->has_value()) {
      original = **found;
      Remember(article->body_hash, original);
    }
  }
  if (original.empty()) {
    Remember(article->body_hash, article->id);
    return Status::OK();
  }
  // The same document met again (same source and bytes) is not its own copy.
  if (original == article->id) return Status::OK();
  article->status = RecordStatus::kDuplicate;
  article->duplicate_of = std::move(original);
  return Status::OK();
}

}  // namespace newsift
