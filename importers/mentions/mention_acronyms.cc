// MentionRun: acronyms an article defines ("the Liberation Tigers of Tamil Eelam (LTTE)") and
// their later bare uses ("the LTTE said").
#include <string>

#include "graph/ascii.h"
#include "importers/mentions/mention_run.h"
#include "importers/mentions/mention_words.h"

namespace dossier::importers {
namespace {

// Longest full name an acronym is looked for in, in tokens ("Organization of the Petroleum
// Exporting Countries" is seven).
constexpr size_t kMaxAcronymName = 10;
// Acronyms shorter than this are too often initials of something else ("(AP)" after a city).
constexpr size_t kMinAcronymLetters = 2;

// "U.N." -> "UN"; empty when t is no acronym of at most kMaxAcronymName letters.
std::string AcronymLetters(std::string_view t) {
    std::string out;
    for (char c : t) {
        if (c == '.') continue;
        if (c < 'A' || c > 'Z') return "";
        out += c;
    }
    return out.size() >= kMinAcronymLetters && out.size() <= kMaxAcronymName ? out : "";
}

char UpperAscii(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

}  // namespace

// Initials of [k, p): capitalised words give their first letter; lower-case connectors ("of",
// "and", "de") give theirs only when `with_connectors`; possessives give none.
std::string MentionRun::Initials(size_t k, size_t p, bool with_connectors) const {
    std::string out;
    for (size_t x = k; x < p; ++x) {
        const TokenShape& t = v_[x];
        if (IsPossessive(t.text) || t.text == "'" || !t.word) continue;
        if (t.lower && !with_connectors) continue;
        out += UpperAscii(t.text[0]);
    }
    return out;
}

void MentionRun::DefinedAcronyms() {
    for (size_t p = 1; p + 2 < v_.size(); ++p) {
        if (v_[p].text != "(" || v_[p + 2].text != ")") continue;
        if (v_[p + 1].sentence != v_[p].sentence || v_[p + 2].sentence != v_[p].sentence) continue;
        const std::string letters = AcronymLetters(v_[p + 1].text);
        if (letters.empty() || used_[p + 1]) continue;
        // Walk back over the words a name is made of: capitalised words, connectors and
        // possessives, never over a line break or into another sentence.
        size_t k = p;
        size_t start = p;
        while (k > 0 && p - (k - 1) <= kMaxAcronymName) {
            const size_t x = k - 1;
            const TokenShape& t = v_[x];
            if (t.sentence != v_[p].sentence || used_[x]) break;
            const bool part =
                t.capitalized || IsPossessive(t.text) || t.text == "'" ||
                (t.lower && (IsNameConnector(t.text) || AsciiEqualsIgnoreCase(t.text, "and")));
            if (!part) break;
            k = x;
            if (t.capitalized &&
                (Initials(k, p, false) == letters || Initials(k, p, true) == letters)) {
                start = k;
            }
            if (t.line_start) break;
        }
        if (start == p || p - start < 2) continue;
        const GazetteerHit whole = Longest(start, p,
                                           {GazetteerKind::kOrganization, GazetteerKind::kCountry,
                                            GazetteerKind::kCity, GazetteerKind::kDemonym});
        std::string name;
        if (whole.length == static_cast<int>(p - start)) {
            // A known place keeps its type ("United Arab Emirates (UAE)"); a known
            // organisation its canonical name.
            if (whole.entry->kind != GazetteerKind::kOrganization) continue;
            EmitGazetteer(start, whole, "gazetteer");
            name = whole.entry->canonical;
        } else {
            Mention& m =
                Emit(start, p, EntityType::kOrganization, MentionForm::kName, "acronym:defined");
            name = m.text;
        }
        acronyms_[std::string(v_[p + 1].text)] = name;
    }
}

bool MentionRun::AcronymUse(size_t i) {
    if (!v_[i].all_caps) return false;
    const auto it = acronyms_.find(std::string(v_[i].text));
    if (it == acronyms_.end()) return false;
    Mention& m = Emit(i, i + 1, EntityType::kOrganization, MentionForm::kName, "acronym:use");
    m.attributes["name"] = it->second;
    return true;
}

}  // namespace dossier::importers
