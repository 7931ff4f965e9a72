// MentionRun: typing capitalised sequences no list knows, by their shape, their context and
// what the whole article says about their words.
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "graph/ascii.h"
#include "importers/mentions/mention_run.h"
#include "importers/mentions/mention_words.h"

namespace dossier::importers {

// "Nassau County", "Mount Everest", "West Virginia" (but not "Central Asian country").
bool MentionRun::IsPlaceChunk(size_t b, size_t j) const {
    using Head = Gazetteer::PlaceHead;
    if (j - b < 2) return false;
    if (g_.IsPlaceHead(v_[j - 1].text, Head::kSuffix)) return true;
    if (g_.IsPlaceHead(v_[b].text, Head::kPrefix)) return true;
    if (j - b == 2 && g_.IsPlaceHead(v_[b].text, Head::kCompass)) {
        // A compass adjective before a lower-case noun is an adjective phrase.
        return !(j < v_.size() && v_[j].sentence == v_[b].sentence && v_[j].lower);
    }
    return false;
}

bool MentionRun::IsOrganizationChunk(size_t b, size_t j) const {
    // In a headline a head word may open a run of other words ("Police Arrest Three"): there
    // the name must end in its head, or join a second part with "of" ("Bank of Ghana").
    // A lone head word is the common noun every headline capitalises ("Dissolves Parliament").
    if (headline_ &&
        (j - b < 2 || (!g_.IsOrganizationHead(v_[j - 1].text) && !HasConnector(b, j)))) {
        return false;
    }
    for (size_t k = b; k < j; ++k) {
        if (!g_.IsOrganizationHead(v_[k].text)) continue;
        if (j - b >= 2) return true;
        // A lone institution word opening a sentence ("Police said") is a common noun.
        if (IsInstitutionNoun(v_[k].text) && !v_.SentenceInitial(k)) return true;
    }
    return false;
}

void MentionRun::TypeChunk(size_t b, size_t j, size_t e) {
    // Capitalised only because they open a sentence, or function words: "But", "The"; words
    // before a name: "Top-ranked", "Celebrities".
    while (b < j && !v_[b].all_caps &&
           (g_.IsCommonWord(v_[b].text) || IsLeadingModifier(b, j) || IsHeadlineVerb(b)) &&
           !Place(b, j).length) {
        ++b;
    }
    if (b >= j) return;
    // "The NDU": an acronym the article defined.
    if (j - b == 1 && AcronymUse(b)) return;
    const GazetteerHit whole = Longest(b, j,
                                       {GazetteerKind::kOrganization, GazetteerKind::kCountry,
                                        GazetteerKind::kCity, GazetteerKind::kDemonym});
    if (whole.length == static_cast<int>(j - b)) {
        EmitGazetteer(b, whole, "gazetteer");
        return;
    }
    // A title inside the sequence: "Texas Sen. Maria Delgado", "House Speaker Tom Brandt",
    // "FEMA Director Ana Ruiz". The name is what follows the title; the words before it are
    // typed on their own (a place, an organisation, a party).
    for (size_t k = b + 1; k + 1 < j; ++k) {
        if (!Title(k, j).length) continue;
        const size_t n = TitledName(k, e);
        if (!n) continue;
        TypeChunk(b, k, e);
        if (k + n < j) TypeChunk(k + n, j, e);
        return;
    }
    if (IsPlaceChunk(b, j)) {
        Mention& m = Emit(b, j, EntityType::kCity, MentionForm::kName, "place-head");
        m.attributes["name"] = m.text;
        return;
    }
    if (IsOrganizationChunk(b, j)) {
        Mention& m = Emit(b, j, EntityType::kOrganization, MentionForm::kName, "org-head");
        if (const GazetteerHit d =
                Longest(b, j, {GazetteerKind::kDemonym, GazetteerKind::kCountry});
            d.length) {
            m.attributes["country"] = d.entry->iso2;
        }
        return;
    }
    if (whole.length) {
        // A known name opens the chunk: "Russian Prime Minister Vladimir Putin".
        EmitGazetteer(b, whole, "gazetteer");
        b += whole.length;
        if (size_t n = TitledName(b, e)) b += n;
        if (b < j && !used_[b]) TypeChunk(b, std::max(j, b), e);
        return;
    }
    if (const GazetteerHit t = Title(b, j); t.length) {
        // A title with no name after it ("Prime Minister" alone) is no Person.
        if (!TitledName(b, e) && b + t.length < j) TypeChunk(b + t.length, j, e);
        return;
    }
    TypeUnknown(b, j, e);
}

bool MentionRun::IsAdjectiveCompound(size_t b) const {
    const std::string_view t = v_[b].text;
    // "Top-ranked", "Kremlin-backed", "Thirty-one-year-old": a compound ending in a lower-case
    // dictionary word is an adjective ("Soo-yeon", "Al-Rashid" end otherwise).
    const size_t hyphen = t.rfind('-');
    if (hyphen == std::string_view::npos) return false;
    const std::string_view last = t.substr(hyphen + 1);
    return !last.empty() && last[0] >= 'a' && last[0] <= 'z' && g_.IsDictionaryWord(last);
}

bool MentionRun::IsLeadingModifier(size_t b, size_t j) const {
    if (j - b < 2 || !v_[b].word) return false;
    const std::string_view t = v_[b].text;
    if (t.find('-') != std::string_view::npos) return IsAdjectiveCompound(b);
    // "Celebrities Tom Hanks": a dictionary word capitalised only because it opens the
    // sentence, before a name of two or more words. Short words may be given names ("Bill",
    // "Rose"), so only plurals and longer words count.
    constexpr size_t kLongWord = 6;
    if (j - b < 3 || !v_.SentenceInitial(b) || !g_.IsDictionaryWord(t)) return false;
    // "Coastal Fishing Union": an organisation's name is made of such words.
    if (g_.IsOrganizationHead(v_[j - 1].text)) return false;
    const bool plural = t.size() > 3 && t.back() == 's' && t[t.size() - 2] != 's';
    return plural || t.size() >= kLongWord;
}

// A capitalised sequence no list knows: type it from its context.
void MentionRun::TypeUnknown(size_t b, size_t j, size_t e) {
    // A known place or organisation inside the sequence ends the unknown part: headlines such
    // as "Leader Will Seek Asylum In Minsk" run every word together.
    for (size_t k = b + 1; headline_ && k < j; ++k) {
        const GazetteerHit inner = Place(k, j);
        if (!inner.length) continue;
        TypeUnknown(b, k, e);
        EmitGazetteer(k, inner, "gazetteer");
        if (k + inner.length < j) TypeChunk(k + inner.length, j, e);
        return;
    }
    const size_t n = j - b;
    const bool det_before =
        b > 0 && v_[b - 1].sentence == v_[b].sentence && IsDeterminer(v_[b - 1].text);
    // A name one edit away from a known place: "Kyrgystan".
    if (n == 1) {
        if (const GazetteerEntry* near = g_.FindNear(v_[b].text)) {
            EmitGazetteer(b, GazetteerHit{1, near}, "near");
            return;
        }
    }
    // A sentence-initial common noun ("Police said", "Officials said") is no name; the
    // article may still show it is one elsewhere.
    if (n == 1 && v_.SentenceInitial(b) && g_.IsDictionaryWord(v_[b].text)) {
        if (IsInstitutionNoun(v_[b].text)) {
            Emit(b, j, EntityType::kOrganization, MentionForm::kNominal, "nominal:institution");
        } else {
            pending_.push_back(PendingName{b, j, det_before});
        }
        return;
    }
    // "the oil company Yukos", "the newspaper Asahi": a noun for an organisation before.
    if (!headline_ && n <= kMaxOrganizationWords && !IsAdjectiveCompound(b) && b > 0 &&
        v_[b - 1].sentence == v_[b].sentence &&
        OrganizationNounOf(v_[b - 1].text) == OrganizationNoun::kKind) {
        Emit(b, j, EntityType::kOrganization, MentionForm::kName, "context:organization-noun");
        return;
    }
    // A verb of saying or an apposition after: "Bakiyev said", "Lukashenka revealed".
    if (j < e && !det_before && (IsSpeechVerb(v_[j].text) || IsApposition(j, e))) {
        Emit(b, j, EntityType::kPerson, MentionForm::kName, "context:speech");
        return;
    }
    if (headline_) return;
    // "Aisby is a village", "Bilka was a company": a definition names the kind of thing.
    if (const int kind = DefinedKind(j, e); kind != 0) {
        Mention& m = Emit(b, j, kind == 1 ? EntityType::kCity : EntityType::kOrganization,
                          MentionForm::kName, "context:definition");
        if (kind == 1) m.attributes["name"] = m.text;
        return;
    }
    // "the Wafd party", "Yukos oil company", "Hamas militants": a noun for an organisation or
    // its members after.
    if (n <= kMaxOrganizationWords && !IsAdjectiveCompound(b) &&
        !HasAdjectiveEnding(v_[j - 1].text) && IsOrganizationNounAfter(j, e) &&
        (!DictionaryWordsOnly(b, j) ||
         (n >= 2 && OrganizationNounOf(v_[j].text) == OrganizationNoun::kKind))) {
        Emit(b, j, EntityType::kOrganization, MentionForm::kName, "context:organization-noun");
        return;
    }
    if (IsSubjectName(b, j, e)) {
        Emit(b, j, EntityType::kPerson, MentionForm::kName, "context:subject");
        return;
    }
    // "Talas, Kyrgyzstan": a name before a comma and a known country is a place in it.
    if (n <= 3 && j + 1 < e && v_[j].text == "," && !det_before) {
        const GazetteerHit country = Longest(j + 1, e, {GazetteerKind::kCountry});
        const size_t after = j + 1 + country.length;
        if (country.length && (after >= e || !v_[after].word)) {
            Mention& m = Emit(b, j, EntityType::kCity, MentionForm::kName, "context:city-country");
            m.attributes["name"] = m.text;
            m.attributes["country"] = country.entry->iso2;
            return;
        }
    }
    // "joined Hamas", "played for Rangers", "signed to Deltasonic", "a member of Gigi".
    if (IsOrganizationContext(b)) {
        Emit(b, j, EntityType::kOrganization, MentionForm::kName, "context:organization");
        return;
    }
    // "in Osh", "to Bishkek", "from Jalal-Abad".
    const bool place_before = b > 0 && v_[b - 1].sentence == v_[b].sentence && v_[b - 1].lower &&
                              IsPlacePreposition(v_[b - 1].text);
    if (place_before && n <= 2 && !v_[b].all_caps) {
        pending_.push_back(PendingName{b, j, det_before, true});
        return;
    }
    if (n == 1 && v_[b].all_caps && v_[b].text.size() <= 6 && !IsCommonAcronym(v_[b].text)) {
        Emit(b, j, EntityType::kOrganization, MentionForm::kName, "shape:acronym");
        return;
    }
    pending_.push_back(PendingName{b, j, det_before});
}

bool MentionRun::IsOrganizationNounAfter(size_t j, size_t e) const {
    if (j >= e || !v_[j].lower) return false;
    if (OrganizationNounOf(v_[j].text) != OrganizationNoun::kNone) return true;
    // One modifier between: "Yukos oil company", "Tamil rebel group"; never a verb form
    // ("Smith joined party") nor a function word.
    if (j + 1 >= e || OrganizationNounOf(v_[j + 1].text) != OrganizationNoun::kKind) return false;
    const std::string_view w = v_[j].text;
    const bool verb_like = w.size() > 2 && (w.substr(w.size() - 2) == "ed" || w.back() == 's');
    return !verb_like && g_.IsDictionaryWord(w) && !g_.IsCommonWord(w);
}

// A single unknown word that acts like a person: the subject of a verb ("Belgrano
// accepted", "Hans is punishing") at a clause start, and no dictionary word.
bool MentionRun::IsOrganizationContext(size_t b) const {
    if (b == 0 || v_[b - 1].sentence != v_[b].sentence) return false;
    const std::string_view p = v_[b - 1].text;
    if (AsciiEqualsIgnoreCase(p, "joined") || AsciiEqualsIgnoreCase(p, "joining") ||
        AsciiEqualsIgnoreCase(p, "joins")) {
        return true;
    }
    if (b < 2 || v_[b - 2].sentence != v_[b].sentence) return false;
    const std::string_view pp = v_[b - 2].text;
    static constexpr std::array<std::string_view, 12> kVerbs = {
        "played", "plays",   "playing", "signed",  "signs",    "worked",
        "works",  "working", "member",  "members", "employee", "employees"};
    bool verb = false;
    for (std::string_view w : kVerbs) verb = verb || AsciiEqualsIgnoreCase(w, pp);
    if (!verb) return false;
    return AsciiEqualsIgnoreCase(p, "for") || AsciiEqualsIgnoreCase(p, "with") ||
           AsciiEqualsIgnoreCase(p, "to") || AsciiEqualsIgnoreCase(p, "of");
}

int MentionRun::DefinedKind(size_t j, size_t e) const {
    if (j + 2 >= e) return 0;
    if (!AsciiEqualsIgnoreCase(v_[j].text, "is") && !AsciiEqualsIgnoreCase(v_[j].text, "was"))
        return 0;
    if (!IsDeterminer(v_[j + 1].text)) return 0;
    static constexpr std::array<std::string_view, 16> kPlaces = {
        "village",  "town",   "city",   "municipality", "hamlet", "parish", "commune", "suburb",
        "district", "county", "region", "province",     "river",  "lake",   "island",  "capital"};
    // The kind noun comes within a few words: "a small village", "an American rock band".
    for (size_t k = j + 2; k < e && k < j + 6; ++k) {
        for (std::string_view w : kPlaces) {
            if (AsciiEqualsIgnoreCase(w, v_[k].text)) return 1;
        }
        if (OrganizationNounOf(v_[k].text) == OrganizationNoun::kKind) return 2;
        if (!v_[k].word) break;
    }
    return 0;
}

bool MentionRun::IsSubjectName(size_t b, size_t j, size_t e) const {
    if (j - b != 1 || j >= e || v_[b].all_caps || g_.IsDictionaryWord(v_[b].text)) return false;
    if (b > 0 && v_[b - 1].sentence == v_[b].sentence) {
        const std::string_view p = v_[b - 1].text;
        const bool clause_start =
            p == "," || p == ";" || p == ":" || p == "(" || AsciiEqualsIgnoreCase(p, "and") ||
            AsciiEqualsIgnoreCase(p, "but") || AsciiEqualsIgnoreCase(p, "when") ||
            AsciiEqualsIgnoreCase(p, "while") || AsciiEqualsIgnoreCase(p, "that") ||
            AsciiEqualsIgnoreCase(p, "after") || AsciiEqualsIgnoreCase(p, "before") ||
            AsciiEqualsIgnoreCase(p, "because");
        if (!clause_start) return false;
    }
    const std::string_view next = v_[j].text;
    if (!v_[j].lower) return false;
    static constexpr std::array<std::string_view, 16> kAux = {
        "is",  "was",  "has",  "had",  "would", "will",    "could",   "can",
        "did", "does", "also", "then", "later", "himself", "herself", "never"};
    for (std::string_view a : kAux) {
        if (AsciiEqualsIgnoreCase(a, next)) return true;
    }
    return next.size() > 4 && next.substr(next.size() - 2) == "ed" && !g_.IsCommonWord(next);
}

// Acronyms that name no organisation: Roman numerals ("XXX", "IV") and everyday
// abbreviations ("TV", "DJ", "GMT").
bool MentionRun::IsCommonAcronym(std::string_view t) {
    if (t.find_first_not_of("IVXLCDM") == std::string_view::npos) return true;
    static constexpr std::array<std::string_view, 28> kList = {
        "TV",   "CD",  "DVD", "DJ",  "MC",  "FM",  "AM",  "PM", "VIP", "EST",
        "GMT",  "UTC", "AD",  "BC",  "OK",  "HQ",  "ID",  "PC", "GDP", "HIV",
        "AIDS", "UFO", "IQ",  "USB", "PDF", "URL", "CEO", "MP"};
    for (std::string_view a : kList) {
        if (a == t) return true;
    }
    return false;
}

// ", who", ", the ... president", ", a ... leader" after a name.
bool MentionRun::IsApposition(size_t j, size_t e) {
    if (v_[j].text != "," || j + 1 >= e) return false;
    if (AsciiEqualsIgnoreCase(v_[j + 1].text, "who")) return true;
    if (!IsDeterminer(v_[j + 1].text)) return false;
    for (size_t k = j + 2; k < e && k < j + 6; ++k) {
        const GazetteerHit t = Title(k, e);
        if (t.length && t.entry->role != "honorific") return true;
        if (v_[k].text == ",") break;
    }
    return false;
}

// Names typed by what the whole article says about their words.
void MentionRun::ResolvePending() {
    std::unordered_map<std::string, EntityType> by_text;
    std::unordered_set<std::string> person_words;
    for (size_t m = first_mention_; m < doc_->mentions.size(); ++m) {
        const Mention& x = doc_->mentions[m];
        if (x.form != MentionForm::kName || x.type == EntityType::kDate) continue;
        if (x.rule == "demonym") continue;
        by_text.emplace(x.text, x.type);
        if (x.type == EntityType::kPerson) {
            const size_t space = x.text.find_last_of(' ');
            person_words.insert(space == std::string::npos ? x.text : x.text.substr(space + 1));
        }
    }
    // Places by context first, so that their names type the other pending ones too.
    for (int pass = 0; pass < 2; ++pass) {
        for (const PendingName& p : pending_) {
            if (p.place_hint != (pass == 0)) continue;
            const Span span{doc_->tokens[p.begin].span.start, doc_->tokens[p.end - 1].span.end};
            const std::string text(doc_->TextOf(span));
            if (auto it = by_text.find(text); it != by_text.end()) {
                Emit(p.begin, p.end, it->second, MentionForm::kName, "doc:same-name");
                continue;
            }
            bool person_part = false;
            for (size_t k = p.begin; k < p.end; ++k) {
                if (person_words.count(std::string(v_[k].text))) person_part = true;
            }
            if (person_part) {
                Emit(p.begin, p.end, EntityType::kPerson, MentionForm::kName, "doc:person-part");
            } else if (p.place_hint) {
                Mention& m =
                    Emit(p.begin, p.end, EntityType::kCity, MentionForm::kName, "context:place");
                m.attributes["name"] = m.text;
                by_text.emplace(text, EntityType::kCity);
            } else if (LooksLikePersonName(p)) {
                Emit(p.begin, p.end, EntityType::kPerson, MentionForm::kName, "shape:name");
            }
        }
    }
}

// Two or three capitalised words, none a common word, not after "the", not an adjective
// before a noun ("the Central Asian country").
bool MentionRun::LooksLikePersonName(const PendingName& p) const {
    // Particles do not count as words: "Ahmad bin Khalid Al-Rashid" has three.
    size_t n = 0;
    for (size_t k = p.begin; k < p.end; ++k) n += !(v_[k].lower && IsNameParticle(v_[k].text));
    if (n < 2 || n > 3 || p.after_determiner) return false;
    // Mostly dictionary words ("Dark Room Notes", "Velvet Revolver"): a title or a band, not
    // a person; a person's name has at most one ("George Bush").
    int dictionary_words = 0;
    for (size_t k = p.begin; k < p.end; ++k) {
        if (v_[k].lower && IsNameParticle(v_[k].text)) continue;
        dictionary_words += g_.IsDictionaryWord(v_[k].text);
    }
    if (dictionary_words >= 2) return false;
    for (size_t k = p.begin; k < p.end; ++k) {
        const TokenShape& t = v_[k];
        if (t.lower && (IsNameParticle(t.text) || IsParticleSurname(t.text))) continue;
        if (!t.word || t.all_caps || g_.IsCommonWord(t.text)) return false;
        for (char c : t.text) {
            if (c >= '0' && c <= '9') return false;
        }
    }
    if (p.end < v_.size() && v_[p.end].sentence == v_[p.begin].sentence && v_[p.end].lower &&
        !IsSpeechVerb(v_[p.end].text)) {
        const std::string_view last = v_[p.end - 1].text;
        auto ends = [last](std::string_view s) {
            return last.size() > s.size() && last.substr(last.size() - s.size()) == s;
        };
        if (ends("an") || ends("ese") || ends("ish") || ends("ic")) return false;
    }
    return true;
}

}  // namespace dossier::importers
