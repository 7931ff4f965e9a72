// Scalar functions and aggregates of query/eval.
#include <gtest/gtest.h>

#include "query/eval/aggregates.h"
#include "query/eval/functions.h"

namespace dossier::query::eval {
namespace {

using graph::List;
using graph::Value;

Result<Value> Call(const char* name, std::vector<Value> args) {
    const FunctionDef* def = FindFunction(name);
    EXPECT_NE(def, nullptr) << name;
    if (!def) return Status::NotFound(name);
    return CallFunction(*def, args, FunctionContext{});
}

std::string Show(const char* name, std::vector<Value> args) {
    auto r = Call(name, std::move(args));
    return r.ok() ? r->ToCypher() : r.status().ToString();
}

TEST(StringFunctionsTest, Basics) {
    EXPECT_EQ(Show("toUpper", {"Bishkek"}), "'BISHKEK'");
    EXPECT_EQ(Show("TOLOWER", {"Osh"}), "'osh'");
    EXPECT_EQ(Show("trim", {"  x  "}), "'x'");
    EXPECT_EQ(Show("ltrim", {"  x "}), "'x '");
    EXPECT_EQ(Show("replace", {"a-b-c", "-", "+"}), "'a+b+c'");
    EXPECT_EQ(Show("substring", {"Bakiyev", 1, 3}), "'aki'");
    EXPECT_EQ(Show("left", {"Bakiyev", 3}), "'Bak'");
    EXPECT_EQ(Show("right", {"Bakiyev", 3}), "'yev'");
    EXPECT_EQ(Show("split", {"a,b,,c", ","}), "['a', 'b', '', 'c']");
    EXPECT_EQ(Show("reverse", {"abc"}), "'cba'");
    EXPECT_EQ(Show("toUpper", {Value()}), "null");
    EXPECT_EQ(Call("toUpper", {1}).status().detail(), "InvalidArgumentType");
}

TEST(ConversionFunctionsTest, Basics) {
    EXPECT_EQ(Show("toInteger", {"42"}), "42");
    EXPECT_EQ(Show("toInteger", {"4.7"}), "4");
    EXPECT_EQ(Show("toInteger", {"x"}), "null");
    EXPECT_EQ(Show("toFloat", {"1.5"}), "1.5");
    EXPECT_EQ(Show("toBoolean", {"TRUE"}), "true");
    EXPECT_EQ(Show("toString", {1.5}), "'1.5'");
    EXPECT_EQ(Show("toString", {true}), "'true'");
    EXPECT_EQ(Call("toInteger", {Value(List{})}).status().detail(), "InvalidArgumentValue");
    EXPECT_EQ(Show("date", {"2010-04-07"}), "date('2010-04-07')");
    EXPECT_FALSE(Call("date", {"April 7"}).ok());
}

TEST(MathFunctionsTest, Basics) {
    EXPECT_EQ(Show("abs", {-3}), "3");
    EXPECT_EQ(Show("ceil", {1.2}), "2.0");
    EXPECT_EQ(Show("floor", {-1.2}), "-2.0");
    EXPECT_EQ(Show("round", {2.5}), "3.0");
    EXPECT_EQ(Show("sign", {-0.5}), "-1");
    EXPECT_EQ(Show("sqrt", {16}), "4.0");
    auto r = Call("rand", {});
    ASSERT_TRUE(r.ok());
    EXPECT_GE(r->as_float(), 0.0);
    EXPECT_LT(r->as_float(), 1.0);
}

TEST(ListFunctionsTest, Basics) {
    const Value list(List{1, 2, 3});
    EXPECT_EQ(Show("size", {list}), "3");
    EXPECT_EQ(Show("head", {list}), "1");
    EXPECT_EQ(Show("last", {list}), "3");
    EXPECT_EQ(Show("tail", {list}), "[2, 3]");
    EXPECT_EQ(Show("head", {Value(List{})}), "null");
    EXPECT_EQ(Show("range", {1, 7, 3}), "[1, 4, 7]");
    EXPECT_EQ(Show("range", {3, 1, -1}), "[3, 2, 1]");
    EXPECT_EQ(Show("coalesce", {Value(), 2, 3}), "2");
    EXPECT_EQ(Show("reverse", {list}), "[3, 2, 1]");
}

TEST(FunctionsTest, ArgumentCountAndUnknownNames) {
    EXPECT_EQ(FindFunction("noSuchFunction"), nullptr);
    EXPECT_EQ(Call("substring", {"x"}).status().detail(), "InvalidNumberOfArguments");
}

Value Aggregate(const char* name, bool distinct, const std::vector<Value>& values,
                Value param = Value()) {
    auto agg = MakeAggregator(name, distinct);
    for (const auto& v : values) EXPECT_TRUE(agg->Add(v, param).ok());
    auto r = agg->Finish();
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : Value();
}

TEST(AggregatesTest, SkipNullsAndDistinct) {
    const std::vector<Value> values = {1, 2, 2, Value(), 3.5};
    EXPECT_EQ(Aggregate("count", false, values).ToCypher(), "4");
    EXPECT_EQ(Aggregate("count", true, values).ToCypher(), "3");
    EXPECT_EQ(Aggregate("sum", false, values).ToCypher(), "8.5");
    EXPECT_EQ(Aggregate("sum", true, {1, 1, 2}).ToCypher(), "3");
    EXPECT_EQ(Aggregate("avg", false, {1, 2}).ToCypher(), "1.5");
    EXPECT_EQ(Aggregate("min", false, values).ToCypher(), "1");
    EXPECT_EQ(Aggregate("max", false, {1, "a"}).ToCypher(), "1");  // numbers sort after strings
    EXPECT_EQ(Aggregate("collect", false, values).ToCypher(), "[1, 2, 2, 3.5]");
    EXPECT_EQ(Aggregate("collect", true, values).ToCypher(), "[1, 2, 3.5]");
}

TEST(AggregatesTest, EmptyInput) {
    EXPECT_EQ(Aggregate("count", false, {}).ToCypher(), "0");
    EXPECT_EQ(Aggregate("sum", false, {}).ToCypher(), "0");
    EXPECT_EQ(Aggregate("avg", false, {}).ToCypher(), "null");
    EXPECT_EQ(Aggregate("collect", false, {}).ToCypher(), "[]");
}

TEST(AggregatesTest, PercentilesAndDeviation) {
    const std::vector<Value> values = {10, 20, 30, 40};
    EXPECT_EQ(Aggregate("percentileDisc", false, values, 0.5).ToCypher(), "20.0");
    EXPECT_EQ(Aggregate("percentileCont", false, values, 0.5).ToCypher(), "25.0");
    EXPECT_NEAR(Aggregate("stDev", false, values).as_float(), 12.909944, 1e-6);
    EXPECT_TRUE(IsAggregateFunction("COLLECT"));
    EXPECT_FALSE(IsAggregateFunction("size"));
}

TEST(AggregatesTest, SumRejectsStrings) {
    auto agg = MakeAggregator("sum", false);
    Status s = agg->Add(Value("x"), Value());
    EXPECT_EQ(s.code(), Status::Code::kTypeError);
}

}  // namespace
}  // namespace dossier::query::eval
