#include "importers/parallel_extractor.h"

#include <utility>

#include "graph/dcheck.h"

namespace dossier::importers {

Result<std::unique_ptr<ParallelExtractor>> ParallelExtractor::Create(int workers) {
    std::unique_ptr<ParallelExtractor> x(new ParallelExtractor());
    const int pipelines = workers > 0 ? workers : 1;
    for (int i = 0; i < pipelines; ++i) {
        DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> p, Pipeline::Create());
        x->pipelines_.push_back(std::move(p));
    }
    for (int i = 0; i < workers; ++i) {
        x->threads_.emplace_back(&ParallelExtractor::Work, x.get(), x->pipelines_[i].get());
    }
    return x;
}

ParallelExtractor::~ParallelExtractor() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    job_ready_.notify_all();
    for (std::thread& t : threads_) t.join();
}

void ParallelExtractor::Submit(Article&& article) {
    if (threads_.empty()) {
        Slot& slot = slots_.emplace_back();
        slot.doc.article = std::move(article);
        pipelines_.front()->Run(&slot.doc);
        slot.done = true;
        return;
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        Slot& slot = slots_.emplace_back();
        slot.doc.article = std::move(article);
        jobs_.push_back(&slot);
    }
    job_ready_.notify_one();
}

std::optional<Document> ParallelExtractor::TryTake() {
    if (slots_.empty()) return std::nullopt;
    std::unique_lock<std::mutex> lock(mutex_);
    if (!slots_.front().done) return std::nullopt;
    Document doc = std::move(slots_.front().doc);
    slots_.pop_front();
    return doc;
}

Document ParallelExtractor::Take() {
    DOSSIER_DCHECK(in_flight() > 0);
    std::unique_lock<std::mutex> lock(mutex_);
    slot_done_.wait(lock, [this] { return slots_.front().done; });
    Document doc = std::move(slots_.front().doc);
    slots_.pop_front();
    return doc;
}

void ParallelExtractor::Work(Pipeline* pipeline) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        job_ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
        if (stopping_) return;
        Slot* slot = jobs_.front();
        jobs_.pop_front();
        lock.unlock();
        pipeline->Run(&slot->doc);
        lock.lock();
        slot->done = true;
        slot_done_.notify_one();  // only the owning thread waits on it
    }
}

}  // namespace dossier::importers
