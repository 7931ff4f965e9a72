// ParallelExtractor: runs the Pipeline over articles on a pool of worker threads and hands the
// extracted Documents back in the order the articles were submitted, so that whatever is written
// from them is exactly what a one-thread run writes.
//
// Each worker owns its Pipeline (a Pipeline is not thread-safe: the sentence splitter holds ICU
// state); the gazetteer they read is shared and immutable. With zero workers there is no thread:
// Submit extracts on the calling thread.
//
// The extractor does not bound itself: the caller keeps in_flight() as small as it likes by taking
// documents before submitting more. Documents are extracted in submission order, as workers free
// up.
//
// Thread safety: Submit, TryTake, Take and in_flight are for one thread (the one that reads the
// articles and writes the documents); the workers are internal.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "graph/status.h"
#include "importers/document.h"
#include "importers/pipeline.h"

namespace dossier::importers {

class ParallelExtractor {
  public:
    // Starts `workers` threads (0: extract on the caller's thread). Fails as Pipeline::Create.
    static Result<std::unique_ptr<ParallelExtractor>> Create(int workers);
    // Stops and joins the workers; documents not taken are dropped.
    ~ParallelExtractor();

    ParallelExtractor(const ParallelExtractor&) = delete;
    ParallelExtractor& operator=(const ParallelExtractor&) = delete;

    // Queues `article` for extraction (with zero workers: extracts it now). Never blocks.
    void Submit(Article&& article);
    // Articles submitted whose documents have not been taken yet.
    size_t in_flight() const { return slots_.size(); }
    // The next document in submission order if it is extracted; nullopt if it is not yet (or
    // nothing is in flight).
    std::optional<Document> TryTake();
    // The next document in submission order, waiting for its extraction. REQUIRES: in_flight() > 0.
    Document Take();

  private:
    // One submitted article: its document, extracted in place by a worker, then `done`.
    struct Slot {
        Document doc;
        bool done = false;
    };

    ParallelExtractor() = default;
    void Work(Pipeline* pipeline);

    std::vector<std::unique_ptr<Pipeline>> pipelines_;  // one per worker, or one for the caller
    std::vector<std::thread> threads_;

    // Guards every Slot's `done` and doc (while a worker has it), jobs_ and stopping_. slots_ is
    // touched by the owning thread only; a deque keeps the Slots in place as it grows and shrinks
    // at its ends, so a worker's Slot* stays valid until the owner takes it (after `done`).
    std::mutex mutex_;
    std::condition_variable job_ready_;  // a job was queued, or stopping_
    std::condition_variable slot_done_;  // a slot became done
    std::deque<Slot> slots_;             // in submission order
    std::deque<Slot*> jobs_;             // slots no worker has started, in submission order
    bool stopping_ = false;
};

}  // namespace dossier::importers
