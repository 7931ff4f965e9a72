// Lexical scanning of query scripts, just deep enough to know where statements end: ';' outside
// '...' and "..." strings (with backslash escapes), `...` names, // line comments and /* block
// comments */. Used by the shell (is the statement complete?), `dossier query --file` and
// :source, and to tell whether a statement writes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier::cli {

struct ScannedScript {
    // Statements that ended with ';', without the ';', trimmed; blank ones are dropped.
    std::vector<std::string> complete;
    // What follows the last ';' (an unfinished statement), untrimmed.
    std::string rest;
};

ScannedScript ScanStatements(std::string_view script);

// True when `rest` (as left by ScanStatements) holds anything but spaces and comments.
bool HasPendingText(std::string_view rest);

// True when the statement contains one of the updating keywords CREATE, MERGE, SET, DELETE,
// REMOVE, DETACH, DROP, LOAD as a word outside strings, names and comments. This decides whether
// a database must be opened for writing; a false positive only costs the write lock.
bool LooksLikeWrite(std::string_view statement);

}  // namespace dossier::cli
