// The shell's logic in-process: statement buffering, commands, completion from the open database.
#include "tools/shell.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/tools/cli_runner.h"

namespace dossier::cli {
namespace {

class ShellTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto session = QuerySession::Open(dir_ / "shell.db", /*create_if_missing=*/true);
        ASSERT_TRUE(session.ok()) << session.status().ToString();
        session_ = std::move(session).value();
        ShellSettings settings;
        settings.mode = OutputFormat::kCsv;
        settings.timing = false;
        shell_ = std::make_unique<Shell>(session_.get(), settings, out_, err_);
        ASSERT_TRUE(shell_->FeedLine(testing::kNewsGraphScript));
        ASSERT_EQ(shell_->errors(), 0) << err_.str();
        out_.str("");
        err_.str("");
    }
    testing::TempDir dir_{"dossier-shell-test"};
    std::unique_ptr<QuerySession> session_;
    std::ostringstream out_, err_;
    std::unique_ptr<Shell> shell_;
};

TEST_F(ShellTest, StatementsSpanLinesAndShareThem) {
    EXPECT_TRUE(shell_->FeedLine("MATCH (c:City)"));
    EXPECT_TRUE(shell_->pending());
    EXPECT_EQ(out_.str(), "");
    EXPECT_TRUE(shell_->FeedLine("RETURN c.name; RETURN 'a;b' AS s; RETURN"));
    EXPECT_EQ(out_.str(), "c.name\nBishkek\ns\na;b\n");
    EXPECT_TRUE(shell_->pending());
    shell_->DiscardPending();
    EXPECT_FALSE(shell_->pending());
    // A ':' line while a statement is pending belongs to the statement (a map or label).
    EXPECT_TRUE(shell_->FeedLine("MATCH (n"));
    EXPECT_TRUE(shell_->FeedLine(":Country) RETURN n.name;"));
    EXPECT_NE(out_.str().find("Kyrgyzstan"), std::string::npos);
    EXPECT_EQ(shell_->errors(), 0) << err_.str();
}

TEST_F(ShellTest, CommandsChangeModeAndParameters) {
    EXPECT_TRUE(shell_->FeedLine(":mode jsonl"));
    EXPECT_TRUE(shell_->FeedLine(":param n => 2"));
    EXPECT_TRUE(shell_->FeedLine("RETURN $n * 21 AS x;"));
    EXPECT_NE(out_.str().find("{\"x\":42}\n"), std::string::npos) << out_.str();
    EXPECT_TRUE(shell_->FeedLine(":mode xml"));
    EXPECT_TRUE(shell_->FeedLine(":maxrows many"));
    EXPECT_EQ(shell_->errors(), 2);
    EXPECT_FALSE(shell_->FeedLine(":quit"));
}

TEST_F(ShellTest, ReportPrintsMarkdownOrWritesAFile) {
    EXPECT_TRUE(shell_->FeedLine(":report Kurmanbek Bakiyev"));
    EXPECT_EQ(out_.str().rfind("# Kurmanbek Bakiyev\n", 0), 0u) << out_.str();
    EXPECT_NE(out_.str().find("| LEADER_OF | to | Kyrgyzstan (Country) |"), std::string::npos);
    out_.str("");
    const std::string file = dir_ / "bakiyev.html";
    EXPECT_TRUE(shell_->FeedLine(":report kurmanbek bakiyev -o " + file));
    EXPECT_EQ(testing::ReadAll(file).rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(err_.str().find("written to " + file), std::string::npos) << err_.str();
    EXPECT_EQ(shell_->errors(), 0);
    EXPECT_TRUE(shell_->FeedLine(":report Nobody"));
    EXPECT_TRUE(shell_->FeedLine(":report Bakiyev --since soon"));
    EXPECT_TRUE(shell_->FeedLine(":report Bakiyev --hops many"));
    EXPECT_EQ(shell_->errors(), 3);
    EXPECT_NE(err_.str().find("no entity named 'Nobody'"), std::string::npos) << err_.str();
}

TEST_F(ShellTest, CompletesFromTheDatabase) {
    EXPECT_EQ(shell_->CompleteLine("MATCH (n:Cou").candidates, std::vector<std::string>{"Country"});
    EXPECT_EQ(shell_->CompleteLine("MATCH ()-[:CAP").candidates,
              std::vector<std::string>{"CAPITAL"});
    EXPECT_EQ(shell_->CompleteLine("MATCH (n) RETURN n.bo").candidates,
              std::vector<std::string>{"born"});
    EXPECT_EQ(shell_->CompleteLine("MATCH (n {name: 'Roza").candidates,
              std::vector<std::string>{"Roza Otunbayeva'"});
    // Names come from the name/alias index: an alias offers the entity's name, and a node
    // created in the session is offered at once.
    EXPECT_TRUE(shell_->FeedLine("CREATE (:Person {name: 'Jane Doe', aliases: ['Janie Doe']});"));
    EXPECT_EQ(shell_->CompleteLine("MATCH (n {name: 'janie").candidates,
              std::vector<std::string>{"Jane Doe'"});
    EXPECT_EQ(shell_->CompleteLine("MATCH (n {name: 'Bakiyev").candidates,
              std::vector<std::string>{});
    // On a continued line the pending text gives the context.
    EXPECT_TRUE(shell_->FeedLine("MATCH (p {name:"));
    const Completion c = shell_->CompleteLine(" 'Maks");
    EXPECT_EQ(c.replace_from, 2u);
    EXPECT_EQ(c.candidates, std::vector<std::string>{"Maksim Bakiyev'"});
}

TEST_F(ShellTest, SchemaCountsLabelsTypesAndKeys) {
    EXPECT_TRUE(shell_->FeedLine(":schema"));
    const std::string schema = out_.str();
    EXPECT_NE(schema.find("  :Person  3\n"), std::string::npos) << schema;
    EXPECT_NE(schema.find("  :LEADER_OF  2\n"), std::string::npos) << schema;
    EXPECT_NE(schema.find("  name  5\n"), std::string::npos) << schema;
    EXPECT_NE(schema.find("  since  2\n"), std::string::npos) << schema;
    EXPECT_NE(schema.find("Indexes:\n"), std::string::npos) << schema;
    EXPECT_EQ(schema.find("by_born"), std::string::npos) << schema;
}

TEST_F(ShellTest, SchemaListsIndexes) {
    EXPECT_TRUE(shell_->FeedLine("CREATE INDEX by_born FOR (p:Person) ON (p.born);"));
    out_.str("");
    EXPECT_TRUE(shell_->FeedLine(":schema"));
    EXPECT_NE(out_.str().find("  by_born  :Person(born)\n"), std::string::npos) << out_.str();
}

}  // namespace
}  // namespace dossier::cli
