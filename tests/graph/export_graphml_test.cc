#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <map>
#include <sstream>
#include <string>

#include "graph/export/exporters.h"
#include "tests/graph/export_fixture.h"

namespace dossier::graph {
namespace {

struct VertexProps {
    std::string labels;
    std::string name;
    long mentions = 0;
};
struct EdgeProps {
    std::string label;
    double confidence = 0;
    bool current = true;
};
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexProps, EdgeProps>;

TEST(ExportGraphMLTest, BoostReadGraphmlReadsItBack) {
    std::stringstream out;
    ASSERT_TRUE(WriteGraphML(testing::SampleSubgraph(), out).ok());

    BoostGraph g;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("labels", boost::get(&VertexProps::labels, g));
    dp.property("name", boost::get(&VertexProps::name, g));
    dp.property("mentions", boost::get(&VertexProps::mentions, g));
    dp.property("label", boost::get(&EdgeProps::label, g));
    dp.property("confidence", boost::get(&EdgeProps::confidence, g));
    dp.property("current", boost::get(&EdgeProps::current, g));
    ASSERT_NO_THROW(boost::read_graphml(out, g, dp)) << out.str();

    ASSERT_EQ(boost::num_vertices(g), 3u);
    ASSERT_EQ(boost::num_edges(g), 2u);
    std::map<std::string, VertexProps> by_name;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) by_name[g[v].name] = g[v];
    EXPECT_EQ(by_name["Kurmanbek Bakiyev"].labels, ":Person");
    EXPECT_EQ(by_name["Kurmanbek Bakiyev"].mentions, 42);
    EXPECT_EQ(by_name["Kyrgyzstan"].labels, ":Country");
    bool saw_leader = false;
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        if (g[e].label != "LEADER_OF") continue;
        saw_leader = true;
        EXPECT_DOUBLE_EQ(g[e].confidence, 0.5);
        EXPECT_FALSE(g[e].current);
        EXPECT_EQ(g[boost::source(e, g)].name, "Kurmanbek Bakiyev");
        EXPECT_EQ(g[boost::target(e, g)].name, "Kyrgyzstan");
    }
    EXPECT_TRUE(saw_leader);
}

TEST(ExportGraphMLTest, DeclaresTypedKeysAndEscapesText) {
    std::stringstream out;
    ASSERT_TRUE(WriteGraphML(testing::SampleSubgraph(), out).ok());
    const std::string xml = out.str();
    EXPECT_NE(xml.find("attr.name=\"mentions\" attr.type=\"long\""), std::string::npos);
    EXPECT_NE(xml.find("attr.name=\"confidence\" attr.type=\"double\""), std::string::npos);
    EXPECT_NE(xml.find("attr.name=\"current\" attr.type=\"boolean\""), std::string::npos);
    EXPECT_NE(xml.find("&quot;not&quot; &lt;resign&gt; &amp; stay"), std::string::npos);
    EXPECT_NE(xml.find("1949-08-01"), std::string::npos);
    EXPECT_NE(xml.find("[&quot;Bakiyev&quot;,&quot;K. Bakiyev&quot;]"), std::string::npos);
    EXPECT_EQ(xml.find("n99"), std::string::npos) << "dangling edge written";
}

}  // namespace
}  // namespace dossier::graph
