#include "importers/readers/article_text.h"

#include <algorithm>

#include "importers/readers/charset.h"
#include "importers/readers/html_entities.h"
#include "importers/readers/mojibake.h"
#include "importers/text/utf8.h"

namespace dossier::importers {

int LineOf(std::string_view content, size_t pos) {
    pos = std::min(pos, content.size());
    return 1 + static_cast<int>(std::count(content.begin(), content.begin() + pos, '\n'));
}

namespace {

// Empty or binary content, whatever its encoding.
Status CheckNotEmptyOrBinary(std::string_view content, const std::string& where) {
    if (TrimSpace(content).empty()) return Status::InvalidArgument(where + ": empty article");
    const size_t nul = content.find('\0');
    if (nul != std::string_view::npos) {
        return Status::InvalidArgument(where + ": binary content (NUL byte at line " +
                                       std::to_string(LineOf(content, nul)) + ")");
    }
    return Status::OK();
}

Status InvalidUtf8(std::string_view content, size_t bad, const std::string& where) {
    return Status::InvalidArgument(where + ": invalid UTF-8 at byte " + std::to_string(bad) +
                                   " (line " + std::to_string(LineOf(content, bad)) + ")");
}

}  // namespace

Status CheckArticleText(std::string_view content, std::string_view origin) {
    const std::string where(origin);
    DOSSIER_RETURN_IF_ERROR(CheckNotEmptyOrBinary(content, where));
    const size_t bad = FindInvalidUtf8(content);
    if (bad != std::string_view::npos) return InvalidUtf8(content, bad, where);
    return Status::OK();
}

Result<std::string> DecodeArticleBytes(std::string_view content, std::string_view origin) {
    const std::string where(origin);
    DOSSIER_RETURN_IF_ERROR(CheckNotEmptyOrBinary(content, where));
    const size_t bad = FindInvalidUtf8(content);
    if (bad == std::string_view::npos) return std::string(content);
    std::string charset = DeclaredCharset(content);
    // Pages that declare UTF-8 and are not are read like pages that declare nothing.
    if (charset.empty() || charset == "utf-8" || charset == "utf8") {
        if (!LooksLikeWindows1252(content)) return InvalidUtf8(content, bad, where);
        charset = "windows-1252";
    }
    return ConvertToUtf8(content, charset, origin);
}

std::string CleanArticleText(std::string_view text) {
    return RepairMojibake(DecodeHtmlEntities(text));
}

std::string_view TrimSpace(std::string_view s) {
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::string CollapseSpace(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
            pending = !out.empty();
            if (nbsp) ++i;
            continue;
        }
        if (pending) out.push_back(' ');
        pending = false;
        out.push_back(c);
    }
    return out;
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
