// html_draw_bench: how long a browser takes to draw the HTML pages of a graph of ARTICLES
// articles: the entity report of its most mentioned person (1 and 2 hops) and the 2-hop
// neighbourhood export, with today's defaults (Article and Quote nodes left out, the most
// connected nodes kept, parallel edges merged) and with everything in it (--exclude-labels ''
// and no cap).
//
// Corpus: the sentences of the source articles dealt into ARTICLES articles of 12 sentences,
// dated one a day (bench/synthetic_corpus.h), imported with the `dossier` binary. Each page is
// opened RUNS times in headless Chromium (`--dump-dom`, real time); the page writes into its
// status element, once the graph is laid out, the milliseconds since navigation started
// (performance.now(): parsing the inlined library and data, building the graph, the layout).
// Figures: page size, drawn nodes and relationships, median milliseconds.
// Usage: html_draw_bench [ARTICLES] [RUNS] [SOURCE_DIR ...]; DOSSIER_BENCH_KEEP=1 keeps the
// pages and the database (their folder is printed).
// (defaults: 1000 articles, 3 runs, ../shared/seeds when present and data/samples).
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "graph/graph_store.h"

namespace {

namespace fs = std::filesystem;

// A page that has not drawn after this long counts as not drawn.
constexpr int kChromiumTimeoutSeconds = 180;
constexpr size_t kSentencesPerArticle = 12;

[[noreturn]] void Die(const std::string& what) {
    std::fprintf(stderr, "html_draw_bench: %s\n", what.c_str());
    std::exit(1);
}

std::string Quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string Run(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return out;
    char buf[65536];
    for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
    pclose(pipe);
    return out;
}

// The value of attribute `name` in the first element carrying data-state="drawn", or "".
std::string DrawnAttribute(const std::string& dom, const std::string& name) {
    const size_t at = dom.find("data-state=\"drawn\"");
    if (at == std::string::npos) return "";
    const size_t end = dom.find('>', at);
    const size_t key = dom.find(name + "=\"", at);
    if (key == std::string::npos || key > end) return "";
    const size_t begin = key + name.size() + 2;
    return dom.substr(begin, dom.find('"', begin) - begin);
}

// The person with the most MENTIONED_IN relationships.
std::string MostMentionedPerson(const std::string& db) {
    dossier::graph::OpenOptions options;
    options.read_only = true;
    auto store = dossier::graph::GraphStore::Open(db, options);
    if (!store.ok()) Die(store.status().ToString());
    std::string best;
    uint64_t most = 0;
    for (auto it = (*store)->ScanLabel("Person"); it->Valid(); it->Next()) {
        const uint64_t n = (*store)->Degree(it->id(), dossier::graph::Direction::kOut,
                                            std::string_view("MENTIONED_IN"));
        auto node = (*store)->GetNode(it->id());
        const dossier::graph::Value* name = node.ok() ? node->Find("name") : nullptr;
        if (n > most && name != nullptr && name->is_string()) {
            most = n;
            best = name->as_string();
        }
    }
    std::printf("most mentioned person: %s, in %llu articles\n", best.c_str(),
                static_cast<unsigned long long>(most));
    return best;
}

void Measure(const std::string& chromium, const std::string& what, const fs::path& page, int runs,
             const fs::path& tmp) {
    std::vector<double> millis;
    std::string nodes = "?", edges = "?";
    for (int r = 0; r < runs; ++r) {
        const std::string dom =
            Run("timeout " + std::to_string(kChromiumTimeoutSeconds) + " " + chromium +
                " --headless --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run --user-data-dir=" +
                Quote((tmp / ("profile" + std::to_string(r))).string()) + " --dump-dom " +
                Quote("file://" + page.string()) + " 2> /dev/null");
        const std::string ms = DrawnAttribute(dom, "data-millis");
        if (ms.empty()) break;
        millis.push_back(std::atof(ms.c_str()));
        nodes = DrawnAttribute(dom, "data-nodes");
        edges = DrawnAttribute(dom, "data-edges");
    }
    const double mb = static_cast<double>(fs::file_size(page)) / 1e6;
    if (millis.empty()) {
        std::printf("%-44s %7.2f MB  not drawn within %d s\n", what.c_str(), mb,
                    kChromiumTimeoutSeconds);
        return;
    }
    std::sort(millis.begin(), millis.end());
    std::printf(
        "%-44s %7.2f MB  %5s nodes %5s rels  median %6.0f ms (min %.0f, max %.0f, %zu runs)\n",
        what.c_str(), mb, nodes.c_str(), edges.c_str(), millis[millis.size() / 2], millis.front(),
        millis.back(), millis.size());
}

}  // namespace

int main(int argc, char** argv) {
    const size_t articles = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::vector<std::string> sources;
    for (int i = 3; i < argc; ++i) sources.push_back(argv[i]);
    if (sources.empty()) {
        const fs::path seeds = fs::path(DOSSIER_SHARED_DIR) / "seeds";
        if (fs::is_directory(seeds)) sources.push_back(seeds.string());
        sources.push_back("data/samples");
    }
    const std::string chromium = Run("command -v chromium || command -v chromium-browser");
    if (chromium.empty()) Die("chromium is not installed");
    const std::string browser = chromium.substr(0, chromium.find('\n'));

    const fs::path tmp =
        fs::temp_directory_path() / ("dossier_html_draw_bench_" + std::to_string(::getpid()));
    dossier::bench::CorpusShape shape;
    shape.articles = articles;
    shape.sentences_per_article = kSentencesPerArticle;
    shape.first_date = "2021-01-01";
    shape.one_day_each = true;
    const auto sentences = dossier::bench::CorpusSentences(sources);
    dossier::bench::WriteCorpus(sentences, shape, tmp / "corpus");
    std::printf("corpus: %zu articles of %zu sentences dealt from %zu sentences; %d runs each\n",
                articles, kSentencesPerArticle, sentences.size(), runs);
    const std::string dossier = DOSSIER_BINARY;
    const std::string db = (tmp / "news.db").string();
    if (std::system((dossier + " import --db " + Quote(db) + " " +
                     Quote((tmp / "corpus").string()) + " > /dev/null 2>&1")
                        .c_str()) != 0) {
        Die("the import failed");
    }
    const std::string name = MostMentionedPerson(db);
    struct Page {
        const char* what;
        const char* file;
        std::string args;
    };
    const std::vector<Page> pages = {
        {"report (1 hop)", "report1.html", "report " + Quote(name)},
        {"report --hops 2", "report2.html", "report --hops 2 " + Quote(name)},
        {"export --hops 2 (defaults)", "export.html",
         "export --format html --hops 2 --neighbourhood " + Quote(name)},
        {"export --hops 2 --exclude-labels '' (all)", "export-all.html",
         "export --format html --hops 2 --exclude-labels '' --max-nodes 1000000 "
         "--neighbourhood " +
             Quote(name)},
    };
    for (const Page& p : pages) {
        const fs::path file = tmp / p.file;
        if (std::system((dossier + " " + p.args + " --db " + Quote(db) + " -o " +
                         Quote(file.string()) + " > /dev/null 2>&1")
                            .c_str()) != 0) {
            Die(std::string("could not write ") + p.file);
        }
        Measure(browser, p.what, file, runs, tmp);
    }
    if (std::getenv("DOSSIER_BENCH_KEEP") != nullptr) {
        std::printf("pages and database kept in %s\n", tmp.string().c_str());
    } else {
        fs::remove_all(tmp);
    }
    return 0;
}
