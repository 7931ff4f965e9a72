// import_bench: the whole import (read + extract + commit, as `dossier import` runs it through
// importers::Importer) of a corpus of dense articles, on one and on two extraction threads, with
// the extraction and the storage alone beside it for the breakdown.
//
// The corpus: the sentences of the source articles, dealt out in a fixed pseudo-random order
// into ARTICLES articles of 36 sentences each (bench/synthetic_corpus.h), written as plain-text
// files to a temporary directory that every run imports into a fresh on-disk database. The source
// is the directory given as SOURCE_DIR; without it, the seed articles in ../shared/seeds beside the
// source tree when that directory exists (read at run time, nothing of it is stored), else the
// bundled data/samples.
// Figures: MB of article text per wall second and per CPU second of the whole process (RocksDB's
// background threads included), medians of RUNS runs; the machine may be shared, so CPU time is
// the steadier figure.
// Usage: import_bench [SOURCE_DIR] [ARTICLES] [RUNS] [BATCH]
// (defaults: the seeds or data/samples, 2000 articles, 3 runs, 64 articles per chunk).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "graph/graph_store.h"
#include "importers/graph_writer.h"
#include "importers/importer.h"
#include "importers/pipeline.h"
#include "importers/readers/article_reader.h"
#include "importers/text/sentence_splitter.h"

namespace {

namespace fs = std::filesystem;
using dossier::importers::Article;
using dossier::importers::Document;
using Clock = std::chrono::steady_clock;

struct Timing {
    double wall = 0;
    double cpu = 0;
};

// CPU seconds used by the process so far: on a shared machine, wall time also counts waiting.
double CpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Times `f` in wall and process CPU seconds.
template <typename F>
Timing Time(F&& f) {
    const double cpu0 = CpuSeconds();
    const auto t0 = Clock::now();
    f();
    return {std::chrono::duration<double>(Clock::now() - t0).count(), CpuSeconds() - cpu0};
}

double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

[[noreturn]] void Die(const std::string& what) {
    std::fprintf(stderr, "import_bench: %s\n", what.c_str());
    std::exit(1);
}

std::string DefaultSource() {
    const fs::path seeds = fs::path(DOSSIER_SHARED_DIR) / "seeds";
    std::error_code ec;
    if (fs::is_directory(seeds, ec)) return seeds.string();
    return "data/samples";
}

std::unique_ptr<dossier::graph::GraphStore> FreshStore(const std::string& path) {
    fs::remove_all(path);
    auto db = dossier::graph::GraphStore::Open(path);
    if (!db.ok()) Die(db.status().ToString());
    return std::move(*db);
}

// One whole import of `corpus` into a fresh database at `db`.
Timing ImportOnce(const fs::path& corpus, const std::string& db, int threads, size_t batch,
                  dossier::importers::ImportTotals* totals) {
    auto store = FreshStore(db);
    Timing t = Time([&] {
        dossier::importers::ImportOptions options;
        options.threads = threads;
        options.batch = batch;
        auto importer = dossier::importers::Importer::Create(store.get(), options);
        if (!importer.ok()) Die(importer.status().ToString());
        if (auto s = (*importer)->ImportPath(corpus.string()); !s.ok()) Die(s.ToString());
        if (auto s = (*importer)->Finish(); !s.ok()) Die(s.ToString());
        *totals = (*importer)->totals();
    });
    store.reset();
    fs::remove_all(db);
    return t;
}

void PrintRate(const char* what, double mb, double n, const std::vector<Timing>& runs) {
    std::vector<double> wall, cpu;
    for (const Timing& t : runs) {
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    const double w = Median(wall), c = Median(cpu);
    std::printf("%-30s: %6.2f MB/s %7.0f articles/s (%.2f s) | %5.2f MB per CPU s (%.2f CPU s)\n",
                what, mb / w, n / w, w, mb / c, c);
}

}  // namespace

int main(int argc, char** argv) {
    const std::string source = argc > 1 ? argv[1] : DefaultSource();
    const size_t articles = argc > 2 ? std::max(1, std::atoi(argv[2])) : 2000;
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    const size_t batch = argc > 4 ? static_cast<size_t>(std::max(1, std::atoi(argv[4]))) : 64;

    const std::vector<std::string> sentences = dossier::bench::CorpusSentences({source});
    const fs::path tmp =
        fs::temp_directory_path() / ("dossier_import_bench_" + std::to_string(::getpid()));
    const fs::path corpus = tmp / "corpus";
    dossier::bench::CorpusShape shape;
    shape.articles = articles;
    const size_t bytes = dossier::bench::WriteCorpus(sentences, shape, corpus);
    const double mb = bytes / 1e6;
    const double n = static_cast<double>(articles);
    std::printf(
        "corpus: %zu articles of %zu sentences dealt from the %zu sentences of %s, %.2f MB; "
        "%d runs, medians; chunk = %zu articles\n",
        articles, shape.sentences_per_article, sentences.size(), source.c_str(), mb, runs, batch);

    // The breakdown: extraction alone (one Pipeline) and storage alone (GraphWriter, chunked).
    auto loaded = dossier::importers::ReadArticles(corpus.string());
    if (!loaded.ok()) Die(loaded.status().ToString());
    std::vector<Timing> extract, store, whole1, whole2;
    dossier::importers::ImportTotals totals;
    for (int r = 0; r < runs; ++r) {
        std::vector<Document> docs(loaded->size());
        for (size_t i = 0; i < docs.size(); ++i) docs[i].article = (*loaded)[i];
        extract.push_back(Time([&] {
            auto pipeline = dossier::importers::Pipeline::Create();
            if (!pipeline.ok()) Die(pipeline.status().ToString());
            for (Document& d : docs) (*pipeline)->Run(&d);
        }));
        const std::string db = (tmp / "db").string();
        auto s = FreshStore(db);
        store.push_back(Time([&] {
            dossier::importers::GraphWriter writer(s.get());
            std::vector<const Document*> chunk;
            for (size_t i = 0; i < docs.size(); i += batch) {
                chunk.clear();
                for (size_t j = i; j < std::min(docs.size(), i + batch); ++j) {
                    chunk.push_back(&docs[j]);
                }
                for (const auto& w : writer.WriteChunk(chunk)) {
                    if (!w.ok()) Die(w.status().ToString());
                }
            }
            if (auto st = s->Flush(); !st.ok()) Die(st.ToString());
        }));
        s.reset();
        whole1.push_back(ImportOnce(corpus, db, 1, batch, &totals));
        whole2.push_back(ImportOnce(corpus, db, 2, batch, &totals));
    }
    std::printf("graph written: %llu nodes, %llu edges\n",
                static_cast<unsigned long long>(totals.nodes),
                static_cast<unsigned long long>(totals.edges));
    PrintRate("extraction alone, 1 thread", mb, n, extract);
    PrintRate("storage alone, chunked", mb, n, store);
    PrintRate("whole import, 1 thread", mb, n, whole1);
    PrintRate("whole import, 2 threads", mb, n, whole2);
    fs::remove_all(tmp);
    return 0;
}
