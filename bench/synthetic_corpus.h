// A synthetic corpus for benchmarks: the sentences of some source articles dealt out in a fixed
// pseudo-random order into plain-text articles, so that the same people, places and quotes recur
// across many articles as they do in a news feed. Header-only: each benchmark is one program.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "graph/value.h"
#include "importers/readers/article_reader.h"
#include "importers/text/sentence_splitter.h"

namespace dossier::bench {

struct CorpusShape {
    size_t articles = 2000;
    size_t sentences_per_article = 36;  // about the seed article's length
    size_t sentences_per_paragraph = 3;
    // Dateline of the first article; with `one_day_each`, article i is dated i days later (so
    // that timelines spread out), else every article carries this date.
    std::string first_date = "2018-06-22";
    bool one_day_each = false;
};

// Every sentence of every article under each of `dirs`; exits with a message when there are none.
inline std::vector<std::string> CorpusSentences(const std::vector<std::string>& dirs) {
    auto splitter = importers::SentenceSplitter::Create();
    if (!splitter.ok()) {
        std::fprintf(stderr, "%s\n", splitter.status().ToString().c_str());
        std::exit(1);
    }
    std::vector<std::string> out;
    for (const std::string& dir : dirs) {
        auto articles = importers::ReadArticles(dir);
        if (!articles.ok()) continue;
        for (const importers::Article& a : *articles) {
            for (const auto& s : (*splitter)->Split(a.text)) {
                out.emplace_back(a.text.substr(s.start, s.end - s.start));
            }
        }
    }
    if (out.empty()) {
        std::fprintf(stderr,
                     "no articles in the source directories (run from the repository "
                     "root or pass a directory)\n");
        std::exit(1);
    }
    return out;
}

// Writes the corpus into `dir` (emptied first); returns the bytes of article text.
inline size_t WriteCorpus(const std::vector<std::string>& sentences, const CorpusShape& shape,
                          const std::filesystem::path& dir) {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    uint64_t state = 0x9e3779b97f4a7c15ULL;  // a fixed seed: the same corpus on every run
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<size_t>(state >> 33);
    };
    const graph::Date first = graph::Date::FromIso(shape.first_date).value_or(graph::Date{});
    size_t bytes = 0;
    for (size_t i = 0; i < shape.articles; ++i) {
        std::string body;
        for (size_t k = 0; k < shape.sentences_per_article; ++k) {
            body += sentences[next() % sentences.size()];
            body += (k + 1) % shape.sentences_per_paragraph == 0 ? "\n\n" : " ";
        }
        int y, m, d;
        graph::Date{first.days + static_cast<int32_t>(shape.one_day_each ? i : 0)}.ToYmd(&y, &m,
                                                                                         &d);
        char name[32], dateline[64];
        std::snprintf(name, sizeof name, "%06zu.txt", i);
        std::snprintf(dateline, sizeof dateline, "Updated at 14:13,%02d-%02d-%04d", d, m, y);
        std::ofstream out(dir / name);
        out << dateline << "\n\nDispatch " << i << "\n\n" << body;
        bytes += body.size();
    }
    return bytes;
}

}  // namespace dossier::bench
