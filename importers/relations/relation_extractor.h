// RelationExtractor: typed relations between the entities of one article.
//
// Sources of relations, each recorded in Relation::rule:
//   - "verb-frame": the verb table (relation_verb_table.h). The source is the nearest agent
//     mention before the verb in its clause (relative pronouns, auxiliaries and adverbs skipped);
//     the target the first mention after the verb, or after the frame's preposition; coordinated
//     targets ("the parliament and the Constitutional Court") each get a relation. Passive voice
//     ("was ousted by X") swaps the ends. A city acting as an agent ("Moscow did not recognize")
//     stands for its country when the country is in the article (metonymy).
//   - "role-appositive"/"office-nominal": titles with a country ("Ousted Kyrgyz leader Kurmanbek
//     Bakiyev", "the Russian foreign minister") -> LEADER_OF / OFFICIAL_OF with `title`, and
//     `former` when ousted or ex-.
//   - "gazetteer-city": LOCATED_IN from a city to its country when both are in the article.
// Negation ("did not", "never", "refused to", "stopped short of") sets `negated`; a relation
// whose verb lies inside a quote is attributed_to the quote's speaker.
// REQUIRES: coreference and quotes have run.
#pragma once

#include "importers/document.h"
#include "importers/pipeline_tokens.h"

namespace dossier::importers {

class RelationExtractor {
  public:
    void Run(Document* doc, const TokenIndex& index) const;
};

}  // namespace dossier::importers
