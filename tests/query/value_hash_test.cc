#include "query/eval/value_hash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>

#include "query/eval/comparison.h"

namespace dossier::query::eval {
namespace {

using graph::Value;

// Equivalent values must hash alike, or grouping would split one group in two.
void ExpectSameGroup(const Value& a, const Value& b) {
    EXPECT_TRUE(Equivalent(a, b)) << a.ToCypher() << " vs " << b.ToCypher();
    EXPECT_EQ(EquivalenceHash(a), EquivalenceHash(b)) << a.ToCypher() << " vs " << b.ToCypher();
    EXPECT_TRUE(ValueEquivalent{}(a, b));
}

TEST(ValueHashTest, EquivalentValuesHashAlike) {
    ExpectSameGroup(Value(1), Value(1.0));
    ExpectSameGroup(Value(0.0), Value(-0.0));
    ExpectSameGroup(Value(std::nan("")), Value(-std::numeric_limits<double>::quiet_NaN()));
    ExpectSameGroup(Value(), Value());
    ExpectSameGroup(Value(graph::List{Value(1), Value("a")}),
                    Value(graph::List{Value(1.0), Value("a")}));
    ExpectSameGroup(Value(graph::Map{{"k", Value(2)}}), Value(graph::Map{{"k", Value(2.0)}}));
    graph::Node n1, n2;
    n1.id = n2.id = 7;
    n2.properties["name"] = Value("other snapshot");
    ExpectSameGroup(Value(std::make_shared<const graph::Node>(n1)),
                    Value(std::make_shared<const graph::Node>(n2)));
}

TEST(ValueHashTest, RowsGroupByEveryColumn) {
    const std::vector<Value> a{Value("Bishkek"), Value(3)};
    const std::vector<Value> b{Value("Bishkek"), Value(3.0)};
    const std::vector<Value> c{Value("Bishkek"), Value(4)};
    const std::vector<Value> shorter{Value("Bishkek")};
    EXPECT_TRUE(RowEquivalent{}(a, b));
    EXPECT_EQ(RowHash{}(a), RowHash{}(b));
    EXPECT_FALSE(RowEquivalent{}(a, c));
    EXPECT_FALSE(RowEquivalent{}(a, shorter));
    EXPECT_NE(RowHash{}(a),
              RowHash{}(c));  // not required, but a hash that ignores a column is useless
    EXPECT_FALSE(Equivalent(Value(1), Value("1")));
}

}  // namespace
}  // namespace dossier::query::eval
