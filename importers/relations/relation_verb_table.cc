#include "importers/relations/relation_verb_table.h"

#include <algorithm>
#include <array>

namespace dossier::importers {
namespace {

using enum TargetKind;

// lemma, forms (lemma|3rd person|past|participle|gerund, as they differ), preposition, type,
// target. Frames with a preposition are tried before the direct-object frame of the same verb.
constexpr VerbFrame kFrames[] = {
    // Flight and refuge.
    {"flee", "flee|flees|fled|fleeing", "to", "FLED_TO", kPlace},
    {"flee", "flee|flees|fled|fleeing", "into", "FLED_TO", kPlace},
    {"flee", "flee|flees|fled|fleeing", "from", "FLED_FROM", kPlace},
    {"flee", "flee|flees|fled|fleeing", "", "FLED_FROM", kPlace},
    {"escape", "escape|escapes|escaped|escaping", "to", "FLED_TO", kPlace},
    {"escape", "escape|escapes|escaped|escaping", "from", "FLED_FROM", kPlace},
    {"escape", "escape|escapes|escaped|escaping", "", "FLED_FROM", kPlace},
    {"take refuge", "take refuge|takes refuge|took refuge|taken refuge|taking refuge", "in",
     "FLED_TO", kPlace},
    {"seek refuge", "seek refuge|seeks refuge|sought refuge|seeking refuge", "in", "FLED_TO",
     kPlace},
    {"seek asylum", "seek asylum|seeks asylum|sought asylum|seeking asylum", "in", "FLED_TO",
     kPlace},
    {"take shelter", "take shelter|takes shelter|took shelter|taken shelter", "in", "FLED_TO",
     kPlace},
    {"defect", "defect|defects|defected|defecting", "to", "FLED_TO", kPlace},
    {"go into exile", "went into exile|gone into exile|go into exile", "in", "FLED_TO", kPlace},
    // Movement and visits.
    {"visit", "visit|visits|visited|visiting", "", "VISITED", kPlace},
    {"travel", "travel|travels|traveled|travelled|traveling|travelling", "to", "VISITED", kPlace},
    {"arrive", "arrive|arrives|arrived|arriving", "in", "VISITED", kPlace},
    {"fly", "fly|flies|flew|flown|flying", "to", "VISITED", kPlace},
    {"tour", "tour|tours|toured|touring", "", "VISITED", kPlace},
    {"return", "return|returns|returned|returning", "to", "RETURNED_TO", kPlace},
    // Meetings and talks.
    {"meet", "meet|meets|met|meeting", "with", "MET", kAgent},
    {"meet", "meet|meets|met|meeting", "", "MET", kAgent},
    {"hold talks", "hold talks|holds talks|held talks|holding talks", "with", "MET", kAgent},
    {"talk", "talk|talks|talked|talking", "with", "MET", kAgent},
    {"speak", "speak|speaks|spoke|spoken|speaking", "with", "MET", kAgent},
    {"negotiate", "negotiate|negotiates|negotiated|negotiating", "with", "NEGOTIATED_WITH", kAgent},
    {"host", "host|hosts|hosted|hosting", "", "HOSTED", kAgent},
    {"receive", "receive|receives|received|receiving", "", "HOSTED", kAgent},
    // Accusation and criticism.
    {"accuse", "accuse|accuses|accused|accusing", "", "ACCUSED", kAgent},
    {"blame", "blame|blames|blamed|blaming", "", "ACCUSED", kAgent},
    {"charge", "charge|charges|charged|charging", "", "ACCUSED", kAgent},
    {"criticize", "criticize|criticizes|criticized|criticizing", "", "CRITICIZED", kAgent},
    {"criticise", "criticise|criticises|criticised|criticising", "", "CRITICIZED", kAgent},
    {"condemn", "condemn|condemns|condemned|condemning", "", "CRITICIZED", kAgent},
    {"denounce", "denounce|denounces|denounced|denouncing", "", "CRITICIZED", kAgent},
    {"slam", "slam|slams|slammed|slamming", "", "CRITICIZED", kAgent},
    {"rebuke", "rebuke|rebukes|rebuked|rebuking", "", "CRITICIZED", kAgent},
    {"lash out", "lash out|lashes out|lashed out|lashing out", "at", "CRITICIZED", kAgent},
    {"threaten", "threaten|threatens|threatened|threatening", "", "THREATENED", kAgent},
    // Recognition and support.
    {"recognize", "recognize|recognizes|recognized|recognizing", "", "RECOGNIZED", kAgent},
    {"recognise", "recognise|recognises|recognised|recognising", "", "RECOGNIZED", kAgent},
    {"support", "support|supports|supported|supporting", "", "SUPPORTED", kAgent},
    {"back", "back|backs|backed|backing", "", "SUPPORTED", kAgent},
    {"endorse", "endorse|endorses|endorsed|endorsing", "", "SUPPORTED", kAgent},
    {"side", "side|sides|sided|siding", "with", "SUPPORTED", kAgent},
    {"praise", "praise|praises|praised|praising", "", "PRAISED", kAgent},
    {"hail", "hail|hails|hailed|hailing", "", "PRAISED", kAgent},
    {"congratulate", "congratulate|congratulates|congratulated|congratulating", "", "CONGRATULATED",
     kAgent},
    {"thank", "thank|thanks|thanked|thanking", "", "PRAISED", kAgent},
    {"reject", "reject|rejects|rejected|rejecting", "", "REJECTED", kAgent},
    {"sanction", "sanction|sanctions|sanctioned|sanctioning", "", "SANCTIONED", kAgent},
    {"protect", "protect|protects|protected|protecting", "", "PROTECTED", kAgent},
    {"shelter", "shelter|shelters|sheltered|sheltering", "", "SHELTERED", kAgent},
    {"harbor", "harbor|harbors|harbored|harboring|harbour|harboured", "", "SHELTERED", kAgent},
    {"grant asylum", "grant asylum|grants asylum|granted asylum|granting asylum", "to", "SHELTERED",
     kAgent},
    // Power.
    {"dissolve", "dissolve|dissolves|dissolved|dissolving", "", "DISSOLVED", kAgent},
    {"disband", "disband|disbands|disbanded|disbanding", "", "DISSOLVED", kAgent},
    {"suspend", "suspend|suspends|suspended|suspending", "", "SUSPENDED", kAgent},
    {"overthrow", "overthrow|overthrows|overthrew|overthrown|overthrowing", "", "OUSTED", kAgent},
    {"oust", "oust|ousts|ousted|ousting", "", "OUSTED", kAgent},
    {"topple", "topple|topples|toppled|toppling", "", "OUSTED", kAgent},
    {"depose", "depose|deposes|deposed|deposing", "", "OUSTED", kAgent},
    {"appoint", "appoint|appoints|appointed|appointing", "", "APPOINTED", kAgent},
    {"nominate", "nominate|nominates|nominated|nominating", "", "APPOINTED", kAgent},
    {"dismiss", "dismiss|dismisses|dismissed|dismissing", "", "DISMISSED", kAgent},
    {"sack", "sack|sacks|sacked|sacking", "", "DISMISSED", kAgent},
    {"fire", "fire|fires|fired|firing", "", "DISMISSED", kAgent},
    {"lead", "lead|leads|led|leading", "", "LEADER_OF", kAgent},
    {"head", "head|heads|headed|heading", "", "LEADER_OF", kAgent},
    {"rule", "rule|rules|ruled|ruling", "", "LEADER_OF", kAgent},
    {"govern", "govern|governs|governed|governing", "", "LEADER_OF", kAgent},
    {"join", "join|joins|joined|joining", "", "MEMBER_OF", kAgent},
    {"elect", "elect|elects|elected|electing", "", "ELECTED", kAgent},
    // Force and law.
    {"attack", "attack|attacks|attacked|attacking", "", "ATTACKED", kAgent},
    {"invade", "invade|invades|invaded|invading", "", "ATTACKED", kAny},
    {"bomb", "bomb|bombs|bombed|bombing", "", "ATTACKED", kAny},
    {"fight", "fight|fights|fought|fighting", "", "FOUGHT", kAgent},
    {"clash", "clash|clashes|clashed|clashing", "with", "FOUGHT", kAgent},
    {"arrest", "arrest|arrests|arrested|arresting", "", "ARRESTED", kAgent},
    {"detain", "detain|detains|detained|detaining", "", "ARRESTED", kAgent},
    {"release", "release|releases|released|releasing", "", "RELEASED", kAgent},
    {"kill", "kill|kills|killed|killing", "", "KILLED", kAgent},
    {"sue", "sue|sues|sued|suing", "", "SUED", kAgent},
    {"investigate", "investigate|investigates|investigated|investigating", "", "INVESTIGATED",
     kAgent},
    {"expel", "expel|expels|expelled|expelling", "", "EXPELLED", kAgent},
};

std::vector<std::string_view> SplitBy(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    size_t b = 0;
    for (;;) {
        size_t e = s.find(sep, b);
        out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
        if (e == std::string_view::npos) break;
        b = e + 1;
    }
    return out;
}

std::vector<VerbForm> BuildForms() {
    std::vector<VerbForm> forms;
    for (const VerbFrame& f : kFrames) {
        for (std::string_view form : SplitBy(f.forms, '|')) {
            VerbForm v{SplitBy(form, ' '), &f, false};
            std::string_view head = v.words.front();
            v.participle = head.ends_with("ed") || head.ends_with("en") || head.ends_with("wn") ||
                           head == "led" || head == "met" || head == "fled" || head == "held" ||
                           head == "fought" || head == "overthrown";
            forms.push_back(std::move(v));
        }
    }
    std::stable_sort(forms.begin(), forms.end(), [](const VerbForm& a, const VerbForm& b) {
        return a.words.size() > b.words.size();
    });
    return forms;
}

}  // namespace

std::span<const VerbFrame> VerbFrames() {
    return kFrames;
}

const std::vector<VerbForm>& VerbForms() {
    static const std::vector<VerbForm> forms = BuildForms();
    return forms;
}

}  // namespace dossier::importers
