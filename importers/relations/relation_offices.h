// Offices and titles as the meaning stages use them: which make a LEADER_OF (head of state,
// government or organisation) and which an OFFICIAL_OF, and which modifiers mean "former".
#pragma once

#include <string>
#include <string_view>

#include "importers/pipeline_tokens.h"

namespace dossier::importers {

enum class OfficeKind : uint8_t { kNone, kLeader, kOfficial };

struct OfficeMatch {
    OfficeKind kind = OfficeKind::kNone;
    std::string title;  // lower case: "prime minister", "foreign minister", "leader"
    int tokens = 0;     // tokens consumed
};

// Longest office title starting at token `t` (and ending before `end`).
OfficeMatch MatchOffice(const TokenIndex& ix, int t, int end);
// Longest office title ending just before token `end` (scanning back, not before `begin`).
OfficeMatch MatchOfficeBefore(const TokenIndex& ix, int begin, int end);

// "former", "ousted", "deposed", "ex", "toppled", "exiled", "late" (the last for the dead).
bool IsFormerOfficeModifier(std::string_view lower);

}  // namespace dossier::importers
