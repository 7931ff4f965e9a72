#include "importers/events/event_triggers.h"

#include <vector>

namespace dossier::importers {
namespace {

struct Trigger {
    std::string_view words;
    std::string_view kind;
    bool speech;
    bool needs_determiner;  // also a verb: "to address", "they protest"
};

constexpr Trigger kTriggers[] = {
    {"uprising", "uprising", false, false},
    {"revolt", "uprising", false, false},
    {"rebellion", "uprising", false, false},
    {"revolution", "uprising", false, false},
    {"coup", "coup", false, false},
    {"protest", "protest", false, true},
    {"protests", "protest", false, true},
    {"demonstration", "protest", false, false},
    {"demonstrations", "protest", false, false},
    {"rally", "protest", false, true},
    {"election", "election", false, false},
    {"elections", "election", false, false},
    {"presidential election", "election", false, false},
    {"parliamentary election", "election", false, false},
    {"parliamentary elections", "election", false, false},
    {"referendum", "election", false, false},
    {"news conference", "news conference", true, false},
    {"press conference", "news conference", true, false},
    {"briefing", "news conference", true, false},
    {"address", "address", true, true},
    {"speech", "address", true, false},
    {"interview", "interview", true, true},
    {"attack", "attack", false, true},
    {"attacks", "attack", false, true},
    {"bombing", "attack", false, true},
    {"explosion", "attack", false, false},
    {"assault", "attack", false, true},
    {"air strike", "attack", false, false},
    {"airstrike", "attack", false, false},
    {"resignation", "resignation", false, false},
    {"visit", "visit", false, true},
    {"state visit", "visit", false, false},
    {"trip", "visit", false, true},
    {"meeting", "meeting", false, false},
    {"talks", "meeting", false, true},
    {"summit", "meeting", false, false},
    {"war", "war", false, false},
    {"clashes", "clash", false, true},
    {"ceasefire", "ceasefire", false, false},
    {"cease-fire", "ceasefire", false, false},
    {"arrest", "arrest", false, true},
    {"trial", "trial", false, false},
    {"funeral", "funeral", false, false},
    {"inauguration", "inauguration", false, false},
    {"earthquake", "disaster", false, false},
    {"flood", "disaster", false, true},
    {"floods", "disaster", false, true},
    {"strike", "strike", false, true},
};

bool IsDeterminerLike(const TokenIndex& ix, int t) {
    const std::string& w = ix.lower(t);
    if (w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" ||
        w == "its" || w == "our" || w == "this" || w == "that" || w == "annual" ||
        w == "televised" || w == "official" || w == "first" || w == "recent" || w == "weekly" ||
        w == "violent" || w == "mass" || w == "peace" || w == "bilateral" || w == "new" ||
        w == "'s" || w == "\u2019s" || w == "massive" || w == "peaceful" || w == "planned" ||
        w == "surprise" || w == "last" || w == "next" || w == "two-day" || w == "deadly" ||
        w == "brief") {
        return true;
    }
    // A weekday or a capitalised name before the noun: "his Tuesday address", "Moscow talks".
    std::string_view raw = ix.text(t);
    return !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
}

struct TriggerWords {
    std::vector<std::string_view> words;
    const Trigger* trigger;
};

// The triggers split into words once.
const std::vector<TriggerWords>& Split() {
    static const std::vector<TriggerWords> split = [] {
        std::vector<TriggerWords> out;
        for (const Trigger& tr : kTriggers) {
            std::vector<std::string_view> words;
            size_t b = 0;
            while (b <= tr.words.size()) {
                size_t e = tr.words.find(' ', b);
                if (e == std::string_view::npos) e = tr.words.size();
                words.push_back(tr.words.substr(b, e - b));
                b = e + 1;
            }
            out.push_back({std::move(words), &tr});
        }
        return out;
    }();
    return split;
}

bool IsEventPreposition(std::string_view w) {
    return w == "in" || w == "on" || w == "against" || w == "with" || w == "over" || w == "at" ||
           w == "near" || w == "across" || w == "between" || w == "after" || w == "outside" ||
           w == "by";
}

}  // namespace

TriggerMatch MatchTrigger(const TokenIndex& ix, int t, int begin, int end) {
    TriggerMatch best;
    for (const TriggerWords& tw : Split()) {
        const Trigger& tr = *tw.trigger;
        const auto& words = tw.words;
        if (ix.lower(t) != words.front()) continue;
        int n = static_cast<int>(words.size());
        if (n <= best.tokens || t + n > end) continue;
        bool ok = true;
        for (int k = 0; k < n && ok; ++k) ok = ix.lower(t + k) == words[k];
        if (!ok) continue;
        if (tr.needs_determiner) {
            // Opening a sentence, the noun reading needs a preposition after it: "Protests in
            // Caracas ...", "Talks between ...".
            bool noun = t > begin ? IsDeterminerLike(ix, t - 1)
                                  : t + n < end && IsEventPreposition(ix.lower(t + n));
            if (!noun) continue;
        }
        best = {tr.kind, n, tr.speech};
    }
    return best;
}

}  // namespace dossier::importers
