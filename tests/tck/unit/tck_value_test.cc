#include "tests/tck/tck_value.h"

#include <gtest/gtest.h>

#include <cmath>

namespace dossier::tck {
namespace {

graph::Value NodeValue(graph::NodeId id, std::vector<std::string> labels, graph::Map props) {
    graph::Node n;
    n.id = id;
    n.labels = std::move(labels);
    n.properties = std::move(props);
    return graph::MakeNodeValue(std::move(n));
}

graph::Edge EdgeOf(graph::EdgeId id, graph::NodeId src, graph::NodeId dst, std::string type) {
    graph::Edge e;
    e.id = id;
    e.src = src;
    e.dst = dst;
    e.type = std::move(type);
    return e;
}

TckValue Parsed(const char* text) {
    Result<TckValue> v = ParseTckValue(text);
    EXPECT_TRUE(v.ok()) << text << ": " << v.status().ToString();
    return v.ok() ? *v : TckValue{};
}

TEST(TckValueTest, ParsesScalars) {
    EXPECT_EQ(Parsed("null").kind, TckValue::Kind::kNull);
    EXPECT_TRUE(Parsed("true").boolean);
    EXPECT_FALSE(Parsed("false").boolean);
    EXPECT_EQ(Parsed("-42").integer, -42);
    EXPECT_EQ(Parsed("42").kind, TckValue::Kind::kInt);
    EXPECT_DOUBLE_EQ(Parsed("-1.5e2").number, -150.0);
    EXPECT_EQ(Parsed("1.0").kind, TckValue::Kind::kFloat);
    EXPECT_TRUE(std::isnan(Parsed("NaN").number));
    EXPECT_TRUE(std::isinf(Parsed("-Inf").number));
    EXPECT_EQ(Parsed("'it\\'s'").text, "it's");
    EXPECT_EQ(Parsed("'a\\\\b'").text, "a\\b");
}

TEST(TckValueTest, ParsesStructures) {
    TckValue list = Parsed("[1, 'a', [], {k: null}]");
    ASSERT_EQ(list.kind, TckValue::Kind::kList);
    ASSERT_EQ(list.items.size(), 4u);
    EXPECT_EQ(list.items[3].entries.count("k"), 1u);
    TckValue node = Parsed("(:B:A {name: 'x', n: 1})");
    EXPECT_EQ(node.kind, TckValue::Kind::kNode);
    EXPECT_EQ(node.labels, (std::vector<std::string>{"A", "B"}));
    TckValue rel = Parsed("[:T {w: 2}]");
    EXPECT_EQ(rel.kind, TckValue::Kind::kRelationship);
    EXPECT_EQ(rel.text, "T");
    TckValue path = Parsed("<(:A)-[:T]->(:B)<-[:U]-()>");
    ASSERT_EQ(path.kind, TckValue::Kind::kPath);
    ASSERT_EQ(path.items.size(), 5u);
    EXPECT_TRUE(path.items[1].forward);
    EXPECT_FALSE(path.items[3].forward);
    EXPECT_EQ(path.ToString(), "<(:A)-[:T]->(:B)<-[:U]-()>");
}

TEST(TckValueTest, RejectsMalformedText) {
    EXPECT_FALSE(ParseTckValue("[1, 2").ok());
    EXPECT_FALSE(ParseTckValue("'open").ok());
    EXPECT_FALSE(ParseTckValue("1 2").ok());
    EXPECT_FALSE(ParseTckValue("<(:A)-[:T]-(:B)>").ok());
}

TEST(TckValueTest, MatchesScalarsStrictlyByKind) {
    EXPECT_TRUE(Matches(Parsed("1"), graph::Value(int64_t{1}), false));
    EXPECT_FALSE(Matches(Parsed("1"), graph::Value(1.0), false));
    EXPECT_FALSE(Matches(Parsed("1.0"), graph::Value(int64_t{1}), false));
    EXPECT_TRUE(Matches(Parsed("0.1"), graph::Value(0.1), false));
    EXPECT_TRUE(Matches(Parsed("NaN"), graph::Value(std::nan("")), false));
    EXPECT_FALSE(Matches(Parsed("'1'"), graph::Value(int64_t{1}), false));
    EXPECT_TRUE(Matches(Parsed("null"), graph::Value(), false));
}

TEST(TckValueTest, MatchesListsInOrderOrAsMultisets) {
    graph::Value l(graph::List{graph::Value(int64_t{2}), graph::Value(int64_t{1})});
    EXPECT_FALSE(Matches(Parsed("[1, 2]"), l, false));
    EXPECT_TRUE(Matches(Parsed("[1, 2]"), l, true));
    EXPECT_FALSE(Matches(Parsed("[1, 1]"), l, true));
    EXPECT_TRUE(Matches(Parsed("[2, 1]"), l, false));
}

TEST(TckValueTest, MatchesNodesByLabelsAndProperties) {
    graph::Value n = NodeValue(7, {"A", "B"}, {{"name", graph::Value("x")}});
    EXPECT_TRUE(Matches(Parsed("(:B:A {name: 'x'})"), n, false));
    EXPECT_FALSE(Matches(Parsed("(:A {name: 'x'})"), n, false));
    EXPECT_FALSE(Matches(Parsed("(:A:B)"), n, false));
    EXPECT_FALSE(Matches(Parsed("[:A]"), n, false));
}

TEST(TckValueTest, MatchesPathsWithDirections) {
    graph::Path p;
    p.nodes = {graph::Node{1, {"A"}, {}}, graph::Node{2, {"B"}, {}}};
    p.edges = {EdgeOf(10, 2, 1, "T")};  // (:B)-[:T]->(:A), read from A
    graph::Value v = graph::MakePathValue(p);
    EXPECT_TRUE(Matches(Parsed("<(:A)<-[:T]-(:B)>"), v, false));
    EXPECT_FALSE(Matches(Parsed("<(:A)-[:T]->(:B)>"), v, false));
    EXPECT_FALSE(Matches(Parsed("<(:A)<-[:U]-(:B)>"), v, false));
}

TEST(TckValueTest, MatchesDatesByTheirIsoString) {
    graph::Value d(graph::Date::FromYmd(2015, 7, 21));
    EXPECT_TRUE(Matches(Parsed("'2015-07-21'"), d, false));
    EXPECT_FALSE(Matches(Parsed("'2015-07-22'"), d, false));
}

TEST(TckValueTest, ConvertsParameters) {
    Result<graph::Value> v = ToGraphValue(Parsed("{a: [1, 'x'], b: 2.5}"));
    ASSERT_TRUE(v.ok());
    ASSERT_TRUE(v->is_map());
    EXPECT_EQ(v->as_map().at("a").as_list()[1].as_string(), "x");
    EXPECT_FALSE(ToGraphValue(Parsed("(:A)")).ok());
}

}  // namespace
}  // namespace dossier::tck
