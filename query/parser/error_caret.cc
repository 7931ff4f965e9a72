#include "query/parser/error_caret.h"

namespace dossier::query {
namespace {

// The `line`-th (1-based) line of text, without its terminator; false when out of range.
bool LineOf(std::string_view text, int line, std::string_view* out) {
    size_t start = 0;
    for (int i = 1; i < line; ++i) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) return false;
        start = nl + 1;
    }
    size_t end = text.find('\n', start);
    *out = text.substr(start, end == std::string_view::npos ? end : end - start);
    if (!out->empty() && out->back() == '\r') out->remove_suffix(1);
    return true;
}

bool IsContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::string FormatErrorWithCaret(std::string_view text, const Status& status) {
    std::string out = status.ToString();
    if (status.line() <= 0 || status.column() <= 0) return out;
    std::string_view line;
    if (!LineOf(text, status.line(), &line)) return out;
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
