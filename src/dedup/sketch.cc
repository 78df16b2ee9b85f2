#include "dedup/sketch.h"

#include <fmt/format.h>

#include "dedup/lsh.h"
#include "dedup/minhash.h"
#include "dedup/shingles.h"

namespace newsift {

const NearDuplicateOptions& CorpusNearDuplicateOptions() {
  static const NearDuplicateOptions options;  // the documented defaults
  return options;
}

std::string ParamsString(const NearDuplicateOptions& o) {
  // words=2: characters of unspaced scripts are words (shingles.h);
  // shingles=2: rolling window hash (shingles.cc). Stores built with other
  // tokenisation or hashing are rebuilt.
  return fmt::format(
      "ngram={} num_hashes={} bands={} rows={} threshold={} seed={} words=2 shingles=2", o.ngram,
      o.num_hashes, o.lsh.bands, o.lsh.rows, o.threshold, o.seed);
}

Sketch MakeSketch(std::string_view body, const NearDuplicateOptions& options) {
  Sketch sketch;
  if (body.empty()) return sketch;
  sketch.shingles = ShingleHashes(body, options.ngram);
  if (sketch.shingles.empty()) return sketch;
  const MinHasher hasher(options.num_hashes, options.seed);
  sketch.band_keys = BandKeys(hasher.Compute(sketch.shingles), options.lsh);
  return sketch;
}

}  // namespace newsift
