// Date expressions as mentions: absolute ("April 23", "23 April 2010", "22-06-2018", "in 2010")
// and relative ("Tuesday", "early Monday morning", "last week", "yesterday", "two days ago").
// Only the expression is matched (never the preposition before it); resolving it against the
// article date is the date resolver's work.
#pragma once

#include <cstddef>
#include <string>

#include "importers/mentions/mention_token_view.h"

namespace dossier::importers {

struct DateMatch {
    size_t length = 0;      // tokens; 0 when no date starts here
    const char* rule = "";  // "date:month-day", "date:numeric", "date:weekday", ...
};

// The date expression starting at token i (not crossing `end`).
DateMatch MatchDateAt(const TokenView& tokens, size_t i, size_t end);

}  // namespace dossier::importers
