#include "pipeline/extraction_pool.h"

#include <utility>

#include "pipeline/record.h"

namespace newsift {

ExtractionPool::ExtractionPool(int threads, const ExtractOptions& options) : options_(options) {
  threads_.reserve(threads);
  for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
}

ExtractionPool::~ExtractionPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    closing_ = true;
    jobs_.clear();
  }
  job_ready_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

void ExtractionPool::Submit(uint64_t seq, Document doc) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    jobs_.push_back(Job{seq, std::move(doc)});
  }
  job_ready_.notify_one();
}

std::optional<Extracted> ExtractionPool::Take(uint64_t seq, bool wait) {
  std::unique_lock<std::mutex> lock(mu_);
  auto it = done_.find(seq);
  if (it == done_.end() && wait) {
    record_ready_.wait(lock, [&] { return (it = done_.find(seq)) != done_.end(); });
  }
  if (it == done_.end()) return std::nullopt;
  Extracted extracted = std::move(it->second);
  done_.erase(it);
  return extracted;
}

void ExtractionPool::Work() {
  for (;;) {
    Job job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      job_ready_.wait(lock, [&] { return closing_ || !jobs_.empty(); });
      if (closing_) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    Extracted extracted{ExtractRecord(job.doc, options_), {}};
    job.doc = Document();  // the bytes are not needed while the record waits its turn
    if (extracted.article.status == RecordStatus::kOk) {
      extracted.sketch = MakeSketch(extracted.article.Body(), CorpusNearDuplicateOptions());
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_.emplace(job.seq, std::move(extracted));
    }
    record_ready_.notify_one();
  }
}

}  // namespace newsift
