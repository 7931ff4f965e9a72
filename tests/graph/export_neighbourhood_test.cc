#include <gtest/gtest.h>

#include <set>

#include "graph/export/neighbourhood.h"
#include "graph/graph_store.h"

namespace dossier::graph {
namespace {

// A chain 1 -> 2 <- 3 -> 4 plus an edge 4 -> 5, in an in-memory store.
std::unique_ptr<GraphStore> ChainStore() {
    OpenOptions options;
    options.in_memory = true;
    auto store = GraphStore::Open("neighbourhood-test", options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    auto txn = (*store)->Begin();
    EXPECT_TRUE(txn.ok());
    for (NodeId id = 1; id <= 5; ++id) {
        EXPECT_TRUE((*txn)
                        ->PutNode(Node{id, {"Person"}, {{"name", Value("p" + std::to_string(id))}}})
                        .ok());
    }
    EXPECT_TRUE((*txn)->PutEdge(Edge{11, 1, 2, "MET", {}}).ok());
    EXPECT_TRUE((*txn)->PutEdge(Edge{12, 3, 2, "MET", {}}).ok());
    EXPECT_TRUE((*txn)->PutEdge(Edge{13, 3, 4, "MET", {}}).ok());
    EXPECT_TRUE((*txn)->PutEdge(Edge{14, 4, 5, "MET", {}}).ok());
    EXPECT_TRUE((*txn)->Commit().ok());
    return std::move(store).value();
}

std::set<NodeId> NodeIds(const Subgraph& g) {
    std::set<NodeId> ids;
    for (const Node& n : g.nodes()) ids.insert(n.id);
    return ids;
}

std::set<EdgeId> EdgeIds(const Subgraph& g) {
    std::set<EdgeId> ids;
    for (const Edge& e : g.edges()) ids.insert(e.id);
    return ids;
}

TEST(ExportNeighbourhoodTest, HopsFollowBothDirections) {
    auto store = ChainStore();
    NeighbourhoodOptions one;
    one.hops = 1;
    auto n1 = CollectNeighbourhood(*store, {2}, one);
    ASSERT_TRUE(n1.ok()) << n1.status().ToString();
    EXPECT_EQ(NodeIds(n1->graph), (std::set<NodeId>{1, 2, 3}));
    EXPECT_EQ(EdgeIds(n1->graph), (std::set<EdgeId>{11, 12}));
    EXPECT_FALSE(n1->truncated);

    NeighbourhoodOptions two;
    two.hops = 2;
    auto n2 = CollectNeighbourhood(*store, {2}, two);
    ASSERT_TRUE(n2.ok());
    EXPECT_EQ(NodeIds(n2->graph), (std::set<NodeId>{1, 2, 3, 4}));
    EXPECT_EQ(EdgeIds(n2->graph), (std::set<EdgeId>{11, 12, 13}));
}

TEST(ExportNeighbourhoodTest, StopsAtMaxNodes) {
    auto store = ChainStore();
    NeighbourhoodOptions options;
    options.hops = 4;
    options.max_nodes = 3;
    auto n = CollectNeighbourhood(*store, {2}, options);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->graph.nodes().size(), 3u);
    EXPECT_TRUE(n->truncated);
}

}  // namespace
}  // namespace dossier::graph
