// Which member of a near-duplicate cluster represents it: the earliest
// published, then the first seen (lowest seq). Pages without a usable date
// come after every dated page. Shared by single-process ingest and the Dask
// path (bound to Python), so both order clusters identically.
#ifndef NEWSIFT_DEDUP_REPRESENTATIVE_H_
#define NEWSIFT_DEDUP_REPRESENTATIVE_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>

namespace newsift {

// Seconds since the epoch of an ISO 8601 date as newsift writes them
// ("2024-07-08", "2024-07-08T17:14:00", "...Z", "...+03:00"); a time without
// offset is taken as UTC. nullopt when empty or not parseable.
std::optional<int64_t> PublishedEpochSeconds(std::string_view published);

struct RepresentativeKey {
  int undated = 1;            // 0 when published parses, else 1
  int64_t published_utc = 0;  // epoch seconds (0 when undated)
  int64_t seq = 0;            // global input order
  friend bool operator<(const RepresentativeKey& a, const RepresentativeKey& b) {
    return std::tie(a.undated, a.published_utc, a.seq) <
           std::tie(b.undated, b.published_utc, b.seq);
  }
  friend bool operator==(const RepresentativeKey& a, const RepresentativeKey& b) = default;
};

RepresentativeKey MakeRepresentativeKey(std::string_view published, int64_t seq);

// <0 when (a_published, a_seq) should represent rather than b, >0 the other
// way, 0 when equal.
int CompareRepresentative(std::string_view a_published, int64_t a_seq, std::string_view b_published,
                          int64_t b_seq);

}  // namespace newsift

#endif  // NEWSIFT_DEDUP_REPRESENTATIVE_H_
