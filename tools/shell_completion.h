// Tab completion for `dossier shell`: what can follow the text left of the cursor.
//
// Contexts, decided from the text alone:
//   after ':' in a node pattern  (n:Pe|       -> labels
//   after ':' in a relationship  -[:ME|       -> relationship types
//   after '.' or a map's '{' / ','  n.na|     -> property keys
//   inside quotes after name:    {name: 'Kur| -> entity names (closing the quote)
//   a line starting with ':'     :sch|        -> shell commands, then their arguments
//   anywhere else                MAT|         -> keywords and functions
// Matching ignores case; keywords are offered upper-case.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::cli {

// What the open database contributes. `names` is called only when a name is being completed
// (it may scan the store), with the typed prefix; it returns matching entity names.
struct Vocabulary {
    std::vector<std::string> labels;
    std::vector<std::string> edge_types;
    std::vector<std::string> property_keys;
    std::function<std::vector<std::string>(std::string_view prefix)> names;
};

struct Completion {
    // The candidates replace the text from this byte offset up to the cursor.
    size_t replace_from = 0;
    // Sorted, unique, full replacements for that text (with a closing quote for names and '('
    // for functions).
    std::vector<std::string> candidates;
};

Completion Complete(std::string_view before_cursor, const Vocabulary& vocabulary);

// The longest common prefix of the candidates (byte-wise, cut to a whole UTF-8 character).
std::string CommonPrefix(const std::vector<std::string>& candidates);

// Keywords and functions offered everywhere else (exposed for :help and tests).
const std::vector<std::string>& QueryKeywords();
const std::vector<std::string>& QueryFunctions();
const std::vector<std::string>& ShellCommandNames();

}  // namespace dossier::cli
