// GraphWriter: extracted Documents -> the graph, one article per Transaction (Write) or a chunk
// of articles per Transaction (WriteChunk: one commit, one sync, for many articles).
//
// The Article node is keyed by the article's content hash: writing an article already in the
// graph changes nothing (reported as skipped). Entities get graph::EntityNodeId(label, key) with
// key = the normalised name (a Person's PersonKey, which lets the variants of a name meet; a
// Country's ISO code when known; a nominal-only entity such as "the interim government" is keyed
// within its article, since nothing names it across articles). Names and aliases are merged with
// what is stored by the canonical-name rule (name_variants.h). A short form that is another
// node's alias ("Bakiyev" -> "Kurmanbek Bakiyev") is joined to it after the import, by the
// NameResolver, so that the graph does not depend on the order articles are written in.
// Every extracted edge carries `article`, `sentence` and `evidence` (the sentence's text); state
// facts (LOCATED_IN, LEADER_OF, OFFICIAL_OF, MEMBER_OF) are one edge per fact across articles and
// imports, with a `support` count and bounded evidence lists (state_fact.h). See docs/schema.md
// for labels, properties and relationship types.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/graph_store.h"
#include "importers/document.h"

namespace dossier::importers {

struct WriteStats {
    bool skipped = false;         // the article was already in the graph
    uint64_t nodes_added = 0;     // every new node (entities, quotes, events, the article)
    uint64_t entities_added = 0;  // new Person, Country, City and Organization nodes
    uint64_t edges_added = 0;
    // The named Person, Organization and City nodes the article wrote or mentioned, in its
    // entity order (with repeats): what a NameResolver run after the import looks at.
    std::vector<graph::NodeId> entity_nodes;
};

class GraphWriter {
  public:
    // `store` is borrowed and must outlive the writer.
    explicit GraphWriter(graph::GraphStore* store) : store_(store) {}

    // Writes `doc` atomically: all of it or, on error, nothing.
    Result<WriteStats> Write(const Document& doc);

    // Writes `docs` in one Transaction and returns one result per document, in order. The chunk
    // is atomic: if the commit fails, every result is that error and nothing is stored. A
    // document that fails on its own (bad key, invalid data) gets its error and is left out;
    // the others are still written, as if the failing one had not been in the chunk. Articles
    // see the writes of the articles before them in the chunk: a repeated article is skipped,
    // and entities resolve to nodes written earlier in the chunk.
    std::vector<Result<WriteStats>> WriteChunk(const std::vector<const Document*>& docs);

  private:
    graph::GraphStore* const store_;
};

}  // namespace dossier::importers
