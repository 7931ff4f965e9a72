#include "importers/mention_words.h"

#include <array>

#include "importers/gazetteer_trie.h"

namespace dossier::importers {
namespace {

template <size_t N>
bool InList(std::string_view word, const std::array<std::string_view, N>& list) {
    if (word.size() > 16) return false;
    for (std::string_view w : list) {
        if (EqualsIgnoreCase(w, word)) return true;
    }
    return false;
}

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
    static constexpr std::array<std::string_view, 48> kList = {
        "spoke",      "speaks",     "testified",  "tweeted",    "said",         "says",
        "say",        "told",       "tells",      "added",      "adds",         "stressed",
        "stresses",   "noted",      "notes",      "explained",  "insisted",     "argued",
        "claimed",    "warned",     "declared",   "announced",  "asked",        "replied",
        "answered",   "wrote",      "writes",     "suggested",  "revealed",     "reiterated",
        "urged",      "confirmed",  "denied",     "admitted",   "acknowledged", "recalled",
        "continued",  "believes",   "thinks",     "stated",     "remarked",     "commented",
        "emphasized", "emphasised", "underlined", "complained", "promised",     "vowed"};
    return InList(word, kList);
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
    static constexpr std::array<std::string_view, 12> kList = {
        "of", "for", "de", "del", "da", "di", "van", "von", "der", "bin", "ibn", "al"};
    return InList(word, kList);
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

}  // namespace dossier::importers
