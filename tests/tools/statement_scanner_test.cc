#include "tools/statement_scanner.h"

#include <gtest/gtest.h>

namespace dossier::cli {
namespace {

TEST(StatementScannerTest, SplitsOnSemicolonsOutsideStringsNamesAndComments) {
    const ScannedScript s = ScanStatements(
        "MATCH (n {name: 'a;b'}) RETURN n; RETURN \"x;\" AS `c;d`; // note; here\n"
        "RETURN 1 /* ; */ ;;  MATCH (n)\nRETURN");
    ASSERT_EQ(s.complete.size(), 3u);
    EXPECT_EQ(s.complete[0], "MATCH (n {name: 'a;b'}) RETURN n");
    EXPECT_EQ(s.complete[1], "RETURN \"x;\" AS `c;d`");
    EXPECT_EQ(s.complete[2], "// note; here\nRETURN 1 /* ; */");
    EXPECT_EQ(s.rest, "  MATCH (n)\nRETURN");
    EXPECT_TRUE(HasPendingText(s.rest));
}

TEST(StatementScannerTest, EscapedQuotesStayInsideTheString) {
    const ScannedScript s = ScanStatements("RETURN 'it\\'s; fine';");
    ASSERT_EQ(s.complete.size(), 1u);
    EXPECT_EQ(s.complete[0], "RETURN 'it\\'s; fine'");
    EXPECT_FALSE(HasPendingText(s.rest));
}

TEST(StatementScannerTest, UnfinishedStringIsPending) {
    const ScannedScript s = ScanStatements("RETURN 'abc; def");
    EXPECT_TRUE(s.complete.empty());
    EXPECT_TRUE(HasPendingText(s.rest));
    EXPECT_FALSE(HasPendingText("   // only a comment"));
    EXPECT_FALSE(HasPendingText(" \n "));
}

TEST(StatementScannerTest, LooksLikeWriteSeesKeywordsOnlyInCode) {
    EXPECT_TRUE(LooksLikeWrite("CREATE (n:Person {name: 'x'})"));
    EXPECT_TRUE(LooksLikeWrite("match (n) detach delete n"));
    EXPECT_TRUE(LooksLikeWrite("MATCH (n) SET n.x = 1"));
    EXPECT_FALSE(LooksLikeWrite("MATCH (n {name: 'CREATE'}) RETURN n.set, n.created"));
    EXPECT_FALSE(LooksLikeWrite("MATCH (n) // DELETE later\nRETURN n"));
    EXPECT_FALSE(LooksLikeWrite("RETURN `MERGE`"));
}

}  // namespace
}  // namespace dossier::cli
