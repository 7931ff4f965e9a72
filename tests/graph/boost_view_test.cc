#include "graph/boost_view.h"

#include <gtest/gtest.h>

#include <map>
#include <numeric>

#include "tests/graph/graph_test_util.h"

namespace dossier::graph {
namespace {

using testing::MakeEdge;
using testing::MakeNode;

template <typename T>
std::map<NodeId, T> AsMap(const std::vector<std::pair<NodeId, T>>& v) {
    return std::map<NodeId, T>(v.begin(), v.end());
}

// 1 -KNOWS-> 2 -KNOWS-> 3, 4 alone, 5 -IN-> 6 (a Country), and 2 -IN-> 6.
class BoostViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        OpenOptions options;
        options.in_memory = true;
        store_ = std::move(GraphStore::Open("boost", options)).value();
        auto txn = std::move(store_->Begin()).value();
        for (NodeId id = 1; id <= 5; ++id) {
            ASSERT_TRUE(txn->PutNode(MakeNode(id, {"Person"}, {{"n", Value(int64_t(id))}})).ok());
        }
        ASSERT_TRUE(txn->PutNode(MakeNode(6, {"Country"})).ok());
        ASSERT_TRUE(txn->PutEdge(MakeEdge(12, 1, "KNOWS", 2, {{"w", Value(1.5)}})).ok());
        ASSERT_TRUE(txn->PutEdge(MakeEdge(23, 2, "KNOWS", 3)).ok());
        ASSERT_TRUE(txn->PutEdge(MakeEdge(56, 5, "IN", 6)).ok());
        ASSERT_TRUE(txn->PutEdge(MakeEdge(26, 2, "IN", 6)).ok());
        ASSERT_TRUE(txn->Commit().ok());
    }
    std::unique_ptr<GraphStore> store_;
};

TEST_F(BoostViewTest, ProjectsTheWholeGraphWithProperties) {
    auto p = Project(*store_);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    EXPECT_EQ(boost::num_vertices(p->graph), 6u);
    EXPECT_EQ(boost::num_edges(p->graph), 4u);
    const auto v1 = p->vertex.at(1), v2 = p->vertex.at(2);
    EXPECT_EQ(p->graph[v1].labels, std::vector<std::string>{"Person"});
    EXPECT_EQ(p->graph[v1].properties.at("n"), Value(int64_t{1}));
    auto [e, found] = boost::edge(v1, v2, p->graph);
    ASSERT_TRUE(found);
    EXPECT_EQ(p->graph[e].id, 12u);
    EXPECT_EQ(p->graph[e].type, "KNOWS");
    EXPECT_EQ(p->graph[e].properties.at("w"), Value(1.5));
}

TEST_F(BoostViewTest, ProjectsSubgraphs) {
    ProjectionSpec people;
    people.labels = {"Person"};
    auto p = Project(*store_, people);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(boost::num_vertices(p->graph), 5u);
    EXPECT_EQ(boost::num_edges(p->graph), 2u) << "edges into the Country are left out";

    ProjectionSpec in_only;
    in_only.types = {"IN"};
    p = Project(*store_, in_only);
    EXPECT_EQ(boost::num_vertices(p->graph), 6u);
    EXPECT_EQ(boost::num_edges(p->graph), 2u);

    ProjectionSpec by_ids;
    by_ids.node_ids = std::vector<NodeId>{1, 2, 99};
    by_ids.with_properties = false;
    p = Project(*store_, by_ids);
    EXPECT_EQ(boost::num_vertices(p->graph), 2u);
    EXPECT_EQ(boost::num_edges(p->graph), 1u);
    EXPECT_TRUE(p->graph[p->vertex.at(1)].properties.empty());

    ProjectionSpec by_edges;
    by_edges.edge_ids = std::vector<EdgeId>{23, 56};
    p = Project(*store_, by_edges);
    EXPECT_EQ(boost::num_vertices(p->graph), 4u);  // 2, 3, 5, 6
    EXPECT_EQ(boost::num_edges(p->graph), 2u)
        << "edge 26 joins two taken nodes but is not asked for";
}

TEST_F(BoostViewTest, DegreeCentrality) {
    auto degree = AsMap(*DegreeCentrality(*store_));
    EXPECT_EQ(degree.at(2), 3.0);
    EXPECT_EQ(degree.at(4), 0.0);
    EXPECT_EQ(degree.at(6), 2.0);
    auto out = AsMap(*DegreeCentrality(*store_, {}, Direction::kOut));
    EXPECT_EQ(out.at(2), 2.0);
    EXPECT_EQ(out.at(6), 0.0);
}

TEST_F(BoostViewTest, PageRankSumsToOneAndFavoursSinks) {
    auto ranks = PageRank(*store_);
    ASSERT_TRUE(ranks.ok());
    double sum = 0;
    for (const auto& [id, r] : *ranks) sum += r;
    EXPECT_NEAR(sum, 1.0, 1e-9);
    auto m = AsMap(*ranks);
    EXPECT_GT(m.at(6), m.at(5)) << "6 is pointed to by two nodes";
    EXPECT_GT(m.at(3), m.at(1));
    EXPECT_NEAR(m.at(1), m.at(4), 1e-12) << "no in-edges: both get only the base rank";
}

TEST(PageRankTest, SymmetricCycleIsUniform) {
    OpenOptions options;
    options.in_memory = true;
    auto store = std::move(GraphStore::Open("cycle", options)).value();
    auto txn = std::move(store->Begin()).value();
    for (NodeId id = 1; id <= 4; ++id) ASSERT_TRUE(txn->PutNode(MakeNode(id, {"N"})).ok());
    for (NodeId id = 1; id <= 4; ++id) {
        ASSERT_TRUE(txn->PutEdge(MakeEdge(id, id, "NEXT", id % 4 + 1)).ok());
    }
    ASSERT_TRUE(txn->Commit().ok());
    auto ranks = PageRank(*store);
    ASSERT_TRUE(ranks.ok());
    ASSERT_EQ(ranks->size(), 4u);
    for (const auto& [id, r] : *ranks) EXPECT_NEAR(r, 0.25, 1e-9) << id;
}

TEST_F(BoostViewTest, BetweennessCountsShortestPathsThroughANode) {
    auto b = AsMap(*Betweenness(*store_));
    // Directed shortest paths through 2: 1->3 and 1->6.
    EXPECT_DOUBLE_EQ(b.at(2), 2.0);
    EXPECT_DOUBLE_EQ(b.at(1), 0.0);
    EXPECT_DOUBLE_EQ(b.at(6), 0.0);
}

TEST_F(BoostViewTest, ConnectedComponentsAreWeak) {
    auto c = AsMap(*ConnectedComponents(*store_));
    EXPECT_EQ(c.at(1), 0);
    EXPECT_EQ(c.at(2), 0);
    EXPECT_EQ(c.at(3), 0);
    EXPECT_EQ(c.at(5), 0) << "5 reaches 2's component through 6";
    EXPECT_EQ(c.at(6), 0);
    EXPECT_EQ(c.at(4), 1);
}

TEST_F(BoostViewTest, KHopNeighbourhood) {
    auto one = KHopNeighbourhood(*store_, 1, 1, Direction::kOut);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(*one, (std::vector<std::pair<NodeId, int>>{{1, 0}, {2, 1}}));
    auto two = AsMap(*KHopNeighbourhood(*store_, 1, 2, Direction::kOut));
    EXPECT_EQ(two.size(), 4u);
    EXPECT_EQ(two.at(3), 2);
    EXPECT_EQ(two.at(6), 2);
    auto both = AsMap(*KHopNeighbourhood(*store_, 6, 2, Direction::kBoth, {"IN"}));
    EXPECT_EQ(both.size(), 3u);  // 6, 5, 2
    EXPECT_EQ(both.at(2), 1);
    EXPECT_TRUE(KHopNeighbourhood(*store_, 99, 1).status().IsNotFound());
}

TEST_F(BoostViewTest, ShortestPath) {
    auto path = ShortestPath(*store_, 1, 6, Direction::kOut);
    ASSERT_TRUE(path.ok());
    EXPECT_EQ(path->nodes, (std::vector<NodeId>{1, 2, 6}));
    EXPECT_EQ(path->edges, (std::vector<EdgeId>{12, 26}));
    EXPECT_TRUE(ShortestPath(*store_, 6, 1, Direction::kOut)->nodes.empty());
    EXPECT_EQ(ShortestPath(*store_, 3, 5, Direction::kBoth)->nodes,
              (std::vector<NodeId>{3, 2, 6, 5}));
    EXPECT_TRUE(ShortestPath(*store_, 3, 5, Direction::kBoth, {"KNOWS"})->nodes.empty());
    EXPECT_TRUE(ShortestPath(*store_, 4, 1)->nodes.empty());
    EXPECT_EQ(ShortestPath(*store_, 4, 4)->nodes, std::vector<NodeId>{4});
    EXPECT_TRUE(ShortestPath(*store_, 1, 99).status().IsNotFound());
}

}  // namespace
}  // namespace dossier::graph
