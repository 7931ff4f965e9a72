// MentionRun: titles and honorifics before names, nominals ("the Russian foreign minister"),
// institutions ("the parliament", "Russia's special services").
#include <vector>

#include "graph/ascii.h"
#include "importers/mentions/mention_run.h"
#include "importers/mentions/mention_words.h"

namespace dossier::importers {

// Titles, honorifics, descriptors and party labels at i followed by a capitalised name: "Prime
// Minister Vladimir Putin", "Mr. Bakiyev", "Democrat Sen. Ana Ruiz". Returns the tokens consumed
// (0: no match). The name is the mention; the words before it become its attributes.
size_t MentionRun::TitledName(size_t i, size_t e) {
    // "Democrat Sen.", "Vice President-elect", "former Deputy": a few such words in a row.
    constexpr size_t kMaxTitles = 3;
    std::vector<const GazetteerEntry*> titles;
    size_t k = i;
    while (k < e && titles.size() < kMaxTitles && (k == i || !v_[k].line_start)) {
        const GazetteerHit t = Title(k, e);
        if (!t.length) break;
        titles.push_back(t.entry);
        k += t.length;
    }
    if (titles.empty()) return 0;
    if (k >= e || !v_[k].capitalized || used_[k] || v_[k].line_start) return 0;
    if (DateAt(k).length) return 0;
    // A known name that starts with the title's words: "Democratic Republic of the Congo".
    if (Place(i, e).length > static_cast<int>(k - i)) return 0;
    if (const GazetteerHit place = Place(k, e); place.length) return 0;
    if (g_.IsCommonWord(v_[k].text) && !v_[k].all_caps) return 0;
    if (PronounKindOf(v_[k].text) != PronounKind::kNone) return 0;
    const size_t end = NameEnd(k, e);
    // "Court Chairman Resigns", "Prime Minister Meets Exiled Moldovan Leader": in a headline a
    // verb follows the title as often as a name does; a name has a word no dictionary lists.
    if (headline_ && (IsHeadlineVerb(k) || DictionaryWordsOnly(k, end))) return 0;
    // "Republican Party", "Major League Baseball": the words after the title name an
    // institution.
    for (size_t x = k; x < end; ++x) {
        if (g_.IsOrganizationHead(v_[x].text)) return 0;
    }
    if (end - k >= 2 && g_.IsPlaceHead(v_[end - 1].text, Gazetteer::PlaceHead::kSuffix)) return 0;
    for (size_t x = i; x < k; ++x) used_[x] = true;  // the titles belong to the name

    // The office is the last title that is one ("Vice President-elect"); the other words say
    // how the person is addressed, what they do or which party they belong to.
    const GazetteerEntry *office = nullptr, *honorific = nullptr, *descriptor = nullptr,
                         *party = nullptr;
    for (const GazetteerEntry* t : titles) {
        if (t->role == "honorific") {
            honorific = t;
        } else if (t->role == "descriptor") {
            descriptor = t;
        } else if (t->role == "party") {
            party = t;
        } else {
            office = t;
        }
    }
    const char* rule = office       ? "title"
                       : honorific  ? "honorific"
                       : descriptor ? "descriptor"
                                    : "party";
    Mention& m = Emit(k, end, EntityType::kPerson, MentionForm::kName, rule);
    if (party) m.attributes["party"] = party->canonical;
    if (descriptor) {
        // A profession or kin word says a person follows, not that they hold an office.
        m.attributes["descriptor"] = descriptor->canonical;
        if (!office && !honorific) return end - i;
    }
    if (honorific) {
        m.attributes["honorific"] = honorific->surface;
        const std::string_view h = honorific->surface;
        if (h.rfind("Mr", 0) == 0 || h == "Sir" || h == "Lord" || h == "Monsieur" || h == "Herr") {
            m.attributes["gender"] = "male";
        } else if (h.rfind("Mrs", 0) == 0 || h.rfind("Ms", 0) == 0 || h == "Miss" ||
                   h == "Madame" || h == "Mme." || h == "Dame" || h == "Lady") {
            m.attributes["gender"] = "female";
        }
    }
    if (office) {
        m.attributes["title"] = office->canonical;
        m.attributes["role"] = office->role;
    }
    AddQualifiers(i, &m);
    return end - i;
}

// Country and "former" found before a title at i: "Ousted Kyrgyz leader", "Russia's
// Foreign Minister", "former President".
void MentionRun::AddQualifiers(size_t i, Mention* m) {
    const int sentence = v_[i].sentence;
    size_t k = i;
    for (int steps = 0; steps < 3 && k > 0 && v_[k - 1].sentence == sentence; ++steps) {
        --k;
        if (IsPossessive(v_[k].text)) continue;
        if (IsFormerModifier(v_[k].text) || v_[k].text == "ex" || v_[k].text == "Ex") {
            m->attributes["former"] = true;
            continue;
        }
        const GazetteerHit d = Longest(k, i, {GazetteerKind::kDemonym, GazetteerKind::kCountry});
        if (d.length && k + d.length <= i && !m->attributes.count("country")) {
            m->attributes["country"] = d.entry->iso2;
            continue;
        }
        if (!v_[k].word) break;
    }
}

// "the Russian foreign minister", "the deposed president of Kyrgyzstan", "the parliament".
size_t MentionRun::Nominal(size_t i, size_t e) {
    if (!IsDeterminer(v_[i].text)) return 0;
    size_t k = i + 1;
    std::string country;
    bool former = false;
    for (int mods = 0; k < e && mods < 4; ++mods) {
        if (const GazetteerHit d = Demonym(k, e); d.length) {
            country = d.entry->iso2;
            k += d.length;
            continue;
        }
        if (!v_[k].lower) break;
        if (const GazetteerHit t = Title(k, e); t.length && t.entry->role != "honorific" &&
                                                t.entry->role != "descriptor" &&
                                                t.entry->role != "party") {
            const size_t end = k + t.length;
            if (end < e && v_[end].capitalized) return 0;  // "the president Putin": a name
            // "an official letter", "the head office": the word modifies a noun.
            if (end < e && t.length == 1 && IsAmbiguousTitle(v_[k].text) && v_[end].lower &&
                !g_.IsCommonWord(v_[end].text) && !IsSpeechVerb(v_[end].text)) {
                return 0;
            }
            Mention& m = Emit(i, end, EntityType::kPerson, MentionForm::kNominal, "nominal:title");
            m.attributes["title"] = t.entry->canonical;
            m.attributes["role"] = t.entry->role;
            if (former) m.attributes["former"] = true;
            if (country.empty()) country = CountryAfterOf(end, e);
            if (!country.empty()) m.attributes["country"] = country;
            return end - i;
        }
        if (IsInstitutionNoun(v_[k].text) && k + 1 < e && Title(k + 1, e).length) {
            ++k;  // "the government spokesman": the institution qualifies an office
            continue;
        }
        if (IsInstitutionNoun(v_[k].text)) {
            // "a police station", "a court ruling" speak of no particular institution.
            if (AsciiEqualsIgnoreCase(v_[i].text, "a") || AsciiEqualsIgnoreCase(v_[i].text, "an")) {
                return 0;
            }
            Mention& m = Emit(i, k + 1, EntityType::kOrganization, MentionForm::kNominal,
                              "nominal:institution");
            if (country.empty()) country = CountryAfterOf(k + 1, e);
            if (!country.empty()) m.attributes["country"] = country;
            return k + 1 - i;
        }
        if (IsFormerModifier(v_[k].text)) {
            former = true;
        } else if (g_.IsCommonWord(v_[k].text) || IsSpeechVerb(v_[k].text) ||
                   PronounKindOf(v_[k].text) != PronounKind::kNone) {
            break;
        }
        ++k;
    }
    return 0;
}

// "Russia's special services", "Russian security forces": an institution of the country
// named just before (a Country mention, possibly with a possessive). Emits the institution
// as a nominal Organization with that country.
size_t MentionRun::CountryInstitution(size_t i, size_t e) {
    if (!v_[i].lower || i == 0 || doc_->mentions.size() == first_mention_) return 0;
    const Mention& last = doc_->mentions.back();
    if (last.type != EntityType::kCountry) return 0;
    size_t prev = i - 1;
    if (IsPossessive(v_[prev].text) && prev > 0) --prev;
    if (doc_->tokens[prev].span.end != last.span.end) return 0;
    const auto iso = last.attributes.find("iso2");
    if (iso == last.attributes.end() || !iso->second.is_string()) return 0;
    const std::string country = iso->second.as_string();
    for (size_t k = i; k < e && k < i + 3; ++k) {
        if (!v_[k].lower) return 0;
        if (IsInstitutionNoun(v_[k].text)) {
            Mention& m = Emit(i, k + 1, EntityType::kOrganization, MentionForm::kNominal,
                              "nominal:country-institution");
            m.attributes["country"] = country;
            return k + 1 - i;
        }
        if (g_.IsCommonWord(v_[k].text) || IsSpeechVerb(v_[k].text)) return 0;
    }
    return 0;
}

// ISO code of "of <Country>" at token k ("president of Kyrgyzstan"), else empty.
std::string MentionRun::CountryAfterOf(size_t k, size_t e) {
    if (k + 1 >= e || !AsciiEqualsIgnoreCase(v_[k].text, "of")) return {};
    const GazetteerHit h = Longest(k + 1, e, {GazetteerKind::kCountry});
    if (h.length) return h.entry->iso2;
    if (const GazetteerEntry* near = g_.FindNear(v_[k + 1].text);
        near && v_[k + 1].capitalized && near->kind == GazetteerKind::kCountry) {
        return near->iso2;
    }
    return {};
}

}  // namespace dossier::importers
