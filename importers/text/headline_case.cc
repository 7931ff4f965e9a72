#include "importers/text/headline_case.h"

namespace dossier::importers {

bool IsHeadlineLine(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    if (line.empty()) return false;
    // A line that closes a sentence or leads into the next line is prose.
    if (std::string_view(".!?:;,\"'").find(line.back()) != std::string_view::npos) return false;
    int words = 0, capitalised = 0;
    bool last_lower = false;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        const size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        if (start == i) break;
        const char c = line[start];
        const bool upper = c >= 'A' && c <= 'Z';
        if (!upper && !(c >= 'a' && c <= 'z')) continue;
        ++words;
        capitalised += upper;
        last_lower = !upper;
    }
    // The closing punctuation was ruled out above.
    return IsHeadlineCase(words, capitalised, last_lower);
}

}  // namespace dossier::importers
