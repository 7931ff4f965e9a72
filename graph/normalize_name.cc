// NormalizeName: the normal form of the name index.
//
// ASCII text takes a byte-wise fast path. Other text is decoded as UTF-8 and lower-cased and
// classified with ICU's per-code-point functions; bytes that are not valid UTF-8 are kept as they
// are, so nothing of a name is silently lost. Control characters and NUL never appear in the
// result (the name index uses 0x00 as its key separator).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "graph/graph_store.h"

namespace dossier::graph {

namespace {

// Appends a space unless the output is empty or already ends in one (runs fold, leading drop).
void AppendSpace(std::string* out) {
    if (!out->empty() && out->back() != ' ') out->push_back(' ');
}

bool IsAscii(std::string_view s) {
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

std::string NormalizeAscii(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v') {
            AppendSpace(&out);
        } else if (u < 0x20 || u == 0x7f) {
            continue;
        } else if (u >= 'A' && u <= 'Z') {
            out.push_back(static_cast<char>(u - 'A' + 'a'));
        } else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            out.push_back(c);
        } else {
            continue;  // ASCII punctuation and symbols
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string NormalizeUtf8(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    const auto* s = reinterpret_cast<const uint8_t*>(name.data());
    const auto length = static_cast<int32_t>(name.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {  // invalid UTF-8: keep the bytes intact
            out.append(name.substr(start, i - start));
            continue;
        }
        if (u_isUWhiteSpace(c)) {
            AppendSpace(&out);
            continue;
        }
        if (u_iscntrl(c) || u_ispunct(c)) continue;
        const UChar32 lower = u_tolower(c);
        char buf[U8_MAX_LENGTH];
        int32_t n = 0;
        U8_APPEND_UNSAFE(buf, n, lower);
        out.append(buf, n);
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

std::string NormalizeName(std::string_view name) {
    return IsAscii(name) ? NormalizeAscii(name) : NormalizeUtf8(name);
}

}  // namespace dossier::graph
