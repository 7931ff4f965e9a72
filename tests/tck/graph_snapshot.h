// The state of a graph as the TCK counts side effects: node ids, relationship ids, label names in
// use, and (entity, key, value) property triples. The difference of two snapshots gives the
// +nodes/-nodes, +relationships/-relationships, +labels/-labels, +properties/-properties counts.
#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "graph/graph_store.h"

namespace dossier::tck {

struct GraphSnapshot {
    std::set<uint64_t> nodes;
    std::set<uint64_t> relationships;
    std::set<std::string> labels;
    std::set<std::tuple<char, uint64_t, std::string, std::string>>
        properties;  // 'n'/'r', id, key, value
};

Result<GraphSnapshot> TakeSnapshot(const graph::GraphReader& reader);

// Keys "+nodes", "-nodes", "+relationships", ..., each present (0 when unchanged).
std::map<std::string, int64_t> SideEffects(const GraphSnapshot& before, const GraphSnapshot& after);

}  // namespace dossier::tck
