#include <gtest/gtest.h>

#include "graph/export/subgraph.h"
#include "tests/graph/export_fixture.h"

namespace dossier::graph {
namespace {

TEST(ExportSubgraphTest, DropsEdgesWithoutBothEnds) {
    const Subgraph g = testing::SampleSubgraph();
    ASSERT_EQ(g.nodes().size(), 3u);
    const std::vector<Edge> edges = g.edges();
    ASSERT_EQ(edges.size(), 2u);
    EXPECT_EQ(edges[0].type, "LEADER_OF");
    EXPECT_EQ(edges[1].type, "SAID");
    EXPECT_EQ(g.dangling_edge_count(), 1u);
}

TEST(ExportSubgraphTest, EdgeAddedBeforeItsEndsIsKept) {
    Subgraph g;
    g.AddEdge(Edge{5, 1, 2, "MET", {}});
    EXPECT_TRUE(g.edges().empty());
    g.AddNode(Node{1, {"Person"}, {}});
    g.AddNode(Node{2, {"Person"}, {}});
    EXPECT_EQ(g.edges().size(), 1u);
}

TEST(ExportSubgraphTest, CollectsPathsListsAndMapsOnce) {
    Node a{1, {"Person"}, {}};
    Node b{2, {"City"}, {}};
    Edge e{7, 1, 2, "VISITED", {}};
    const Value path = MakePathValue(Path{{a, b}, {e}});
    Map map;
    map["who"] = MakeNodeValue(a);
    map["n"] = int64_t{3};
    Subgraph g;
    g.AddValue(List{path, Value(map), MakeEdgeValue(e), Value("text"), Value()});
    EXPECT_EQ(g.nodes().size(), 2u);
    EXPECT_EQ(g.edges().size(), 1u);
    EXPECT_EQ(g.nodes()[0].id, 1u);
    EXPECT_EQ(g.nodes()[1].id, 2u);
}

}  // namespace
}  // namespace dossier::graph
