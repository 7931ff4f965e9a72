// The verb table: lemma + preposition frames -> relationship types (PETRARCH2-style patterns).
//
// Each frame lists the inflected forms of a verb or verb phrase, the preposition that introduces
// its target ("" for a direct object), the relationship type, and what the target may be. The
// table itself, with one line per frame, is in relation_verb_table.cc and is documented in
// docs/schema.md. Relation types are UPPER_SNAKE_CASE nouns of the action in the past tense.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace dossier::importers {

enum class TargetKind : uint8_t {
    kPlace,  // Country or City
    kAgent,  // Person, Organization or Country (a government acting)
    kAny,    // any entity
};

struct VerbFrame {
    std::string_view lemma;  // "flee", "take refuge"
    std::string_view forms;  // '|'-separated inflections, each space-separated words
    std::string_view prep;   // "to", "in", ... or "" for a direct object
    std::string_view type;   // FLED_TO, MET, ...
    TargetKind target;
};

// All frames, in table order.
std::span<const VerbFrame> VerbFrames();

// One matchable surface form of a frame: its words and whether it is a past participle (for
// passive voice "was ousted by").
struct VerbForm {
    std::vector<std::string_view> words;
    const VerbFrame* frame;
    bool participle;
};

// Every form of every frame, longest first (so "take refuge" beats "take").
const std::vector<VerbForm>& VerbForms();

}  // namespace dossier::importers
