#include "importers/importer.h"

#include <algorithm>

#include "importers/graph_writer.h"
#include "importers/parallel_extractor.h"
#include "importers/readers/article_reader.h"

namespace dossier::importers {
namespace {

// Articles read but not yet taken for a commit are bounded: this many chunks ahead of the one
// being filled...
constexpr size_t kChunksAhead = 2;
// ...but at least this many per worker, so that small chunks (batch 1) still keep every worker
// busy while the writer commits.
constexpr size_t kArticlesAheadPerWorker = 4;

}  // namespace

Importer::Importer(graph::GraphStore* store, ImportOptions options, ImportEvents events)
    : store_(store), options_(options), events_(std::move(events)) {}

Importer::~Importer() = default;

Result<std::unique_ptr<Importer>> Importer::Create(graph::GraphStore* store, ImportOptions options,
                                                   ImportEvents events) {
    options.batch = std::max<size_t>(options.batch, 1);
    std::unique_ptr<Importer> im(new Importer(store, options, std::move(events)));
    // One thread extracts on the calling thread itself: one thread in all, no hand-over.
    const int workers = options.threads > 1 ? options.threads : 0;
    DOSSIER_ASSIGN_OR_RETURN(im->extractor_, ParallelExtractor::Create(workers));
    im->max_ahead_ = std::max(kChunksAhead * options.batch,
                              kArticlesAheadPerWorker * static_cast<size_t>(workers));
    im->pending_.reserve(options.batch);
    return im;
}

void Importer::Commit() {
    if (pending_.empty()) return;
    std::vector<const Document*> docs;
    docs.reserve(pending_.size());
    for (const Document& d : pending_) docs.push_back(&d);
    std::vector<Result<WriteStats>> results = GraphWriter(store_).WriteChunk(docs);
    for (size_t i = 0; i < results.size(); ++i) {
        const Result<WriteStats>& w = results[i];
        totals_.relations.Add(pending_[i]);
        if (!w.ok()) {
            ++totals_.failed;
            if (events_.on_failure) events_.on_failure(pending_[i], w.status());
            continue;
        }
        ++totals_.read;
        resolver_.Note(w->entity_nodes);
        if (w->skipped) ++totals_.already;
        totals_.entities += w->entities_added;
        totals_.nodes += w->nodes_added;
        totals_.edges += w->edges_added;
    }
    pending_.clear();
    if (events_.on_progress) events_.on_progress(totals_);
}

void Importer::Add(Document&& doc) {
    pending_.push_back(std::move(doc));
    if (pending_.size() >= options_.batch) Commit();
}

void Importer::Drain() {
    while (extractor_->in_flight() > 0) Add(extractor_->Take());
    Commit();
}

Status Importer::ImportPath(const std::string& path) {
    ArticleSink sink;
    sink.on_article = [this](Article&& a) {
        totals_.bytes += a.text.size();
        extractor_->Submit(std::move(a));
        while (extractor_->in_flight() > max_ahead_) Add(extractor_->Take());
        while (auto doc = extractor_->TryTake()) Add(std::move(*doc));
    };
    sink.on_skip = [this](const Status& s) {
        ++totals_.skipped;
        if (events_.on_skip) events_.on_skip(s);
    };
    const Status st = ArticleReader().Read(path, sink);
    Drain();  // each path ends committed
    return st;
}

Status Importer::Finish() {
    Drain();
    DOSSIER_ASSIGN_OR_RETURN(totals_.names, resolver_.Run(store_));
    return store_->Flush();  // cheap when nothing is waiting in the log
}

}  // namespace dossier::importers
