#include "importers/mentions/mention_words.h"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "graph/ascii.h"
#include "importers/data_table.h"
#include "importers/gazetteer/gazetteer_trie.h"
#include "importers/quotes/quote_cues.h"

namespace dossier::importers {
namespace {

template <size_t N>
bool InList(std::string_view word, const std::array<std::string_view, N>& list) {
    if (word.size() > 16) return false;
    for (std::string_view w : list) {
        if (AsciiEqualsIgnoreCase(w, word)) return true;
    }
    return false;
}

constexpr std::string_view kNameParticles =
#include "importers/data/name_particles.inc"
    ;

// The particles of one use ("word" or "prefix"), lower case.
std::unordered_set<std::string> LoadParticles(std::string_view use) {
    std::unordered_set<std::string> out;
    ForEachRow(kNameParticles, [&](const std::vector<std::string_view>& cols) {
        if (cols.size() >= 2 && cols[1] == use) out.emplace(cols[0]);
    });
    return out;
}

constexpr std::string_view kOrganizationNouns =
#include "importers/data/organization_nouns.inc"
    ;

}  // namespace

PronounKind PronounKindOf(std::string_view word) {
    static constexpr std::array<std::string_view, 4> kMale = {"he", "him", "his", "himself"};
    static constexpr std::array<std::string_view, 4> kFemale = {"she", "her", "hers", "herself"};
    static constexpr std::array<std::string_view, 5> kPlural = {"they", "them", "their", "theirs",
                                                                "themselves"};
    if (word.size() > 10) return PronounKind::kNone;
    if (InList(word, kMale)) return PronounKind::kMale;
    if (InList(word, kFemale)) return PronounKind::kFemale;
    if (InList(word, kPlural)) return PronounKind::kPlural;
    return PronounKind::kNone;
}

const char* PronounGender(PronounKind kind) {
    switch (kind) {
        case PronounKind::kMale:
            return "male";
        case PronounKind::kFemale:
            return "female";
        case PronounKind::kPlural:
            return "plural";
        default:
            return "";
    }
}

bool IsDeterminer(std::string_view word) {
    static constexpr std::array<std::string_view, 13> kList = {
        "the", "a",    "an",   "his",   "her",   "its", "their",
        "our", "this", "that", "these", "those", "your"};
    return InList(word, kList);
}

bool IsSpeechVerb(std::string_view word) {
    // The verbs are listed in lower case; headlines capitalise them ("Says"). No verb of the
    // list is longer than this.
    constexpr size_t kLongestVerb = 24;
    if (word.size() > kLongestVerb) return false;
    std::array<char, kLongestVerb> lower;
    for (size_t k = 0; k < word.size(); ++k) {
        const char c = word[k];
        lower[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return IsVerbOfSaying(std::string_view(lower.data(), word.size()));
}

bool IsPlacePreposition(std::string_view word) {
    static constexpr std::array<std::string_view, 11> kList = {
        "in",     "to",      "from",   "into",       "near", "towards",
        "toward", "outside", "across", "throughout", "via"};
    return InList(word, kList);
}

bool IsFormerModifier(std::string_view word) {
    static constexpr std::array<std::string_view, 9> kList = {
        "former", "ousted", "deposed", "ex", "late", "exiled", "toppled", "overthrown", "then"};
    return InList(word, kList);
}

bool IsNameConnector(std::string_view word) {
    return AsciiEqualsIgnoreCase(word, "of") || AsciiEqualsIgnoreCase(word, "for") ||
           IsNameParticle(word);
}

bool IsNameParticle(std::string_view word) {
    static const std::unordered_set<std::string> particles = LoadParticles("word");
    return word.size() <= 5 && particles.count(AsciiLower(word)) > 0;
}

bool IsParticleSurname(std::string_view word) {
    static const std::unordered_set<std::string> prefixes = LoadParticles("prefix");
    const size_t hyphen = word.find('-');
    if (hyphen == std::string_view::npos || hyphen + 1 >= word.size()) return false;
    const char next = word[hyphen + 1];
    return next >= 'A' && next <= 'Z' && word[0] >= 'a' && word[0] <= 'z' &&
           prefixes.count(std::string(word.substr(0, hyphen))) > 0;
}

bool IsPossessive(std::string_view t) {
    return t == "'s" || t == "\xE2\x80\x99s" || t == "'S" || t == "\xE2\x80\x99S";
}

bool IsAmbiguousTitle(std::string_view word) {
    static constexpr std::array<std::string_view, 9> kList = {
        "official", "head", "deputy", "chief", "general", "major", "director", "leader", "chair"};
    return InList(word, kList);
}

bool IsInstitutionNoun(std::string_view word) {
    static constexpr std::array<std::string_view, 26> kList = {
        "services",    "forces",        "troops",   "intelligence", "parliament", "government",
        "court",       "army",          "police",   "military",     "cabinet",    "senate",
        "congress",    "ministry",      "council",  "commission",   "opposition", "regime",
        "authorities", "committee",     "assembly", "navy",         "embassy",    "legislature",
        "junta",       "administration"};
    return InList(word, kList);
}

OrganizationNoun OrganizationNounOf(std::string_view word) {
    static const std::unordered_map<std::string, OrganizationNoun> kNouns = [] {
        std::unordered_map<std::string, OrganizationNoun> out;
        ForEachRow(kOrganizationNouns, [&](const std::vector<std::string_view>& cols) {
            if (cols.size() < 2) return;
            out.emplace(std::string(cols[0]),
                        cols[1] == "member" ? OrganizationNoun::kMember : OrganizationNoun::kKind);
        });
        return out;
    }();
    // Every noun of the list is shorter than this: longer words need no lookup.
    constexpr size_t kLongestNoun = 16;
    if (word.empty() || word.size() > kLongestNoun || !(word[0] >= 'a' && word[0] <= 'z')) {
        return OrganizationNoun::kNone;
    }
    const auto it = kNouns.find(std::string(word));
    return it == kNouns.end() ? OrganizationNoun::kNone : it->second;
}

bool HasAdjectiveEnding(std::string_view word) {
    for (std::string_view end : {"ic", "ish", "ist", "ite", "ese", "ian"}) {
        if (word.size() > end.size() + 2 && word.substr(word.size() - end.size()) == end) {
            return true;
        }
    }
    return false;
}

}  // namespace dossier::importers
