// dossier import: reads articles from files, directories or stdin, extracts what they say and
// writes it into the graph in chunks of --batch articles per transaction (one commit and one disk
// sync per chunk). A bad article is reported with its file (and line) and skipped without losing
// the rest of its chunk; the import goes on. Ends with a summary.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "graph/graph_store.h"
#include "importers/article_reader.h"
#include "importers/graph_writer.h"
#include "importers/pipeline.h"
#include "tools/commands.h"

namespace dossier::cli {
namespace {

struct ImportOptions {
    std::vector<std::string> paths;
    std::string db;
    bool quiet = false;
    int batch = 64;  // articles per transaction
};

struct Totals {
    uint64_t read = 0;
    uint64_t already = 0;
    uint64_t skipped = 0;
    uint64_t failed = 0;
    uint64_t bytes = 0;
    uint64_t entities = 0;
    uint64_t nodes = 0;
    uint64_t edges = 0;
};

class Progress {
  public:
    explicit Progress(bool enabled) : enabled_(enabled && isatty(fileno(stderr))) {}
    void Update(const Totals& t, bool force = false) {
        if (!enabled_) return;
        auto now = std::chrono::steady_clock::now();
        if (!force && now - last_ < std::chrono::milliseconds(200)) return;
        last_ = now;
        std::fprintf(stderr, "\r%llu articles, %.1f MB, %llu entities, %llu edges added",
                     static_cast<unsigned long long>(t.read), t.bytes / 1e6,
                     static_cast<unsigned long long>(t.entities),
                     static_cast<unsigned long long>(t.edges));
        shown_ = true;
    }
    // Ends the progress line so that messages start on a clean line.
    void Clear() {
        if (shown_) std::fputc('\n', stderr);
        shown_ = false;
    }

  private:
    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point last_{};
};

int RunImport(const ImportOptions& o) {
    auto store = graph::GraphStore::Open(o.db);
    if (!store.ok()) {
        std::fprintf(stderr, "dossier import: %s\n", store.status().ToString().c_str());
        return 1;
    }
    auto pipeline = importers::Pipeline::Create();
    if (!pipeline.ok()) {
        std::fprintf(stderr, "dossier import: %s\n", pipeline.status().ToString().c_str());
        return 1;
    }
    importers::GraphWriter writer(store->get());
    Totals t;
    Progress progress(!o.quiet);
    // Extracted articles waiting for the next chunk commit.
    std::vector<importers::Document> pending;
    const size_t batch = static_cast<size_t>(std::max(o.batch, 1));
    pending.reserve(batch);
    auto flush = [&] {
        if (pending.empty()) return;
        std::vector<const importers::Document*> docs;
        docs.reserve(pending.size());
        for (const auto& d : pending) docs.push_back(&d);
        auto results = writer.WriteChunk(docs);
        for (size_t i = 0; i < results.size(); ++i) {
            const auto& w = results[i];
            if (!w.ok()) {
                progress.Clear();
                std::fprintf(stderr, "dossier import: %s: %s\n", pending[i].article.origin.c_str(),
                             w.status().ToString().c_str());
                ++t.failed;
                continue;
            }
            ++t.read;
            if (w->skipped) ++t.already;
            t.entities += w->entities_added;
            t.nodes += w->nodes_added;
            t.edges += w->edges_added;
        }
        pending.clear();
        progress.Update(t);
    };
    importers::ArticleSink sink;
    sink.on_article = [&](importers::Article&& a) {
        importers::Document& doc = pending.emplace_back();
        doc.article = std::move(a);
        t.bytes += doc.article.text.size();
        (*pipeline)->Run(&doc);
        if (pending.size() >= batch) flush();
    };
    sink.on_skip = [&](const Status& s) {
        progress.Clear();
        std::fprintf(stderr, "dossier import: skipped %s\n", s.message().c_str());
        ++t.skipped;
    };
    importers::ArticleReader reader;
    int code = 0;
    for (const std::string& path : o.paths) {
        Status st = reader.Read(path, sink);
        flush();  // each named path ends committed
        if (!st.ok()) {
            progress.Clear();
            std::fprintf(stderr, "dossier import: %s\n", st.ToString().c_str());
            code = 1;
        }
    }
    flush();
    progress.Update(t, true);
    progress.Clear();
    std::printf(
        "articles read: %llu (%llu already in the graph), skipped: %llu, failed: %llu\n"
        "entities added: %llu, nodes added: %llu, edges added: %llu\n",
        static_cast<unsigned long long>(t.read), static_cast<unsigned long long>(t.already),
        static_cast<unsigned long long>(t.skipped), static_cast<unsigned long long>(t.failed),
        static_cast<unsigned long long>(t.entities), static_cast<unsigned long long>(t.nodes),
        static_cast<unsigned long long>(t.edges));
    if (t.failed > 0) code = 1;
    return code;
}

}  // namespace

void RegisterImportCommand(CLI::App* app, CommandContext* context) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* sub = app->add_subcommand(
        "import",
        "Import news articles (files, directories, - for stdin; plain text, HTML, "
        "JSON Lines) into the graph");
    sub->add_option("paths", options->paths, "Files or directories to import, - for stdin")
        ->required();
    AddDbOption(sub, &options->db);
    sub->add_flag("-q,--quiet", options->quiet, "No progress line on the terminal");
    sub->add_option("--batch", options->batch,
                    "Articles per transaction (each chunk is committed atomically)")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    sub->callback([options, context] { context->exit_code = RunImport(*options); });
}

}  // namespace dossier::cli
