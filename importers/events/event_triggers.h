// The event trigger lexicon: nouns and noun phrases that name an event, mapped to its kind.
#pragma once

#include <string_view>

#include "importers/pipeline_tokens.h"

namespace dossier::importers {

struct TriggerMatch {
    std::string_view kind;  // "uprising", "news conference", ...; empty when none
    int tokens = 0;
    bool speech = false;  // an event where someone speaks (news conference, address, speech)
};

// Longest trigger starting at token `t` (before `end`). Nouns that are also verbs ("address",
// "visit", "attack", "protest") count only after a determiner, possessive, adjective or number.
TriggerMatch MatchTrigger(const TokenIndex& ix, int t, int begin, int end);

}  // namespace dossier::importers
