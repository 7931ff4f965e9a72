// End-to-end tests of `dossier report`: the seed's facts, a golden page of the bundled samples,
// and the errors a user meets (unknown name, a name of two entities, bad dates).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "tests/shared_data.h"
#include "tests/tools/cli_runner.h"

namespace dossier::cli {
namespace {

using testing::CliRun;
using testing::ReadAll;
using testing::RunDossier;

const std::string kSamples = std::string(DOSSIER_SOURCE_DIR) + "/data/samples";
// The golden Markdown report of the samples' most quoted person. Set DOSSIER_UPDATE_GOLDEN=1 to
// rewrite it after a deliberate change, and read the diff before committing it.
const std::string kLupuGolden =
    std::string(DOSSIER_SOURCE_DIR) + "/tests/tools/golden/lupu_report.md";

class ReportCommandTest : public ::testing::Test {
  protected:
    CliRun Import(const std::string& path) { return RunDossier({"import", "--db", db_, path}); }
    CliRun Report(std::vector<std::string> args) {
        args.insert(args.begin(), {"report", "--db", db_});
        return RunDossier(args);
    }
    testing::TempDir dir_{"dossier-report-test"};
    std::string db_ = dir_ / "news.db";
};

TEST_F(ReportCommandTest, SeedReportHoldsOfficesEventsQuotesAndConnections) {
    DOSSIER_NEED_SHARED_DATA(shared_data::kSeedArticle);
    ASSERT_EQ(Import(shared_data::SharedPath(shared_data::kSeedArticle)).exit_code, 0);
    const CliRun run = Report({"Kurmanbek Bakiyev", "--format", "md"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const std::string& md = run.out;
    for (const char* fact : {
             "- Also called: Bakiyev, Mr. Bakiyev",
             "- Office: former leader of Kyrgyzstan",
             "- Office: president of Kyrgyzstan (according to Kurmanbek Bakiyev)",
             "- Country: Kyrgyzstan",
             "- Articles: 1 (2018-06-22 to 2018-06-22)",
             "- 2018-04-23 **news conference** (speaker)",
             "- **uprising** (target)",
             "- **Alyaksandr Lukashenka** _revealed_ (reported)",
             "| FLED_TO | to | Belarus (Country) |",
             "| FLED_FROM | to | Kyrgyzstan (Country) |",
             "| ACCUSED | to | Russia (Country) | yes |",
             "| RECOGNIZED | from | Russia (Country) | yes | Russian foreign minister |",
         }) {
        EXPECT_NE(md.find(fact), std::string::npos) << fact << "\n" << md;
    }
    // His direct quotes are marked direct, with their cue verbs.
    EXPECT_NE(md.find("_stressed_ (direct)"), std::string::npos);
    EXPECT_NE(md.find("_reiterated_ (reported)"), std::string::npos);
}

TEST_F(ReportCommandTest, SamplesReportMatchesTheGoldenPage) {
    ASSERT_EQ(Import(kSamples).exit_code, 0);
    const CliRun run = Report({"Lupu", "-f", "md"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const char* update = std::getenv("DOSSIER_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(kLupuGolden) << run.out;
    }
    EXPECT_EQ(run.out, ReadAll(kLupuGolden));
}

TEST_F(ReportCommandTest, WritesAnHtmlFileAndAMarkdownFileByExtension) {
    ASSERT_EQ(Import(kSamples).exit_code, 0);
    const std::string html = dir_ / "lupu.html";
    const CliRun run = Report({"Andrei Lupu", "-o", html, "--hops", "2"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.err.find("written to " + html), std::string::npos) << run.err;
    const std::string page = ReadAll(html);
    EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(page.find("<svg id=\"timeline-axis\""), std::string::npos);
    const std::string md = dir_ / "lupu.md";
    ASSERT_EQ(Report({"Andrei Lupu", "-o", md}).exit_code, 0);
    EXPECT_EQ(ReadAll(md).rfind("# Andrei Lupu\n", 0), 0u);
}

TEST_F(ReportCommandTest, DateRangeLimitsTheArticles) {
    ASSERT_EQ(Import(kSamples).exit_code, 0);
    const CliRun run = Report({"Lupu", "-f", "md", "--since", "2021-05-01"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("- Articles: 1 (2021-05-20 to 2021-05-20)"), std::string::npos)
        << run.out;
}

TEST_F(ReportCommandTest, UnknownNameIsAnErrorWithExitCodeOne) {
    ASSERT_EQ(Import(kSamples).exit_code, 0);
    const CliRun run = Report({"Nobody Known", "-o", dir_ / "x.html"});
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err, "dossier report: no entity named 'Nobody Known'\n");
    EXPECT_FALSE(std::filesystem::exists(dir_ / "x.html"));
}

TEST_F(ReportCommandTest, ASharedNameListsBothEntitiesAndIdChoosesOne) {
    const CliRun create =
        RunDossier({"query", "--db", db_,
                    "CREATE (:Person {name: 'Maria Popa', aliases: ['Popa']}), "
                    "(:Organization {name: 'Popa Holdings', aliases: ['Popa']})"});
    ASSERT_EQ(create.exit_code, 0) << create.err;
    const CliRun run = Report({"popa", "-f", "md"});
    EXPECT_EQ(run.exit_code, 3);
    EXPECT_NE(run.err.find("'popa' names 2 entities; choose one with --id:"), std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("Maria Popa (Person, 0 articles)"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("Popa Holdings (Organization, 0 articles)"), std::string::npos);
    // The id printed after --id picks that entity.
    const size_t at = run.err.find("--id ", run.err.find('\n'));
    const std::string id = run.err.substr(at + 5, run.err.find(' ', at + 5) - at - 5);
    const CliRun chosen = Report({"--id", id, "-f", "md"});
    ASSERT_EQ(chosen.exit_code, 0) << chosen.err;
    EXPECT_TRUE(chosen.out.rfind("# Maria Popa\n", 0) == 0 ||
                chosen.out.rfind("# Popa Holdings\n", 0) == 0)
        << chosen.out;
}

TEST_F(ReportCommandTest, BadOptionsExitTwo) {
    EXPECT_EQ(Report({"Lupu", "--since", "May 2021"}).exit_code, 2);
    EXPECT_EQ(Report({"Lupu", "--format", "pdf"}).exit_code, 2);
    EXPECT_EQ(Report({}).exit_code, 2);
}

}  // namespace
}  // namespace dossier::cli
