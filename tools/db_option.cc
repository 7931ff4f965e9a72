#include <cstdlib>

#include "tools/commands.h"

namespace dossier::cli {

std::string DefaultDbPath() {
    const char* env = std::getenv("DOSSIER_DB");
    return env && *env ? env : "./dossier.db";
}

void AddDbOption(CLI::App* sub, std::string* db) {
    *db = DefaultDbPath();
    sub->add_option("--db", *db, "Database directory (default: $DOSSIER_DB, else ./dossier.db)");
}

}  // namespace dossier::cli
