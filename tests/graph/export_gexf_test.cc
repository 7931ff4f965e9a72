#include <gtest/gtest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <set>
#include <sstream>
#include <string>

#include "graph/export/exporters.h"
#include "tests/graph/export_fixture.h"

namespace dossier::graph {
namespace {

namespace pt = boost::property_tree;

std::set<std::string> AttributeIds(const pt::ptree& graph, const std::string& cls) {
    std::set<std::string> ids;
    for (const auto& [tag, attributes] : graph) {
        if (tag != "attributes" || attributes.get<std::string>("<xmlattr>.class") != cls) continue;
        for (const auto& [t, a] : attributes) {
            if (t == "attribute") ids.insert(a.get<std::string>("<xmlattr>.id"));
        }
    }
    return ids;
}

// Every attvalue refers to a declared attribute of its class.
void ExpectAttValuesDeclared(const pt::ptree& element, const std::set<std::string>& ids) {
    for (const auto& [t, v] : element.get_child("attvalues")) {
        if (t != "attvalue") continue;
        EXPECT_TRUE(ids.count(v.get<std::string>("<xmlattr>.for")));
    }
}

TEST(ExportGexfTest, HasTheGexf13Structure) {
    std::stringstream out;
    ASSERT_TRUE(WriteGexf(testing::SampleSubgraph(), out).ok());
    pt::ptree doc;
    ASSERT_NO_THROW(pt::read_xml(out, doc)) << out.str();
    const pt::ptree& gexf = doc.get_child("gexf");
    EXPECT_EQ(gexf.get<std::string>("<xmlattr>.version"), "1.3");
    EXPECT_EQ(gexf.get<std::string>("<xmlattr>.xmlns"), "http://gexf.net/1.3");
    const pt::ptree& graph = gexf.get_child("graph");
    EXPECT_EQ(graph.get<std::string>("<xmlattr>.defaultedgetype"), "directed");
    const std::set<std::string> node_attrs = AttributeIds(graph, "node");
    const std::set<std::string> edge_attrs = AttributeIds(graph, "edge");
    EXPECT_EQ(node_attrs.size(), 6u);  // labels + aliases, born, mentions, name, text
    EXPECT_EQ(edge_attrs.size(), 5u);  // type + confidence, current, sentence, since

    std::set<std::string> node_ids;
    for (const auto& [t, node] : graph.get_child("nodes")) {
        ASSERT_EQ(t, "node");
        node_ids.insert(node.get<std::string>("<xmlattr>.id"));
        EXPECT_FALSE(node.get<std::string>("<xmlattr>.label").empty());
        EXPECT_TRUE(node.get_child_optional("viz:color"));
        ExpectAttValuesDeclared(node, node_attrs);
    }
    EXPECT_EQ(node_ids.size(), 3u);
    int edges = 0;
    for (const auto& [t, edge] : graph.get_child("edges")) {
        ASSERT_EQ(t, "edge");
        ++edges;
        EXPECT_TRUE(node_ids.count(edge.get<std::string>("<xmlattr>.source")));
        EXPECT_TRUE(node_ids.count(edge.get<std::string>("<xmlattr>.target")));
        ExpectAttValuesDeclared(edge, edge_attrs);
    }
    EXPECT_EQ(edges, 2);
}

}  // namespace
}  // namespace dossier::graph
