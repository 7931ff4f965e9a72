// import_bench: end-to-end import throughput over the sample corpus replicated to a few MB.
//
// Extraction (the whole pipeline: sentences, tokens, mentions, coreference, quotes, relations,
// events) and storage (GraphWriter into an on-disk store, one transaction per article) are timed
// separately; extraction on one thread and on two (each with its own Pipeline). Each figure is
// the median of several runs. Usage: import_bench [SAMPLES_DIR] [MEGABYTES] [RUNS]
// (defaults: data/samples under the current directory, 4 MB, 5 runs).
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

// End to end: `threads` threads each extract articles and write them; writes are serialised
// (one transaction at a time per store), extraction runs in parallel. Returns seconds.
double EndToEndSeconds(const std::vector<Article>& corpus, int threads, const std::string& path) {
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
        for (size_t i = next++; i < corpus.size(); i = next++) {
            Document d;
            d.article = corpus[i];
            (*pipeline)->Run(&d);
            std::lock_guard<std::mutex> lock(write_mutex);
            if (!writer.Write(d).ok()) std::abort();
        }
    };
    auto t0 = Clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(work);
    for (auto& th : pool) th.join();
    double secs = Seconds(t0, Clock::now());
    db->reset();
    std::filesystem::remove_all(path);
    return secs;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : "data/samples";
    const double megabytes = argc > 2 ? std::atof(argv[2]) : 4.0;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
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
    std::printf("corpus: %zu articles, %.2f MB (%zu samples replicated), %d runs, medians\n",
                corpus.size(), mb, samples->size(), runs);

    auto fresh_docs = [&] {
        std::vector<Document> docs(corpus.size());
        for (size_t i = 0; i < corpus.size(); ++i) docs[i].article = corpus[i];
        return docs;
    };
    std::vector<double> one, one_cpu, two, store, store_mem, e2e1, e2e2;
    uint64_t edges = 0, nodes = 0;
    for (int r = 0; r < runs; ++r) {
        auto docs = fresh_docs();
        const double cpu0 = CpuSeconds();
        one.push_back(ExtractSeconds(&docs, 1));
        one_cpu.push_back(CpuSeconds() - cpu0);
        auto docs2 = fresh_docs();
        two.push_back(ExtractSeconds(&docs2, 2));

        const auto path =
            std::filesystem::temp_directory_path() / ("dossier_import_bench_" + std::to_string(r));
        std::filesystem::remove_all(path);
        auto db = dossier::graph::GraphStore::Open(path.string());
        if (!db.ok()) {
            std::fprintf(stderr, "import_bench: %s\n", db.status().ToString().c_str());
            return 1;
        }
        dossier::importers::GraphWriter writer(db->get());
        nodes = edges = 0;
        auto t0 = Clock::now();
        for (const Document& d : docs) {
            auto w = writer.Write(d);
            if (!w.ok()) {
                std::fprintf(stderr, "import_bench: %s\n", w.status().ToString().c_str());
                return 1;
            }
            nodes += w->nodes_added;
            edges += w->edges_added;
        }
        store.push_back(Seconds(t0, Clock::now()));
        db->reset();
        std::filesystem::remove_all(path);
        // The same writes into an in-memory store: storage cost without the disk syncs.
        dossier::graph::OpenOptions mem;
        mem.in_memory = true;
        auto mdb = dossier::graph::GraphStore::Open(path.string() + "_mem", mem);
        if (!mdb.ok()) return 1;
        dossier::importers::GraphWriter mem_writer(mdb->get());
        auto m0 = Clock::now();
        for (const Document& d : docs) {
            if (!mem_writer.Write(d).ok()) return 1;
        }
        store_mem.push_back(Seconds(m0, Clock::now()));
        mdb->reset();
        e2e1.push_back(EndToEndSeconds(corpus, 1, path.string()));
        e2e2.push_back(EndToEndSeconds(corpus, 2, path.string()));
    }
    const double n = static_cast<double>(corpus.size());
    const double e1 = Median(one), e2 = Median(two), s = Median(store);
    std::printf("extraction, 1 thread : %7.2f MB/s %9.0f articles/s (%.3f s)\n", mb / e1, n / e1,
                e1);
    const double c1 = Median(one_cpu);
    std::printf("extraction, 1 thread : %7.2f MB per CPU second (%.3f CPU s)\n", mb / c1, c1);
    std::printf("extraction, 2 threads: %7.2f MB/s %9.0f articles/s (%.3f s)\n", mb / e2, n / e2,
                e2);
    std::printf(
        "storage (1 writer)   : %7.2f MB/s %9.0f articles/s (%.3f s; %llu nodes, %llu "
        "edges)\n",
        mb / s, n / s, s, static_cast<unsigned long long>(nodes),
        static_cast<unsigned long long>(edges));
    const double sm = Median(store_mem);
    std::printf("storage, in memory   : %7.2f MB/s %9.0f articles/s (%.3f s; no disk syncs)\n",
                mb / sm, n / sm, sm);
    const double a1 = Median(e2e1), a2 = Median(e2e2);
    std::printf("end to end, 1 thread : %7.2f MB/s %9.0f articles/s (%.3f s)\n", mb / a1, n / a1,
                a1);
    std::printf(
        "end to end, 2 threads: %7.2f MB/s %9.0f articles/s (%.3f s; extraction in "
        "parallel, writes serialised)\n",
        mb / a2, n / a2, a2);
    return 0;
}
