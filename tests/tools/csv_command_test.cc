// End-to-end tests of `dossier load-csv` and `dossier dump-csv`.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/tools/cli_runner.h"

namespace dossier::cli {
namespace {

using testing::CliRun;
using testing::ReadAll;
using testing::RunDossier;

class CsvCommandTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string nodes = "id:ID,name,:LABEL,born:int\n";
        for (int i = 0; i < 500; ++i) {
            nodes += "p" + std::to_string(i) + ",Person " + std::to_string(i) + ",Person," +
                     std::to_string(1900 + i % 100) + "\n";
        }
        std::string edges = ":START_ID,:END_ID,:TYPE,evidence\n";
        for (int i = 0; i < 20000; ++i) {
            edges += "p" + std::to_string(i % 500) + ",p" + std::to_string(i * i % 500) +
                     (i % 3 ? ",MET," : ",KNOWS,") + "\"sentence " + std::to_string(i) + "\"\n";
        }
        std::ofstream(nodes_) << nodes;
        std::ofstream(edges_) << edges;
    }
    static std::vector<std::string> BulkDirs(const std::string& db) {
        std::vector<std::string> found;
        for (const auto& e : std::filesystem::directory_iterator(db)) {
            if (e.path().filename().string().starts_with("bulk-")) found.push_back(e.path());
        }
        return found;
    }
    testing::TempDir dir_{"dossier-csv-test"};
    std::string nodes_ = dir_ / "nodes.csv";
    std::string edges_ = dir_ / "edges.csv";
};

TEST_F(CsvCommandTest, OneMebibyteBudgetLoadsWhatTheDefaultLoads) {
    // About 4 MB of entries: the 1 MiB load spills sorted runs and merges them; the default one
    // sorts in memory.
    for (const auto& [db, memory] : {std::pair{dir_ / "small.db", "1"}, {dir_ / "big.db", "256"}}) {
        const CliRun run = RunDossier(
            {"load-csv", "--db", db, "--nodes", nodes_, "--edges", edges_, "--memory", memory});
        ASSERT_EQ(run.exit_code, 0) << run.err;
        EXPECT_NE(run.out.find("Loaded 500 nodes and 20000 edges"), std::string::npos) << run.out;
        EXPECT_TRUE(BulkDirs(db).empty());
    }
    for (const char* db : {"small.db", "big.db"}) {
        const CliRun dump =
            RunDossier({"dump-csv", "--db", dir_ / db, dir_ / (db + std::string(".out"))});
        ASSERT_EQ(dump.exit_code, 0) << dump.err;
    }
    const std::string small_edges = ReadAll(dir_ / "small.db.out/edges.csv");
    EXPECT_EQ(std::count(small_edges.begin(), small_edges.end(), '\n'), 20001);
    EXPECT_EQ(small_edges, ReadAll(dir_ / "big.db.out/edges.csv"));
    EXPECT_EQ(ReadAll(dir_ / "small.db.out/nodes.csv"), ReadAll(dir_ / "big.db.out/nodes.csv"));
    const CliRun count = RunDossier(
        {"query", "--db", dir_ / "small.db", "MATCH ()-[r:KNOWS]->() RETURN count(r) AS n"});
    EXPECT_NE(count.out.find("6667"), std::string::npos) << count.out;
}

TEST_F(CsvCommandTest, BadLineNearTheEndLoadsNothingAndLeavesNoFiles) {
    std::ofstream(edges_, std::ios::app) << "p1,p2,MET,\"unclosed\n";
    const std::string db = dir_ / "news.db";
    const CliRun run =
        RunDossier({"load-csv", "--db", db, "--nodes", nodes_, "--edges", edges_, "--memory", "1"});
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find(edges_ + ": line 20002, column 4: quoted field is never closed"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("nothing was loaded"), std::string::npos) << run.err;
    EXPECT_TRUE(BulkDirs(db).empty());
    const CliRun count = RunDossier({"query", "--db", db, "MATCH (n) RETURN count(n) AS n"});
    ASSERT_EQ(count.exit_code, 0) << count.err;
    EXPECT_NE(count.out.find("0"), std::string::npos) << count.out;
    EXPECT_EQ(count.out.find("500"), std::string::npos) << count.out;
}

}  // namespace
}  // namespace dossier::cli
