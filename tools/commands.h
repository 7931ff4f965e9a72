// The dossier binary's subcommands. Each Register* function adds one subcommand (with its own
// --help) to the app; its callback does the work and stores the process exit code in
// context->exit_code. Errors are printed to stderr as one line ("dossier import: ..."); nothing
// here throws past main().
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace dossier::cli {

struct CommandContext {
    int exit_code = 0;
};

// Adds `--db DIR` to a subcommand: the database directory; default $DOSSIER_DB, else ./dossier.db.
void AddDbOption(CLI::App* sub, std::string* db);
// The default database path as described above.
std::string DefaultDbPath();

void RegisterStatsCommand(CLI::App* app, CommandContext* context);    // stats_command.cc
void RegisterCsvCommands(CLI::App* app, CommandContext* context);     // csv_commands.cc
void RegisterImportCommand(CLI::App* app, CommandContext* context);   // import_command.cc
void RegisterExtractCommand(CLI::App* app, CommandContext* context);  // extract_command.cc
void RegisterQueryCommand(CLI::App* app, CommandContext* context);    // query_command.cc
void RegisterShellCommand(CLI::App* app, CommandContext* context);    // shell_command.cc
void RegisterExportCommand(CLI::App* app, CommandContext* context);   // export_command.cc
void RegisterReportCommand(CLI::App* app, CommandContext* context);   // report_command.cc

}  // namespace dossier::cli
