#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "graph/export/exporters.h"
#include "graph/export/json_value.h"
#include "graph/graph_store.h"
#include "tests/graph/export_fixture.h"

namespace dossier::graph {
namespace {

using nlohmann::json;

TEST(ExportJsonValueTest, ShapesFixedByTheSpec) {
    EXPECT_EQ(ValueToJson(Value(1.0)).dump(), "1.0");
    EXPECT_EQ(ValueToJson(Value(int64_t{3})).dump(), "3");
    EXPECT_EQ(ValueToJson(Value(Date::FromYmd(2010, 4, 7))).dump(), "\"2010-04-07\"");
    EXPECT_EQ(ValueToJson(Value()).dump(), "null");
    Node n{5, {"Person"}, {{"name", Value("A")}}};
    EXPECT_EQ(ValueToJson(MakeNodeValue(n)).dump(),
              R"({"id":"5","labels":["Person"],"properties":{"name":"A"}})");
    Edge e{9, 5, 6, "MET", {{"w", Value(2.5)}}};
    EXPECT_EQ(ValueToJson(MakeEdgeValue(e)).dump(),
              R"({"id":"9","type":"MET","start":"5","end":"6","properties":{"w":2.5}})");
    Node m{6, {}, {}};
    const std::string path = ValueToJson(MakePathValue(Path{{n, m}, {e}})).dump();
    EXPECT_EQ(path.rfind(R"({"nodes":[{"id":"5",)", 0), 0u);
    EXPECT_NE(path.find(R"("relationships":[{"id":"9",)"), std::string::npos);
}

TEST(ExportJsonValueTest, IdsAbove2To53StayExactAsStrings) {
    // Hashed importer ids have the top bit set; id() reads their bits as a signed integer.
    const NodeId big = (uint64_t{1} << 63) | 1;
    const NodeId other = EntityNodeId("Person", "kurmanbek bakiyev");
    const json node = ValueToJson(MakeNodeValue(Node{big, {"Person"}, {}}));
    const json edge = ValueToJson(MakeEdgeValue(Edge{big, other, 7, "MET", {}}));
    EXPECT_EQ(node["id"], "-9223372036854775807");
    EXPECT_EQ(edge["id"], "-9223372036854775807");
    EXPECT_EQ(edge["start"], std::to_string(static_cast<int64_t>(other)));
    EXPECT_EQ(edge["end"], "7");
    // A JavaScript number (a double) could not have carried it.
    EXPECT_NE(static_cast<int64_t>(static_cast<double>(static_cast<int64_t>(big))),
              static_cast<int64_t>(big));
}

TEST(ExportJsonValueTest, ScriptDumpCannotCloseTheScriptElement) {
    const std::string text = DumpForScript(ValueToJson(Value("</script><b>")));
    EXPECT_EQ(text.find('<'), std::string::npos);
    EXPECT_EQ(json::parse(text).get<std::string>(), "</script><b>");
}

TEST(ExportCytoscapeTest, ElementsNodesAndEdgesData) {
    std::stringstream out;
    ASSERT_TRUE(WriteCytoscapeJson(testing::SampleSubgraph(), out).ok());
    const json doc = json::parse(out.str());
    const json& nodes = doc["elements"]["nodes"];
    const json& edges = doc["elements"]["edges"];
    ASSERT_EQ(nodes.size(), 3u);
    ASSERT_EQ(edges.size(), 2u);
    EXPECT_EQ(nodes[0]["data"]["id"], "n1");
    EXPECT_EQ(nodes[0]["data"]["caption"], "Kurmanbek Bakiyev");
    EXPECT_EQ(nodes[0]["data"]["labels"], json::array({"Person"}));
    EXPECT_EQ(nodes[0]["data"]["mentions"], 42);
    EXPECT_EQ(edges[0]["data"]["source"], "n1");
    EXPECT_EQ(edges[0]["data"]["target"], "n2");
    EXPECT_EQ(edges[0]["data"]["type"], "LEADER_OF");
    EXPECT_EQ(edges[0]["data"]["confidence"], 0.5);
}

TEST(ExportJsonLinesTest, ApocLayout) {
    std::stringstream out;
    ASSERT_TRUE(WriteJsonLines(testing::SampleSubgraph(), out).ok());
    std::vector<json> lines;
    for (std::string line; std::getline(out, line);) lines.push_back(json::parse(line));
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_EQ(lines[0]["type"], "node");
    EXPECT_EQ(lines[0]["id"], "1");
    EXPECT_EQ(lines[0]["properties"]["born"], "1949-08-01");
    EXPECT_EQ(lines[3]["type"], "relationship");
    EXPECT_EQ(lines[3]["label"], "LEADER_OF");
    EXPECT_EQ(lines[3]["start"]["id"], "1");
    EXPECT_EQ(lines[3]["end"]["labels"], json::array({"Country"}));
    EXPECT_EQ(lines[3]["properties"]["since"], 2005);
}

TEST(ExportJsonLinesTest, HashedIdsAreWrittenAsQueryResultsWriteThem) {
    const uint64_t a = (uint64_t{1} << 63) + 7, b = (uint64_t{1} << 60) + 3;
    Subgraph g;
    g.AddNode(Node{a, {"Person"}, {}});
    g.AddNode(Node{b, {"Country"}, {}});
    g.AddEdge(Edge{(uint64_t{1} << 62) + 1, a, b, "FLED_TO", {}});
    std::stringstream out;
    ASSERT_TRUE(WriteJsonLines(g, out).ok());
    std::vector<json> lines;
    for (std::string line; std::getline(out, line);) lines.push_back(json::parse(line));
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0]["id"], "-9223372036854775801");
    EXPECT_EQ(lines[0]["id"], NodeToJson(Node{a, {"Person"}, {}})["id"]);
    EXPECT_EQ(lines[2]["id"], "4611686018427387905");
    EXPECT_EQ(lines[2]["start"]["id"], "-9223372036854775801");
    EXPECT_EQ(lines[2]["end"]["id"], std::to_string(b));
}

}  // namespace
}  // namespace dossier::graph
