#include "importers/events/event_extractor.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "graph/ascii.h"
#include "importers/events/date_resolver.h"
#include "importers/events/event_triggers.h"
#include "importers/quotes/quote_cues.h"

namespace dossier::importers {
namespace {

std::optional<int64_t> ParseCount(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "zero",     "one",     "two",     "three",     "four",     "five",     "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (size_t i = 0; i < std::size(kWords); ++i) {
        if (w == kWords[i]) return static_cast<int64_t>(i);
    }
    std::string digits;
    for (char c : w) {
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
        } else if (c != ',') {
            return std::nullopt;
        }
    }
    if (digits.empty() || digits.size() > 9) return std::nullopt;
    int64_t v = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), v);
    return v;
}

bool IsDeadWord(std::string_view w) {
    return w == "dead" || w == "killed" || w == "died" || w == "deaths" || w == "dying";
}
bool IsInjuredWord(std::string_view w) {
    return w == "injured" || w == "wounded" || w == "hurt";
}
bool IsPeopleWord(std::string_view w) {
    return w == "people" || w == "persons" || w == "civilians" || w == "protesters" ||
           w == "soldiers" || w == "police" || w == "officers" || w == "demonstrators" ||
           w == "others";
}

class Extractor {
  public:
    Extractor(Document* doc, const TokenIndex& ix)
        : doc_(*doc), ix_(ix), dates_(doc->article.date) {}

    void Run() {
        for (int s = 0; s < static_cast<int>(doc_.sentences.size()); ++s) {
            sentence_dates_.push_back(dates_.Find(doc_, ix_, s));
        }
        for (int s = 0; s < static_cast<int>(doc_.sentences.size()); ++s) Sentence(s);
    }

  private:
    void Sentence(int s) {
        const int b = ix_.sentence_begin(s), e = ix_.sentence_end(s);
        for (int t = b; t < e; ++t) {
            if (ix_.MentionAt(t) >= 0 &&
                doc_.mentions[ix_.MentionAt(t)].type != EntityType::kEvent) {
                continue;  // "National Assembly", "Election Commission": names, not events
            }
            TriggerMatch tr = MatchTrigger(ix_, t, b, e);
            if (tr.kind.empty()) continue;
            Occurrence(s, t, tr);
            t += tr.tokens - 1;
        }
    }

    const DateExpression* DateNear(int s, int t, int end_trigger) const {
        for (const DateExpression& d : sentence_dates_[s]) {
            int after = d.first_token - end_trigger;  // tokens between trigger and date
            int before = t - d.end_token;
            if ((after >= 0 && after <= 6) || (before >= 0 && before <= 2)) {
                // Not across a verb of saying or a comma: "uprising, said on April 23".
                int lo = std::min(end_trigger, d.end_token), hi = std::max(t, d.first_token);
                bool blocked = false;
                for (int k = lo; k < hi; ++k) {
                    const std::string& w = ix_.lower(k);
                    blocked = blocked || w == "," || IsSpeechCue(w);
                    // "fled last week after the uprising": the date belongs to another clause.
                    if (before >= 0 &&
                        (w == "after" || w == "before" || w == "since" || w == "that" ||
                         w == "which" || w == "following" || w == "until" || w == "during")) {
                        blocked = true;
                    }
                }
                if (!blocked) return &d;
            }
        }
        return nullptr;
    }

    // The date of the speech reported in the previous sentence: "X said on April 23 that ...".
    const DateExpression* SpeechDateBefore(int s) const {
        if (s == 0) return nullptr;
        for (const DateExpression& d : sentence_dates_[s - 1]) {
            for (int k = d.first_token - 1; k >= d.first_token - 2 && k >= 0; --k) {
                if (IsSpeechCue(ix_.lower(k))) return &d;
            }
        }
        return nullptr;
    }

    int EntityAt(int t) const {
        int m = ix_.MentionAt(t);
        return m >= 0 ? doc_.mentions[m].entity : -1;
    }

    void AddParticipant(Event* ev, int entity, const std::string& role) {
        if (entity < 0) return;
        for (const auto& p : ev->participants) {
            if (p.entity == entity) return;
        }
        ev->participants.push_back({entity, role});
    }

    void Occurrence(int s, int t, const TriggerMatch& tr) {
        const int b = ix_.sentence_begin(s), e = ix_.sentence_end(s);
        const int end_trigger = t + tr.tokens;
        Event ev;
        ev.kind = std::string(tr.kind);
        ev.sentence = s;
        ev.span = {doc_.tokens[t].span.start, doc_.tokens[end_trigger - 1].span.end};
        ev.text = std::string(doc_.TextOf(doc_.sentences[s].span));
        ev.rule = "trigger";
        const DateExpression* date = DateNear(s, t, end_trigger);
        if (!date && tr.speech) {
            date = SpeechDateBefore(s);
            if (date) ev.rule = "trigger+speech-date";
        }
        if (date) {
            ev.date = date->iso;
            ev.date_text = date->text;
        }
        // Place: "in"/"at" + a place within a few words after the trigger.
        for (int k = end_trigger; k < e && k - end_trigger <= 5; ++k) {
            if (ix_.lower(k) != "in" && ix_.lower(k) != "at" && ix_.lower(k) != "near") continue;
            int m = k + 1 < e ? ix_.MentionAt(k + 1) : -1;
            if (m >= 0 && (doc_.mentions[m].type == EntityType::kCity ||
                           doc_.mentions[m].type == EntityType::kCountry)) {
                ev.place = doc_.mentions[m].entity;
                break;
            }
        }
        // Possessive owner: "his news conference", "Russia's attack".
        const std::string role = tr.speech ? "speaker" : "subject";
        for (int k = t - 1; k >= b && t - k <= 3; --k) {
            int m = ix_.MentionAt(k);
            if (m < 0) continue;
            const Mention& mm = doc_.mentions[m];
            std::string w = AsciiLower(mm.text);
            bool possessive =
                w == "his" || w == "her" || w == "their" ||
                (k + 1 < e && (ix_.lower(k + 1) == "'s" || ix_.lower(k + 1) == "\u2019s")) ||
                mm.text.ends_with("'s") || mm.text.ends_with("\u2019s");
            if (possessive) AddParticipant(&ev, mm.entity, role);
            break;
        }
        if (ev.participants.empty() && tr.speech) {
            for (int k = b; k < e; ++k) {
                int m = ix_.MentionAt(k);
                if (m >= 0 && doc_.mentions[m].type == EntityType::kPerson &&
                    doc_.mentions[m].form != MentionForm::kPronoun) {
                    AddParticipant(&ev, doc_.mentions[m].entity, "speaker");
                    break;
                }
            }
        }
        // Roles after the trigger.
        // The preposition follows the noun directly ("uprising against", "address to").
        for (int k = end_trigger; k < e && k - end_trigger <= 1; ++k) {
            const std::string& w = ix_.lower(k);
            std::string role_after = w == "against"                        ? "target"
                                     : w == "by"                           ? "agent"
                                     : w == "with"                         ? "participant"
                                     : (w == "to" && ev.kind == "address") ? "audience"
                                                                           : "";
            if (role_after.empty()) continue;
            int j = k + 1;
            while (j < e &&
                   (ix_.lower(j) == "the" || ix_.lower(j) == "his" || ix_.lower(j) == "her" ||
                    ix_.lower(j) == "their") &&
                   ix_.MentionAt(j) < 0) {
                ++j;
            }
            int m = j < e ? ix_.MentionAt(j) : -1;
            if (m < 0) continue;
            AddParticipant(&ev, doc_.mentions[m].entity, role_after);
            // "to the National Assembly and the Belarusian people"
            int n = ix_.MentionEnd(m);
            while (n + 1 < e && ix_.lower(n) == "and") {
                int j2 = n + 1;
                while (j2 < e && ix_.lower(j2) == "the") ++j2;
                int m2 = j2 < e ? ix_.MentionAt(j2) : -1;
                if (m2 < 0) break;
                AddParticipant(&ev, doc_.mentions[m2].entity, role_after);
                n = ix_.MentionEnd(m2);
            }
            break;
        }
        // Figures anywhere in the sentence: "40 people were killed in an air strike".
        Counts(s, ix_.sentence_begin(s), &ev);
        Merge(std::move(ev));
    }

    // "left 83 people dead", "killing 12 people", "5 people were injured", "83 dead", anywhere
    // in the sentence from `from`.
    void Counts(int s, int from, Event* ev) {
        const int e = ix_.sentence_end(s);
        for (int k = from; k < e; ++k) {
            auto n = ParseCount(ix_.lower(k));
            if (!n) continue;
            // Look right of the number for what happened to them.
            for (int j = k + 1; j < e && j - k <= 4; ++j) {
                const std::string& w = ix_.lower(j);
                if (IsDeadWord(w)) {
                    ev->properties["dead"] = *n;
                    break;
                }
                if (IsInjuredWord(w)) {
                    ev->properties["injured"] = *n;
                    break;
                }
                if (!IsPeopleWord(w) && w != "were" && w != "have" && w != "been" && w != "had") {
                    break;
                }
            }
            // Left of it: "killing 12", "injuring 40".
            if (k > from) {
                const std::string& v = ix_.lower(k - 1);
                if (v == "killing" || v == "killed") ev->properties["dead"] = *n;
                if (v == "injuring" || v == "wounding" || v == "wounded" || v == "injured") {
                    ev->properties["injured"] = *n;
                }
            }
        }
    }

    // A speaker who addresses a country's people or legislature speaks as its leader ("annual
    // address to the National Assembly and the Belarusian people"). The title is the one the
    // speaker uses of himself in his quotes ("your president"), else "leader".
    void AddressToNation(const Event& ev) {
        if (ev.kind != "address") return;
        int speaker = -1, country = -1;
        for (const auto& p : ev.participants) {
            if (p.role == "speaker") speaker = p.entity;
            if (p.role == "audience" && doc_.entities[p.entity].label == EntityType::kCountry) {
                country = p.entity;
            }
        }
        if (speaker < 0 || country < 0 || doc_.entities[speaker].label != EntityType::kPerson) {
            return;
        }
        std::string title = "leader";
        for (const Quote& q : doc_.quotes) {
            if (q.speaker != speaker || !q.direct) continue;
            for (std::string_view office :
                 {"president", "prime minister", "king", "queen", "chancellor", "leader"}) {
                if (AsciiLower(q.text).find("your " + std::string(office)) != std::string::npos) {
                    title = std::string(office);
                }
            }
        }
        Relation r;
        r.type = "LEADER_OF";
        r.source = speaker;
        r.target = country;
        r.sentence = ev.sentence;
        r.span = ev.span;
        r.rule = "address-to-nation";
        r.properties["title"] = title;
        for (const Relation& old : doc_.relations) {
            if (old.type == r.type && old.source == r.source && old.target == r.target) return;
        }
        doc_.relations.push_back(std::move(r));
    }

    void Merge(Event ev) {
        AddressToNation(ev);
        for (Event& old : doc_.events) {
            if (old.kind != ev.kind) continue;
            if (!old.date.empty() && !ev.date.empty() && old.date != ev.date) continue;
            if (old.date.empty() && !ev.date.empty()) {
                old.date = ev.date;
                old.date_text = ev.date_text;
            }
            if (old.place < 0) old.place = ev.place;
            for (const auto& p : ev.participants) AddParticipant(&old, p.entity, p.role);
            for (const auto& [k, v] : ev.properties) old.properties.emplace(k, v);
            return;
        }
        ev.id = static_cast<int>(doc_.events.size());
        doc_.events.push_back(std::move(ev));
    }

    Document& doc_;
    const TokenIndex& ix_;
    DateResolver dates_;
    std::vector<std::vector<DateExpression>> sentence_dates_;
};

}  // namespace

void EventExtractor::Run(Document* doc, const TokenIndex& index) const {
    Extractor(doc, index).Run();
}

}  // namespace dossier::importers
