#include "tools/param_literal.h"

#include <gtest/gtest.h>

namespace dossier::cli {
namespace {

using graph::Value;

TEST(ParamLiteralTest, ReadsLiterals) {
    EXPECT_EQ(ParseParamLiteral("42"), Value(int64_t{42}));
    EXPECT_EQ(ParseParamLiteral("-7"), Value(int64_t{-7}));
    EXPECT_EQ(ParseParamLiteral("1.5"), Value(1.5));
    EXPECT_EQ(ParseParamLiteral("2e3"), Value(2000.0));
    EXPECT_EQ(ParseParamLiteral("TRUE"), Value(true));
    EXPECT_EQ(ParseParamLiteral("null"), Value());
    EXPECT_EQ(ParseParamLiteral("'it\\'s'"), Value("it's"));
    EXPECT_EQ(ParseParamLiteral("\"42\""), Value("42"));
    EXPECT_EQ(ParseParamLiteral("Kurmanbek Bakiyev"), Value("Kurmanbek Bakiyev"));
    EXPECT_EQ(ParseParamLiteral("[1, 'a,b', true]"),
              Value(graph::List{Value(int64_t{1}), Value("a,b"), Value(true)}));
}

TEST(ParamLiteralTest, Assignments) {
    auto a = ParseParamAssignment("name=Kurmanbek Bakiyev", false);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->first, "name");
    EXPECT_EQ(a->second, Value("Kurmanbek Bakiyev"));
    auto b = ParseParamAssignment("$limit => 10", true);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->first, "limit");
    EXPECT_EQ(b->second, Value(int64_t{10}));
    EXPECT_FALSE(ParseParamAssignment("novalue", false).ok());
    EXPECT_FALSE(ParseParamAssignment("1x=3", false).ok());
}

}  // namespace
}  // namespace dossier::cli
