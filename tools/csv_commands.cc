// PLACEHOLDER: replaced by the real subcommand. Registers nothing yet.
#include "tools/commands.h"

namespace dossier::cli {

void RegisterCsvCommands(CLI::App* app, CommandContext* context) {}

}  // namespace dossier::cli
