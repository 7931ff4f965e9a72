#include "tools/error_report.h"

namespace dossier::cli {

std::string ErrorReport(const Status& status, std::string_view statement) {
    std::string out = status.ToString() + "\n";
    if (status.line() <= 0 || status.column() <= 0) return out;
    size_t begin = 0;
    for (int line = 1; line < status.line(); ++line) {
        const size_t nl = statement.find('\n', begin);
        if (nl == std::string_view::npos) return out;
        begin = nl + 1;
    }
    const size_t end = statement.find('\n', begin);
    const std::string_view text = statement.substr(
        begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
    // Tabs are kept in the caret line so that terminals expand them the same way.
    std::string caret;
    int column = 1;
    for (size_t i = 0; i < text.size() && column < status.column(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) == 0x80) continue;
        caret += c == '\t' ? '\t' : ' ';
        ++column;
    }
    out += "  " + std::string(text) + "\n  " + caret + "^\n";
    return out;
}

}  // namespace dossier::cli
