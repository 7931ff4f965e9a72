#include "tests/tck/result_comparison.h"

#include <gtest/gtest.h>

#include "tests/tck/error_expectation.h"

namespace dossier::tck {
namespace {

query::QueryResult TwoRows() {
    query::QueryResult r;
    r.columns = {"a", "b"};
    r.rows = {{graph::Value(int64_t{1}), graph::Value("x")},
              {graph::Value(int64_t{2}), graph::Value("y")}};
    return r;
}

TEST(ResultComparisonTest, AnyOrderMatchesColumnsByName) {
    std::string why;
    Table t = {{"b", "a"}, {"'y'", "2"}, {"'x'", "1"}};
    EXPECT_TRUE(CompareResult(t, TwoRows(), {}, &why)) << why;
    CompareMode ordered;
    ordered.in_order = true;
    EXPECT_FALSE(CompareResult(t, TwoRows(), ordered, &why));
    EXPECT_NE(why.find("position 1"), std::string::npos) << why;
}

TEST(ResultComparisonTest, DetectsWrongColumnsCountsAndValues) {
    std::string why;
    EXPECT_FALSE(CompareResult({{"a"}, {"1"}, {"2"}}, TwoRows(), {}, &why));
    EXPECT_NE(why.find("columns"), std::string::npos) << why;
    EXPECT_FALSE(CompareResult({{"a", "b"}, {"1", "'x'"}}, TwoRows(), {}, &why));
    EXPECT_NE(why.find("1 row(s), got 2"), std::string::npos) << why;
    EXPECT_FALSE(CompareResult({{"a", "b"}, {"1", "'x'"}, {"1", "'x'"}}, TwoRows(), {}, &why));
}

TEST(ErrorExpectationTest, ComparesClassDetailAndPhase) {
    auto e =
        ParseErrorExpectation("a SyntaxError should be raised at compile time: UndefinedVariable");
    ASSERT_TRUE(e.ok());
    std::string why;
    Status undefined(Status::Code::kSyntaxError, "m", "UndefinedVariable", 1, 1);
    EXPECT_TRUE(e->Matches(undefined, true, &why)) << why;
    EXPECT_FALSE(e->Matches(undefined, false, &why));
    Status other(Status::Code::kSyntaxError, "m", "VariableAlreadyBound", 1, 1);
    EXPECT_FALSE(e->Matches(other, true, &why));
    // The class must be the one named: a SemanticError is not a SyntaxError.
    Status semantic(Status::Code::kSemanticError, "m", "UndefinedVariable", 1, 1);
    EXPECT_FALSE(e->Matches(semantic, true, &why));
    EXPECT_NE(why.find("different class"), std::string::npos) << why;

    auto rt =
        ParseErrorExpectation("a TypeError should be raised at runtime: InvalidArgumentValue");
    ASSERT_TRUE(rt.ok());
    Status type(Status::Code::kTypeError, "m", "InvalidArgumentValue");
    EXPECT_TRUE(rt->Matches(type, false, &why)) << why;
    Status arg(Status::Code::kArgumentError, "m", "InvalidArgumentValue");
    EXPECT_FALSE(rt->Matches(arg, false, &why));
    EXPECT_FALSE(ParseErrorExpectation("the result should be empty").ok());
}

}  // namespace
}  // namespace dossier::tck
