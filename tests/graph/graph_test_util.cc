#include "tests/graph/graph_test_util.h"

#include <stdlib.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

namespace dossier::graph::testing {

TempDir::TempDir() {
    std::string pattern = std::filesystem::temp_directory_path().string() + "/dossier-test-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) std::abort();
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

Node MakeNode(NodeId id, std::vector<std::string> labels, PropertyMap props) {
    Node n;
    n.id = id;
    n.labels = std::move(labels);
    n.properties = std::move(props);
    return n;
}

Edge MakeEdge(EdgeId id, NodeId src, std::string type, NodeId dst, PropertyMap props) {
    Edge e;
    e.id = id;
    e.src = src;
    e.dst = dst;
    e.type = std::move(type);
    e.properties = std::move(props);
    return e;
}

std::string CheckInvariants(const GraphStore& store) {
    std::ostringstream errors;
    int reported = 0;
    auto fail = [&](const std::string& what) {
        if (reported++ < 10) errors << what << "\n";
    };

    std::map<std::string, uint64_t> label_counts;
    uint64_t nodes = 0;
    auto node_it = store.ScanNodes();
    for (; node_it->Valid(); node_it->Next()) {
        ++nodes;
        auto node = store.GetNode(node_it->id());
        if (!node.ok()) {
            fail("node " + std::to_string(node_it->id()) + ": " + node.status().ToString());
            continue;
        }
        for (const auto& label : node->labels) ++label_counts[label];
        for (auto adj = store.Adjacent(node->id, Direction::kBoth); adj->Valid(); adj->Next()) {
            const Adjacency& a = adj->entry();
            auto edge = store.GetEdge(a.edge);
            if (!edge.ok()) {
                fail("adjacency of node " + std::to_string(node->id) + " names missing edge " +
                     std::to_string(a.edge));
                continue;
            }
            const bool out = a.direction == Direction::kOut;
            const NodeId here = out ? edge->src : edge->dst;
            const NodeId there = out ? edge->dst : edge->src;
            if (here != node->id || there != a.neighbour || edge->type != a.type) {
                fail("adjacency entry of node " + std::to_string(node->id) +
                     " disagrees with edge " + std::to_string(a.edge));
            }
            if (!store.HasNode(a.neighbour)) {
                fail("edge " + std::to_string(a.edge) + " ends at missing node " +
                     std::to_string(a.neighbour));
            }
        }
        if (const Value* name = node->Find("name");
            name && name->is_string() && !NormalizeName(name->as_string()).empty()) {
            auto found = store.FindByName(name->as_string());
            if (std::find(found.begin(), found.end(), node->id) == found.end()) {
                fail("name index misses node " + std::to_string(node->id));
            }
        }
    }
    if (!node_it->status().ok()) fail("node scan: " + node_it->status().ToString());

    std::map<std::string, uint64_t> type_counts;
    uint64_t edges = 0;
    for (auto edge_it = store.ScanEdges(); edge_it->Valid(); edge_it->Next()) {
        ++edges;
        auto edge = store.GetEdge(edge_it->id());
        if (!edge.ok()) {
            fail("edge " + std::to_string(edge_it->id()) + ": " + edge.status().ToString());
            continue;
        }
        ++type_counts[edge->type];
        for (Direction dir : {Direction::kOut, Direction::kIn}) {
            const NodeId at = dir == Direction::kOut ? edge->src : edge->dst;
            bool seen = false;
            for (auto adj = store.Adjacent(at, dir, edge->type); adj->Valid(); adj->Next()) {
                seen = seen || adj->entry().edge == edge->id;
            }
            if (!seen) fail("edge " + std::to_string(edge->id) + " missing from adjacency");
        }
    }

    for (const auto& [label, count] : label_counts) {
        uint64_t indexed = 0;
        for (auto it = store.ScanLabel(label); it->Valid(); it->Next()) {
            ++indexed;
            auto node = store.GetNode(it->id());
            if (!node.ok() || !node->HasLabel(label)) {
                fail("label index " + label + " names node " + std::to_string(it->id()) +
                     " without that label");
            }
        }
        if (indexed != count) fail("label index " + label + " count disagrees");
    }

    auto stats = store.Stats();
    if (!stats.ok()) {
        fail("stats: " + stats.status().ToString());
    } else {
        if (stats->node_count != nodes) {
            fail("stats node count " + std::to_string(stats->node_count) + " != scanned " +
                 std::to_string(nodes));
        }
        if (stats->edge_count != edges) {
            fail("stats edge count " + std::to_string(stats->edge_count) + " != scanned " +
                 std::to_string(edges));
        }
        if (stats->nodes_per_label != label_counts) fail("stats per-label counts disagree");
        if (stats->edges_per_type != type_counts) fail("stats per-type counts disagree");
    }
    return errors.str();
}

}  // namespace dossier::graph::testing
