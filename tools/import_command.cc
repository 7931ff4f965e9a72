// dossier import: reads articles from files, directories or stdin, extracts what they say on
// --threads workers and writes it into the graph in input order, --batch articles per transaction
// (importers/importer.h), so that the graph is the same for any number of threads. A bad article
// is reported with its file (and line) and skipped without losing the rest of its chunk; the
// import goes on. Ends with the store flushed (later opens replay no log) and a summary. Exit
// codes: 0 when every article found was imported (or was there already), 1 when any was skipped
// or failed or a path could not be read, 2 when no article was found at all; the last line on
// stderr says how many were not imported.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#include "graph/graph_store.h"
#include "importers/importer.h"
#include "tools/commands.h"

namespace dossier::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitSomeNotImported = 1;  // an article skipped or failed, or a path unreadable
constexpr int kExitNothingFound = 2;     // no article, good or broken, under any path

int DefaultThreads() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

struct ImportOptions {
    std::vector<std::string> paths;
    std::string db;
    bool quiet = false;
    int batch = 64;  // articles per transaction
    int threads = DefaultThreads();
};

class Progress {
  public:
    explicit Progress(bool enabled) : enabled_(enabled && isatty(fileno(stderr))) {}
    void Update(const importers::ImportTotals& t, bool force = false) {
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

// The last line when something was not imported: how many, and why.
void PrintOutcome(const importers::ImportTotals& t, uint64_t unreadable_paths) {
    if (t.skipped == 0 && t.failed == 0 && unreadable_paths == 0) return;
    std::string line = "dossier import: " + std::to_string(t.skipped + t.failed) +
                       " article(s) not imported (" + std::to_string(t.skipped) +
                       " skipped as broken, " + std::to_string(t.failed) + " failed)";
    if (unreadable_paths > 0) {
        line += ", " + std::to_string(unreadable_paths) + " path(s) unreadable";
    }
    std::fprintf(stderr, "%s\n", line.c_str());
}

int RunImport(const ImportOptions& o) {
    auto store = graph::GraphStore::Open(o.db);
    if (!store.ok()) {
        std::fprintf(stderr, "dossier import: %s\n", store.status().ToString().c_str());
        return kExitSomeNotImported;
    }
    Progress progress(!o.quiet);
    importers::ImportEvents events;
    events.on_skip = [&](const Status& s) {
        progress.Clear();
        std::fprintf(stderr, "dossier import: skipped %s\n", s.message().c_str());
    };
    events.on_failure = [&](const importers::Document& doc, const Status& s) {
        progress.Clear();
        std::fprintf(stderr, "dossier import: %s: %s\n", doc.article.origin.c_str(),
                     s.ToString().c_str());
    };
    events.on_progress = [&](const importers::ImportTotals& t) { progress.Update(t); };
    importers::ImportOptions options;
    options.threads = o.threads;
    options.batch = static_cast<size_t>(std::max(o.batch, 1));
    auto importer = importers::Importer::Create(store->get(), options, events);
    if (!importer.ok()) {
        std::fprintf(stderr, "dossier import: %s\n", importer.status().ToString().c_str());
        return kExitSomeNotImported;
    }
    int code = kExitOk;
    uint64_t unreadable_paths = 0;
    for (const std::string& path : o.paths) {
        if (Status st = (*importer)->ImportPath(path); !st.ok()) {
            progress.Clear();
            std::fprintf(stderr, "dossier import: %s\n", st.ToString().c_str());
            ++unreadable_paths;
        }
    }
    if (Status st = (*importer)->Finish(); !st.ok()) {
        progress.Clear();
        std::fprintf(stderr, "dossier import: %s\n", st.ToString().c_str());
        code = kExitSomeNotImported;
    }
    const importers::ImportTotals& t = (*importer)->totals();
    progress.Update(t, true);
    progress.Clear();
    std::printf(
        "articles read: %llu (%llu already in the graph), skipped: %llu, failed: %llu\n"
        "entities added: %llu, nodes added: %llu, edges added: %llu\n",
        static_cast<unsigned long long>(t.read), static_cast<unsigned long long>(t.already),
        static_cast<unsigned long long>(t.skipped), static_cast<unsigned long long>(t.failed),
        static_cast<unsigned long long>(t.entities), static_cast<unsigned long long>(t.nodes),
        static_cast<unsigned long long>(t.edges));
    std::printf("%s\n", t.relations.Summary().c_str());
    std::printf(
        "short names joined to their entity: %llu, left apart (two prominent bearers): %llu\n",
        static_cast<unsigned long long>(t.names.joined),
        static_cast<unsigned long long>(t.names.ambiguous));
    std::fflush(stdout);
    if (t.read + t.skipped + t.failed == 0) {
        std::fprintf(stderr, "dossier import: no articles found%s\n",
                     unreadable_paths == o.paths.size() ? " (no path could be read)" : "");
        return kExitNothingFound;
    }
    PrintOutcome(t, unreadable_paths);
    if (t.skipped > 0 || t.failed > 0 || unreadable_paths > 0) code = kExitSomeNotImported;
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
    sub->add_option("--threads", options->threads,
                    "Extraction threads; the graph is the same for any number (default: one per "
                    "core)")
        ->check(CLI::Range(1, 1024))
        ->capture_default_str();
    sub->callback([options, context] { context->exit_code = RunImport(*options); });
}

}  // namespace dossier::cli
