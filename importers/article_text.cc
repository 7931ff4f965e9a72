#include "importers/article_text.h"

#include <algorithm>

#include "importers/utf8.h"

namespace dossier::importers {

int LineOf(std::string_view content, size_t pos) {
    pos = std::min(pos, content.size());
    return 1 + static_cast<int>(std::count(content.begin(), content.begin() + pos, '\n'));
}

Status CheckArticleText(std::string_view content, std::string_view origin) {
    const std::string where(origin);
    if (TrimSpace(content).empty()) return Status::InvalidArgument(where + ": empty article");
    const size_t nul = content.find('\0');
    if (nul != std::string_view::npos) {
        return Status::InvalidArgument(where + ": binary content (NUL byte at line " +
                                       std::to_string(LineOf(content, nul)) + ")");
    }
    const size_t bad = FindInvalidUtf8(content);
    if (bad != std::string_view::npos) {
        return Status::InvalidArgument(where + ": invalid UTF-8 at byte " + std::to_string(bad) +
                                       " (line " + std::to_string(LineOf(content, bad)) + ")");
    }
    return Status::OK();
}

std::string_view TrimSpace(std::string_view s) {
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::string NormalizeNewlines(std::string_view content) {
    if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
    std::string out;
    out.reserve(content.size());
    for (size_t i = 0; i < content.size(); ++i) {
        if (content[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < content.size() && content[i + 1] == '\n') ++i;
        } else {
            out.push_back(content[i]);
        }
    }
    return std::string(TrimSpace(out));
}

}  // namespace dossier::importers
