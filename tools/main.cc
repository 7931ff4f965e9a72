// dossier: a knowledge-graph builder for news. See README.md.
#include <cstdio>
#include <exception>

#include "tools/commands.h"

int main(int argc, char** argv) {
    CLI::App app{
        "Dossier: builds a knowledge graph from news articles and answers relationship "
        "questions about it."};
    app.set_version_flag("--version", std::string("dossier ") + DOSSIER_VERSION_STRING);
    app.require_subcommand(1);
    dossier::cli::CommandContext context;
    dossier::cli::RegisterImportCommand(&app, &context);
    dossier::cli::RegisterExtractCommand(&app, &context);
    dossier::cli::RegisterQueryCommand(&app, &context);
    dossier::cli::RegisterShellCommand(&app, &context);
    dossier::cli::RegisterExportCommand(&app, &context);
    dossier::cli::RegisterReportCommand(&app, &context);
    dossier::cli::RegisterStatsCommand(&app, &context);
    dossier::cli::RegisterCsvCommands(&app, &context);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dossier: %s\n", e.what());
        return 1;
    }
    return context.exit_code;
}
