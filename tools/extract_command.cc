// dossier extract: runs the extraction pipeline on articles and prints what it found as JSON,
// without touching the database. One JSON object per article, one per line.
#include <cstdio>
#include <iostream>

#include "importers/extraction_json.h"
#include "importers/pipeline.h"
#include "importers/readers/article_reader.h"
#include "importers/relations/relation_signature.h"
#include "tools/commands.h"

namespace dossier::cli {
namespace {

struct ExtractOptions {
    std::string path;
    bool jsonl = false;
};

int RunExtract(const ExtractOptions& o) {
    auto pipeline = importers::Pipeline::Create();
    if (!pipeline.ok()) {
        std::fprintf(stderr, "dossier extract: %s\n", pipeline.status().ToString().c_str());
        return 1;
    }
    size_t articles = 0, skipped = 0;
    importers::RelationTally tally;
    importers::ArticleSink sink;
    sink.on_article = [&](importers::Article&& a) {
        importers::Document doc;
        doc.article = std::move(a);
        (*pipeline)->Run(&doc);
        tally.Add(doc);
        std::string json = importers::ExtractionJson(doc);
        std::fwrite(json.data(), 1, json.size(), stdout);
        std::fputc('\n', stdout);
        ++articles;
    };
    sink.on_skip = [&](const Status& s) {
        std::fprintf(stderr, "dossier extract: skipped %s\n", s.message().c_str());
        ++skipped;
    };
    importers::ArticleReader reader;
    Status st = reader.Read(
        o.path, sink,
        o.jsonl ? importers::ArticleFormat::kJsonLines : importers::ArticleFormat::kAuto);
    std::fflush(stdout);
    // The JSON goes to stdout; the totals go to stderr so that the output stays JSON Lines.
    if (articles > 0) std::fprintf(stderr, "dossier extract: %s\n", tally.Summary().c_str());
    if (!st.ok()) {
        std::fprintf(stderr, "dossier extract: %s\n", st.ToString().c_str());
        return 1;
    }
    if (articles == 0) {
        std::fprintf(stderr, "dossier extract: no article found in %s\n", o.path.c_str());
        return 1;
    }
    return 0;
}

}  // namespace

void RegisterExtractCommand(CLI::App* app, CommandContext* context) {
    auto options = std::make_shared<ExtractOptions>();
    CLI::App* sub = app->add_subcommand(
        "extract",
        "Print as JSON what the pipeline finds in an article (the database is not "
        "touched): mentions, entities, quotes, relations, events");
    sub->add_option("file", options->path,
                    "Article file (plain text, HTML, JSON Lines) or - for "
                    "stdin")
        ->required();
    sub->add_flag("--jsonl", options->jsonl,
                  "Read FILE as JSON Lines articles and print one JSON object per line");
    sub->callback([options, context] { context->exit_code = RunExtract(*options); });
}

}  // namespace dossier::cli
