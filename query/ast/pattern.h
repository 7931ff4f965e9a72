// Graph patterns: what MATCH, CREATE and MERGE look for or make, and what pattern expressions test.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "query/ast/expression.h"

namespace dossier::query::ast {

// (variable:Label1:Label2 {key: value}) or (variable $param)
struct NodePattern {
    SourcePos pos;
    std::string variable;  // empty when anonymous
    std::vector<std::string> labels;
    ExprPtr properties;  // null, a MapExpr or a ParameterExpr
    std::string ToString() const;
};

enum class Direction {
    kRight,  // (a)-[]->(b)
    kLeft,   // (a)<-[]-(b)
    kBoth,   // (a)-[]-(b) or (a)<-[]->(b): either direction
};

// -[variable:T1|T2*min..max {key: value}]->
struct RelationshipPattern {
    SourcePos pos;
    std::string variable;            // empty when anonymous
    std::vector<std::string> types;  // alternatives; empty = any type
    Direction direction = Direction::kBoth;
    // Variable length: `*` (1..unbounded), `*2` (2..2), `*1..3`, `*..3` (1..3), `*2..` (2..).
    bool variable_length = false;
    std::optional<int64_t> min_hops;  // unset: 1
    std::optional<int64_t> max_hops;  // unset: unbounded
    ExprPtr properties;               // null, a MapExpr or a ParameterExpr
    std::string ToString() const;
};

enum class PathFunction { kNone, kShortestPath, kAllShortestPaths };

// One chain of a pattern, optionally named: p = (a)-[r]->(b)<-[s]-(c)
struct PatternPart {
    SourcePos pos;
    std::string path_variable;  // empty when unnamed
    PathFunction path_function = PathFunction::kNone;
    std::vector<NodePattern> nodes;                  // size() == relationships.size() + 1
    std::vector<RelationshipPattern> relationships;  // relationships[i] joins nodes[i], nodes[i+1]
    std::string ToString() const;
};

// Comma-separated parts of a MATCH or CREATE.
using Pattern = std::vector<PatternPart>;
std::string PatternToString(const Pattern& pattern);

}  // namespace dossier::query::ast
