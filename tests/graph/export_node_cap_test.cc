#include <gtest/gtest.h>

#include <set>

#include "graph/export/node_cap.h"
#include "graph/export/parallel_edges.h"

namespace dossier::graph {
namespace {

Node Person(NodeId id) {
    return Node{id, {"Person"}, {{"name", Value("p" + std::to_string(id))}}};
}

// A star around 1 (joined to 2..5), 2 also joined to 3 and 4, and 6 joined to 5 only.
Subgraph Star() {
    Subgraph g;
    for (NodeId id = 1; id <= 6; ++id) g.AddNode(Person(id));
    EdgeId e = 100;
    for (NodeId id = 2; id <= 5; ++id) g.AddEdge(Edge{++e, 1, id, "MET", {}});
    g.AddEdge(Edge{++e, 2, 3, "MET", {}});
    g.AddEdge(Edge{++e, 2, 4, "MET", {}});
    g.AddEdge(Edge{++e, 6, 5, "MET", {}});
    return g;
}

std::set<NodeId> NodeIds(const Subgraph& g) {
    std::set<NodeId> ids;
    for (const Node& n : g.nodes()) ids.insert(n.id);
    return ids;
}

TEST(NodeCapTest, KeepsTheMostConnectedAndTheStartNodes) {
    const CappedSubgraph three = KeepMostConnected(Star(), {6}, 3);
    // 6 is kept because it was asked for; 1 (4 neighbours) and 2 (3) are the most connected.
    EXPECT_EQ(NodeIds(three.graph), (std::set<NodeId>{1, 2, 6}));
    EXPECT_EQ(three.left_out(), 3u);
    EXPECT_EQ(DescribeLeftOut(three.left_out_per_label), "3 Person");
    // Only edges between kept nodes remain.
    EXPECT_EQ(three.graph.edges().size(), 1u);
}

TEST(NodeCapTest, SmallGraphsComeBackWhole) {
    const CappedSubgraph all = KeepMostConnected(Star(), {}, 6);
    EXPECT_EQ(all.graph.nodes().size(), 6u);
    EXPECT_EQ(all.graph.edges().size(), 7u);
    EXPECT_EQ(all.left_out(), 0u);
}

TEST(ParallelEdgesTest, EdgesOfOneTypeBetweenTwoNodesBecomeOneWithACount) {
    Subgraph g;
    g.AddNode(Person(1));
    g.AddNode(Person(2));
    g.AddEdge(Edge{10, 1, 2, "MET", {{"evidence", Value("first")}}});
    g.AddEdge(Edge{11, 1, 2, "MET", {{"evidence", Value("second")}}});
    g.AddEdge(Edge{12, 1, 2, "MET", {}});
    g.AddEdge(Edge{13, 2, 1, "MET", {}});      // the other direction stays apart
    g.AddEdge(Edge{14, 1, 2, "PRAISED", {}});  // so does another type
    const Subgraph merged = MergeParallelEdges(g);
    const std::vector<Edge> edges = merged.edges();
    ASSERT_EQ(edges.size(), 3u);
    EXPECT_EQ(edges[0].id, 10u);
    EXPECT_EQ(edges[0].Find("evidence")->as_string(), "first");
    EXPECT_EQ(edges[0].Find(kParallelCountProperty)->as_int(), 3);
    EXPECT_EQ(edges[1].Find(kParallelCountProperty), nullptr);
    EXPECT_EQ(edges[2].type, "PRAISED");
}

}  // namespace
}  // namespace dossier::graph
