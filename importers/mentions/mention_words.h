// Closed word classes the mention detector reads context from: pronouns, determiners, verbs of
// saying, place prepositions, modifiers that mark a former office holder. ASCII case-insensitive.
#pragma once

#include <string_view>

namespace dossier::importers {

enum class PronounKind : uint8_t { kNone, kMale, kFemale, kPlural };

// "he", "him", "his", "himself" -> kMale; "she", "her", ... -> kFemale; "they", ... -> kPlural.
PronounKind PronounKindOf(std::string_view word);
const char* PronounGender(PronounKind kind);  // "male", "female", "plural"

// "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those".
bool IsDeterminer(std::string_view word);
// "said", "says", "told", "spoke", "denied", ... (forms that follow a speaker; the verbs of
// data/speech_cues.inc).
bool IsSpeechVerb(std::string_view word);
// "in", "to", "from", "into", "near", ... (before a place name).
bool IsPlacePreposition(std::string_view word);
// "former", "ousted", "deposed", "ex", "late", "exiled", "toppled", "overthrown".
bool IsFormerModifier(std::string_view word);
// Words that may join two capitalised parts of one name: "of", "for" and the name particles.
bool IsNameConnector(std::string_view word);
// Lower-case particles inside personal names (importers/data/name_particles.inc): "de", "la",
// "van", "der", "bin", "al", ...
bool IsNameParticle(std::string_view word);
// A surname written with a lower-case particle and a hyphen: "al-Assad", "el-Sayed".
bool IsParticleSurname(std::string_view word);

// Offices that are also adjectives or nouns in other senses ("an official letter", "the head
// office"): a nominal ending in one of them needs more than the word itself.
bool IsAmbiguousTitle(std::string_view word);

// The possessive token "'s" or "’s" (the Tokenizer splits it off its word).
bool IsPossessive(std::string_view token);

// Lower-case nouns for institutions that "the ..." makes an organisation mention: "the parliament",
// "the interim government", "the army".
bool IsInstitutionNoun(std::string_view word);

// How a lower-case noun beside a capitalised name says it is an organisation
// (importers/data/organization_nouns.inc).
enum class OrganizationNoun : uint8_t {
    kNone,
    kKind,    // "company", "party", "newspaper": before or after the name
    kMember,  // "militants", "rebels": after the name only
};
OrganizationNoun OrganizationNounOf(std::string_view word);

// A capitalised word shaped like an adjective of faith, people or doctrine: "Islamic",
// "Kurdish", "Maoist", "Shi'ite", "Javanese", "Bolivian" (endings ic, ish, ist, ite, ese, ian).
bool HasAdjectiveEnding(std::string_view word);

}  // namespace dossier::importers
