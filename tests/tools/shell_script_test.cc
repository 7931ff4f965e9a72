// `dossier shell` without a terminal: statements from stdin, no prompts, errors carry on.
#include <gtest/gtest.h>

#include "tests/tools/cli_runner.h"

namespace dossier::cli {
namespace {

using testing::CliRun;
using testing::RunDossier;

TEST(ShellScriptTest, RunsPipedStatementsAndCommands) {
    testing::TempDir dir("dossier-shell-script-test");
    const std::string db = dir / "news.db";
    const std::string script = std::string(testing::kNewsGraphScript) +
                               ":mode csv\n"
                               "MATCH (c:Country)\n"
                               "  RETURN c.name;  RETURN 1 AS one;\n"
                               "RETURN 1 +;\n"
                               ":param who => 'Roza Otunbayeva'\n"
                               "MATCH (p:Person {name: $who}) RETURN p.name AS who;\n"
                               ":nonsense\n"
                               ":export graphml " +
                               dir / "last.graphml" +
                               "\n"
                               "MATCH (n:City) RETURN n\n";
    const CliRun run = RunDossier({"shell", "--db", db}, script);
    EXPECT_EQ(run.exit_code, 1);  // two statements failed
    EXPECT_EQ(run.out,
              "Created 6 nodes, created 5 relationships, set 11 properties, added 6 labels\n"
              "mode: csv\n"
              "c.name\nKyrgyzstan\n"
              "one\n1\n"
              "$who = 'Roza Otunbayeva'\n"
              "who\nRoza Otunbayeva\n"
              "exported 0 nodes and 0 relationships to " +
                  dir / "last.graphml" +
                  "\n"
                  "n\n(:City {name: 'Bishkek'})\n");
    EXPECT_NE(run.err.find("SyntaxError"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("  RETURN 1 +\n"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("unknown command :nonsense"), std::string::npos) << run.err;
    EXPECT_EQ(run.out.find("dossier>"), std::string::npos);
}

TEST(ShellScriptTest, ExportsTheLastResultAndSourcesFiles) {
    testing::TempDir dir("dossier-shell-script-test");
    const std::string db = dir / "news.db";
    const std::string sourced = dir / "leaders.cypher";
    {
        std::ofstream f(sourced);
        f << "MATCH p = (:Person)-[:LEADER_OF]->(:Country) RETURN p;\n";
    }
    const CliRun run = RunDossier({"shell", "--db", db, "--mode", "jsonl"},
                                  std::string(testing::kNewsGraphScript) + ":source " + sourced +
                                      "\n" + ":export gexf " + dir / "leaders.gexf" + "\n");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("exported 3 nodes and 2 relationships"), std::string::npos) << run.out;
    const std::string gexf = testing::ReadAll(dir / "leaders.gexf");
    EXPECT_NE(gexf.find("label=\"Roza Otunbayeva\""), std::string::npos);
}

}  // namespace
}  // namespace dossier::cli
