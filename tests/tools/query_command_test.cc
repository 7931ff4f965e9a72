// End-to-end tests of `dossier query`: the binary on a real database, every output format.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/tools/cli_runner.h"

namespace dossier::cli {
namespace {

using testing::CliRun;
using testing::RunDossier;

class QueryCommandTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const CliRun create = RunDossier({"query", "--db", db_, testing::kNewsGraphScript});
        ASSERT_EQ(create.exit_code, 0) << create.err;
    }
    CliRun Query(const std::string& text, const std::string& format) {
        return RunDossier({"query", "--db", db_, "--format", format, text});
    }
    testing::TempDir dir_{"dossier-query-test"};
    std::string db_ = dir_ / "news.db";
};

constexpr const char* kLeaders =
    "MATCH (p:Person)-[r:LEADER_OF]->(c:Country) RETURN p.name AS name, r.since AS since, "
    "r.confidence AS confidence ORDER BY since";

TEST_F(QueryCommandTest, CsvIsTheDefaultForPipes) {
    const CliRun run = RunDossier({"query", "--db", db_, kLeaders});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out,
              "name,since,confidence\nKurmanbek Bakiyev,2005,0.9\nRoza Otunbayeva,2010,\n");
}

TEST_F(QueryCommandTest, JsonHasColumnsAndTypedRows) {
    const CliRun run = Query(
        "MATCH (p:Person {name: 'Kurmanbek Bakiyev'})-[r:LEADER_OF]->(c) RETURN p, r, 1.0 AS f",
        "json");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const nlohmann::json doc = nlohmann::json::parse(run.out);
    EXPECT_EQ(doc["columns"], nlohmann::json::array({"p", "r", "f"}));
    ASSERT_EQ(doc["rows"].size(), 1u);
    const nlohmann::json& p = doc["rows"][0][0];
    const nlohmann::json& r = doc["rows"][0][1];
    EXPECT_EQ(p["labels"], nlohmann::json::array({"Person"}));
    EXPECT_EQ(p["properties"]["born"], 1949);
    EXPECT_EQ(r["type"], "LEADER_OF");
    EXPECT_EQ(r["start"], p["id"]);
    EXPECT_TRUE(r["properties"]["since"].is_number_integer());
    EXPECT_NE(run.out.find("1.0"), std::string::npos);
}

TEST_F(QueryCommandTest, JsonlTableAndMarkdown) {
    const CliRun jsonl = Query(kLeaders, "jsonl");
    ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
    EXPECT_EQ(jsonl.out,
              "{\"name\":\"Kurmanbek Bakiyev\",\"since\":2005,\"confidence\":0.9}\n"
              "{\"name\":\"Roza Otunbayeva\",\"since\":2010,\"confidence\":null}\n");
    const CliRun table = Query(kLeaders, "table");
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_NE(table.out.find("│ Kurmanbek Bakiyev │  2005 │        0.9 │"), std::string::npos)
        << table.out;
    EXPECT_NE(table.out.find("2 rows"), std::string::npos);
    const CliRun md = Query(kLeaders, "markdown");
    EXPECT_NE(md.out.find("| Roza Otunbayeva | 2010 |  |"), std::string::npos) << md.out;
}

TEST_F(QueryCommandTest, ParametersAreLiterals) {
    const CliRun run =
        RunDossier({"query", "--db", db_, "-p", "name=Kurmanbek Bakiyev", "-p", "min=2000",
                    "MATCH (p:Person {name: $name})-[r]->(c) WHERE "
                    "r.since > $min RETURN c.name"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "c.name\nKyrgyzstan\n");
}

TEST_F(QueryCommandTest, FileOfStatements) {
    const std::string file = dir_ / "script.cypher";
    {
        std::ofstream f(file);
        f << "// two statements\nMATCH (c:City) RETURN c.name;\n"
             "MATCH (n:Person) RETURN count(n) AS people;\n";
    }
    const CliRun run = RunDossier({"query", "--db", db_, "--file", file});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "c.name\nBishkek\npeople\n3\n");
}

TEST_F(QueryCommandTest, ErrorsNameKindAndPositionWithACaret) {
    const CliRun run = Query("MATCH (n) RETRUN n", "csv");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_TRUE(run.out.empty());
    EXPECT_EQ(run.err.rfind("SyntaxError (UnexpectedSyntax): ", 0), 0u) << run.err;
    EXPECT_NE(run.err.find("(line 1, column 11)"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("\n  MATCH (n) RETRUN n\n            ^\n"), std::string::npos)
        << run.err;
}

TEST_F(QueryCommandTest, BadOptionsAndMissingDatabase) {
    EXPECT_EQ(Query("RETURN 1", "xml").exit_code, 2);
    EXPECT_EQ(RunDossier({"query", "--db", db_, "-p", "nonsense", "RETURN 1"}).exit_code, 2);
    const CliRun missing = RunDossier({"query", "--db", dir_ / "nowhere.db", "RETURN 1"});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("no database at"), std::string::npos) << missing.err;
    EXPECT_FALSE(std::filesystem::exists(dir_ / "nowhere.db"));
}

TEST_F(QueryCommandTest, UnknownNamesRunButWarnOnStderr) {
    const CliRun run =
        Query("MATCH (p:Persn)-[:LEADER_OF]->(c) WHERE c.nme = 'Kyrgyzstan' RETURN p.name", "csv");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "p.name\n");
    EXPECT_EQ(run.err,
              "warning: label `Persn` is not in the database (did you mean `Person`?)\n"
              "warning: property key `nme` is not in the database (did you mean `name`?)\n");
    const CliRun known = Query(kLeaders, "csv");
    EXPECT_TRUE(known.err.empty()) << known.err;
}

TEST_F(QueryCommandTest, JsonIdsAreExactStringsEvenAbove2To53) {
    // load-csv gives nodes hashed 64-bit ids, as the importer does.
    const std::string nodes = dir_ / "people.csv";
    {
        std::ofstream f(nodes);
        f << "pid:ID,name,:LABEL\np1,Askar Akayev,Person\n";
    }
    const std::string db = dir_ / "csv.db";
    const CliRun load = RunDossier({"load-csv", "--db", db, "--nodes", nodes});
    ASSERT_EQ(load.exit_code, 0) << load.err;
    const CliRun run = RunDossier({"query", "--db", db, "--format", "json",
                                   "MATCH (p:Person) RETURN p, toString(id(p)) AS id"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const nlohmann::json doc = nlohmann::json::parse(run.out);
    const nlohmann::json& id = doc["rows"][0][0]["id"];
    ASSERT_TRUE(id.is_string()) << run.out;
    EXPECT_EQ(id, doc["rows"][0][1]);
    const long long value = std::stoll(id.get<std::string>());
    EXPECT_GT(std::llabs(value), 1LL << 53) << "the test needs an id beyond 2^53";
    const CliRun jsonl =
        RunDossier({"query", "--db", db, "--format", "jsonl", "MATCH (p:Person) RETURN p"});
    EXPECT_EQ(nlohmann::json::parse(jsonl.out)["p"]["id"], id);
}

TEST_F(QueryCommandTest, AWriteCreatesTheDatabaseInAnEmptyDirectory) {
    const std::string empty = dir_ / "empty";
    std::filesystem::create_directories(empty);
    // A read finds no database there and says so.
    const CliRun read = RunDossier({"query", "--db", empty, "MATCH (n) RETURN count(n)"});
    EXPECT_EQ(read.exit_code, 1);
    EXPECT_NE(read.err.find("holds no database"), std::string::npos) << read.err;
    const CliRun write = RunDossier({"query", "--db", empty, "CREATE (:City {name: 'Osh'})"});
    ASSERT_EQ(write.exit_code, 0) << write.err;
    const CliRun after = RunDossier({"query", "--db", empty, "MATCH (c:City) RETURN c.name"});
    ASSERT_EQ(after.exit_code, 0) << after.err;
    EXPECT_EQ(after.out, "c.name\nOsh\n");
}

TEST_F(QueryCommandTest, TimeoutStopsALongQueryAndWritesNothing) {
    // 10^12 rows: hours of work without the limit.
    const std::string endless =
        "MATCH (a), (b), (c) UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y "
        "WITH x WHERE x < 0 RETURN count(*)";
    const auto start = std::chrono::steady_clock::now();
    const CliRun run = RunDossier({"query", "--db", db_, "--timeout", "1", endless});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.out, "count(*)\n");  // the CSV header, and no row
    EXPECT_EQ(run.err.rfind("Cancelled (Timeout): query stopped after 1 s (--timeout 1)", 0), 0u)
        << run.err;
    EXPECT_LT(seconds, 30) << "the limit did not stop the query";

    // A write past its limit leaves nothing behind.
    const CliRun write = RunDossier(
        {"query", "--db", db_, "--timeout", "0.5",
         "UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y CREATE (:Tick {x: x})"});
    EXPECT_EQ(write.exit_code, 1);
    EXPECT_NE(write.err.find("query stopped after 0.5 s (--timeout 0.5)"), std::string::npos)
        << write.err;
    const CliRun ticks = Query("MATCH (t:Tick) RETURN count(t) AS ticks", "csv");
    ASSERT_EQ(ticks.exit_code, 0) << ticks.err;
    EXPECT_EQ(ticks.out, "ticks\n0\n");
}

}  // namespace
}  // namespace dossier::cli
