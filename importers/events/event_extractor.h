// EventExtractor: events named by trigger nouns (event_triggers.h), with date, place,
// participants and counts.
//
//   - date: a date expression (date_resolver.h) right after the trigger ("news conference ... on
//     April 23") or just before it ("his Tuesday address"); a speech event without one takes the
//     date of the speech reported in the previous sentence ("said on April 23 ... At his news
//     conference"). Resolved against the article date; the text is kept.
//   - place: "in"/"at" + a City or Country mention after the trigger.
//   - participants: a possessive before the trigger ("his news conference": speaker for speech
//     events, else subject), or the sentence's first person for speech events; "against X"
//     (target), "to X" after an address (audience), "by X" (agent), "with X" (participant).
//   - counts: "left 83 people dead", "killing 12", "5 people were injured" -> dead/injured.
// The same kind of event named again in the article ("the uprising") is the same event unless
// its resolved date differs.
// REQUIRES: coreference has run.
#pragma once

#include "importers/document.h"
#include "importers/pipeline_tokens.h"

namespace dossier::importers {

class EventExtractor {
  public:
    void Run(Document* doc, const TokenIndex& index) const;
};

}  // namespace dossier::importers
