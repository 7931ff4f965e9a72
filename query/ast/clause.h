// Clauses of Dossier's query language: reading, projecting, writing and procedure calls.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "graph/dcheck.h"
#include "query/ast/expression.h"
#include "query/ast/pattern.h"

namespace dossier::query::ast {

enum class ClauseKind {
    kMatch,   // MatchClause: MATCH / OPTIONAL MATCH ... WHERE
    kUnwind,  // UnwindClause
    kWith,    // WithClause
    kReturn,  // ReturnClause
    kCreate,  // CreateClause
    kMerge,   // MergeClause
    kSet,     // SetClause
    kRemove,  // RemoveClause
    kDelete,  // DeleteClause: DELETE / DETACH DELETE
    kCall,    // CallClause: CALL proc(args) YIELD ...
};
const char* ClauseKindName(ClauseKind kind);

struct Clause {
    explicit Clause(ClauseKind k, SourcePos p = {}) : kind(k), pos(p) {}
    virtual ~Clause() = default;
    Clause(const Clause&) = delete;
    Clause& operator=(const Clause&) = delete;

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

    const ClauseKind kind;
    SourcePos pos;
};
using ClausePtr = std::unique_ptr<Clause>;

struct MatchClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kMatch;
    explicit MatchClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    bool optional = false;
    Pattern pattern;
    ExprPtr where;  // may be null
};

// UNWIND list AS variable
struct UnwindClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kUnwind;
    explicit UnwindClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    ExprPtr list;
    std::string variable;
};

// expression [AS alias]
struct ProjectionItem {
    ExprPtr expression;
    std::string alias;  // empty when there is no AS
    // The column name: the alias, or else the expression's text exactly as written in the query
    // (RETURN n.name  ->  "n.name"), as openCypher names unaliased columns.
    std::string name;
    bool has_alias() const { return !alias.empty(); }
};

struct SortItem {
    ExprPtr expression;
    bool descending = false;
};

// The body shared by WITH and RETURN.
struct Projection {
    bool distinct = false;
    bool star = false;  // `*`: every variable in scope, before the listed items
    std::vector<ProjectionItem> items;
    std::vector<SortItem> order_by;  // empty when there is no ORDER BY
    ExprPtr skip;                    // may be null
    ExprPtr limit;                   // may be null
    std::string ToString() const;    // without the leading WITH / RETURN
    // Binding (semantic::Bind): some item contains an aggregate, so the projection groups by the
    // other items; its aggregates are the FunctionCallExprs marked `aggregate` and count(*).
    mutable bool aggregating = false;
};

struct WithClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kWith;
    explicit WithClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    Projection projection;
    ExprPtr where;  // may be null; sees the projected variables
};

struct ReturnClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kReturn;
    explicit ReturnClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    Projection projection;
};

struct CreateClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kCreate;
    explicit CreateClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    Pattern pattern;
};

struct SetItem {
    enum class Kind {
        kProperty,           // target.key = value      (property is a PropertyExpr)
        kReplaceProperties,  // variable = value        (map, node or relationship)
        kMergeProperties,    // variable += value
        kLabels,             // variable:L1:L2
    };
    Kind kind = Kind::kProperty;
    SourcePos pos;
    ExprPtr property;                 // kProperty: the PropertyExpr being assigned
    std::string variable;             // kReplaceProperties, kMergeProperties, kLabels
    ExprPtr value;                    // all but kLabels
    std::vector<std::string> labels;  // kLabels
    std::string ToString() const;
};

struct SetClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kSet;
    explicit SetClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    std::vector<SetItem> items;
};

// MERGE pattern [ON CREATE SET ...] [ON MATCH SET ...]; several ON clauses are concatenated.
struct MergeClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kMerge;
    explicit MergeClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    PatternPart pattern;
    std::vector<SetItem> on_create;
    std::vector<SetItem> on_match;
};

struct RemoveItem {
    enum class Kind {
        kProperty,  // REMOVE n.key   (property is a PropertyExpr)
        kLabels,    // REMOVE n:L1:L2
    };
    Kind kind = Kind::kProperty;
    SourcePos pos;
    ExprPtr property;
    std::string variable;
    std::vector<std::string> labels;
    std::string ToString() const;
};

struct RemoveClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kRemove;
    explicit RemoveClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    std::vector<RemoveItem> items;
};

struct DeleteClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kDelete;
    explicit DeleteClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    bool detach = false;
    std::vector<ExprPtr> expressions;
};

// YIELD field [AS alias]
struct YieldItem {
    std::string field;
    std::string alias;  // empty when there is no AS
    const std::string& name() const { return alias.empty() ? field : alias; }
};

// CALL ns.proc(args) [YIELD a, b AS c [WHERE cond]]
struct CallClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kCall;
    explicit CallClause(SourcePos p = {}) : Clause(kKind, p) {}
    std::string ToString() const override;
    std::string procedure;  // qualified name, parts joined by '.'
    // False for `CALL proc` without parentheses: arguments then come from parameters of the
    // same names (openCypher's implicit arguments).
    bool explicit_args = true;
    std::vector<ExprPtr> args;
    bool yield_star = false;  // YIELD *
    std::vector<YieldItem> yields;
    ExprPtr where;  // may be null
};

}  // namespace dossier::query::ast
