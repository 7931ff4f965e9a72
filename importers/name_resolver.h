// NameResolver: after an import, joins each short form of a name to the entity it stands for,
// the same way whatever order the articles were written in.
//
// The GraphWriter already makes the variants of a full name one node (PersonKey: middle names
// and initials, "Jr.", accents, case, possessives, hyphens). What it cannot decide alone is a
// bare surname or a short form ("Okafor", "UN"): that depends on every article of the import.
// So the writer writes them as their own nodes and the resolver, run once the articles are in,
// decides for the nodes the import touched (and the nodes that share a name with them):
//   - a Person named by one word joins the Person with two or more words whose first or last
//     word it is and who carries it as a name or alias, when that bearer is dominant: the only
//     one, or mentioned in at least kDominantShare times as many articles as the next. With two
//     prominent bearers (a father and son, a husband and wife) the short node stays separate.
//   - an Organization or City whose name is the alias of exactly one other node of its label,
//     which has the more canonical name (name_variants.h), joins that node.
// Joining moves every edge of the short node to the full one, with the id the writer would have
// given it there (edge_key.h; two edges that meet become one: MENTIONED_IN counts add up, state
// facts merge their support), adds the short node's names to the full one's aliases, and deletes
// the short node.
//
// Within one import the result does not depend on article order. Across imports a join made
// earlier stands: a later import that makes a second bearer prominent does not split it again.
// Not thread-safe; Run needs the store's writer.
#pragma once

#include <cstdint>
#include <set>
#include <vector>

#include "graph/graph_store.h"

namespace dossier::importers {

// A bearer is dominant when mentioned in at least this many times as many articles as the next
// bearer of the same short name: 3 keeps "Bush" apart when both father and son are in the news,
// and joins it when one of them fills the coverage.
inline constexpr uint64_t kDominantShare = 3;

struct ResolveStats {
    uint64_t joined = 0;     // short-name nodes joined to a full-name node
    uint64_t ambiguous = 0;  // short names left alone because two bearers are prominent
};

class NameResolver {
  public:
    // Entity nodes the import wrote (WriteStats::entity_nodes).
    void Note(const std::vector<graph::NodeId>& nodes);

    // Resolves the noted nodes in one transaction and forgets them.
    Result<ResolveStats> Run(graph::GraphStore* store);

  private:
    std::set<graph::NodeId> noted_;
};

}  // namespace dossier::importers
