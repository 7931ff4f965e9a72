#include "importers/relations/relation_extractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "importers/coref/coreference_resolver.h"
#include "importers/relations/relation_verb_table.h"

namespace dossier::importers {
namespace {

bool IsAgent(EntityType t) {
    return t == EntityType::kPerson || t == EntityType::kOrganization ||
           t == EntityType::kCountry || t == EntityType::kCity;
}

bool Fits(TargetKind k, EntityType t) {
    switch (k) {
        case TargetKind::kPlace:
            return t == EntityType::kCountry || t == EntityType::kCity;
        case TargetKind::kAgent:
            return IsAgent(t);
        case TargetKind::kAny:
            return t != EntityType::kDate;
    }
    return false;
}

bool IsBe(std::string_view w) {
    return w == "is" || w == "was" || w == "were" || w == "are" || w == "be" || w == "been" ||
           w == "being" || w == "am";
}

bool IsNegator(std::string_view w) {
    return w == "not" || w == "n't" || w == "never" || w == "no" || w == "refused" ||
           w == "declined" || w == "failed" || w == "refuses" || w == "declines" || w == "fails" ||
           w == "cannot" || w == "can't" || w == "won't" || w == "didn't" || w == "doesn't" ||
           w == "don't" || w == "wouldn't" || w == "\u2019t";
}

// Words the subject search may step over between a subject and its verb.
bool IsSkippable(std::string_view w) {
    return w == "," || w == "who" || w == "which" || w == "that" || w == "has" || w == "have" ||
           w == "had" || w == "did" || w == "does" || w == "do" || w == "will" || w == "would" ||
           w == "could" || w == "can" || w == "may" || w == "might" || w == "must" ||
           w == "should" || w == "also" || w == "reportedly" || w == "allegedly" || w == "then" ||
           w == "however" || w == "not" || w == "n't" || w == "never" || w == "later" ||
           w == "stopped" || w == "short" || w == "of" || w == "refused" || w == "to" ||
           w == "declined" || w == "failed" || w == "already" || w == "again" || w == "once" ||
           w == "is" || w == "was" || w == "were" || w == "are" || w == "been" || w == "being" ||
           w == "it" || w == "said" || w == "first" || w == "finally" || w == "formally" ||
           w == "officially" || w == "publicly" || w == "openly" || w == "still" || w == "no" ||
           w == "longer" || w == "\u2019t" || w == "didn't" || w == "doesn't";
}

bool IsModifierWord(std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" ||
           w == "their" || w == "this" || w == "that" || w == "true" || w == "so-called" ||
           w == "mr." || w == "former" || w == "new" || w == "interim" || w == "both" ||
           w == "neighbouring" || w == "neighboring";
}

// A country adjective ("German", "Kyrgyz") rather than the country's name.
bool IsDemonym(const Mention& m) {
    if (m.type != EntityType::kCountry) return false;
    if (m.rule == "demonym") return true;
    return !m.attributes.count("iso2") && m.attributes.count("country");
}

class Extractor {
  public:
    Extractor(Document* doc, const TokenIndex& ix) : doc_(*doc), ix_(ix) {}

    void Run() {
        for (int s = 0; s < static_cast<int>(doc_.sentences.size()); ++s) VerbFramesIn(s);
        Offices();
        Cities();
    }

  private:
    int EntityAt(int token) const {
        int m = ix_.MentionAt(token);
        return m >= 0 ? doc_.mentions[m].entity : -1;
    }
    const Entity& E(int e) const { return doc_.entities[e]; }

    int CountryEntity(const std::string& code) const {
        if (countries_.empty()) {
            for (const Entity& e : doc_.entities) {
                auto it = e.attributes.find("iso2");
                if (e.label == EntityType::kCountry && it != e.attributes.end() &&
                    it->second.is_string()) {
                    countries_.emplace(it->second.as_string(), e.id);
                }
            }
            countries_.emplace("", -1);  // marks the map as built
        }
        auto it = countries_.find(code);
        return it == countries_.end() ? -1 : it->second;
    }

    // A city acting politically stands for its country ("Moscow did not recognize").
    int Agent(int entity, std::string* via) const {
        if (entity < 0 || E(entity).label != EntityType::kCity) return entity;
        for (int m : E(entity).mentions) {
            auto it = doc_.mentions[m].attributes.find("country");
            if (it == doc_.mentions[m].attributes.end() || !it->second.is_string()) continue;
            int c = CountryEntity(it->second.as_string());
            if (c >= 0) {
                *via = E(entity).name;
                return c;
            }
        }
        return entity;
    }

    // The quote whose span holds byte `offset`, or nullptr.
    const Quote* QuoteAround(uint32_t offset) const {
        const Quote* best = nullptr;
        for (const Quote& q : doc_.quotes) {
            if (q.span.start <= offset && offset < q.span.end) {
                if (!best || q.direct) best = &q;
            }
        }
        return best;
    }

    int MatchForm(int t, int end, const VerbForm** out) const {
        // Forms by first word, longest first (VerbForms() is sorted so).
        static const auto by_first = [] {
            std::unordered_map<std::string_view, std::vector<const VerbForm*>> m;
            for (const VerbForm& f : VerbForms()) m[f.words.front()].push_back(&f);
            return m;
        }();
        auto it = by_first.find(ix_.lower(t));
        if (it == by_first.end()) return 0;
        for (const VerbForm* fp : it->second) {
            const VerbForm& f = *fp;
            int n = static_cast<int>(f.words.size());
            if (t + n > end) continue;
            bool ok = true;
            for (int k = 0; k < n && ok; ++k) ok = ix_.lower(t + k) == f.words[k];
            if (ok && ix_.MentionAt(t) < 0) {
                *out = &f;
                return n;
            }
        }
        return 0;
    }

    // Nearest mention before `t` in the sentence that can act, stepping over skippable words.
    int SubjectBefore(int t, int begin, bool* negated) const {
        for (int i = t - 1; i >= begin && t - i <= 10; --i) {
            int m = ix_.MentionAt(i);
            if (m >= 0) {
                const Mention& mm = doc_.mentions[m];
                // "The interim government of Moldova dissolved": the head, not its complement.
                int head_end = ix_.MentionBegin(m) - 1;
                if (head_end > begin && ix_.lower(head_end) == "of") {
                    int head = ix_.MentionAt(head_end - 1);
                    if (head >= 0 && doc_.mentions[head].entity >= 0 &&
                        IsAgent(doc_.mentions[head].type)) {
                        return doc_.mentions[head].entity;
                    }
                }
                if (mm.entity >= 0 && IsAgent(mm.type)) return mm.entity;
                if (mm.type == EntityType::kDate) {
                    i = ix_.MentionBegin(m);
                    continue;
                }
                return -1;
            }
            const std::string& w = ix_.lower(i);
            // "X, who leads the party, criticized Y": step over the relative clause.
            if (w == ",") {
                for (int j = i - 1; j > begin; --j) {
                    if (ix_.lower(j) != "," || j + 1 >= i) continue;
                    const std::string& rel = ix_.lower(j + 1);
                    int m = ix_.MentionAt(j - 1);
                    if ((rel == "who" || rel == "which") && m >= 0 &&
                        doc_.mentions[m].entity >= 0 && IsAgent(doc_.mentions[m].type)) {
                        return doc_.mentions[m].entity;
                    }
                    break;
                }
            }
            if (IsNegator(w)) *negated = true;
            if (w == "stopped" && i + 2 < t && ix_.lower(i + 1) == "short") *negated = true;
            if (!IsSkippable(w)) return -1;
        }
        return -1;
    }

    // The first agent mention of the sentence (its subject, in news prose), before token `end`.
    int FirstAgent(int begin, int end) const {
        for (int i = begin; i < end; ++i) {
            int m = ix_.MentionAt(i);
            if (m < 0) continue;
            const Mention& mm = doc_.mentions[m];
            if (mm.entity >= 0 && IsAgent(mm.type) && !IsDemonym(mm)) return mm.entity;
            i = ix_.MentionEnd(m) - 1;
        }
        return -1;
    }

    // Mentions after token `t`: the first within reach, then coordinated ones.
    std::vector<int> TargetsAfter(int t, int end, TargetKind kind, int* last_token) const {
        std::vector<int> out;
        int i = t;
        while (i < end && i - t <= 4 && ix_.MentionAt(i) < 0 && IsModifierWord(ix_.lower(i))) ++i;
        if (i >= end) return out;
        int m = ix_.MentionAt(i);
        if (m < 0) return out;
        // "the opposition leader Victor Rusu", "German Chancellor Angela Hoffmann": a description
        // or a demonym right before a name is part of its title.
        if (doc_.mentions[m].form == MentionForm::kNominal || IsDemonym(doc_.mentions[m])) {
            int k = ix_.MentionEnd(m);
            while (k < end && k - ix_.MentionEnd(m) < 3 && ix_.MentionAt(k) < 0 &&
                   !IsModifierWord(ix_.lower(k)) && ix_.lower(k) != ",") {
                ++k;
            }
            int name = k < end ? ix_.MentionAt(k) : -1;
            if (name >= 0 && doc_.mentions[name].type == EntityType::kPerson &&
                doc_.mentions[name].form == MentionForm::kName) {
                m = name;
            }
        }
        const Mention& mm = doc_.mentions[m];
        if (mm.entity < 0 || !Fits(kind, mm.type)) return out;
        out.push_back(mm.entity);
        i = ix_.MentionEnd(m);
        *last_token = i;
        // "the parliament and the Constitutional Court", "A, B and C"
        while (i + 1 < end &&
               (ix_.lower(i) == "and" || ix_.lower(i) == "," || ix_.lower(i) == "or")) {
            int j = i + 1;
            if (ix_.lower(j) == "and" || ix_.lower(j) == "or") ++j;
            while (j < end && ix_.MentionAt(j) < 0 && IsModifierWord(ix_.lower(j))) ++j;
            int n = j < end ? ix_.MentionAt(j) : -1;
            if (n < 0 || doc_.mentions[n].entity < 0 || !Fits(kind, doc_.mentions[n].type)) break;
            out.push_back(doc_.mentions[n].entity);
            i = ix_.MentionEnd(n);
            *last_token = i;
        }
        return out;
    }

    void Add(Relation r) {
        if (r.source < 0 || r.target < 0 || r.source == r.target) return;
        auto key = std::make_tuple(r.type, r.source, r.target, r.sentence);
        if (!seen_.insert(key).second) return;
        doc_.relations.push_back(std::move(r));
    }

    void VerbFramesIn(int s) {
        const int b = ix_.sentence_begin(s), e = ix_.sentence_end(s);
        for (int t = b; t < e; ++t) {
            const VerbForm* form = nullptr;
            int n = MatchForm(t, e, &form);
            if (n == 0) continue;
            bool negated = false;
            bool passive = false;
            // "was ousted by X", "had been overthrown by X"
            int before = t - 1;
            while (before >= b && (IsNegator(ix_.lower(before)) || ix_.lower(before) == "also")) {
                negated = negated || IsNegator(ix_.lower(before));
                --before;
            }
            if (form->participle && before >= b && IsBe(ix_.lower(before))) passive = true;
            int subject = SubjectBefore(t, b, &negated);
            // "X condemned the meeting and accused Y": a coordinated verb shares the subject.
            if (subject < 0 && before >= b &&
                (ix_.lower(before) == "and" || ix_.lower(before) == "but")) {
                subject = FirstAgent(b, t);
            }
            // Frames of this verb, those with a preposition first.
            std::string_view lemma = form->frame->lemma;
            bool done = false;
            for (int pass = 0; pass < 2 && !done; ++pass) {
                for (const VerbFrame& f : VerbFrames()) {
                    if (f.lemma != lemma || done) continue;
                    bool has_prep = !f.prep.empty();
                    if ((pass == 0) != has_prep) continue;
                    int after = t + n;
                    if (has_prep) {
                        // The preposition within a few words ("fled with his family to Minsk").
                        int p = after;
                        while (p < e && p - after <= 4 && ix_.lower(p) != f.prep) ++p;
                        if (p >= e || ix_.lower(p) != f.prep) continue;
                        after = p + 1;
                    }
                    int last = after;
                    std::vector<int> targets;
                    int source = subject;
                    if (passive) {
                        // The target is the subject; the source the "by" phrase.
                        int by = t + n;
                        while (by < e && by - (t + n) <= 4 && ix_.lower(by) != "by") ++by;
                        if (by >= e || ix_.lower(by) != "by") break;
                        targets = TargetsAfter(by + 1, e, TargetKind::kAgent, &last);
                        if (targets.empty() || subject < 0) break;
                        source = targets.front();
                        targets = {subject};
                    } else {
                        targets = TargetsAfter(after, e, f.target, &last);
                    }
                    if (targets.empty() || source < 0) continue;
                    std::string via;
                    source = Agent(source, &via);
                    for (int target : targets) {
                        Relation r;
                        r.type = std::string(f.type);
                        r.source = source;
                        r.target = target;
                        r.negated = negated;
                        r.verb = std::string(f.lemma);
                        r.sentence = s;
                        r.span = {doc_.tokens[t].span.start, doc_.tokens[last - 1].span.end};
                        r.rule = passive ? "verb-frame-passive" : "verb-frame";
                        if (!via.empty()) r.properties["via"] = via;
                        if (const Quote* q = QuoteAround(doc_.tokens[t].span.start)) {
                            r.attributed_to = q->speaker;
                        }
                        Add(std::move(r));
                    }
                    done = true;
                }
            }
            t += n - 1;
        }
    }

    // LEADER_OF / OFFICIAL_OF from titles with a country on the mentions of an entity.
    void Offices() {
        for (size_t mi = 0; mi < doc_.mentions.size(); ++mi) {
            const Mention& m = doc_.mentions[mi];
            if (m.entity < 0 || m.type != EntityType::kPerson) continue;
            auto title = m.attributes.find("title");
            auto country = m.attributes.find("country");
            if (title == m.attributes.end() || country == m.attributes.end() ||
                !country->second.is_string() || !title->second.is_string()) {
                continue;
            }
            int c = CountryEntity(country->second.as_string());
            if (c < 0) continue;
            auto kind = m.attributes.find("office_kind");
            bool leader = kind != m.attributes.end() && kind->second.is_string()
                              ? kind->second.as_string() == "leader"
                              : IsLeaderTitle(title->second.as_string());
            Relation r;
            r.type = leader ? "LEADER_OF" : "OFFICIAL_OF";
            r.source = m.entity;
            r.target = c;
            r.sentence = m.sentence;
            r.span = m.span;
            r.rule = m.form == MentionForm::kName ? "role-appositive" : "office-nominal";
            r.properties["title"] = title->second;
            auto former = m.attributes.find("former");
            if (former != m.attributes.end()) r.properties["former"] = true;
            // A title inside quoted words is the speaker's; in reported speech it is the
            // reporter's own wording.
            // A description ("he remained the president of X") inside any quote is the
            // speaker's claim.
            const Quote* q = QuoteAround(m.span.start);
            if (q && (q->direct || m.form != MentionForm::kName)) r.attributed_to = q->speaker;
            Add(std::move(r));
        }
    }

    static bool IsLeaderTitle(const std::string& t) {
        return t == "president" || t == "prime minister" || t == "leader" || t == "king" ||
               t == "queen" || t == "chancellor" || t == "premier" || t == "head of state";
    }

    void Cities() {
        for (const Entity& e : doc_.entities) {
            if (e.label != EntityType::kCity) continue;
            for (int m : e.mentions) {
                auto it = doc_.mentions[m].attributes.find("country");
                if (it == doc_.mentions[m].attributes.end() || !it->second.is_string()) continue;
                int c = CountryEntity(it->second.as_string());
                if (c < 0) continue;
                Relation r;
                r.type = "LOCATED_IN";
                r.source = e.id;
                r.target = c;
                r.sentence = doc_.mentions[m].sentence;
                r.span = doc_.mentions[m].span;
                r.rule = "gazetteer-city";
                Add(std::move(r));
                break;
            }
        }
    }

    Document& doc_;
    const TokenIndex& ix_;
    std::set<std::tuple<std::string, int, int, int>> seen_;
    mutable std::map<std::string, int> countries_;  // iso2 -> entity
};

}  // namespace

void RelationExtractor::Run(Document* doc, const TokenIndex& index) const {
    Extractor(doc, index).Run();
}

}  // namespace dossier::importers
