// Value: every value Dossier stores or computes.
//
// Stored properties are null, bool, int64, double, string, the temporal kinds (graph/temporal.h)
// and lists of these. Query results
// may also hold maps, nodes, relationships and paths, so the one type covers both; the store
// rejects kinds it cannot persist (see value_codec.h). Values are cheap to copy for scalars;
// nodes, relationships and paths are shared immutable snapshots.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/temporal.h"

namespace dossier::graph {

using NodeId = uint64_t;
using EdgeId = uint64_t;

class Value;
struct Node;
struct Edge;
struct Path;
using List = std::vector<Value>;
using Map = std::map<std::string, Value>;  // sorted by key: deterministic output
using PropertyMap = Map;

class Value {
  public:
    enum class Kind : uint8_t {
        kNull,
        kBool,
        kInt,
        kFloat,
        kString,
        kDate,
        kLocalTime,
        kTime,
        kLocalDateTime,
        kDateTime,
        kDuration,
        kList,
        kMap,
        kNode,
        kEdge,
        kPath
    };

    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b) : v_(b) {}
    Value(int v) : v_(int64_t{v}) {}
    Value(int64_t v) : v_(v) {}
    Value(double v) : v_(v) {}
    Value(const char* s) : v_(std::string(s)) {}
    Value(std::string s) : v_(std::move(s)) {}
    Value(std::string_view s) : v_(std::string(s)) {}
    Value(Date d) : v_(d) {}
    Value(LocalTime t) : v_(t) {}
    Value(Time t) : v_(t) {}
    Value(LocalDateTime t) : v_(t) {}
    Value(DateTime t) : v_(std::move(t)) {}
    Value(Duration d) : v_(d) {}
    Value(List l) : v_(std::move(l)) {}
    Value(Map m) : v_(std::move(m)) {}
    Value(std::shared_ptr<const Node> n) : v_(std::move(n)) {}
    Value(std::shared_ptr<const Edge> e) : v_(std::move(e)) {}
    Value(std::shared_ptr<const Path> p) : v_(std::move(p)) {}

    Kind kind() const { return static_cast<Kind>(v_.index()); }
    bool is_null() const { return kind() == Kind::kNull; }
    bool is_bool() const { return kind() == Kind::kBool; }
    bool is_int() const { return kind() == Kind::kInt; }
    bool is_float() const { return kind() == Kind::kFloat; }
    bool is_number() const { return is_int() || is_float(); }
    bool is_string() const { return kind() == Kind::kString; }
    bool is_date() const { return kind() == Kind::kDate; }
    bool is_local_time() const { return kind() == Kind::kLocalTime; }
    bool is_time() const { return kind() == Kind::kTime; }
    bool is_local_date_time() const { return kind() == Kind::kLocalDateTime; }
    bool is_date_time() const { return kind() == Kind::kDateTime; }
    bool is_duration() const { return kind() == Kind::kDuration; }
    // date, localtime, time, localdatetime or datetime (not duration).
    bool is_temporal() const { return kind() >= Kind::kDate && kind() <= Kind::kDateTime; }
    bool is_list() const { return kind() == Kind::kList; }
    bool is_map() const { return kind() == Kind::kMap; }
    bool is_node() const { return kind() == Kind::kNode; }
    bool is_edge() const { return kind() == Kind::kEdge; }
    bool is_path() const { return kind() == Kind::kPath; }

    // REQUIRES: the matching is_*() is true.
    bool as_bool() const { return std::get<bool>(v_); }
    int64_t as_int() const { return std::get<int64_t>(v_); }
    double as_float() const { return std::get<double>(v_); }
    double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_float(); }
    const std::string& as_string() const { return std::get<std::string>(v_); }
    Date as_date() const { return std::get<Date>(v_); }
    LocalTime as_local_time() const { return std::get<LocalTime>(v_); }
    Time as_time() const { return std::get<Time>(v_); }
    LocalDateTime as_local_date_time() const { return std::get<LocalDateTime>(v_); }
    const DateTime& as_date_time() const { return std::get<DateTime>(v_); }
    Duration as_duration() const { return std::get<Duration>(v_); }
    const List& as_list() const { return std::get<List>(v_); }
    List& as_list() { return std::get<List>(v_); }
    const Map& as_map() const { return std::get<Map>(v_); }
    Map& as_map() { return std::get<Map>(v_); }
    const Node& as_node() const { return *std::get<std::shared_ptr<const Node>>(v_); }
    const Edge& as_edge() const { return *std::get<std::shared_ptr<const Edge>>(v_); }
    const Path& as_path() const { return *std::get<std::shared_ptr<const Path>>(v_); }
    const std::shared_ptr<const Node>& node_ptr() const {
        return std::get<std::shared_ptr<const Node>>(v_);
    }
    const std::shared_ptr<const Edge>& edge_ptr() const {
        return std::get<std::shared_ptr<const Edge>>(v_);
    }

    // True when the store can persist this value (null, scalars, temporals, lists of those).
    bool IsStorable() const;

    // Structural equality (1 == 1.0 is false here: kinds must match; nodes and edges compare by
    // id). Cypher's equality with its null semantics lives in the query engine.
    friend bool operator==(const Value& a, const Value& b);

    // Cypher literal notation: null, true, 42, 1.5, 'it\'s', [1, 2], {a: 1}, (:Person {name: 'X'}),
    // [:MET {verb: 'met'}], <(:A)-[:T]->(:B)>. Temporal values print as their constructor call:
    // date('2018-06-22'), datetime('2018-06-22T10:00Z'), duration('P1D').
    std::string ToCypher() const;

    // The ISO 8601 text of a temporal value or duration: "2018-06-22", "P1D".
    // REQUIRES: is_temporal() || is_duration().
    std::string ToIso() const;
    // The name of the constructor function of a temporal kind: "date", ..., "duration".
    // REQUIRES: is_temporal() || is_duration().
    const char* TemporalKindName() const;

  private:
    std::variant<std::monostate, bool, int64_t, double, std::string, Date, LocalTime, Time,
                 LocalDateTime, DateTime, Duration, List, Map, std::shared_ptr<const Node>,
                 std::shared_ptr<const Edge>, std::shared_ptr<const Path>>
        v_;
};

// A node: one id, zero or more labels (sorted), properties.
struct Node {
    NodeId id = 0;
    std::vector<std::string> labels;
    PropertyMap properties;

    bool HasLabel(std::string_view label) const;
    const Value* Find(std::string_view key) const;  // nullptr when absent
};

// A directed edge ("relationship" in query terms) with exactly one type.
struct Edge {
    EdgeId id = 0;
    NodeId src = 0;
    NodeId dst = 0;
    std::string type;
    PropertyMap properties;

    const Value* Find(std::string_view key) const;  // nullptr when absent
};

// An alternating sequence node, edge, node, ...: nodes.size() == edges.size() + 1.
struct Path {
    std::vector<Node> nodes;
    std::vector<Edge> edges;
};

Value MakeNodeValue(Node n);
Value MakeEdgeValue(Edge e);
Value MakePathValue(Path p);

// Quotes a string in Cypher notation ('...' with \\ and \' escaped).
std::string QuoteCypherString(std::string_view s);

}  // namespace dossier::graph
