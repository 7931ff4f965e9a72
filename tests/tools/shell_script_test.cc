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
    const CliRun run = RunDossier({"shell", "--create", "--db", db}, script);
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
    const CliRun run = RunDossier({"shell", "--create", "--db", db, "--mode", "jsonl"},
                                  std::string(testing::kNewsGraphScript) + ":source " + sourced +
                                      "\n" + ":export gexf " + dir / "leaders.gexf" + "\n");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("exported 3 nodes and 2 relationships"), std::string::npos) << run.out;
    const std::string gexf = testing::ReadAll(dir / "leaders.gexf");
    EXPECT_NE(gexf.find("label=\"Roza Otunbayeva\""), std::string::npos);
}

TEST(ShellScriptTest, TimeoutStopsLongStatementsAndUnknownNamesWarn) {
    testing::TempDir dir("dossier-shell-script-test");
    const std::string script = std::string(testing::kNewsGraphScript) +
                               ":mode csv\n"
                               ":timeout\n"
                               ":timeout 0.5\n"
                               "UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y\n"
                               "  WITH x WHERE x < 0 RETURN count(*);\n"
                               ":timeout\n"
                               ":timeout soon\n"
                               ":timeout off\n"
                               "MATCH (c:Cty) RETURN count(c) AS cities;\n";
    const CliRun run = RunDossier({"shell", "--create", "--db", dir / "news.db"}, script);
    EXPECT_EQ(run.exit_code, 1);  // the stopped statement and the bad :timeout
    // The stopped statement printed its CSV header and no row.
    EXPECT_NE(run.out.find("timeout off\ntimeout 0.5 s\ncount(*)\ntimeout 0.5 s\ntimeout off\n"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("cities\n0\n"), std::string::npos) << run.out;
    EXPECT_NE(run.err.find("Cancelled (Timeout): query stopped after 0.5 s (:timeout 0.5)"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find(":timeout takes a number of seconds, or off"), std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("warning: label `Cty` is not in the database (did you mean `City`?)"),
              std::string::npos)
        << run.err;
}

TEST(ShellScriptTest, AMissingDatabaseIsAnErrorUnlessCreateIsGiven) {
    testing::TempDir dir("dossier-shell-script-test");
    const std::string db = dir / "typo.db";
    const CliRun missing = RunDossier({"shell", "--db", db}, "RETURN 1 AS one;\n");
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_TRUE(missing.out.empty()) << missing.out;
    EXPECT_NE(missing.err.find("no database at " + db), std::string::npos) << missing.err;
    EXPECT_NE(missing.err.find("--create"), std::string::npos) << missing.err;
    EXPECT_FALSE(std::filesystem::exists(db));

    const CliRun created = RunDossier({"shell", "--create", "--db", db}, "RETURN 1 AS one;\n");
    ASSERT_EQ(created.exit_code, 0) << created.err;
    EXPECT_TRUE(std::filesystem::exists(db));
    // Once it exists, no flag is needed.
    const CliRun again = RunDossier({"shell", "--db", db}, ":mode csv\nRETURN 2 AS two;\n");
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("two\n2\n"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace dossier::cli
