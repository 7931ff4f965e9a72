#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

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

// A person with an article and a quote next to him, and a country reached only through the quote.
TEST(ExportNeighbourhoodTest, LabelFiltersLeaveArticlesAndQuotesOut) {
    OpenOptions open;
    open.in_memory = true;
    auto store = GraphStore::Open("neighbourhood-labels", open);
    ASSERT_TRUE(store.ok());
    auto txn = (*store)->Begin();
    ASSERT_TRUE(txn.ok());
    ASSERT_TRUE((*txn)->PutNode(Node{1, {"Person"}, {{"name", Value("p")}}}).ok());
    ASSERT_TRUE((*txn)->PutNode(Node{2, {"Article"}, {{"title", Value("a")}}}).ok());
    ASSERT_TRUE((*txn)->PutNode(Node{3, {"Quote"}, {{"text", Value("q")}}}).ok());
    ASSERT_TRUE((*txn)->PutNode(Node{4, {"Country"}, {{"name", Value("c")}}}).ok());
    ASSERT_TRUE((*txn)->PutNode(Node{5, {"Country"}, {{"name", Value("d")}}}).ok());
    ASSERT_TRUE((*txn)->PutEdge(Edge{11, 1, 2, "MENTIONED_IN", {}}).ok());
    ASSERT_TRUE((*txn)->PutEdge(Edge{12, 1, 3, "SAID", {}}).ok());
    ASSERT_TRUE((*txn)->PutEdge(Edge{13, 3, 4, "ABOUT", {}}).ok());
    ASSERT_TRUE((*txn)->PutEdge(Edge{14, 1, 5, "VISITED", {}}).ok());
    ASSERT_TRUE((*txn)->Commit().ok());

    NeighbourhoodOptions options;
    options.hops = 2;
    options.exclude_labels = kDefaultExcludedLabels;
    auto n = CollectNeighbourhood(**store, {1}, options);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(NodeIds(n->graph), (std::set<NodeId>{1, 5}));
    EXPECT_EQ(n->excluded_per_label, (std::map<std::string, size_t>{{"Article", 1}, {"Quote", 1}}));

    NeighbourhoodOptions quotes;
    quotes.hops = 2;
    quotes.only_labels = {"Person", "Quote", "Country"};
    auto q = CollectNeighbourhood(**store, {1}, quotes);
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(NodeIds(q->graph), (std::set<NodeId>{1, 3, 4, 5}));
    EXPECT_EQ(EdgeIds(q->graph), (std::set<EdgeId>{12, 13, 14}));
}

}  // namespace
}  // namespace dossier::graph
