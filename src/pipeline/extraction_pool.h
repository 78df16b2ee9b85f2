// ExtractionPool: extraction on N threads with results handed back by
// sequence number, so the one committing thread can take them in input order.
// The threads also compute the near-duplicate sketch of every ok article.
//
// The pool does not bound itself: the caller keeps at most a window of
// documents submitted and not yet taken, which bounds memory. Submit/Take are
// called from one thread; extraction runs on the pool's threads.
#ifndef NEWSIFT_PIPELINE_EXTRACTION_POOL_H_
#define NEWSIFT_PIPELINE_EXTRACTION_POOL_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#include "dedup/sketch.h"
#include "newsift/article.h"
#include "newsift/document.h"
#include "newsift/options.h"

namespace newsift {

struct Extracted {
  Article article;
  Sketch sketch;  // of article.Body() as extracted; empty unless status ok
};

class ExtractionPool {
 public:
  ExtractionPool(int threads, const ExtractOptions& options);
  // Drops queued documents, waits for the ones being extracted.
  ~ExtractionPool();
  ExtractionPool(const ExtractionPool&) = delete;
  ExtractionPool& operator=(const ExtractionPool&) = delete;

  void Submit(uint64_t seq, Document doc);
  // The record of document seq: waits for it when wait is true, else returns
  // nullopt when it is not ready yet.
  std::optional<Extracted> Take(uint64_t seq, bool wait);

 private:
  struct Job {
    uint64_t seq = 0;
    Document doc;
  };

  void Work();

  const ExtractOptions options_;
  std::mutex mu_;
  std::condition_variable job_ready_;
  std::condition_variable record_ready_;
  std::deque<Job> jobs_;
  std::unordered_map<uint64_t, Extracted> done_;
  bool closing_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace newsift

#endif  // NEWSIFT_PIPELINE_EXTRACTION_POOL_H_
