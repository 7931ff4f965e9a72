#include "importers/coref/coreference_resolver.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "graph/ascii.h"
#include "importers/events/date_resolver.h"
#include "importers/relations/relation_offices.h"

namespace dossier::importers {
namespace {

const std::string* StringAttr(const Mention& m, const char* key) {
    auto it = m.attributes.find(key);
    return it != m.attributes.end() && it->second.is_string() ? &it->second.as_string() : nullptr;
}

// Titles are compared in lower case; the detector's office "role" is the office kind.
void NormalizeOfficeAttributes(Document* doc) {
    for (Mention& m : doc->mentions) {
        auto title = m.attributes.find("title");
        if (title != m.attributes.end() && title->second.is_string()) {
            title->second = AsciiLower(title->second.as_string());
        }
        auto role = m.attributes.find("role");
        if (role != m.attributes.end() && role->second.is_string() &&
            !m.attributes.count("office_kind") &&
            (role->second.as_string() == "leader" || role->second.as_string() == "official")) {
            m.attributes["office_kind"] = role->second;
        }
    }
}

bool IsPluralMention(const Mention& m) {
    const std::string* g = StringAttr(m, "gender");
    const std::string* n = StringAttr(m, "number");
    return (g && *g == "plural") || (n && *n == "plural") ||
           (m.form == MentionForm::kPronoun && IsPluralPronoun(AsciiLower(m.text)));
}

bool IsHonorific(std::string_view w) {
    return w == "mr." || w == "mr" || w == "mrs." || w == "mrs" || w == "ms." || w == "ms" ||
           w == "dr." || w == "dr" || w == "sir" || w == "madam";
}

bool IsDeterminer(std::string_view w) {
    return w == "the" || w == "this" || w == "that" || w == "a" || w == "an" || w == "so-called";
}

// Words of a mention's text without determiners, honorifics and a trailing possessive.
std::vector<std::string> CoreWords(std::string_view text) {
    std::vector<std::string> words;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty()) words.push_back(AsciiLower(cur));
        cur.clear();
    };
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t') {
            flush();
        } else {
            cur.push_back(c);
        }
    }
    flush();
    while (!words.empty() && (IsDeterminer(words.front()) || IsHonorific(words.front()))) {
        words.erase(words.begin());
    }
    if (!words.empty()) {
        std::string& last = words.back();
        for (std::string_view pos : {"'s", "\u2019s"}) {
            if (last.size() > pos.size() && last.ends_with(pos))
                last.resize(last.size() - pos.size());
        }
    }
    return words;
}

std::string Join(const std::vector<std::string>& w) {
    std::string out;
    for (const auto& s : w) {
        if (!out.empty()) out.push_back(' ');
        out += s;
    }
    return out;
}

// The text of a mention with a leading determiner/honorific and possessive removed, original case.
std::string DisplayName(std::string_view text, bool keep_honorific) {
    std::string t(text);
    for (std::string_view pos : {"'s", "\u2019s"}) {
        if (t.size() > pos.size() && t.ends_with(pos)) t.resize(t.size() - pos.size());
    }
    for (;;) {
        size_t sp = t.find(' ');
        if (sp == std::string::npos) break;
        std::string first = AsciiLower(t.substr(0, sp));
        if (IsDeterminer(first) || (!keep_honorific && IsHonorific(first))) {
            t.erase(0, sp + 1);
        } else {
            break;
        }
    }
    return t;
}

class UnionFind {
  public:
    explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
    int Find(int x) {
        while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    // The earlier mention stays the root so that chains are ordered by first mention.
    void Union(int a, int b) {
        a = Find(a);
        b = Find(b);
        if (a == b) return;
        if (b < a) std::swap(a, b);
        parent_[b] = a;
    }

  private:
    std::vector<int> parent_;
};

bool Covered(const TokenIndex& ix, int t) {
    return ix.MentionAt(t) >= 0;
}

Mention MakeMention(const Document& doc, int first, int end, EntityType type, MentionForm form,
                    const char* rule) {
    Mention m;
    m.span = {doc.tokens[first].span.start, doc.tokens[end - 1].span.end};
    m.text = std::string(doc.TextOf(m.span));
    m.type = type;
    m.form = form;
    m.sentence = doc.tokens[first].sentence;
    m.rule = rule;
    return m;
}

bool IsCountryRef(const Mention& m) {
    return m.type == EntityType::kCountry && !CountryCodeOf(m).empty();
}

// Organisation nouns that, after "the", name a body of the country the article is about.
bool IsBodyNoun(std::string_view w) {
    return w == "government" || w == "parliament" || w == "cabinet" || w == "junta" ||
           w == "opposition" || w == "military" || w == "army" || w == "court" ||
           w == "authorities" || w == "regime" || w == "police";
}
bool IsBodyModifier(std::string_view w) {
    return w == "interim" || w == "provisional" || w == "transitional" || w == "new" ||
           w == "so-called" || w == "caretaker" || w == "military" || w == "national" ||
           w == "central" || w == "federal" || w == "supreme" || w == "constitutional";
}

void AddNominalsAndPronouns(Document* doc, TokenIndex* ix) {
    std::vector<Mention> added;
    const int n = ix->token_count();
    for (int t = 0; t < n; ++t) {
        if (Covered(*ix, t)) continue;
        const std::string& w = ix->lower(t);
        if (IsPersonPronoun(w) || IsPluralPronoun(w)) {
            bool plural = IsPluralPronoun(w);
            added.push_back(MakeMention(*doc, t, t + 1,
                                        plural ? EntityType::kOrganization : EntityType::kPerson,
                                        MentionForm::kPronoun, "pronoun"));
            added.back().attributes["number"] = plural ? "plural" : "singular";
            continue;
        }
        if (!IsDeterminer(w) || w == "a" || w == "an") continue;
        const int end = ix->sentence_end(doc->tokens[t].sentence);
        int k = t + 1;
        bool former = false;
        while (k < end && (IsFormerOfficeModifier(ix->lower(k)) || ix->lower(k) == "so-called" ||
                           ix->lower(k) == "true")) {
            former = former || IsFormerOfficeModifier(ix->lower(k));
            ++k;
        }
        // "the Russian foreign minister" (not followed by a name: that is a role appositive)
        int cm = k < end ? ix->MentionAt(k) : -1;
        if (cm >= 0 && IsCountryRef(doc->mentions[cm])) {
            int after = ix->MentionEnd(cm);
            OfficeMatch office = MatchOffice(*ix, after, end);
            if (office.kind != OfficeKind::kNone) {
                int stop = after + office.tokens;
                int next = stop < end ? ix->MentionAt(stop) : -1;
                bool named = next >= 0 && doc->mentions[next].type == EntityType::kPerson;
                bool covered = false;
                for (int q = after; q < stop; ++q) covered = covered || Covered(*ix, q);
                if (!named && !covered) {
                    Mention m = MakeMention(*doc, t, stop, EntityType::kPerson,
                                            MentionForm::kNominal, "demonym-office-nominal");
                    m.attributes["title"] = office.title;
                    m.attributes["country"] = CountryCodeOf(doc->mentions[cm]);
                    if (former) m.attributes["former"] = true;
                    added.push_back(std::move(m));
                    t = stop - 1;
                    continue;
                }
            }
        }
        // "the deposed president of Kyrgyzstan"
        OfficeMatch office = MatchOffice(*ix, k, end);
        if (office.kind != OfficeKind::kNone) {
            int of = k + office.tokens;
            if (of + 1 < end && ix->lower(of) == "of") {
                int c = ix->MentionAt(of + 1);
                if (c >= 0 && IsCountryRef(doc->mentions[c])) {
                    // The nominal ends at the office; "of Kyrgyzstan" stays a mention of its own.
                    Mention m = MakeMention(*doc, t, of, EntityType::kPerson, MentionForm::kNominal,
                                            "office-of-country-nominal");
                    m.attributes["title"] = office.title;
                    m.attributes["country"] = CountryCodeOf(doc->mentions[c]);
                    if (former) m.attributes["former"] = true;
                    added.push_back(std::move(m));
                    t = of - 1;
                    continue;
                }
            }
        }
        // "the (so-called) interim government", "the parliament"
        int b = t + 1;
        while (b < end && !Covered(*ix, b) && IsBodyModifier(ix->lower(b))) ++b;
        // "the military": a modifier that is also the noun.
        if ((b >= end || !IsBodyNoun(ix->lower(b))) && b > t + 1 && IsBodyNoun(ix->lower(b - 1))) {
            --b;
        }
        if (b < end && !Covered(*ix, b) && IsBodyNoun(ix->lower(b))) {
            Mention m = MakeMention(*doc, t, b + 1, EntityType::kOrganization,
                                    MentionForm::kNominal, "body-nominal");
            added.push_back(std::move(m));
            t = b;
        }
    }
    if (added.empty()) return;
    for (Mention& m : added) doc->mentions.push_back(std::move(m));
    // The nominal "the president of Kyrgyzstan" contains the country mention; a containing
    // mention sorts first.
    std::stable_sort(doc->mentions.begin(), doc->mentions.end(),
                     [](const Mention& a, const Mention& b) {
                         return a.span.start != b.span.start ? a.span.start < b.span.start
                                                             : a.span.end > b.span.end;
                     });
    ix->IndexMentions();
}

// Role appositives before a name: "[former] [Kyrgyz] leader Kurmanbek Bakiyev",
// "Russia's Prime Minister X". Records title/country/former on the name mention.
void AnnotateRoleAppositives(Document* doc, const TokenIndex& ix) {
    for (size_t mi = 0; mi < doc->mentions.size(); ++mi) {
        Mention& m = doc->mentions[mi];
        if (m.type != EntityType::kPerson || m.form != MentionForm::kName) continue;
        int b = ix.MentionBegin(static_cast<int>(mi));
        int sb = ix.sentence_begin(m.sentence);
        // A title the detector included in the mention ("President Lukashenka").
        OfficeMatch inner = MatchOffice(ix, b, ix.MentionEnd(static_cast<int>(mi)));
        int office_end = b;
        OfficeMatch office = MatchOfficeBefore(ix, sb, b);
        if (office.kind == OfficeKind::kNone && inner.kind != OfficeKind::kNone) {
            office = inner;
            office_end = b;
        } else {
            office_end = b - office.tokens;
        }
        if (office.kind == OfficeKind::kNone) continue;
        std::string country;
        bool former = false;
        int k = office_end - 1;
        if (k >= sb && (ix.lower(k) == "'s" || ix.lower(k) == "\u2019s")) --k;
        int cm = k >= sb ? ix.MentionAt(k) : -1;
        if (cm >= 0 && IsCountryRef(doc->mentions[cm])) {
            country = CountryCodeOf(doc->mentions[cm]);
            k = ix.MentionBegin(cm) - 1;
        }
        while (k >= sb && IsFormerOfficeModifier(ix.lower(k))) {
            former = true;
            --k;
        }
        if (!m.attributes.count("title")) m.attributes["title"] = office.title;
        if (!country.empty() && !m.attributes.count("country")) m.attributes["country"] = country;
        if (former) m.attributes["former"] = true;
        m.attributes["office_kind"] = office.kind == OfficeKind::kLeader ? "leader" : "official";
    }
}

std::string StringKey(const Mention& m) {
    if (IsCountryRef(m)) return "C:" + CountryCodeOf(m);
    if (m.form == MentionForm::kPronoun) return "";
    // A gazetteer match carries its canonical name: "UN" and "United Nations" are one.
    if (const std::string* name = StringAttr(m, "name"); name && m.form == MentionForm::kName) {
        return std::string(EntityTypeName(m.type)) + ":" + Join(CoreWords(*name));
    }
    std::string core = Join(CoreWords(m.text));
    if (core.empty()) return "";
    return std::string(EntityTypeName(m.type)) + ":" + core;
}

std::string LastWord(const Mention& m) {
    auto w = CoreWords(m.text);
    return w.empty() ? "" : w.back();
}

// For each mention, whether it lies between quotation marks (quotes do not cross paragraphs).
std::vector<bool> InsideQuotes(const Document& doc, const TokenIndex& ix) {
    std::vector<bool> token_inside(ix.token_count(), false);
    bool inside = false;
    for (int t = 0; t < ix.token_count(); ++t) {
        if (t > 0) {
            std::string_view gap(doc.article.text.data() + doc.tokens[t - 1].span.end,
                                 doc.tokens[t].span.start - doc.tokens[t - 1].span.end);
            if (gap.find("\n\n") != std::string_view::npos) inside = false;
        }
        std::string_view w = ix.text(t);
        if (w == "\u201C") {
            inside = true;
        } else if (w == "\u201D") {
            inside = false;
        } else if (w == "\"") {
            inside = !inside;
        } else {
            token_inside[t] = inside;
        }
    }
    std::vector<bool> out(doc.mentions.size(), false);
    for (size_t m = 0; m < doc.mentions.size(); ++m) {
        int b = ix.MentionBegin(static_cast<int>(m));
        out[m] = b < ix.token_count() && token_inside[b];
    }
    return out;
}

// "male", "female" or "" from a mention's gender, honorific or pronoun.
std::string GenderOf(const Mention& m) {
    if (const std::string* g = StringAttr(m, "gender"); g && (*g == "male" || *g == "female")) {
        return *g;
    }
    if (const std::string* h = StringAttr(m, "honorific")) {
        std::string l = AsciiLower(*h);
        if (l == "mr." || l == "mr" || l == "sir") return "male";
        if (l == "ms." || l == "ms" || l == "mrs." || l == "mrs" || l == "miss") return "female";
    }
    std::string w = AsciiLower(m.text);
    if (w == "he" || w == "him" || w == "his" || w == "himself") return "male";
    if (w == "she" || w == "her" || w == "hers" || w == "herself") return "female";
    if (w.starts_with("mr. ") || w.starts_with("mr ")) return "male";
    if (w.starts_with("ms. ") || w.starts_with("mrs. ") || w.starts_with("ms ")) return "female";
    return "";
}

class PronounResolver {
  public:
    PronounResolver(Document* doc, const TokenIndex& ix, UnionFind* uf)
        : ms_(doc->mentions), ix_(ix), uf_(*uf), quoted_(InsideQuotes(*doc, ix)) {
        // First person mention of each sentence outside quotes (its subject, roughly), and the
        // organisation that opens a sentence.
        for (size_t i = 0; i < ms_.size(); ++i) {
            const Mention& m = ms_[i];
            if (m.type == EntityType::kPerson && !IsPluralMention(m) && !quoted_[i] &&
                !subject_.count(m.sentence)) {
                subject_[m.sentence] = static_cast<int>(i);
            }
            if (m.type == EntityType::kOrganization && m.form != MentionForm::kPronoun &&
                !org_subject_.count(m.sentence) && (i == 0 || ms_[i - 1].sentence != m.sentence)) {
                org_subject_[m.sentence] = static_cast<int>(i);
            }
        }
    }

    void Run() {
        // The gender of each chain so far, by root (kept current through the unions below).
        root_gender_.assign(ms_.size(), "");
        for (size_t j = 0; j < ms_.size(); ++j) {
            std::string& g = root_gender_[uf_.Find(static_cast<int>(j))];
            if (g.empty()) g = GenderOf(ms_[j]);
        }
        for (size_t i = 0; i < ms_.size(); ++i) {
            if (ms_[i].form != MentionForm::kPronoun) continue;
            int a = Antecedent(static_cast<int>(i));
            if (a < 0) continue;
            std::string g = root_gender_[uf_.Find(a)];
            if (g.empty()) g = root_gender_[uf_.Find(static_cast<int>(i))];
            uf_.Union(a, static_cast<int>(i));
            root_gender_[uf_.Find(a)] = g;
        }
    }

  private:
    bool Resolved(int m) const { return ms_[m].form != MentionForm::kPronoun || uf_.Find(m) != m; }

    const std::string& ChainGender(int m) const { return root_gender_[uf_.Find(m)]; }

    // Resolved, and not of the other gender.
    bool Compatible(int m, const std::string& gender) const {
        if (!Resolved(m)) return false;
        if (gender.empty()) return true;
        std::string g = ChainGender(m);
        return g.empty() || g == gender;
    }

    int Antecedent(int i) const {
        const Mention& p = ms_[i];
        const std::string w = AsciiLower(p.text);
        const int s = p.sentence;
        if (IsPluralPronoun(w) || IsPluralMention(p)) {
            for (int back = 0; back <= 2; ++back) {
                auto it = org_subject_.find(s - back);
                if (it != org_subject_.end() && it->second < i) return it->second;
            }
            return -1;
        }
        const std::string gender = GenderOf(p);
        if (w == "his" || w == "her") {
            // A possessive refers to the nearest person before it in the sentence.
            for (int j = i - 1; j >= 0 && ms_[j].sentence == s; --j) {
                if (ms_[j].type == EntityType::kPerson && !IsPluralMention(ms_[j]) &&
                    Compatible(j, gender)) {
                    return j;
                }
            }
            // Cataphora: "In his annual address ..., Alyaksandr Lukashenka revealed".
            int sb = ix_.sentence_begin(s);
            std::string first = ix_.lower(sb);
            if (first == "in" || first == "at" || first == "during" || first == "after" ||
                first == "on") {
                int comma = ix_.MentionBegin(i);
                while (comma < ix_.sentence_end(s) && ix_.lower(comma) != ",") ++comma;
                int m = comma + 1 < ix_.sentence_end(s) ? ix_.MentionAt(comma + 1) : -1;
                if (m >= 0 && ms_[m].type == EntityType::kPerson &&
                    ms_[m].form == MentionForm::kName) {
                    return m;
                }
            }
        } else {
            auto it = subject_.find(s);
            if (it != subject_.end() && it->second < i && Compatible(it->second, gender)) {
                return it->second;
            }
        }
        // The subjects of the previous sentences, far enough back to step over a long quotation.
        for (int back = 1; back <= 10; ++back) {
            auto it = subject_.find(s - back);
            if (it != subject_.end() && Compatible(it->second, gender)) return it->second;
        }
        // No subject agrees: the nearest earlier person that does, within three sentences.
        for (int j = i - 1; j >= 0 && ms_[j].sentence >= s - 3; --j) {
            if (ms_[j].type == EntityType::kPerson && !IsPluralMention(ms_[j]) && !quoted_[j] &&
                Compatible(j, gender)) {
                return j;
            }
        }
        return -1;
    }

    const std::vector<Mention>& ms_;
    const TokenIndex& ix_;
    UnionFind& uf_;
    const std::vector<bool> quoted_;
    std::map<int, int> subject_;
    std::map<int, int> org_subject_;
    std::vector<std::string> root_gender_;
};

// The canonical name of a Country chain: prefer a mention that is a country name over a
// demonym ("Kyrgyzstan", not "Kyrgyz"), and the detector's canonical name when it gives one.
std::string CountryName(const Document& doc, const std::vector<int>& chain) {
    std::string best;
    for (int m : chain) {
        if (const std::string* c = StringAttr(doc.mentions[m], "name")) return *c;
    }
    for (int m : chain) {
        const Mention& mm = doc.mentions[m];
        if (mm.attributes.count("iso2") && mm.text.size() > best.size()) {
            best = DisplayName(mm.text, false);
        }
    }
    if (best.empty()) best = DisplayName(doc.mentions[chain.front()].text, false);
    return best;
}

// A chain of descriptions alone is an entity only when it is specific: a definite description
// ("the interim government"), and for a person, one tied to a country ("the Russian foreign
// minister"). "an official", "your president" or "the true president" name nobody in particular.
bool IsStandaloneNominal(const Document& doc, const std::vector<int>& chain) {
    for (int m : chain) {
        const Mention& mm = doc.mentions[m];
        if (mm.form != MentionForm::kNominal) continue;
        std::string first = AsciiLower(mm.text.substr(0, mm.text.find(' ')));
        if (first != "the" && first != "this") continue;
        if (mm.type != EntityType::kPerson) return true;
        const std::string* country = StringAttr(mm, "country");
        if (country && !country->empty()) return true;
    }
    return false;
}

void BuildEntities(Document* doc, UnionFind* uf) {
    std::map<int, std::vector<int>> chains;
    for (size_t i = 0; i < doc->mentions.size(); ++i) {
        const Mention& m = doc->mentions[i];
        // A month or weekday typed as a place by its context ("in April") is a date.
        std::string lower = AsciiLower(m.text);
        if ((m.type == EntityType::kCity || m.type == EntityType::kCountry) &&
            CountryCodeOf(m).empty() && !m.attributes.count("country") &&
            (MonthNumber(lower) > 0 || WeekdayNumber(lower) >= 0)) {
            continue;
        }
        chains[uf->Find(static_cast<int>(i))].push_back(static_cast<int>(i));
    }
    for (auto& [root, chain] : chains) {
        bool has_name = false, has_nominal = false;
        for (int m : chain) {
            has_name = has_name || doc->mentions[m].form == MentionForm::kName;
            has_nominal = has_nominal || doc->mentions[m].form == MentionForm::kNominal;
        }
        if (!has_name && !has_nominal) continue;  // pronouns alone
        if (!has_name && !IsStandaloneNominal(*doc, chain)) continue;
        // Dates are not entities of the graph.
        if (doc->mentions[chain.front()].type == EntityType::kDate) continue;
        Entity e;
        e.id = static_cast<int>(doc->entities.size());
        // Label: the type of the name mentions (pronouns carry a guess only).
        e.label = doc->mentions[chain.front()].type;
        for (int m : chain) {
            if (doc->mentions[m].form == MentionForm::kName) {
                e.label = doc->mentions[m].type;
                break;
            }
        }
        std::vector<std::string> names;
        for (int m : chain) {
            const Mention& mm = doc->mentions[m];
            if (mm.form == MentionForm::kName || (!has_name && mm.form == MentionForm::kNominal)) {
                names.push_back(DisplayName(mm.text, true));
                // The detector leaves "Mr." outside the mention and records it.
                const std::string* h = StringAttr(mm, "honorific");
                if (h && mm.form == MentionForm::kName) names.push_back(*h + " " + names.back());
            }
        }
        if (e.label == EntityType::kCountry) {
            e.name = CountryName(*doc, chain);
        } else {
            for (const std::string& n : names) {
                std::string bare = DisplayName(n, false);
                if (bare.size() > e.name.size()) e.name = bare;
            }
            // The gazetteer's canonical name wins over the longest written form.
            for (int m : chain) {
                const Mention& mm = doc->mentions[m];
                const std::string* canonical = StringAttr(mm, "name");
                if (canonical && mm.form == MentionForm::kName && e.label != EntityType::kPerson) {
                    if (e.name != *canonical) names.push_back(e.name);
                    e.name = *canonical;
                    break;
                }
            }
        }
        std::set<std::string> seen{AsciiLower(e.name)};
        for (const std::string& n : names) {
            if (seen.insert(AsciiLower(n)).second) e.aliases.push_back(n);
            // "Mr. Bakiyev" is also called "Bakiyev".
            std::string bare = DisplayName(n, false);
            if (e.label == EntityType::kPerson && seen.insert(AsciiLower(bare)).second) {
                e.aliases.push_back(bare);
            }
        }
        for (int m : chain) {
            const Mention& mm = doc->mentions[m];
            if (!has_name && mm.form != MentionForm::kNominal) continue;
            for (const char* key :
                 {"iso2", "title", "country", "former", "office_kind", "party", "kind"}) {
                auto it = mm.attributes.find(key);
                if (it != mm.attributes.end() && !e.attributes.count(key)) {
                    e.attributes[key] = it->second;
                }
            }
        }
        if (e.label == EntityType::kCountry && !e.attributes.count("iso2")) {
            std::string code;
            for (int m : chain) {
                if (code.empty()) code = CountryCodeOf(doc->mentions[m]);
            }
            if (!code.empty()) e.attributes["iso2"] = code;
            e.attributes.erase("country");
        }
        if (!has_name) e.attributes["nominal"] = true;
        e.mentions = chain;
        for (int m : chain) doc->mentions[m].entity = e.id;
        doc->entities.push_back(std::move(e));
    }
}

}  // namespace

std::string CountryCodeOf(const Mention& m) {
    if (m.type != EntityType::kCountry) return "";
    if (const std::string* c = StringAttr(m, "iso2")) return *c;
    if (const std::string* c = StringAttr(m, "country")) return *c;
    return "";
}

namespace {}  // namespace

void CoreferenceResolver::Run(Document* doc, TokenIndex* ix) const {
    NormalizeOfficeAttributes(doc);
    AddNominalsAndPronouns(doc, ix);
    AnnotateRoleAppositives(doc, *ix);
    const auto& ms = doc->mentions;
    UnionFind uf(ms.size());
    // 1. exact and relaxed string match.
    std::map<std::string, int> first_by_key;
    for (size_t i = 0; i < ms.size(); ++i) {
        std::string key = StringKey(ms[i]);
        if (key.empty()) continue;
        auto [it, inserted] = first_by_key.emplace(key, static_cast<int>(i));
        if (!inserted) uf.Union(it->second, static_cast<int>(i));
    }
    // 2. proper head match: a one-word person name (or an organisation-typed one-word name that
    //    is exactly a person's surname) joins the one person chain with that surname.
    std::map<std::string, std::set<int>> by_surname;
    for (size_t i = 0; i < ms.size(); ++i) {
        if (ms[i].type == EntityType::kPerson && ms[i].form == MentionForm::kName &&
            CoreWords(ms[i].text).size() >= 2) {
            by_surname[LastWord(ms[i])].insert(uf.Find(static_cast<int>(i)));
        }
    }
    for (size_t i = 0; i < ms.size(); ++i) {
        if (ms[i].form != MentionForm::kName) continue;
        if (ms[i].type != EntityType::kPerson && ms[i].type != EntityType::kOrganization) continue;
        if (CoreWords(ms[i].text).size() != 1) continue;
        auto it = by_surname.find(LastWord(ms[i]));
        if (it == by_surname.end() || it->second.size() != 1) continue;
        doc->mentions[i].type = EntityType::kPerson;
        uf.Union(*it->second.begin(), static_cast<int>(i));
    }
    // 3. office nominals join the person last named in that office of that country.
    for (size_t i = 0; i < ms.size(); ++i) {
        if (ms[i].form != MentionForm::kNominal || ms[i].type != EntityType::kPerson) continue;
        const std::string* country = StringAttr(ms[i], "country");
        const std::string* title = StringAttr(ms[i], "title");
        OfficeKind kind = OfficeKind::kOfficial;
        for (std::string_view leader : {"president", "leader", "prime minister", "king", "premier",
                                        "chancellor", "head of state", "queen"}) {
            if (*title == leader) kind = OfficeKind::kLeader;
        }
        // Appositive: "Alyaksandr Lukashenka, the president of Belarus".
        int nb = ix->MentionBegin(static_cast<int>(i));
        // ... and the other way round: "The interim prime minister, Elena Ceban, said".
        int ne = ix->MentionEnd(static_cast<int>(i));
        if (ne + 1 < ix->token_count() && ix->lower(ne) == ",") {
            int next = ix->MentionAt(ne + 1);
            if (next >= 0 && ms[next].type == EntityType::kPerson &&
                ms[next].form == MentionForm::kName) {
                uf.Union(static_cast<int>(i), next);
                continue;
            }
        }
        if (nb >= 2 && ix->lower(nb - 1) == ",") {
            int prev = ix->MentionAt(nb - 2);
            if (prev >= 0 && ms[prev].type == EntityType::kPerson &&
                ms[prev].form == MentionForm::kName) {
                uf.Union(prev, static_cast<int>(i));
                continue;
            }
        }
        if (!country || !title) continue;
        // The office holder is named recently: look back a bounded number of mentions.
        for (int j = static_cast<int>(i) - 1; j >= 0 && j >= static_cast<int>(i) - 400; --j) {
            const Mention& c = ms[j];
            if (c.type != EntityType::kPerson || c.form != MentionForm::kName) continue;
            const std::string* cc = StringAttr(c, "country");
            const std::string* ct = StringAttr(c, "title");
            const std::string* ck = StringAttr(c, "office_kind");
            if (!cc || *cc != *country || !ct) continue;
            bool same = *ct == *title || (kind == OfficeKind::kLeader && ck && *ck == "leader");
            if (same) {
                uf.Union(j, static_cast<int>(i));
                break;
            }
        }
    }
    // 4. pronouns.
    PronounResolver(doc, *ix, &uf).Run();
    BuildEntities(doc, &uf);
}

}  // namespace dossier::importers
