// Expressions of Dossier's query language, as the parser produces them.
//
// Plain structs owned through std::unique_ptr. Every node carries its `kind` (switch on it and
// static_cast to the concrete struct, or use As<T>()) and its 1-based source position. The AST
// is immutable after parsing except for its binding fields (the `mutable` members marked
// "Binding"), which semantic::Bind writes once, before planning: variable ids, resolved functions,
// aggregate marks. The planner and the evaluator read them; nothing else writes them.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "graph/dcheck.h"
#include "graph/value.h"

namespace dossier::query::ast {

// 1-based line and column of the first character of a node in the query text.
struct SourcePos {
    int line = 0;
    int column = 0;
};

struct PatternPart;  // pattern.h
struct SingleQuery;  // statement.h
struct Expression;
using ExprPtr = std::unique_ptr<Expression>;

enum class ExprKind {
    kLiteral,               // LiteralExpr: null, true, 42, 1.5, 'text'
    kParameter,             // ParameterExpr: $name or $0
    kVariable,              // VariableExpr: n
    kProperty,              // PropertyExpr: n.name
    kIndex,                 // IndexExpr: list[i], map['key']
    kSlice,                 // SliceExpr: list[a..b], either bound optional
    kUnary,                 // UnaryExpr: NOT x, -x, +x
    kBinary,                // BinaryExpr: arithmetic, boolean, one comparison, IN, string ops
    kComparisonChain,       // ComparisonChainExpr: a < b <= c (two or more comparisons)
    kIsNull,                // IsNullExpr: x IS NULL, x IS NOT NULL
    kLabelCheck,            // LabelCheckExpr: n:Person:Actor
    kList,                  // ListExpr: [a, b]
    kMap,                   // MapExpr: {name: 'x', age: 3}
    kCase,                  // CaseExpr: simple and generic CASE
    kFunctionCall,          // FunctionCallExpr: f(DISTINCT? args)
    kCountStar,             // CountStarExpr: count(*)
    kListComprehension,     // ListComprehensionExpr: [x IN list WHERE p | e]
    kPatternComprehension,  // PatternComprehensionExpr: [p = (a)-->(b) WHERE c | e]
    kQuantifier,            // QuantifierExpr: any/all/none/single(x IN list WHERE p)
    kPatternPredicate,      // PatternPredicateExpr: (a)-[:T]->(b) used as an expression
    kExists,                // ExistsExpr: EXISTS { pattern WHERE ... } or EXISTS { query }
    kReduce,                // ReduceExpr: reduce(acc = init, x IN list | e)
    kMapProjection,         // MapProjectionExpr: n {.name, .*, key: e, var}
};

const char* ExprKindName(ExprKind kind);

struct Expression {
    explicit Expression(ExprKind k, SourcePos p = {}) : kind(k), pos(p) {}
    virtual ~Expression() = default;
    Expression(const Expression&) = delete;
    Expression& operator=(const Expression&) = delete;

    // Debug rendering in the query notation, fully parenthesised for operators.
    virtual std::string ToString() const = 0;

    // REQUIRES: kind == T::kKind.
    template <typename T>
    const T& As() const {
        DOSSIER_DCHECK(kind == T::kKind);
        return static_cast<const T&>(*this);
    }
    template <typename T>
    const T* TryAs() const {
        return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
    }

    const ExprKind kind;
    SourcePos pos;
};

struct LiteralExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kLiteral;
    explicit LiteralExpr(graph::Value v, SourcePos p = {})
        : Expression(kKind, p), value(std::move(v)) {}
    std::string ToString() const override;
    graph::Value value;  // null, bool, int, float or string only
};

struct ParameterExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kParameter;
    explicit ParameterExpr(std::string n, SourcePos p = {})
        : Expression(kKind, p), name(std::move(n)) {}
    std::string ToString() const override;
    std::string name;  // without the '$'
};

struct VariableExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kVariable;
    explicit VariableExpr(std::string n, SourcePos p = {})
        : Expression(kKind, p), name(std::move(n)) {}
    std::string ToString() const override;
    std::string name;  // unquoted (backquotes removed)
    // Binding: the id of `name` in the statement's eval::VariableIds; -1 until bound.
    mutable int variable_id = -1;
};

struct PropertyExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kProperty;
    PropertyExpr(ExprPtr obj, std::string k, SourcePos p = {})
        : Expression(kKind, p), object(std::move(obj)), key(std::move(k)) {}
    std::string ToString() const override;
    ExprPtr object;
    std::string key;
};

struct IndexExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kIndex;
    IndexExpr(ExprPtr obj, ExprPtr idx, SourcePos p = {})
        : Expression(kKind, p), object(std::move(obj)), index(std::move(idx)) {}
    std::string ToString() const override;
    ExprPtr object;
    ExprPtr index;
};

struct SliceExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kSlice;
    SliceExpr(ExprPtr obj, ExprPtr f, ExprPtr t, SourcePos p = {})
        : Expression(kKind, p), object(std::move(obj)), from(std::move(f)), to(std::move(t)) {}
    std::string ToString() const override;
    ExprPtr object;
    ExprPtr from;  // may be null: list[..b]
    ExprPtr to;    // may be null: list[a..]
};

enum class UnaryOp { kNot, kNegate, kPlus };
const char* UnaryOpName(UnaryOp op);

struct UnaryExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kUnary;
    UnaryExpr(UnaryOp o, ExprPtr e, SourcePos p = {})
        : Expression(kKind, p), op(o), operand(std::move(e)) {}
    std::string ToString() const override;
    UnaryOp op;
    ExprPtr operand;
};

enum class BinaryOp {
    kOr,
    kXor,
    kAnd,
    kEq,
    kNe,  // <>
    kLt,
    kLe,
    kGt,
    kGe,
    kIn,
    kStartsWith,
    kEndsWith,
    kContains,
    kRegexMatch,  // =~
    kAdd,         // numbers, string and list concatenation
    kSubtract,
    kMultiply,
    kDivide,
    kModulo,
    kPower,  // ^
};
const char* BinaryOpName(BinaryOp op);  // "OR", "=", "STARTS WITH", "+", ...
bool IsComparison(BinaryOp op);         // = <> < <= > >=

struct BinaryExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kBinary;
    BinaryExpr(BinaryOp o, ExprPtr l, ExprPtr r, SourcePos p = {})
        : Expression(kKind, p), op(o), left(std::move(l)), right(std::move(r)) {}
    std::string ToString() const override;
    BinaryOp op;
    ExprPtr left;
    ExprPtr right;
};

// a op0 b op1 c ...: means (a op0 b) AND (b op1 c) AND ..., each operand evaluated once.
// Produced only for two or more comparisons; a single comparison is a BinaryExpr.
struct ComparisonChainExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kComparisonChain;
    explicit ComparisonChainExpr(SourcePos p = {}) : Expression(kKind, p) {}
    std::string ToString() const override;
    std::vector<ExprPtr> operands;  // size() == ops.size() + 1
    std::vector<BinaryOp> ops;      // each IsComparison()
};

struct IsNullExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kIsNull;
    IsNullExpr(ExprPtr e, bool neg, SourcePos p = {})
        : Expression(kKind, p), operand(std::move(e)), negated(neg) {}
    std::string ToString() const override;
    ExprPtr operand;
    bool negated;  // IS NOT NULL
};

// n:A:B is true when n has every label.
struct LabelCheckExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kLabelCheck;
    LabelCheckExpr(ExprPtr e, std::vector<std::string> ls, SourcePos p = {})
        : Expression(kKind, p), operand(std::move(e)), labels(std::move(ls)) {}
    std::string ToString() const override;
    ExprPtr operand;
    std::vector<std::string> labels;
};

struct ListExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kList;
    explicit ListExpr(SourcePos p = {}) : Expression(kKind, p) {}
    std::string ToString() const override;
    std::vector<ExprPtr> elements;
};

struct MapExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kMap;
    explicit MapExpr(SourcePos p = {}) : Expression(kKind, p) {}
    std::string ToString() const override;
    std::vector<std::pair<std::string, ExprPtr>> entries;  // in source order
};

struct CaseAlternative {
    ExprPtr when;
    ExprPtr then;
};

// Simple form (subject set): CASE x WHEN v THEN r ... ELSE d END compares x = v.
// Generic form (subject null): CASE WHEN cond THEN r ... ELSE d END.
struct CaseExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kCase;
    explicit CaseExpr(SourcePos p = {}) : Expression(kKind, p) {}
    std::string ToString() const override;
    ExprPtr subject;  // may be null
    std::vector<CaseAlternative> alternatives;
    ExprPtr else_value;  // may be null (then null)
};

struct FunctionCallExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kFunctionCall;
    explicit FunctionCallExpr(std::string n, SourcePos p = {})
        : Expression(kKind, p), name(std::move(n)) {}
    std::string ToString() const override;
    // As written, namespaces joined by '.' ("toLower", "date.truncate"). Function names are
    // case-insensitive: compare with LowerName().
    std::string name;
    bool distinct = false;
    std::vector<ExprPtr> args;
    std::string LowerName() const;
    // Binding: an aggregate (count, collect, ...), computed by the planner's Aggregate operator;
    // else the scalar function's id in the registry (eval::FunctionById). -1 until bound.
    mutable bool aggregate = false;
    mutable int function_id = -1;
};

struct CountStarExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kCountStar;
    explicit CountStarExpr(SourcePos p = {}) : Expression(kKind, p) {}
    std::string ToString() const override;
};

// [variable IN list WHERE filter | projection]; filter and projection may be null.
struct ListComprehensionExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kListComprehension;
    explicit ListComprehensionExpr(SourcePos p = {}) : Expression(kKind, p) {}
    std::string ToString() const override;
    std::string variable;
    ExprPtr list;
    ExprPtr filter;
    ExprPtr projection;
    mutable int variable_id = -1;  // Binding: the id of `variable`
};

// [path_variable = pattern WHERE filter | projection]; projection is required.
struct PatternComprehensionExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kPatternComprehension;
    explicit PatternComprehensionExpr(SourcePos p = {});
    ~PatternComprehensionExpr() override;
    std::string ToString() const override;
    std::unique_ptr<PatternPart> pattern;  // its path_variable is the `p =` name, if any
    ExprPtr filter;                        // may be null
    ExprPtr projection;
};

enum class Quantifier { kAll, kAny, kNone, kSingle };
const char* QuantifierName(Quantifier q);  // "all", "any", "none", "single"

// quantifier(variable IN list WHERE filter); filter may be null (then each element's truth).
struct QuantifierExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kQuantifier;
    QuantifierExpr(Quantifier q, SourcePos p = {}) : Expression(kKind, p), quantifier(q) {}
    std::string ToString() const override;
    Quantifier quantifier;
    std::string variable;
    ExprPtr list;
    ExprPtr filter;
    mutable int variable_id = -1;  // Binding: the id of `variable`
};

// A relationship pattern used as an expression, e.g. WHERE (a)-[:KNOWS]->(b). Evaluates to true
// when at least one match exists (in WHERE); variables in it must already be bound, except
// anonymous ones.
struct PatternPredicateExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kPatternPredicate;
    explicit PatternPredicateExpr(SourcePos p = {});
    ~PatternPredicateExpr() override;
    std::string ToString() const override;
    std::unique_ptr<PatternPart> pattern;
};

// EXISTS { (a)-->(b) WHERE cond } or EXISTS { MATCH (a)-->(b) WHERE cond }: true when the
// pattern has at least one match with cond true. Variables already bound outside stay bound.
struct ExistsExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kExists;
    explicit ExistsExpr(SourcePos p = {});
    ~ExistsExpr() override;
    std::string ToString() const override;
    std::vector<PatternPart> patterns;  // comma-separated parts, at least one
    ExprPtr filter;                     // may be null
    // EXISTS { MATCH ... RETURN ... }: a whole query, one element per part of a UNION; then
    // `patterns` and `filter` are empty. True when any part yields a row.
    std::vector<std::unique_ptr<SingleQuery>> subquery;
};

// reduce(accumulator = init, variable IN list | expression)
struct ReduceExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kReduce;
    explicit ReduceExpr(SourcePos p = {}) : Expression(kKind, p) {}
    std::string ToString() const override;
    std::string accumulator;
    ExprPtr init;
    std::string variable;
    ExprPtr list;
    ExprPtr expression;
    mutable int accumulator_id = -1;  // Binding: the ids of `accumulator` and `variable`
    mutable int variable_id = -1;
};

struct MapProjectionItem {
    enum class Kind {
        kProperty,       // .key          -> key: subject.key
        kAllProperties,  // .*            -> every property of subject
        kLiteral,        // key: expr
        kVariable,       // var           -> var: var
    };
    Kind kind = Kind::kProperty;
    std::string key;               // property, entry or variable name
    ExprPtr value;                 // for kLiteral
    mutable int variable_id = -1;  // Binding, for kVariable: the id of `key`
};

// subject { items }, where subject is a variable naming a node, relationship or map.
struct MapProjectionExpr : Expression {
    static constexpr ExprKind kKind = ExprKind::kMapProjection;
    explicit MapProjectionExpr(SourcePos p = {}) : Expression(kKind, p) {}
    std::string ToString() const override;
    std::string variable;
    std::vector<MapProjectionItem> items;
    mutable int variable_id = -1;  // Binding: the id of `variable`
};

// Calls `fn` on each direct child expression of `e`, in source order, including expressions
// nested in patterns (property maps) of pattern comprehensions, predicates and EXISTS. Does
// not descend further: callers recurse themselves.
void ForEachChild(const Expression& e, const std::function<void(const Expression&)>& fn);

}  // namespace dossier::query::ast
