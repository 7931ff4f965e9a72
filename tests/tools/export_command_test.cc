// End-to-end tests of `dossier export`: files that graph tools read back.
#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/tools/cli_runner.h"

namespace dossier::cli {
namespace {

using testing::CliRun;
using testing::ReadAll;
using testing::RunDossier;

class ExportCommandTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const CliRun create = RunDossier({"query", "--db", db_, testing::kNewsGraphScript});
        ASSERT_EQ(create.exit_code, 0) << create.err;
    }
    CliRun Export(std::vector<std::string> args) {
        args.insert(args.begin(), {"export", "--db", db_});
        return RunDossier(args);
    }
    testing::TempDir dir_{"dossier-export-test"};
    std::string db_ = dir_ / "news.db";
};

struct VertexName {
    std::string name;
    std::string labels;
};
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexName>;

TEST_F(ExportCommandTest, NeighbourhoodAsGraphMLReadByBoost) {
    const std::string file = dir_ / "bakiyev.graphml";
    const CliRun run = Export(
        {"--neighbourhood", "kurmanbek bakiyev", "--hops", "1", "-f", "graphml", "-o", file});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    std::ifstream in(file);
    BoostGraph g;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("name", boost::get(&VertexName::name, g));
    dp.property("labels", boost::get(&VertexName::labels, g));
    ASSERT_NO_THROW(boost::read_graphml(in, g, dp));
    std::set<std::string> names;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) names.insert(g[v].name);
    // One hop: Bakiyev, his country and his son; not his quote (Quote nodes are left out unless
    // asked), Bishkek or Otunbayeva.
    EXPECT_EQ(names, (std::set<std::string>{"Kurmanbek Bakiyev", "Kyrgyzstan", "Maksim Bakiyev"}));
    EXPECT_EQ(boost::num_edges(g), 2u);
    EXPECT_NE(run.err.find("left out 1 Quote nodes"), std::string::npos) << run.err;
}

TEST_F(ExportCommandTest, LabelsBringQuotesBackAndExcludeLabelsLeavesOthersOut) {
    const std::string file = dir_ / "bakiyev.jsonl";
    CliRun run = Export({"-n", "Kurmanbek Bakiyev", "--hops", "1", "--labels",
                         "Person,Country,Quote", "-f", "jsonl", "-o", file});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(ReadAll(file).find("I will not resign"), std::string::npos);
    EXPECT_NE(run.err.find("exported 4 nodes and 3 relationships"), std::string::npos) << run.err;
    run = Export({"-n", "Kurmanbek Bakiyev", "--hops", "1", "--exclude-labels", "Country", "-f",
                  "jsonl", "-o", file});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(ReadAll(file).find("Kyrgyzstan"), std::string::npos);
    EXPECT_NE(ReadAll(file).find("I will not resign"), std::string::npos);
}

TEST_F(ExportCommandTest, MaxNodesKeepsTheMostConnected) {
    const std::string file = dir_ / "bakiyev.jsonl";
    const CliRun run = Export(
        {"-n", "Kurmanbek Bakiyev", "--hops", "2", "--max-nodes", "2", "-f", "jsonl", "-o", file});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    // Kyrgyzstan is joined to three others, more than anyone but Bakiyev, who is always kept.
    EXPECT_NE(run.err.find("exported 2 nodes and 1 relationships"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("kept the 2 most connected nodes; left out 2 Person, 1 City"),
              std::string::npos)
        << run.err;
    EXPECT_NE(ReadAll(file).find("Kyrgyzstan"), std::string::npos);
}

TEST_F(ExportCommandTest, TwoHopsReachFurther) {
    const std::string file = dir_ / "bakiyev.jsonl";
    const CliRun run =
        Export({"-n", "Kurmanbek Bakiyev", "--hops", "2", "-f", "jsonl", "-o", file});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const std::string text = ReadAll(file);
    EXPECT_NE(text.find("Roza Otunbayeva"), std::string::npos);
    EXPECT_NE(text.find("Bishkek"), std::string::npos);
    EXPECT_NE(run.err.find("exported 5 nodes and 4 relationships"), std::string::npos) << run.err;
}

TEST_F(ExportCommandTest, HtmlOfAQueryKeepsTheMostConnectedOtherFormatsEverything) {
    const std::string query = "MATCH p = ()-[]->() RETURN p";
    CliRun run = Export({"-q", query, "--max-nodes", "2", "-f", "html", "-o", dir_ / "q.html"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.err.find("kept the 2 most connected nodes; left out"), std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("exported 2 nodes"), std::string::npos) << run.err;
    run = Export({"-q", query, "--max-nodes", "2", "-f", "jsonl", "-o", dir_ / "q.jsonl"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.err.find("exported 6 nodes and 5 relationships"), std::string::npos) << run.err;
}

TEST_F(ExportCommandTest, QueryPathsAsDotRenderedByGraphviz) {
    const std::string file = dir_ / "leaders.dot";
    const CliRun run = Export(
        {"-q", "MATCH p = (:Person)-[:LEADER_OF]->(:Country) RETURN p", "-f", "dot", "-o", file});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    if (std::system("command -v dot > /dev/null 2>&1") != 0) GTEST_SKIP() << "graphviz missing";
    const std::string svg = dir_ / "leaders.svg";
    ASSERT_EQ(std::system(("dot -Tsvg " + file + " -o " + svg).c_str()), 0);
    const std::string text = ReadAll(svg);
    EXPECT_NE(text.find("Roza Otunbayeva"), std::string::npos);
    EXPECT_NE(text.find("LEADER_OF"), std::string::npos);
}

TEST_F(ExportCommandTest, CsvWritesNodesAndRelationshipsFiles) {
    const CliRun run = Export({"-q", "MATCH (a)-[r:CAPITAL]->(b) RETURN a, r, b", "-f", "csv", "-o",
                               dir_ / "capital.csv"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const std::string nodes = ReadAll(dir_ / "capital-nodes.csv");
    EXPECT_EQ(nodes.substr(0, nodes.find('\n')), ":ID,:LABEL,name:string");
    EXPECT_NE(nodes.find(",City,Bishkek\n"), std::string::npos);
    EXPECT_NE(ReadAll(dir_ / "capital-relationships.csv").find(",CAPITAL\n"), std::string::npos);
}

TEST_F(ExportCommandTest, CytoscapeJsonHasNoDanglingEdges) {
    // The relationships alone, without their end nodes: nothing to draw them between.
    const std::string file = dir_ / "edges.cyjs";
    const CliRun run = Export({"-q", "MATCH ()-[r]->() RETURN r", "-f", "cytoscape", "-o", file});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const nlohmann::json doc = nlohmann::json::parse(ReadAll(file));
    EXPECT_TRUE(doc["elements"]["nodes"].empty());
    EXPECT_TRUE(doc["elements"]["edges"].empty());
}

TEST_F(ExportCommandTest, ErrorsLeaveNoFile) {
    const std::string file = dir_ / "none.gexf";
    EXPECT_EQ(Export({"-n", "Nobody", "-f", "gexf", "-o", file}).exit_code, 1);
    EXPECT_EQ(Export({"-n", "Kyrgyzstan", "-f", "pdf", "-o", file}).exit_code, 2);
    const CliRun bad_query = Export({"-q", "MATCH (n RETURN n", "-f", "gexf", "-o", file});
    EXPECT_EQ(bad_query.exit_code, 1);
    EXPECT_NE(bad_query.err.find("SyntaxError"), std::string::npos);
    const CliRun bad_dir =
        Export({"-n", "Kyrgyzstan", "-f", "gexf", "-o", dir_ / "missing/dir/x.gexf"});
    EXPECT_EQ(bad_dir.exit_code, 1);
    EXPECT_NE(bad_dir.err.find("cannot create"), std::string::npos) << bad_dir.err;
    EXPECT_FALSE(std::filesystem::exists(file));
}

}  // namespace
}  // namespace dossier::cli
