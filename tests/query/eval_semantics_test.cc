// openCypher value semantics of query/eval: equality, comparison, ordering, arithmetic and
// boolean logic with nulls.
#include <gtest/gtest.h>

#include <cmath>

#include "query/eval/access.h"
#include "query/eval/arithmetic.h"
#include "query/eval/comparison.h"
#include "query/eval/predicates.h"

namespace dossier::query::eval {
namespace {

using graph::List;
using graph::Map;
using graph::Value;

const Value kNull;

TEST(EqualsTest, NullsAndNumbers) {
    EXPECT_TRUE(Equals(kNull, Value(1)).is_null());
    EXPECT_TRUE(Equals(Value(1), Value(1.0)).as_bool());
    EXPECT_FALSE(Equals(Value(1), Value("1")).as_bool());
    EXPECT_FALSE(Equals(Value(std::nan("")), Value(std::nan(""))).as_bool());
}

TEST(EqualsTest, ListsAreNullWhenAnElementIsUnknown) {
    EXPECT_TRUE(Equals(Value(List{1, kNull}), Value(List{1, 2})).is_null());
    EXPECT_FALSE(Equals(Value(List{1, kNull}), Value(List{2, 2})).as_bool());
    EXPECT_FALSE(Equals(Value(List{1}), Value(List{1, 2})).as_bool());
    EXPECT_TRUE(Equals(Value(Map{{"a", 1}}), Value(Map{{"a", 1.0}})).as_bool());
}

TEST(CompareTest, ComparableKindsOnly) {
    EXPECT_EQ(Compare(Value(1), Value(2.5)), -1);
    EXPECT_EQ(Compare(Value("b"), Value("a")), 1);
    EXPECT_FALSE(Compare(Value(1), Value("1")).has_value());
    EXPECT_FALSE(Compare(kNull, Value(1)).has_value());
    EXPECT_EQ(Compare(Value(List{1, 2}), Value(List{1, 3})), -1);
}

TEST(OrderCompareTest, GlobalOrderAcrossKinds) {
    // Map < Node < Relationship < List < Path < Date < String < Boolean < Number < Null.
    const std::vector<Value> ascending = {Value(Map{}),
                                          graph::MakeNodeValue({}),
                                          graph::MakeEdgeValue({}),
                                          Value(List{}),
                                          graph::MakePathValue({}),
                                          Value(graph::Date{0}),
                                          Value("s"),
                                          Value(false),
                                          Value(true),
                                          Value(-1),
                                          Value(2.5),
                                          Value(std::nan("")),
                                          kNull};
    for (size_t i = 0; i + 1 < ascending.size(); ++i) {
        EXPECT_LT(OrderCompare(ascending[i], ascending[i + 1]), 0) << i;
        EXPECT_GT(OrderCompare(ascending[i + 1], ascending[i]), 0) << i;
    }
    EXPECT_TRUE(Equivalent(kNull, kNull));
    EXPECT_TRUE(Equivalent(Value(1), Value(1.0)));
}

TEST(ArithmeticTest, PromotionAndOverflow) {
    EXPECT_EQ(Add(Value(1), Value(2))->as_int(), 3);
    EXPECT_DOUBLE_EQ(Add(Value(1), Value(0.5))->as_float(), 1.5);
    EXPECT_TRUE(Add(kNull, Value(1))->is_null());
    auto overflow = Add(Value(INT64_MAX), Value(1));
    ASSERT_FALSE(overflow.ok());
    EXPECT_EQ(overflow.status().detail(), "IntegerOverflow");
    EXPECT_EQ(Divide(Value(7), Value(2))->as_int(), 3);
    EXPECT_FALSE(Divide(Value(1), Value(0)).ok());
    EXPECT_TRUE(std::isinf(Divide(Value(1.0), Value(0))->as_float()));
    EXPECT_EQ(Modulo(Value(-7), Value(3))->as_int(), -1);
    EXPECT_DOUBLE_EQ(Power(Value(2), Value(3))->as_float(), 8.0);
}

TEST(ArithmeticTest, ConcatenationAndTypeErrors) {
    EXPECT_EQ(Add(Value("ab"), Value("c"))->as_string(), "abc");
    EXPECT_EQ(Add(Value(List{1}), Value(2))->ToCypher(), "[1, 2]");
    EXPECT_EQ(Add(Value(0), Value(List{1}))->ToCypher(), "[0, 1]");
    auto bad = Multiply(Value("a"), Value(2));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.status().code(), Status::Code::kTypeError);
    EXPECT_EQ(bad.status().detail(), "InvalidArgumentType");
    EXPECT_NE(bad.status().message().find("'a'"), std::string::npos) << "names the value";
}

TEST(LogicTest, ThreeValued) {
    EXPECT_FALSE(And(kNull, Value(false))->as_bool());
    EXPECT_TRUE(And(kNull, Value(true))->is_null());
    EXPECT_TRUE(Or(kNull, Value(true))->as_bool());
    EXPECT_TRUE(Or(kNull, Value(false))->is_null());
    EXPECT_TRUE(Xor(kNull, Value(true))->is_null());
    EXPECT_TRUE(Not(kNull)->is_null());
    EXPECT_FALSE(And(Value(1), Value(true)).ok());
}

TEST(LogicTest, InWithNulls) {
    EXPECT_TRUE(In(Value(1), Value(List{2, 1}))->as_bool());
    EXPECT_TRUE(In(Value(1), Value(List{2, kNull}))->is_null());
    EXPECT_FALSE(In(Value(1), Value(List{2, 3}))->as_bool());
    EXPECT_TRUE(In(Value(1), kNull)->is_null());
}

TEST(StringPredicateTest, WholeStringRegexAndNulls) {
    EXPECT_TRUE(StartsWith(Value("Bakiyev"), Value("Bak")).as_bool());
    EXPECT_TRUE(EndsWith(Value("Bakiyev"), kNull).is_null());
    EXPECT_TRUE(Contains(Value("Bakiyev"), Value("kiy")).as_bool());
    EXPECT_TRUE(RegexMatch(Value("Bishkek"), Value("B.*k"))->as_bool());
    EXPECT_FALSE(RegexMatch(Value("Bishkek"), Value("B.*e"))->as_bool());
    EXPECT_FALSE(RegexMatch(Value("x"), Value("(")).ok());
}

TEST(AccessTest, IndexAndSlice) {
    const Value list(List{1, 2, 3, 4});
    EXPECT_EQ(Subscript(list, Value(-1))->as_int(), 4);
    EXPECT_TRUE(Subscript(list, Value(9))->is_null());
    EXPECT_EQ(Slice(list, Value(1), Value(-1), true, true)->ToCypher(), "[2, 3]");
    EXPECT_EQ(Slice(list, kNull, Value(2), false, true)->ToCypher(), "[1, 2]");
    EXPECT_TRUE(Slice(list, kNull, Value(2), true, true)->is_null());
    EXPECT_EQ(Subscript(Value(Map{{"k", 5}}), Value("k"))->as_int(), 5);
    EXPECT_EQ(Subscript(Value(Map{{"k", 5}}), Value(1)).status().detail(),
              "MapElementAccessByNonString");
}

}  // namespace
}  // namespace dossier::query::eval
