#include "importers/readers/mojibake.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <optional>
#include <vector>

#include "importers/text/utf8.h"

namespace dossier::importers {
namespace {

// Text encoded wrongly three times is not seen in practice; each pass undoes one encoding.
constexpr int kMaxRepairPasses = 3;

// The Windows-1252 characters at bytes 0x80..0x9F (0 where the code page leaves a byte unused).
constexpr char32_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The byte a Windows-1252 (or Latin-1) decoder turned into `cp`, or -1. Code points U+0080..U+00FF
// map to themselves: Latin-1 decoders, and Windows-1252 decoders for the bytes it leaves unused.
int ByteOf(char32_t cp) {
    if (cp <= 0xFF) return static_cast<int>(cp);
    for (int i = 0; i < 32; ++i) {
        if (kWindows1252High[i] == cp) return 0x80 + i;
    }
    return -1;
}

int SequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

struct Candidate {
    char32_t cp;
    size_t length;  // code points of the input it replaces
};

// The code point that cps[i..] spells as mis-decoded UTF-8, plausible or not.
std::optional<Candidate> DecodeAt(const std::vector<char32_t>& cps, size_t i) {
    const int n = SequenceLength(ByteOf(cps[i]));
    if (n == 0 || i + n > cps.size()) return std::nullopt;
    std::string bytes;
    bytes.push_back(static_cast<char>(ByteOf(cps[i])));
    for (int k = 1; k < n; ++k) {
        const int b = ByteOf(cps[i + k]);
        if (b < 0x80 || b > 0xBF) return std::nullopt;
        bytes.push_back(static_cast<char>(b));
    }
    size_t pos = 0;
    const char32_t cp = DecodeUtf8(bytes, &pos);
    if (cp == 0xFFFD || pos != bytes.size()) return std::nullopt;
    return Candidate{cp, static_cast<size_t>(n)};
}

// A letter of a script of its own (not Latin, Common or Inherited).
std::optional<UScriptCode> OtherScriptLetter(char32_t cp) {
    if (!u_isalpha(static_cast<UChar32>(cp))) return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
    if (U_FAILURE(status) || script == USCRIPT_LATIN || script == USCRIPT_COMMON ||
        script == USCRIPT_INHERITED) {
        return std::nullopt;
    }
    return script;
}

// Plausible on its own: what mojibake of Western European text and typography turns into.
bool PlausibleAlone(char32_t cp) {
    // C1 controls never stand in text: one here is a byte of a character encoded twice, left for
    // the next pass ("Â" U+009D -> U+009D, then "â€" U+009D -> ”).
    if (cp >= 0x80 && cp <= 0x9F) return true;
    if (cp >= 0xA0 && cp <= 0x24F) return true;     // Latin-1 Supplement, Latin Extended-A/B
    if (cp >= 0x2000 && cp <= 0x206F) return true;  // quotes, dashes, ellipsis, spaces
    if (cp >= 0x20A0 && cp <= 0x20CF) return true;  // currency
    if (cp >= 0x2100 && cp <= 0x214F) return true;  // letterlike: ™ №
    return cp >= 0x1F000 && u_charType(static_cast<UChar32>(cp)) == U_OTHER_SYMBOL;  // emoji
}

// One pass over `cps`; returns whether anything was repaired.
bool RepairPass(std::vector<char32_t>* cps) {
    std::vector<char32_t> out;
    out.reserve(cps->size());
    bool changed = false;
    size_t i = 0;
    while (i < cps->size()) {
        const std::optional<Candidate> c = DecodeAt(*cps, i);
        bool take = false;
        if (c && PlausibleAlone(c->cp)) {
            take = true;
        } else if (c) {
            // A letter of another script is taken only beside one of the same script, already
            // repaired before it or about to be repaired after it.
            const std::optional<UScriptCode> script = OtherScriptLetter(c->cp);
            if (script) {
                const bool before = !out.empty() && OtherScriptLetter(out.back()) == script;
                const size_t next = i + c->length;
                std::optional<Candidate> after;
                if (next < cps->size()) after = DecodeAt(*cps, next);
                take = before || (after && OtherScriptLetter(after->cp) == script);
            }
        }
        if (take) {
            out.push_back(c->cp);
            i += c->length;
            changed = true;
        } else {
            out.push_back((*cps)[i++]);
        }
    }
    if (changed) cps->swap(out);
    return changed;
}

bool MayHoldMojibake(std::string_view text) {
    // Every mojibake sequence starts with a lead U+00C2..U+00F4, which UTF-8 encodes as 0xC3 and
    // a second byte: text without a 0xC3 byte has nothing to repair.
    return text.find('\xC3') != std::string_view::npos;
}

}  // namespace

std::string RepairMojibake(std::string_view text) {
    if (!MayHoldMojibake(text) || FindInvalidUtf8(text) != std::string_view::npos) {
        return std::string(text);
    }
    std::vector<char32_t> cps;
    cps.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) cps.push_back(DecodeUtf8(text, &pos));
    bool changed = false;
    for (int pass = 0; pass < kMaxRepairPasses && RepairPass(&cps); ++pass) changed = true;
    if (!changed) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (char32_t cp : cps) AppendUtf8(cp, &out);
    return out;
}

}  // namespace dossier::importers
