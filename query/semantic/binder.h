// Binder: walks a statement clause by clause, keeping the variables in scope and their kinds, and
// applies the compile-time rules of each clause. Private to query/semantic; Bind() runs it.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "graph/status.h"
#include "query/ast/ast.h"
#include "query/semantic/expression_checker.h"
#include "query/semantic/static_type.h"

namespace dossier::query::semantic {

class Binder {
  public:
    Binder() = default;
    // A binder for a subquery (EXISTS { ... }) that sees the variables of `outer`.
    explicit Binder(VariableScope outer) : scope_(std::move(outer)) {}

    // Checks one single query; on success *columns holds its result column names (empty for a
    // query without RETURN; for RETURN *, the variables in scope in name order, then the items).
    Status BindQuery(const ast::SingleQuery& query, std::vector<std::string>* columns);

  private:
    enum class PatternUse { kMatch, kCreate, kMerge };

    Status BindClause(const ast::Clause& clause);
    Status BindMatch(const ast::MatchClause& match);
    Status BindUnwind(const ast::UnwindClause& unwind);
    Status BindCreate(const ast::CreateClause& create);
    Status BindMerge(const ast::MergeClause& merge);
    Status BindSetItem(const ast::SetItem& item);
    Status BindRemove(const ast::RemoveClause& remove);
    Status BindDelete(const ast::DeleteClause& del);
    Status BindCall(const ast::CallClause& call);

    // bind_pattern.cc
    Status BindPatternPart(const ast::PatternPart& part, PatternUse use,
                           std::set<std::string>* rels_in_clause);
    Status BindNode(const ast::NodePattern& node, PatternUse use, bool lone);
    Status BindRelationship(const ast::RelationshipPattern& rel, PatternUse use,
                            std::set<std::string>* rels_in_clause);
    Status CheckProperties(const ast::ExprPtr& properties, PatternUse use);

    // bind_projection.cc
    Status BindProjection(const ast::Projection& projection, bool is_with,
                          const ast::Clause& clause);
    Status CheckOrderBy(const ast::Projection& projection, bool aggregating,
                        const VariableScope& before, const VariableScope& after);
    Status CheckSkipLimit(const ast::ExprPtr& e, const char* what);

    Status CheckExpr(const ast::Expression& e, ExpressionRules rules = {}) const {
        return CheckExpression(e, scope_, rules);
    }

    VariableScope scope_;
    std::vector<std::string> last_columns_;
};

}  // namespace dossier::query::semantic
