#include "importers/mention_detector.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "importers/mention_dates.h"
#include "importers/mention_token_view.h"
#include "importers/mention_words.h"

namespace dossier::importers {
namespace {

bool IsPossessive(std::string_view t) {
    return t == "'s" || t == "\xE2\x80\x99s" || t == "'S" || t == "\xE2\x80\x99S";
}

// A stretch of capitalised tokens whose type needs the whole article to decide.
struct PendingName {
    size_t begin, end;
    bool after_determiner;
    bool place_hint = false;  // after "in", "to", "from", ...: a place unless shown a person
};

// One detection pass over one document.
class DetectionRun {
  public:
    DetectionRun(const Gazetteer& g, Document* doc) : g_(g), doc_(doc), v_(*doc) {
        // Every gazetteer hit of the document, found once: the rules below ask for the hits at
        // a token many times, with different kinds and limits.
        const size_t n = doc->tokens.size();
        hit_begin_.resize(n + 1);
        for (size_t i = 0; i < n; ++i) {
            hit_begin_[i] = all_hits_.size();
            const int s = doc->tokens[i].sentence;
            const size_t e =
                s >= 0 && static_cast<size_t>(s) < v_.sentence_count() ? v_.sentence_end(s) : i + 1;
            g_.MatchAt(doc->article.text, doc->tokens, i, std::max(e, i + 1), &all_hits_);
            dates_.push_back(MatchDateAt(v_, i, std::max(e, i + 1)));
        }
        hit_begin_[n] = all_hits_.size();
    }

    void Run() {
        for (size_t s = 0; s < v_.sentence_count(); ++s) {
            const size_t b = v_.sentence_begin(static_cast<int>(s));
            const size_t e = v_.sentence_end(static_cast<int>(s));
            if (e > b) Sentence(b, e);
        }
        ResolvePending();
        std::stable_sort(
            doc_->mentions.begin() + first_mention_, doc_->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
    }

    void set_first_mention(size_t n) { first_mention_ = n; }

  private:
    // The date expression starting at token i (within its sentence).
    const DateMatch& DateAt(size_t i) const { return dates_[i]; }

    // The longest gazetteer hit at token i of one of the wanted kinds.
    GazetteerHit Longest(size_t i, size_t e, std::initializer_list<GazetteerKind> kinds) {
        GazetteerHit best;
        if (i >= e) return best;
        for (size_t x = hit_begin_[i]; x < hit_begin_[i + 1]; ++x) {
            const GazetteerHit& h = all_hits_[x];
            if (static_cast<size_t>(h.length) > e - i) continue;
            if (std::find(kinds.begin(), kinds.end(), h.entry->kind) == kinds.end()) continue;
            if (h.length > best.length) best = h;
        }
        return best;
    }
    GazetteerHit Place(size_t i, size_t e) {
        return Longest(
            i, e, {GazetteerKind::kOrganization, GazetteerKind::kCountry, GazetteerKind::kCity});
    }
    GazetteerHit Title(size_t i, size_t e) { return Longest(i, e, {GazetteerKind::kTitle}); }
    GazetteerHit Demonym(size_t i, size_t e) { return Longest(i, e, {GazetteerKind::kDemonym}); }

    Mention& Emit(size_t b, size_t e, EntityType type, MentionForm form, std::string rule) {
        Mention m;
        m.span = Span{doc_->tokens[b].span.start, doc_->tokens[e - 1].span.end};
        m.text = std::string(doc_->TextOf(m.span));
        m.type = type;
        m.form = form;
        m.sentence = doc_->tokens[b].sentence;
        m.rule = std::move(rule);
        doc_->mentions.push_back(std::move(m));
        for (size_t k = b; k < e; ++k) used_[k] = true;
        return doc_->mentions.back();
    }

    void EmitGazetteer(size_t b, const GazetteerHit& h, const char* rule) {
        const GazetteerEntry& g = *h.entry;
        const size_t e = b + h.length;
        switch (g.kind) {
            case GazetteerKind::kCountry: {
                Mention& m = Emit(b, e, EntityType::kCountry, MentionForm::kName, rule);
                m.attributes["name"] = g.canonical;
                m.attributes["iso2"] = g.iso2;
                break;
            }
            case GazetteerKind::kCity: {
                Mention& m = Emit(b, e, EntityType::kCity, MentionForm::kName, rule);
                m.attributes["name"] = g.canonical;
                m.attributes["country"] = g.iso2;
                break;
            }
            case GazetteerKind::kOrganization: {
                Mention& m = Emit(b, e, EntityType::kOrganization, MentionForm::kName, rule);
                m.attributes["name"] = g.canonical;
                break;
            }
            case GazetteerKind::kDemonym: {
                Mention& m = Emit(b, e, EntityType::kCountry, MentionForm::kName, "demonym");
                m.attributes["name"] = g.canonical;
                m.attributes["iso2"] = g.iso2;
                break;
            }
            default:
                break;
        }
    }

    void Sentence(size_t b, size_t e) {
        headline_ = IsHeadlineCase(b, e);
        size_t i = b;
        while (i < e) {
            if (used_[i]) {
                ++i;
                continue;
            }
            if (const DateMatch d = DateAt(i); d.length) {
                Emit(i, i + d.length, EntityType::kDate, MentionForm::kName, d.rule);
                i += d.length;
                continue;
            }
            if (size_t n = Nominal(i, e)) {
                i += n;
                continue;
            }
            if (const PronounKind p = PronounKindOf(v_[i].text);
                p != PronounKind::kNone && !v_[i].all_caps) {
                Mention& m = Emit(i, i + 1, EntityType::kPerson, MentionForm::kPronoun, "pronoun");
                m.attributes["gender"] = PronounGender(p);
                ++i;
                continue;
            }
            if (size_t n = TitledName(i, e)) {
                i += n;
                continue;
            }
            if (size_t n = CountryInstitution(i, e)) {
                i += n;
                continue;
            }
            if (!v_[i].capitalized) {
                ++i;
                continue;
            }
            const size_t j = ChunkEnd(i, e);
            TypeChunk(i, j, e);
            i = j;
        }
    }

    // A sentence in headline case: most words capitalised. Only gazetteer and title evidence
    // counts there.
    bool IsHeadlineCase(size_t b, size_t e) const {
        int words = 0, caps = 0;
        for (size_t k = b; k < e; ++k) {
            if (!v_[k].word) continue;
            ++words;
            if (v_[k].capitalized) ++caps;
        }
        return words >= 4 && caps * 10 >= words * 7;
    }

    // End of the capitalised sequence starting at i.
    size_t ChunkEnd(size_t i, size_t e) {
        size_t j = i + 1;
        while (j < e) {
            const TokenShape& t = v_[j];
            if (used_[j]) break;
            if (t.capitalized && !DateAt(j).length) {
                ++j;
                continue;
            }
            // "Department of Natural Resources and Mines": "and" inside a name that already
            // joined two parts with "of" or "for".
            if (t.lower && j + 1 < e && EqualsIgnoreCase(t.text, "and") && v_[j + 1].capitalized &&
                HasConnector(i, j)) {
                j += 2;
                continue;
            }
            // "Ministry of Defence", "Commonwealth of Independent States", "Osama bin Laden".
            if (t.lower && j + 1 < e && IsNameConnector(t.text)) {
                size_t k = j + 1;
                if (EqualsIgnoreCase(v_[k].text, "the") && k + 1 < e) ++k;
                const bool after_head = g_.IsOrganizationHead(v_[j - 1].text) ||
                                        EqualsIgnoreCase(v_[j - 1].text, "Republic") ||
                                        EqualsIgnoreCase(v_[j - 1].text, "Kingdom");
                const bool person_particle =
                    !EqualsIgnoreCase(t.text, "of") && !EqualsIgnoreCase(t.text, "for");
                if (v_[k].capitalized && (after_head || person_particle)) {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        return j;
    }

    bool HasConnector(size_t i, size_t j) const {
        for (size_t k = i; k < j; ++k) {
            if (EqualsIgnoreCase(v_[k].text, "of") || EqualsIgnoreCase(v_[k].text, "for")) {
                return true;
            }
        }
        return false;
    }

    // Title or honorific at i followed by a capitalised name: "Prime Minister Vladimir Putin",
    // "Mr. Bakiyev", "leader Kurmanbek Bakiyev". Returns the tokens consumed (0: no match).
    size_t TitledName(size_t i, size_t e) {
        const GazetteerHit title = Title(i, e);
        if (!title.length) return 0;
        const size_t k = i + title.length;
        if (k >= e || !v_[k].capitalized || used_[k]) return 0;
        if (Title(k, e).length || DateAt(k).length) return 0;
        if (const GazetteerHit place = Place(k, e); place.length) return 0;
        if (g_.IsCommonWord(v_[k].text) && !v_[k].all_caps) return 0;
        if (PronounKindOf(v_[k].text) != PronounKind::kNone) return 0;
        size_t end = k + 1;
        while (end < e && v_[end].capitalized && !Title(end, e).length && !DateAt(end).length) {
            ++end;
        }
        for (size_t x = i; x < k; ++x) used_[x] = true;  // the title belongs to the name
        const GazetteerEntry& t = *title.entry;
        Mention& m = Emit(k, end, EntityType::kPerson, MentionForm::kName,
                          t.role == "honorific" ? "honorific" : "title");
        if (t.role == "honorific") {
            m.attributes["honorific"] = t.surface;
            const std::string_view h = t.surface;
            if (h.rfind("Mr", 0) == 0 || h == "Sir" || h == "Lord" || h == "Monsieur" ||
                h == "Herr") {
                m.attributes["gender"] = "male";
            } else if (h.rfind("Mrs", 0) == 0 || h.rfind("Ms", 0) == 0 || h == "Miss" ||
                       h == "Madame" || h == "Mme." || h == "Dame" || h == "Lady") {
                m.attributes["gender"] = "female";
            }
        } else {
            m.attributes["title"] = t.canonical;
            m.attributes["role"] = t.role;
        }
        AddQualifiers(i, &m);
        return end - i;
    }

    // Country and "former" found before a title at i: "Ousted Kyrgyz leader", "Russia's
    // Foreign Minister", "former President".
    void AddQualifiers(size_t i, Mention* m) {
        const int sentence = v_[i].sentence;
        size_t k = i;
        for (int steps = 0; steps < 3 && k > 0 && v_[k - 1].sentence == sentence; ++steps) {
            --k;
            if (IsPossessive(v_[k].text)) continue;
            if (IsFormerModifier(v_[k].text) || v_[k].text == "ex" || v_[k].text == "Ex") {
                m->attributes["former"] = true;
                continue;
            }
            const GazetteerHit d =
                Longest(k, i, {GazetteerKind::kDemonym, GazetteerKind::kCountry});
            if (d.length && k + d.length <= i && !m->attributes.count("country")) {
                m->attributes["country"] = d.entry->iso2;
                continue;
            }
            if (!v_[k].word) break;
        }
    }

    // "the Russian foreign minister", "the deposed president of Kyrgyzstan", "the parliament".
    size_t Nominal(size_t i, size_t e) {
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
            if (const GazetteerHit t = Title(k, e); t.length && t.entry->role != "honorific") {
                const size_t end = k + t.length;
                if (end < e && v_[end].capitalized) return 0;  // "the president Putin": a name
                // "an official letter", "the head office": the word modifies a noun.
                if (end < e && t.length == 1 && IsAmbiguousTitle(v_[k].text) && v_[end].lower &&
                    !g_.IsCommonWord(v_[end].text) && !IsSpeechVerb(v_[end].text)) {
                    return 0;
                }
                Mention& m =
                    Emit(i, end, EntityType::kPerson, MentionForm::kNominal, "nominal:title");
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
                if (EqualsIgnoreCase(v_[i].text, "a") || EqualsIgnoreCase(v_[i].text, "an")) {
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
    size_t CountryInstitution(size_t i, size_t e) {
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
    std::string CountryAfterOf(size_t k, size_t e) {
        if (k + 1 >= e || !EqualsIgnoreCase(v_[k].text, "of")) return {};
        const GazetteerHit h = Longest(k + 1, e, {GazetteerKind::kCountry});
        if (h.length) return h.entry->iso2;
        if (const GazetteerEntry* near = g_.FindNear(v_[k + 1].text);
            near && v_[k + 1].capitalized && near->kind == GazetteerKind::kCountry) {
            return near->iso2;
        }
        return {};
    }

    // "Nassau County", "Mount Everest", "West Virginia" (but not "Central Asian country").
    bool IsPlaceChunk(size_t b, size_t j) const {
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

    bool IsOrganizationChunk(size_t b, size_t j) const {
        for (size_t k = b; k < j; ++k) {
            if (!g_.IsOrganizationHead(v_[k].text)) continue;
            if (j - b >= 2) return true;
            // A lone institution word opening a sentence ("Police said") is a common noun.
            if (IsInstitutionNoun(v_[k].text) && !v_.SentenceInitial(k)) return true;
        }
        return false;
    }

    void TypeChunk(size_t b, size_t j, size_t e) {
        // Capitalised only because they open a sentence, or function words: "But", "The".
        while (b < j && !v_[b].all_caps && g_.IsCommonWord(v_[b].text) && !Place(b, j).length) {
            ++b;
        }
        if (b >= j) return;
        const GazetteerHit whole = Longest(b, j,
                                           {GazetteerKind::kOrganization, GazetteerKind::kCountry,
                                            GazetteerKind::kCity, GazetteerKind::kDemonym});
        if (whole.length == static_cast<int>(j - b)) {
            EmitGazetteer(b, whole, "gazetteer");
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

    // A capitalised sequence no list knows: type it from its context.
    void TypeUnknown(size_t b, size_t j, size_t e) {
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
        // A verb of saying or an apposition after: "Bakiyev said", "Lukashenka revealed".
        if (j < e && !det_before && (IsSpeechVerb(v_[j].text) || IsApposition(j, e))) {
            Emit(b, j, EntityType::kPerson, MentionForm::kName, "context:speech");
            return;
        }
        if (headline_) return;
        if (IsSubjectName(b, j, e)) {
            Emit(b, j, EntityType::kPerson, MentionForm::kName, "context:subject");
            return;
        }
        // "in Osh", "to Bishkek", "from Jalal-Abad".
        const bool place_before = b > 0 && v_[b - 1].sentence == v_[b].sentence &&
                                  v_[b - 1].lower && IsPlacePreposition(v_[b - 1].text);
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

    // A single unknown word that acts like a person: the subject of a verb ("Belgrano
    // accepted", "Hans is punishing") at a clause start, and no dictionary word.
    bool IsSubjectName(size_t b, size_t j, size_t e) const {
        if (j - b != 1 || j >= e || v_[b].all_caps || g_.IsDictionaryWord(v_[b].text)) return false;
        if (b > 0 && v_[b - 1].sentence == v_[b].sentence) {
            const std::string_view p = v_[b - 1].text;
            const bool clause_start = p == "," || p == ";" || p == ":" || p == "(" ||
                                      EqualsIgnoreCase(p, "and") || EqualsIgnoreCase(p, "but") ||
                                      EqualsIgnoreCase(p, "when") || EqualsIgnoreCase(p, "while") ||
                                      EqualsIgnoreCase(p, "that") || EqualsIgnoreCase(p, "after") ||
                                      EqualsIgnoreCase(p, "before") ||
                                      EqualsIgnoreCase(p, "because");
            if (!clause_start) return false;
        }
        const std::string_view next = v_[j].text;
        if (!v_[j].lower) return false;
        static constexpr std::array<std::string_view, 16> kAux = {
            "is",  "was",  "has",  "had",  "would", "will",    "could",   "can",
            "did", "does", "also", "then", "later", "himself", "herself", "never"};
        for (std::string_view a : kAux) {
            if (EqualsIgnoreCase(a, next)) return true;
        }
        return next.size() > 4 && next.substr(next.size() - 2) == "ed" && !g_.IsCommonWord(next);
    }

    // Acronyms that name no organisation: Roman numerals ("XXX", "IV") and everyday
    // abbreviations ("TV", "DJ", "GMT").
    static bool IsCommonAcronym(std::string_view t) {
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
    bool IsApposition(size_t j, size_t e) {
        if (v_[j].text != "," || j + 1 >= e) return false;
        if (EqualsIgnoreCase(v_[j + 1].text, "who")) return true;
        if (!IsDeterminer(v_[j + 1].text)) return false;
        for (size_t k = j + 2; k < e && k < j + 6; ++k) {
            const GazetteerHit t = Title(k, e);
            if (t.length && t.entry->role != "honorific") return true;
            if (v_[k].text == ",") break;
        }
        return false;
    }

    // Names typed by what the whole article says about their words.
    void ResolvePending() {
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
                    Emit(p.begin, p.end, EntityType::kPerson, MentionForm::kName,
                         "doc:person-part");
                } else if (p.place_hint) {
                    Mention& m = Emit(p.begin, p.end, EntityType::kCity, MentionForm::kName,
                                      "context:place");
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
    bool LooksLikePersonName(const PendingName& p) const {
        const size_t n = p.end - p.begin;
        if (n < 2 || n > 3 || p.after_determiner) return false;
        // Mostly dictionary words ("Dark Room Notes", "Velvet Revolver"): a title or a band, not
        // a person; a person's name has at most one ("George Bush").
        int dictionary_words = 0;
        for (size_t k = p.begin; k < p.end; ++k)
            dictionary_words += g_.IsDictionaryWord(v_[k].text);
        if (dictionary_words >= 2) return false;
        for (size_t k = p.begin; k < p.end; ++k) {
            const TokenShape& t = v_[k];
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

    const Gazetteer& g_;
    Document* doc_;
    TokenView v_;
    std::vector<bool> used_ = std::vector<bool>(doc_->tokens.size(), false);
    std::vector<GazetteerHit> all_hits_;
    std::vector<DateMatch> dates_;   // per token
    std::vector<size_t> hit_begin_;  // hits at token i: all_hits_[hit_begin_[i], hit_begin_[i+1])
    std::vector<PendingName> pending_;
    size_t first_mention_ = 0;
    bool headline_ = false;
};

}  // namespace

Result<MentionDetector> MentionDetector::CreateDefault() {
    DOSSIER_ASSIGN_OR_RETURN(const Gazetteer* g, Gazetteer::Default());
    return MentionDetector(g);
}

void MentionDetector::Detect(Document* doc) const {
    DetectionRun run(*gazetteer_, doc);
    run.set_first_mention(doc->mentions.size());
    run.Run();
}

}  // namespace dossier::importers
