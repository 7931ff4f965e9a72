#include "tools/display_width.h"

#include <cstdint>

#include "graph/dcheck.h"

namespace dossier::cli {

namespace {

// Decodes one code point at s[*i] and advances *i; invalid bytes count as one cell each.
char32_t NextCodePoint(std::string_view s, size_t* i) {
    const auto b = static_cast<unsigned char>(s[*i]);
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? b & 0x07 : extra == 2 ? b & 0x0F : extra == 1 ? b & 0x1F : b;
    ++*i;
    while (extra-- > 0 && *i < s.size() && (static_cast<unsigned char>(s[*i]) & 0xC0) == 0x80) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[*i]) & 0x3F);
        ++*i;
    }
    return cp;
}

int CodePointWidth(char32_t cp) {
    if (cp == 0) return 0;
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
        (cp >= 0xFE00 && cp <= 0xFE0F)) {
        return 0;
    }
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
                      (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
}

}  // namespace

int DisplayWidth(std::string_view utf8) {
    int width = 0;
    for (size_t i = 0; i < utf8.size();) width += CodePointWidth(NextCodePoint(utf8, &i));
    return width;
}

std::string FitToWidth(std::string_view utf8, int width) {
    DOSSIER_DCHECK(width >= 1);
    if (DisplayWidth(utf8) <= width) return std::string(utf8);
    int used = 0;
    size_t i = 0;
    while (i < utf8.size()) {
        size_t next = i;
        const int w = CodePointWidth(NextCodePoint(utf8, &next));
        if (used + w > width - 1) break;
        used += w;
        i = next;
    }
    return std::string(utf8.substr(0, i)) + "…";
}

std::string Pad(std::string_view utf8, int width, bool right_align) {
    const int fill = width - DisplayWidth(utf8);
    if (fill <= 0) return std::string(utf8);
    const std::string spaces(static_cast<size_t>(fill), ' ');
    return right_align ? spaces + std::string(utf8) : std::string(utf8) + spaces;
}

}  // namespace dossier::cli
