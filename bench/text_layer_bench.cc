// Throughput of the importer's text layer on one core: sentence splitting, tokenizing and mention
// detection over a corpus of articles (default: the wikigold text and the seed article from
// ../shared, each article read REPEAT times). Prints MB/s and articles/s per stage and in total,
// the median of RUNS runs, measured in thread CPU time.
//
//   text_layer_bench [PATH...] [--repeat N] [--runs N]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "importers/mentions/mention_detector.h"
#include "importers/readers/article_reader.h"
#include "importers/text/sentence_splitter.h"
#include "importers/text/tokenizer.h"

namespace {

using dossier::importers::Article;
using dossier::importers::Document;
// CPU time of this thread, in seconds: the figures are per core, and the machine may be shared.
double ThreadSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// ../shared beside the repository (this file is <repo>/bench/text_layer_bench.cc).
std::string SharedDir() {
    return (std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "shared")
        .lexically_normal();
}

// The wikigold documents as plain articles: tokens joined by spaces, sentences by newlines.
std::vector<Article> WikigoldArticles(const std::string& path) {
    std::vector<Article> out;
    std::ifstream in(path);
    std::string line, text;
    bool sentence_open = false;
    auto flush = [&]() {
        if (!text.empty()) out.push_back(Article{"", "", "", "wikigold", "", text, path});
        text.clear();
    };
    while (std::getline(in, line)) {
        if (line.rfind("-DOCSTART-", 0) == 0) {
            flush();
            continue;
        }
        if (line.empty()) {
            if (sentence_open) text += '\n';
            sentence_open = false;
            continue;
        }
        if (sentence_open) text += ' ';
        text += line.substr(0, line.rfind(' '));
        sentence_open = true;
    }
    flush();
    return out;
}

double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 20, runs = 5;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--repeat" && i + 1 < argc) {
            repeat = std::atoi(argv[++i]);
        } else if (a == "--runs" && i + 1 < argc) {
            runs = std::atoi(argv[++i]);
        } else {
            paths.push_back(a);
        }
    }
    std::vector<Article> corpus;
    if (paths.empty()) {
        const std::string shared = SharedDir();
        corpus = WikigoldArticles(shared + "/ner-dev/wikigold.conll.txt");
        paths.push_back(shared + "/seeds");
    }
    for (const std::string& p : paths) {
        auto read = dossier::importers::ReadArticles(p);
        if (read.ok()) corpus.insert(corpus.end(), read->begin(), read->end());
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "text_layer_bench: no articles found\n");
        return 1;
    }
    auto splitter = dossier::importers::SentenceSplitter::Create();
    auto detector = dossier::importers::MentionDetector::CreateDefault();
    if (!splitter.ok() || !detector.ok()) {
        std::fprintf(stderr, "text_layer_bench: %s\n",
                     (!splitter.ok() ? splitter.status() : detector.status()).ToString().c_str());
        return 1;
    }
    size_t bytes = 0;
    for (const Article& a : corpus) bytes += a.text.size();
    bytes *= repeat;
    const size_t articles = corpus.size() * repeat;

    std::vector<double> split_s, token_s, mention_s, total_s;
    size_t mentions = 0;
    for (int r = 0; r < runs; ++r) {
        double split = 0, token = 0, mention = 0;
        mentions = 0;
        for (int k = 0; k < repeat; ++k) {
            for (const Article& a : corpus) {
                Document doc;
                doc.article = a;
                const double t0 = ThreadSeconds();
                (*splitter)->Split(&doc);
                const double t1 = ThreadSeconds();
                dossier::importers::Tokenizer::Tokenize(&doc);
                const double t2 = ThreadSeconds();
                detector->Detect(&doc);
                const double t3 = ThreadSeconds();
                split += t1 - t0;
                token += t2 - t1;
                mention += t3 - t2;
                mentions += doc.mentions.size();
            }
        }
        split_s.push_back(split);
        token_s.push_back(token);
        mention_s.push_back(mention);
        total_s.push_back(split + token + mention);
    }
    const double mb = bytes / 1e6;
    std::printf(
        "text layer: %zu articles, %.2f MB, %zu mentions per run, median of %d runs, "
        "one core (CPU time)\n",
        articles, mb, mentions, runs);
    auto row = [&](const char* name, const std::vector<double>& s) {
        const double t = Median(s);
        std::printf("  %-18s %8.2f MB/s %10.0f articles/s\n", name, mb / t, articles / t);
    };
    row("sentences", split_s);
    row("tokens", token_s);
    row("mentions", mention_s);
    row("total", total_s);
    return 0;
}
