// import_bench: end-to-end import throughput over the sample corpus replicated to a few MB.
//
// Extraction (the whole pipeline: sentences, tokens, mentions, coreference, quotes, relations,
// events) and storage (GraphWriter into an on-disk and an in-memory store, one transaction per
// article and one per chunk of BATCH articles) are timed separately; extraction on one thread
// and on two (each with its own Pipeline). Each figure is the median of several runs, with the
// process CPU time beside the wall time where the machine may be shared.
// Usage: import_bench [SAMPLES_DIR] [MEGABYTES] [RUNS] [BATCH]
// (defaults: data/samples under the current directory, 4 MB, 5 runs, 64 articles per chunk).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

#include "graph/graph_store.h"
#include "importers/article_reader.h"
#include "importers/graph_writer.h"
#include "importers/pipeline.h"

namespace {

using dossier::importers::Article;
using dossier::importers::Document;
using dossier::importers::Pipeline;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Extracts docs[begin, end) with one pipeline.
void ExtractRange(std::vector<Document>* docs, size_t begin, size_t end) {
    auto pipeline = Pipeline::Create();
    if (!pipeline.ok()) std::abort();
    for (size_t i = begin; i < end; ++i) (*pipeline)->Run(&(*docs)[i]);
}

// CPU seconds used by the process so far: on a shared machine, wall time also counts waiting.
double CpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

double ExtractSeconds(std::vector<Document>* docs, int threads) {
    auto t0 = Clock::now();
    std::vector<std::thread> pool;
    size_t per = (docs->size() + threads - 1) / threads;
    for (int t = 0; t < threads; ++t) {
        size_t b = std::min(docs->size(), t * per), e = std::min(docs->size(), b + per);
        pool.emplace_back(ExtractRange, docs, b, e);
    }
    for (auto& th : pool) th.join();
    return Seconds(t0, Clock::now());
}

// Writes `docs` into `writer`, `batch` articles per transaction (1: one transaction each).
// Returns false, after printing the error, when a write fails.
bool WriteAll(dossier::importers::GraphWriter* writer, const std::vector<Document>& docs,
              size_t batch, uint64_t* nodes, uint64_t* edges) {
    std::vector<const Document*> chunk;
    for (size_t i = 0; i < docs.size(); i += batch) {
        chunk.clear();
        for (size_t j = i; j < std::min(docs.size(), i + batch); ++j) chunk.push_back(&docs[j]);
        for (const auto& w : writer->WriteChunk(chunk)) {
            if (!w.ok()) {
                std::fprintf(stderr, "import_bench: %s\n", w.status().ToString().c_str());
                return false;
            }
            *nodes += w->nodes_added;
            *edges += w->edges_added;
        }
    }
    return true;
}

struct Timing {
    double wall = 0;
    double cpu = 0;
};

// Stores `docs` into a fresh store at `path` (in memory or on disk), `batch` per transaction.
Timing StoreSeconds(const std::vector<Document>& docs, const std::string& path, bool in_memory,
                    size_t batch, uint64_t* nodes, uint64_t* edges) {
    std::filesystem::remove_all(path);
    dossier::graph::OpenOptions options;
    options.in_memory = in_memory;
    auto db = dossier::graph::GraphStore::Open(path, options);
    if (!db.ok()) {
        std::fprintf(stderr, "import_bench: %s\n", db.status().ToString().c_str());
        std::exit(1);
    }
    dossier::importers::GraphWriter writer(db->get());
    *nodes = *edges = 0;
    const double cpu0 = CpuSeconds();
    auto t0 = Clock::now();
    if (!WriteAll(&writer, docs, batch, nodes, edges)) std::exit(1);
    Timing t{Seconds(t0, Clock::now()), CpuSeconds() - cpu0};
    db->reset();
    std::filesystem::remove_all(path);
    return t;
}

// End to end: `threads` threads each extract articles and write them, `batch` per transaction;
// writes are serialised (one transaction at a time per store), extraction runs in parallel.
Timing EndToEndSeconds(const std::vector<Article>& corpus, int threads, size_t batch,
                       const std::string& path) {
    std::filesystem::remove_all(path);
    auto db = dossier::graph::GraphStore::Open(path);
    if (!db.ok()) {
        std::fprintf(stderr, "import_bench: %s\n", db.status().ToString().c_str());
        std::exit(1);
    }
    dossier::importers::GraphWriter writer(db->get());
    std::mutex write_mutex;
    std::atomic<size_t> next{0};
    auto work = [&] {
        auto pipeline = Pipeline::Create();
        if (!pipeline.ok()) std::abort();
        std::vector<Document> pending;
        uint64_t nodes = 0, edges = 0;
        auto flush = [&] {
            std::lock_guard<std::mutex> lock(write_mutex);
            if (!WriteAll(&writer, pending, batch, &nodes, &edges)) std::abort();
            pending.clear();
        };
        for (size_t i = next++; i < corpus.size(); i = next++) {
            Document& d = pending.emplace_back();
            d.article = corpus[i];
            (*pipeline)->Run(&d);
            if (pending.size() >= batch) flush();
        }
        flush();
    };
    const double cpu0 = CpuSeconds();
    auto t0 = Clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(work);
    for (auto& th : pool) th.join();
    Timing t{Seconds(t0, Clock::now()), CpuSeconds() - cpu0};
    db->reset();
    std::filesystem::remove_all(path);
    return t;
}

void PrintRate(const char* what, double mb, double n, const std::vector<Timing>& runs,
               const char* note) {
    std::vector<double> wall, cpu;
    for (const Timing& t : runs) {
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    const double w = Median(wall), c = Median(cpu);
    std::printf("%-28s: %7.2f MB/s %8.0f articles/s (%.3f s; %.2f MB per CPU s, %.3f CPU s)%s\n",
                what, mb / w, n / w, w, mb / c, c, note);
}

}  // namespace

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : "data/samples";
    const double megabytes = argc > 2 ? std::atof(argv[2]) : 4.0;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
    const size_t batch = argc > 4 ? static_cast<size_t>(std::max(1, std::atoi(argv[4]))) : 64;
    auto samples = dossier::importers::ReadArticles(dir);
    if (!samples.ok() || samples->empty()) {
        std::fprintf(stderr,
                     "import_bench: no articles in %s (run from the repository root or "
                     "pass the samples directory)\n",
                     dir.c_str());
        return 1;
    }
    // Replicate to the target size; each copy is a distinct article (its own key).
    std::vector<Article> corpus;
    size_t bytes = 0;
    for (int copy = 0; bytes < megabytes * 1e6; ++copy) {
        for (const Article& a : *samples) {
            Article c = a;
            c.title += " #" + std::to_string(copy);
            c.key = dossier::importers::ArticleKey(c.title, c.text);
            bytes += c.text.size();
            corpus.push_back(std::move(c));
        }
    }
    const double mb = bytes / 1e6;
    std::printf(
        "corpus: %zu articles, %.2f MB (%zu samples replicated), %d runs, medians, chunk = %zu "
        "articles\n",
        corpus.size(), mb, samples->size(), runs, batch);

    auto fresh_docs = [&] {
        std::vector<Document> docs(corpus.size());
        for (size_t i = 0; i < corpus.size(); ++i) docs[i].article = corpus[i];
        return docs;
    };
    std::vector<Timing> one, two, disk1, diskn, mem1, memn, e2e1, e2e2;
    uint64_t edges = 0, nodes = 0;
    for (int r = 0; r < runs; ++r) {
        auto docs = fresh_docs();
        double cpu0 = CpuSeconds();
        double wall = ExtractSeconds(&docs, 1);
        one.push_back({wall, CpuSeconds() - cpu0});
        auto docs2 = fresh_docs();
        cpu0 = CpuSeconds();
        wall = ExtractSeconds(&docs2, 2);
        two.push_back({wall, CpuSeconds() - cpu0});

        const std::string path =
            (std::filesystem::temp_directory_path() / ("dossier_import_bench_" + std::to_string(r)))
                .string();
        disk1.push_back(StoreSeconds(docs, path, false, 1, &nodes, &edges));
        diskn.push_back(StoreSeconds(docs, path, false, batch, &nodes, &edges));
        mem1.push_back(StoreSeconds(docs, path + "_mem", true, 1, &nodes, &edges));
        memn.push_back(StoreSeconds(docs, path + "_mem", true, batch, &nodes, &edges));
        e2e1.push_back(EndToEndSeconds(corpus, 1, batch, path));
        e2e2.push_back(EndToEndSeconds(corpus, 2, batch, path));
    }
    const double n = static_cast<double>(corpus.size());
    std::printf("graph written: %llu nodes, %llu edges\n", static_cast<unsigned long long>(nodes),
                static_cast<unsigned long long>(edges));
    PrintRate("extraction, 1 thread", mb, n, one, "");
    PrintRate("extraction, 2 threads", mb, n, two, "");
    PrintRate("storage disk, 1 per txn", mb, n, disk1, "");
    PrintRate("storage disk, chunked", mb, n, diskn, "");
    PrintRate("storage memory, 1 per txn", mb, n, mem1, "");
    PrintRate("storage memory, chunked", mb, n, memn, "");
    PrintRate("end to end, 1 thread", mb, n, e2e1, " chunked");
    PrintRate("end to end, 2 threads", mb, n, e2e2, " chunked, writes serialised");
    return 0;
}
