// EdgeKey: the natural key of an edge the importer writes, read back from its properties. The
// GraphWriter gives every edge the id FactEdgeId(src, type, dst, EdgeKey(edge)), and the
// NameResolver, moving an edge to the node a short name joins, gives it the id the writer would
// have given it there: the graph does not depend on which of the two put the edge in place.
//
//   MENTIONED_IN        "<article>"
//   state facts         StateFactKey (title, negated; state_fact.h)
//   PARTICIPATED_IN     "<article>#<sentence>#<role>"
//   any other           "<article>#<sentence>"
#pragma once

#include <string>

#include "graph/graph_store.h"

namespace dossier::importers {

std::string EdgeKey(const graph::Edge& edge);

// FactEdgeId(edge.src, edge.type, edge.dst, EdgeKey(edge)).
graph::EdgeId ImportedEdgeId(const graph::Edge& edge);

}  // namespace dossier::importers
