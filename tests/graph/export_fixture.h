// A small subgraph shared by the exporter tests: two entities, a quote with awkward characters,
// typed properties of every storable kind, and one edge whose far end is missing.
#pragma once

#include "graph/export/subgraph.h"
#include "graph/value.h"

namespace dossier::graph::testing {

inline Subgraph SampleSubgraph() {
    Node bakiyev{1, {"Person"}, {}};
    bakiyev.properties["name"] = "Kurmanbek Bakiyev";
    bakiyev.properties["aliases"] = List{Value("Bakiyev"), Value("K. Bakiyev")};
    bakiyev.properties["born"] = Date::FromYmd(1949, 8, 1);
    bakiyev.properties["mentions"] = int64_t{42};
    Node kyrgyzstan{2, {"Country"}, {}};
    kyrgyzstan.properties["name"] = "Kyrgyzstan";
    kyrgyzstan.properties["mentions"] = int64_t{7};
    Node quote{3, {"Quote"}, {}};
    quote.properties["text"] = "We will \"not\" <resign> & stay,\nsaid he";
    Edge leads{10, 1, 2, "LEADER_OF", {}};
    leads.properties["confidence"] = 0.5;
    leads.properties["since"] = int64_t{2005};
    leads.properties["current"] = false;
    Edge said{11, 1, 3, "SAID", {}};
    said.properties["sentence"] = "art-1#4";
    Edge dangling{12, 2, 99, "MET", {}};

    Subgraph g;
    g.AddNode(bakiyev);
    g.AddEdge(leads);
    g.AddNode(kyrgyzstan);
    g.AddNode(quote);
    g.AddEdge(said);
    g.AddEdge(dangling);
    return g;
}

}  // namespace dossier::graph::testing
