// MentionRun: the pass over sentences, gazetteer hits, emitting, capitalised sequences.
#include "importers/mentions/mention_run.h"

#include <algorithm>

#include "graph/ascii.h"
#include "importers/mentions/mention_words.h"
#include "importers/text/headline_case.h"

namespace dossier::importers {

MentionRun::MentionRun(const Gazetteer& g, Document* doc) : g_(g), doc_(doc), v_(*doc) {
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

void MentionRun::Run() {
    DefinedAcronyms();
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

// The longest gazetteer hit at token i of one of the wanted kinds.
GazetteerHit MentionRun::Longest(size_t i, size_t e, std::initializer_list<GazetteerKind> kinds) {
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

GazetteerHit MentionRun::Place(size_t i, size_t e) {
    return Longest(i, e,
                   {GazetteerKind::kOrganization, GazetteerKind::kCountry, GazetteerKind::kCity});
}

Mention& MentionRun::Emit(size_t b, size_t e, EntityType type, MentionForm form, std::string rule) {
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

void MentionRun::EmitGazetteer(size_t b, const GazetteerHit& h, const char* rule) {
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
            if (g.role == "region") m.attributes["kind"] = "region";
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

void MentionRun::Sentence(size_t b, size_t e) {
    headline_ = IsHeadlineCase(b, e);
    size_t i = b;
    while (i < e) {
        if (used_[i]) {
            ++i;
            continue;
        }
        if (AcronymUse(i)) {
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
bool MentionRun::IsHeadlineCase(size_t b, size_t e) const {
    size_t last = e;
    while (last > b && !v_[last - 1].word && !v_[last - 1].number) --last;
    if (last == b) return false;
    const bool ends_as_sentence = v_[e - 1].text == "." || v_[last - 1].lower;
    int words = 0, caps = 0;
    for (size_t k = b; k < e; ++k) {
        if (!v_[k].word) continue;
        ++words;
        if (v_[k].capitalized) ++caps;
    }
    return importers::IsHeadlineCase(words, caps, ends_as_sentence);
}

// End of the capitalised sequence starting at i.
size_t MentionRun::ChunkEnd(size_t i, size_t e) {
    size_t j = i + 1;
    while (j < e) {
        const TokenShape& t = v_[j];
        // A name never runs over a line break: a headline above the body, a list of names.
        if (used_[j] || t.line_start) break;
        if (EndsHeadlineName(j)) break;
        if (t.capitalized && !DateAt(j).length) {
            ++j;
            continue;
        }
        // "Bashar al-Assad": a surname with a lower-case particle.
        if (t.lower && IsParticleSurname(t.text)) {
            ++j;
            continue;
        }
        // "Department of Natural Resources and Mines": "and" inside a name that already
        // joined two parts with "of" or "for".
        if (t.lower && j + 1 < e && AsciiEqualsIgnoreCase(t.text, "and") && v_[j + 1].capitalized &&
            !v_[j + 1].line_start && HasConnector(i, j)) {
            j += 2;
            continue;
        }
        // "Food and Agriculture Organization": "and" between dictionary words and a capitalised
        // run that ends in an organisation head. Names ("Smith and Wesson") and known places
        // ("United States and European Union") on the left keep "and" a conjunction.
        if (t.lower && AsciiEqualsIgnoreCase(t.text, "and") && DictionaryWordsOnly(i, j) &&
            !Place(i, j).length) {
            if (const size_t k = OrganizationRunEnd(j + 1, e)) {
                j = k;
                continue;
            }
        }
        // "Sudan People's Liberation Army", "Kurdistan Workers' Party": a possessive after a
        // dictionary word, inside a name that ends in an organisation head ("Russia's Foreign
        // Ministry" is a country's ministry, not one name).
        if (IsInnerPossessive(j) && g_.IsDictionaryWord(v_[j - 1].text) &&
            !g_.IsOrganizationHead(v_[j - 1].text) && !Title(j - 1, j).length) {
            if (const size_t k = OrganizationRunEnd(j + 1, e)) {
                j = k;
                continue;
            }
        }
        // "Osama bin Laden", "Pedro de la Vega", "Ludwig van der Berg".
        if (t.lower && IsNameParticle(t.text)) {
            if (const size_t k = AfterParticles(j, e)) {
                j = k + 1;
                continue;
            }
        }
        // "House of Representatives": a known name that starts inside the run and goes on.
        if (t.lower && IsNameConnector(t.text)) {
            size_t known_end = j;
            for (size_t k = i; k < j; ++k) known_end = std::max(known_end, k + Place(k, e).length);
            if (known_end > j) {
                j = known_end;
                continue;
            }
        }
        // "Ministry of Defence", "Commonwealth of Independent States".
        if (t.lower && j + 1 < e && IsNameConnector(t.text)) {
            size_t k = j + 1;
            if (AsciiEqualsIgnoreCase(v_[k].text, "the") && k + 1 < e) ++k;
            const bool after_head = g_.IsOrganizationHead(v_[j - 1].text) ||
                                    AsciiEqualsIgnoreCase(v_[j - 1].text, "Republic") ||
                                    AsciiEqualsIgnoreCase(v_[j - 1].text, "Kingdom");
            if (v_[k].capitalized && !v_[k].line_start && after_head) {
                j = k + 1;
                continue;
            }
        }
        break;
    }
    return j;
}

// The capitalised token after a run of one or two name particles at j, else 0.
size_t MentionRun::AfterParticles(size_t j, size_t e) const {
    // "de la", "van der": no tradition puts more than two particles in a row.
    constexpr int kMaxParticles = 2;
    size_t k = j;
    int particles = 0;
    while (k < e && particles < kMaxParticles && v_[k].lower && !v_[k].line_start &&
           IsNameParticle(v_[k].text)) {
        ++k;
        ++particles;
    }
    if (particles == 0 || k >= e || used_[k] || v_[k].line_start) return 0;
    if (v_[k].capitalized || IsParticleSurname(v_[k].text)) return k;
    return 0;
}

// End of the person's name starting at the capitalised token k.
size_t MentionRun::NameEnd(size_t k, size_t e) {
    size_t end = k + 1;
    while (end < e && !v_[end].line_start && !used_[end]) {
        const TokenShape& t = v_[end];
        // "President Visits Poland": in a headline a known place ends the name.
        if (EndsHeadlineName(end) || (headline_ && Place(end, e).length)) break;
        if (t.capitalized && !Title(end, e).length && !DateAt(end).length) {
            ++end;
        } else if (t.lower && IsParticleSurname(t.text)) {
            ++end;
        } else if (const size_t after = t.lower ? AfterParticles(end, e) : 0) {
            end = after + 1;
        } else {
            break;
        }
    }
    return end;
}

bool MentionRun::EndsHeadlineName(size_t j) const {
    const TokenShape& t = v_[j];
    if (!headline_ || !t.capitalized || t.all_caps) return false;
    return IsHeadlineVerb(j) || (g_.IsCommonWord(t.text) && !IsNameConnector(t.text));
}

bool MentionRun::IsHeadlineVerb(size_t j) const {
    const TokenShape& t = v_[j];
    if (!headline_ || !t.capitalized || t.all_caps) return false;
    if (IsSpeechVerb(t.text)) return true;
    // "Dissolves", "Visits", "Accuses": a dictionary word in -s whose stem is one too. Plural
    // heads ("Forces") stay in the name.
    const std::string_view w = t.text;
    constexpr size_t kShortest = 4;
    if (w.size() < kShortest || w.back() != 's' || w[w.size() - 2] == 's') return false;
    if (g_.IsOrganizationHead(w) || !g_.IsDictionaryWord(w)) return false;
    return g_.IsDictionaryWord(w.substr(0, w.size() - 1)) ||
           (w[w.size() - 2] == 'e' && g_.IsDictionaryWord(w.substr(0, w.size() - 2)));
}

size_t MentionRun::OrganizationRunEnd(size_t k, size_t e) const {
    size_t end = k;
    while (end < e && !used_[end] && !v_[end].line_start && v_[end].capitalized) ++end;
    if (end == k || !g_.IsOrganizationHead(v_[end - 1].text)) return 0;
    return end;
}

bool MentionRun::IsInnerPossessive(size_t j) const {
    const Token& t = doc_->tokens[j];
    if (t.span.start != doc_->tokens[j - 1].span.end) return false;
    if (IsPossessive(v_[j].text)) return true;
    // "Workers'": a lone apostrophe after a plural.
    const std::string_view w = v_[j - 1].text;
    return (v_[j].text == "'" || v_[j].text == "\xE2\x80\x99") && !w.empty() && w.back() == 's';
}

bool MentionRun::DictionaryWordsOnly(size_t i, size_t j) const {
    for (size_t k = i; k < j; ++k) {
        if (!v_[k].word || v_[k].all_caps || !g_.IsDictionaryWord(v_[k].text)) return false;
    }
    return j > i;
}

bool MentionRun::HasConnector(size_t i, size_t j) const {
    for (size_t k = i; k < j; ++k) {
        if (AsciiEqualsIgnoreCase(v_[k].text, "of") || AsciiEqualsIgnoreCase(v_[k].text, "for")) {
            return true;
        }
    }
    return false;
}

}  // namespace dossier::importers
