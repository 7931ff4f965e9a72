#include "tools/report/markdown_text.h"

namespace dossier::report {

std::string MarkdownCell(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '|') out += '\\';
        out += c == '\n' || c == '\r' ? ' ' : c;
    }
    return out;
}

}  // namespace dossier::report
