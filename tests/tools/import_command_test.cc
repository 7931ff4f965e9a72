// End-to-end tests of `dossier import`: the graph does not depend on --threads, the exit code and
// last line tell whether everything found was imported, and the database is left flushed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "tests/tools/cli_runner.h"

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;
using testing::CliRun;
using testing::ReadAll;
using testing::RunDossier;

const std::string kSamples = std::string(DOSSIER_SOURCE_DIR) + "/data/samples";

std::string LastLine(const std::string& text) {
    std::string t = text;
    while (!t.empty() && t.back() == '\n') t.pop_back();
    const size_t nl = t.rfind('\n');
    return nl == std::string::npos ? t : t.substr(nl + 1);
}

std::vector<std::string> Paragraphs(const std::string& text) {
    std::vector<std::string> out;
    for (size_t p = 0; p < text.size();) {
        size_t end = text.find("\n\n", p);
        if (end == std::string::npos) end = text.size();
        if (end > p) out.push_back(text.substr(p, end - p));
        p = end + 2;
    }
    return out;
}

// Articles mixed from the samples' paragraphs, as JSON Lines: names recur across articles in
// varying order and length (short forms before and after full names), so a resolution that
// depended on which article comes first would show. With `reversed`, the same articles in the
// opposite order.
void WriteVariants(const std::string& path, int count, bool reversed = false) {
    std::vector<std::string> paragraphs;
    for (const auto& entry : fs::directory_iterator(kSamples)) {
        for (std::string& p : Paragraphs(ReadAll(entry.path()))) paragraphs.push_back(p);
    }
    std::sort(paragraphs.begin(), paragraphs.end());
    std::vector<std::string> lines;
    for (int i = 0; i < count; ++i) {
        std::string text;
        const size_t n = 2 + i % 5;
        for (size_t k = 0; k < n; ++k) {
            text += paragraphs[(i * 7 + k * 13) % paragraphs.size()] + "\n\n";
        }
        nlohmann::json line = {{"title", "Variant " + std::to_string(i)},
                               {"maintext", text},
                               {"date_publish", "2018-06-2" + std::to_string(i % 10)}};
        lines.push_back(line.dump());
    }
    if (reversed) std::reverse(lines.begin(), lines.end());
    std::ofstream out(path);
    for (const std::string& l : lines) out << l << "\n";
}

uintmax_t LogBytes(const std::string& db) {
    uintmax_t bytes = 0;
    for (const auto& entry : fs::directory_iterator(db)) {
        if (entry.path().extension() == ".log") bytes += entry.file_size();
    }
    return bytes;
}

class ImportCommandTest : public ::testing::Test {
  protected:
    testing::TempDir dir_{"dossier-import-test"};
};

TEST_F(ImportCommandTest, GraphIsTheSameForOneAndFourThreads) {
    const std::string variants = dir_ / "variants.jsonl";
    const std::string reversed = dir_ / "reversed.jsonl";
    WriteVariants(variants, 120);
    WriteVariants(reversed, 120, /*reversed=*/true);
    struct Run {
        std::string name, threads, batch, input;
    };
    std::map<std::string, std::string> dumps;
    for (const Run& r : std::vector<Run>{{"one", "1", "7", variants},
                                         {"four", "4", "7", variants},
                                         {"four-big-chunks", "4", "64", variants},
                                         {"reversed", "1", "7", reversed}}) {
        const std::string db = dir_ / (r.name + ".db");
        const CliRun run = RunDossier({"import", "--db", db, "--threads", r.threads, "--batch",
                                       r.batch, r.input, kSamples, kSamples});
        ASSERT_EQ(run.exit_code, 0) << r.name << ": " << run.err;
        EXPECT_NE(run.out.find("articles read: 142 (11 already in the graph)"), std::string::npos)
            << r.name << ": " << run.out;
        const CliRun dump = RunDossier({"dump-csv", "--db", db, dir_ / (r.name + "-csv")});
        ASSERT_EQ(dump.exit_code, 0) << dump.err;
        dumps[r.name] = ReadAll(dir_ / (r.name + "-csv/nodes.csv")) + "\n--- edges ---\n" +
                        ReadAll(dir_ / (r.name + "-csv/edges.csv"));
    }
    ASSERT_GT(dumps["one"].size(), 10000u) << "a graph with substance";
    EXPECT_NE(dumps["one"].find("evidence"), std::string::npos);
    EXPECT_TRUE(dumps["one"] == dumps["four"]) << "--threads 4 wrote a different graph";
    EXPECT_TRUE(dumps["one"] == dumps["four-big-chunks"]) << "--batch 64 wrote a different graph";
    // Names resolve the same whatever order the articles come in (docs/schema.md).
    EXPECT_TRUE(dumps["one"] == dumps["reversed"]) << "the reversed articles wrote another graph";
}

TEST_F(ImportCommandTest, CleanImportExitsZeroAndLeavesNoLog) {
    const std::string db = dir_ / "db";
    const CliRun run = RunDossier({"import", "--db", db, kSamples});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_NE(run.out.find("articles read: 11 (0 already in the graph), skipped: 0, failed: 0"),
              std::string::npos)
        << run.out;
    EXPECT_EQ(LogBytes(db), 0u) << "the import ends flushed";
    const CliRun again = RunDossier({"import", "--db", db, kSamples});
    EXPECT_EQ(again.exit_code, 0) << "articles already in the graph are not failures";
}

TEST_F(ImportCommandTest, BrokenArticleExitsOneAndSaysHowMany) {
    fs::create_directories(dir_ / "in");
    fs::copy_file(kSamples + "/001_lupu_flees.txt", dir_ / "in/001.txt");
    std::ofstream(dir_ / "in/002.txt").write("\0\1\2binary", 9);
    std::ofstream(dir_ / "in/003.jsonl") << "{\"title\": \"ok\", \"maintext\": \"Lupu spoke.\"}\n"
                                         << "{not json\n";
    const CliRun run = RunDossier({"import", "--db", dir_ / "db", "--threads", "2", dir_ / "in"});
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_EQ(LastLine(run.err),
              "dossier import: 2 article(s) not imported (2 skipped as broken, 0 failed)")
        << run.err;
    EXPECT_NE(run.out.find("articles read: 2 "), std::string::npos) << run.out;
}

TEST_F(ImportCommandTest, MissingPathBesideAGoodOneExitsOne) {
    const CliRun run = RunDossier(
        {"import", "--db", dir_ / "db", dir_ / "missing", kSamples + "/001_lupu_flees.txt"});
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_NE(run.err.find("missing"), std::string::npos) << run.err;
    EXPECT_EQ(LastLine(run.err),
              "dossier import: 0 article(s) not imported (0 skipped as broken, 0 failed), 1 "
              "path(s) unreadable")
        << run.err;
}

TEST_F(ImportCommandTest, NothingFoundExitsTwo) {
    const CliRun missing = RunDossier({"import", "--db", dir_ / "db", dir_ / "nope", dir_ / "nah"});
    EXPECT_EQ(missing.exit_code, 2) << missing.err;
    EXPECT_EQ(LastLine(missing.err), "dossier import: no articles found (no path could be read)");
    fs::create_directories(dir_ / "empty");
    const CliRun empty = RunDossier({"import", "--db", dir_ / "db", dir_ / "empty"});
    EXPECT_EQ(empty.exit_code, 2) << empty.err;
    EXPECT_EQ(LastLine(empty.err), "dossier import: no articles found");
}

}  // namespace
}  // namespace dossier::cli
