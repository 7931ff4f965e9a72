// NormalizeName: the normal form of the name index.
//
// ASCII text takes a byte-wise fast path. Other text is decoded as UTF-8 and lower-cased and
// classified with ICU's per-code-point functions; bytes that are not valid UTF-8 are kept as they
// are, so nothing of a name is silently lost. Control characters and NUL never appear in the
// result (the name index uses 0x00 as its key separator).
//
// Accents fold: a code point whose canonical decomposition (NFD) carries combining diacritical
// marks (U+0300..U+036F) is replaced by its decomposition without them, and such marks standing
// alone are dropped, so "Peña", "Pen\u0303a" and "Pena" share one key. Marks outside that block
// (Indic vowel signs, Hebrew and Arabic points) are kept: they spell, not decorate, a name.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
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

bool IsDiacriticalMark(UChar32 c) {
    return c >= 0x0300 && c <= 0x036F;
}

// ICU's NFD instance is immutable and shared; null only when ICU's data is missing, in which case
// names are lower-cased without folding accents.
const icu::Normalizer2* Nfd() {
    static const icu::Normalizer2* nfd = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return nfd;
}

void AppendLower(UChar32 c, std::string* out) {
    const UChar32 lower = u_tolower(c);
    char buf[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, lower);
    out->append(buf, n);
}

// Appends `c` lower-cased with its diacritical marks removed.
void AppendFolded(UChar32 c, std::string* out) {
    if (IsDiacriticalMark(c)) return;
    icu::UnicodeString decomposed;
    const icu::Normalizer2* nfd = Nfd();
    if (c < 0xC0 || nfd == nullptr || !nfd->getDecomposition(c, decomposed)) {
        AppendLower(c, out);
        return;
    }
    bool has_mark = false;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        if (IsDiacriticalMark(decomposed.char32At(i))) has_mark = true;
    }
    if (!has_mark) {  // e.g. Hangul syllables: keep the precomposed code point
        AppendLower(c, out);
        return;
    }
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const UChar32 d = decomposed.char32At(i);
        if (!IsDiacriticalMark(d)) AppendLower(d, out);
    }
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
        AppendFolded(c, &out);
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

std::string NormalizeName(std::string_view name) {
    return IsAscii(name) ? NormalizeAscii(name) : NormalizeUtf8(name);
}

}  // namespace dossier::graph
