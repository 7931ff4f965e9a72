// State facts: relations that hold rather than happen (LOCATED_IN, LEADER_OF, OFFICIAL_OF,
// MEMBER_OF) are one edge per (source, type, target, title, negated), whatever the number of
// articles that state them. The edge carries `support` (how many articles state it) and its
// evidence as three parallel lists sorted by article key, at most kMaxStateEvidence long:
// `articles` (article keys), `sentences` (sentence indices) and `evidences` (the sentences'
// text). `article`, `sentence` and `evidence` hold the first entry, as on every other edge, and
// the edge's other properties (`rule`, `verb`, `former`, `attributed_to`, ...) are those of
// the relation that gave that entry.
//
// MergeStateFacts is commutative and associative for edges whose articles are disjoint (each
// article is written once), so the edge does not depend on the order articles are imported in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/value.h"

namespace dossier::importers {

// Evidence entries kept on a state edge: enough to read why a fact holds, bounded so that a
// fact stated by thousands of articles (a capital and its country) stays a small record.
inline constexpr size_t kMaxStateEvidence = 8;

bool IsStateFact(std::string_view type);

// One supporting article of a state edge, as its parallel `articles`/`sentences`/`evidences`
// lists hold it (docs/schema.md).
struct StateEvidence {
    std::string article;
    int64_t sentence = 0;
    std::string evidence;
};

// The evidence entries of a state edge; empty when the edge has no evidence lists.
std::vector<StateEvidence> StateEvidenceOf(const graph::PropertyMap& properties);

// The part of a state edge's id after its ends and type: its title and whether it is negated,
// read from its properties.
std::string StateFactKey(const graph::PropertyMap& properties);

// Gives an edge with the single-article provenance `article`/`sentence`/`evidence` its state
// form: support 1 and one evidence entry.
void MakeStateFact(graph::Edge* edge);

// `into` and `from` are state edges with the same id; `into` becomes their union.
void MergeStateFacts(graph::Edge* into, const graph::Edge& from);

}  // namespace dossier::importers
