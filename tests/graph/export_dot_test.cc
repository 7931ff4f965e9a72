#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "graph/export/exporters.h"
#include "tests/graph/export_fixture.h"

namespace dossier::graph {
namespace {

int Count(const std::string& text, const std::string& needle) {
    int n = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++n;
    }
    return n;
}

TEST(ExportDotTest, WritesColouredNodesAndTypedEdges) {
    std::stringstream out;
    ASSERT_TRUE(WriteDot(testing::SampleSubgraph(), out).ok());
    const std::string dot = out.str();
    EXPECT_EQ(dot.rfind("digraph dossier {", 0), 0u);
    EXPECT_EQ(Count(dot, " -> "), 2);
    EXPECT_NE(dot.find("\"n1\" -> \"n2\" [label=\"LEADER_OF\""), std::string::npos);
    EXPECT_NE(dot.find("fillcolor=\"#4e79a7\""), std::string::npos);  // Person
    EXPECT_NE(dot.find("fillcolor=\"#59a14f\""), std::string::npos);  // Country
    EXPECT_NE(dot.find("\\\"not\\\""), std::string::npos);            // quotes escaped
}

// Renders the DOT with Graphviz (installed by scripts/setup) and counts the drawn nodes and edges.
TEST(ExportDotTest, GraphvizRendersIt) {
    if (std::system("command -v dot > /dev/null 2>&1") != 0) GTEST_SKIP() << "graphviz missing";
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "dossier_dot_test";
    std::filesystem::create_directories(dir);
    {
        std::ofstream f(dir / "g.dot");
        ASSERT_TRUE(WriteDot(testing::SampleSubgraph(), f).ok());
    }
    const std::string cmd = "dot -Tsvg " + (dir / "g.dot").string() + " -o " +
                            (dir / "g.svg").string() + " 2> " + (dir / "err.txt").string();
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    std::ifstream svg(dir / "g.svg");
    std::stringstream text;
    text << svg.rdbuf();
    EXPECT_EQ(Count(text.str(), "class=\"node\""), 3);
    EXPECT_EQ(Count(text.str(), "class=\"edge\""), 2);
    EXPECT_NE(text.str().find("Kurmanbek Bakiyev"), std::string::npos);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dossier::graph
