#include "tools/error_report.h"

#include <gtest/gtest.h>

namespace dossier::cli {
namespace {

TEST(ErrorReportTest, CaretUnderTheColumn) {
    const Status s(Status::Code::kSyntaxError, "unexpected 'RETRUN'", "", 2, 11);
    EXPECT_EQ(ErrorReport(s, "MATCH (n)\nWHERE n.x RETRUN n"),
              "SyntaxError: unexpected 'RETRUN' (line 2, column 11)\n"
              "  WHERE n.x RETRUN n\n"
              "            ^\n");
}

TEST(ErrorReportTest, ColumnsCountCodePoints) {
    const Status s(Status::Code::kSyntaxError, "bad", "", 1, 10);
    EXPECT_EQ(ErrorReport(s, "RETURN 'é' x"),
              "SyntaxError: bad (line 1, column 10)\n"
              "  RETURN 'é' x\n"
              "           ^\n");
}

TEST(ErrorReportTest, NamesTheOpenCypherDetail) {
    const Status s(Status::Code::kSyntaxError, "n is a node, not a relationship",
                   "VariableTypeConflict", 1, 20);
    EXPECT_EQ(ErrorReport(s, "MATCH (n) MATCH ()-[n]->() RETURN n"),
              "SyntaxError (VariableTypeConflict): n is a node, not a relationship (line 1, "
              "column 20)\n"
              "  MATCH (n) MATCH ()-[n]->() RETURN n\n"
              "                     ^\n");
}

TEST(ErrorReportTest, PositionPastTheTextIsOneLine) {
    const Status s(Status::Code::kSyntaxError, "bad", "", 3, 1);
    EXPECT_EQ(ErrorReport(s, "RETURN 1"), "SyntaxError: bad (line 3, column 1)\n");
}

TEST(ErrorReportTest, NoPositionIsOneLine) {
    EXPECT_EQ(ErrorReport(Status::IOError("disk full"), "RETURN 1"), "IOError: disk full\n");
}

}  // namespace
}  // namespace dossier::cli
