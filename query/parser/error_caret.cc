#include "query/parser/error_caret.h"

namespace dossier::query {
namespace {

// The `line`-th (1-based) line of text, without its terminator; empty when out of range.
std::string_view LineOf(std::string_view text, int line) {
    size_t start = 0;
    for (int i = 1; i < line; ++i) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    size_t end = text.find('\n', start);
    std::string_view out = text.substr(start, end == std::string_view::npos ? end : end - start);
    if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
    return out;
}

bool IsContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::string FormatErrorWithCaret(std::string_view text, const Status& status) {
    std::string out = status.ToString();
    if (status.line() <= 0 || status.column() <= 0) return out;
    std::string_view line = LineOf(text, status.line());
    std::string pad;
    int column = 1;
    for (size_t i = 0; i < line.size() && column < status.column(); ++i) {
        if (IsContinuationByte(line[i])) continue;
        pad += line[i] == '\t' ? '\t' : ' ';
        ++column;
    }
    out += "\n  ";
    out += line;
    out += "\n  " + pad + "^";
    return out;
}

}  // namespace dossier::query
