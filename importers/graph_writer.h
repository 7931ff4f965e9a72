// GraphWriter: one extracted Document -> the graph, in one Transaction per article.
//
// The Article node is keyed by the article's content hash: writing an article already in the
// graph changes nothing (reported as skipped). Entities get graph::EntityNodeId(label, key) with
// key = the normalised canonical name (a Country's ISO code when known; a nominal-only entity such
// as "the interim government" is keyed within its article, since nothing names it across
// articles). Entity resolution across articles: a person or organisation whose own key is new but
// whose name or aliases match exactly one stored node of the same label through the name index
// joins that node ("Bakiyev" -> "Kurmanbek Bakiyev"). Aliases are merged with what is stored.
// Every extracted edge carries `article`, `sentence` and `evidence` (the sentence's text); see
// docs/schema.md for labels, properties and relationship types.
#pragma once

#include <cstdint>

#include "graph/graph_store.h"
#include "importers/document.h"

namespace dossier::importers {

struct WriteStats {
    bool skipped = false;         // the article was already in the graph
    uint64_t nodes_added = 0;     // every new node (entities, quotes, events, the article)
    uint64_t entities_added = 0;  // new Person, Country, City and Organization nodes
    uint64_t edges_added = 0;
};

class GraphWriter {
  public:
    // `store` is borrowed and must outlive the writer.
    explicit GraphWriter(graph::GraphStore* store) : store_(store) {}

    // Writes `doc` atomically: all of it or, on error, nothing.
    Result<WriteStats> Write(const Document& doc);

  private:
    graph::GraphStore* const store_;
};

}  // namespace dossier::importers
