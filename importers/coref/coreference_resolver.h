// CoreferenceResolver: groups the mentions of one article into entities.
//
// Before the sieves it adds the mentions the name detector does not make: third-person pronouns
// ("he", "his", "they") and nominals ("the Russian foreign minister", "the deposed president of
// Kyrgyzstan", "the interim government"), and records role appositives on name mentions
// ("Ousted Kyrgyz leader Kurmanbek Bakiyev" -> title "leader", country "KG", former).
// Then it merges in precision order, later sieves seeing earlier merges (Lee et al. 2013):
//   1. exact and relaxed string match (same type; determiners, honorifics, possessives dropped;
//      country mentions by country code)
//   2. proper head match: "Bakiyev", "Mr. Bakiyev" ~ "Kurmanbek Bakiyev" when unambiguous
//   3. office nominals: "the deposed president of Kyrgyzstan" ~ the person last named as a
//      leader of Kyrgyzstan; otherwise the nominal is an entity of its own
//   4. pronouns: "he"/"she" -> the subject of the sentence, else of the previous sentences;
//      possessives -> the nearest earlier person in the sentence; a possessive in an opening
//      phrase ("In his address, X said") -> the name after it; "they" -> an organisation that
//      was a subject in the two previous sentences of the paragraph
// Entities: canonical name = the longest name in the chain (honorific dropped), aliases = the
// other names; chains of pronouns alone make no entity.
#pragma once

#include "importers/document.h"
#include "importers/pipeline_tokens.h"

namespace dossier::importers {

class CoreferenceResolver {
  public:
    // Adds pronoun/nominal mentions (keeping mentions sorted), sets mention.entity, fills
    // doc->entities. `index` is re-indexed for the added mentions.
    void Run(Document* doc, TokenIndex* index) const;
};

// The country code a mention points at ("iso2" of a country, "country" of a demonym), or "".
std::string CountryCodeOf(const Mention& m);

}  // namespace dossier::importers
