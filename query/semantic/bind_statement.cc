// Bind: the binder's checks on each part of the statement, then the resolver's bindings.
#include "query/semantic/binder.h"
#include "query/semantic/bound_statement.h"
#include "query/semantic/resolver.h"

namespace dossier::query {

namespace {

Status Check(const ast::Statement& statement) {
    if (const auto& c = statement.index_command; c && c->variable != c->property_variable) {
        return semantic::SemanticError("UndefinedVariable",
                                       "Variable `" + c->property_variable +
                                           "` not defined (the index is on `" + c->variable + "`)",
                                       c->pos);
    }
    std::vector<std::string> first_columns;
    for (size_t i = 0; i < statement.queries.size(); ++i) {
        const ast::SingleQuery& query = statement.queries[i];
        if (i > 0 && statement.union_all[i - 1] != statement.union_all[0]) {
            return semantic::SemanticError("InvalidClauseComposition",
                                           "UNION and UNION ALL cannot be mixed in one statement",
                                           query.pos);
        }
        semantic::Binder binder;  // each part of a UNION has its own variables
        std::vector<std::string> columns;
        DOSSIER_RETURN_IF_ERROR(binder.BindQuery(query, &columns));
        if (i == 0) {
            first_columns = std::move(columns);
        } else if (columns != first_columns) {
            return semantic::SemanticError(
                "DifferentColumnsInUnion",
                "all parts of a UNION must return the same column names in the same order",
                query.pos);
        }
    }
    return Status::OK();
}

}  // namespace

Result<BoundStatement> Bind(ast::Statement statement) {
    DOSSIER_RETURN_IF_ERROR(Check(statement));
    BoundStatement bound;
    bound.statement = std::make_unique<ast::Statement>(std::move(statement));
    bound.variables = std::make_unique<eval::VariableIds>();
    semantic::Resolve(*bound.statement, bound.variables.get());
    return bound;
}

}  // namespace dossier::query
