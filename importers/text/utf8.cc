#include "importers/text/utf8.h"

#include <string>

#include "graph/dcheck.h"

namespace dossier::importers {
namespace {

// Length of the sequence led by `b`, or 0 for a byte that cannot lead one.
int SequenceLength(unsigned char b) {
    if (b < 0x80) return 1;
    if (b >= 0xC2 && b <= 0xDF) return 2;
    if (b >= 0xE0 && b <= 0xEF) return 3;
    if (b >= 0xF0 && b <= 0xF4) return 4;
    return 0;
}

bool IsContinuation(unsigned char b) {
    return (b & 0xC0) == 0x80;
}

// Decodes a sequence of length n at p, or returns -1 when it is ill-formed.
long DecodeSequence(const unsigned char* p, size_t available, int n) {
    if (n == 0 || static_cast<size_t>(n) > available) return -1;
    if (n == 1) return p[0];
    for (int i = 1; i < n; ++i) {
        if (!IsContinuation(p[i])) return -1;
    }
    long cp = 0;
    if (n == 2) cp = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    if (n == 3) cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (n == 4) {
        cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
    // Overlong forms, surrogates and values beyond Unicode are ill-formed.
    if (n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return -1;
    if (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return -1;
    return cp;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = SequenceLength(p[i]);
        if (DecodeSequence(p + i, n - i, len) < 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

char32_t DecodeUtf8(std::string_view text, size_t* pos) {
    DOSSIER_DCHECK(*pos < text.size());
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + *pos;
    if (p[0] < 0x80) {
        ++*pos;
        return p[0];
    }
    const int len = SequenceLength(p[0]);
    const long cp = DecodeSequence(p, text.size() - *pos, len);
    if (cp < 0) {
        ++*pos;
        return 0xFFFD;
    }
    *pos += len;
    return static_cast<char32_t>(cp);
}

void AppendUtf8(char32_t cp, std::string* out) {
    if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

}  // namespace dossier::importers
