// Clause by clause: MATCH, UNWIND, CREATE, MERGE, SET, REMOVE, DELETE, CALL, WITH, RETURN.
#include "query/semantic/binder.h"

namespace dossier::query::semantic {
namespace {

std::string Quoted(const std::string& name) {
    return "`" + name + "`";
}

bool IsUpdating(ast::ClauseKind kind) {
    switch (kind) {
        case ast::ClauseKind::kCreate:
        case ast::ClauseKind::kMerge:
        case ast::ClauseKind::kSet:
        case ast::ClauseKind::kRemove:
        case ast::ClauseKind::kDelete:
            return true;
        default:
            return false;
    }
}

Status CheckPredicateType(const ast::Expression& where, const VariableScope& scope) {
    StaticType t = TypeOf(where, scope);
    if (!TypeFits(t, {StaticType::kBool})) {
        return SemanticError(
            "InvalidArgumentType",
            "WHERE needs a boolean, but " + where.ToString() + " is " + StaticTypeName(t),
            where.pos);
    }
    return Status::OK();
}

Status CheckWhere(const ast::ExprPtr& where, const VariableScope& scope) {
    if (!where) return Status::OK();
    ExpressionRules rules;
    rules.pattern_predicates = true;
    DOSSIER_RETURN_IF_ERROR(CheckExpression(*where, scope, rules));
    return CheckPredicateType(*where, scope);
}

}  // namespace

Status Binder::BindQuery(const ast::SingleQuery& query, std::vector<std::string>* columns) {
    const auto& clauses = query.clauses;
    for (size_t i = 0; i < clauses.size(); ++i) {
        const ast::Clause& c = *clauses[i];
        if (c.kind == ast::ClauseKind::kReturn && i + 1 != clauses.size()) {
            return SemanticError("InvalidClauseComposition",
                                 "RETURN can only be the last clause of a query", c.pos);
        }
        DOSSIER_RETURN_IF_ERROR(BindClause(c));
    }
    const ast::Clause& last = *clauses.back();
    if (last.kind != ast::ClauseKind::kReturn && last.kind != ast::ClauseKind::kCall &&
        !IsUpdating(last.kind)) {
        return SemanticError("InvalidClauseComposition",
                             std::string("a query cannot end with ") +
                                 ast::ClauseKindName(last.kind) +
                                 " (it must end with RETURN or an update clause)",
                             last.pos);
    }
    *columns = last.kind == ast::ClauseKind::kReturn ? last_columns_ : std::vector<std::string>{};
    return Status::OK();
}

Status Binder::BindClause(const ast::Clause& clause) {
    switch (clause.kind) {
        case ast::ClauseKind::kMatch:
            return BindMatch(clause.As<ast::MatchClause>());
        case ast::ClauseKind::kUnwind:
            return BindUnwind(clause.As<ast::UnwindClause>());
        case ast::ClauseKind::kWith: {
            const auto& with = clause.As<ast::WithClause>();
            VariableScope before = scope_;
            DOSSIER_RETURN_IF_ERROR(BindProjection(with.projection, /*is_with=*/true, clause));
            // WITH ... WHERE sees the projected variables and, as openCypher allows, the ones
            // bound before the WITH.
            for (const auto& [name, type] : scope_) before[name] = type;
            return CheckWhere(with.where, before);
        }
        case ast::ClauseKind::kReturn:
            return BindProjection(clause.As<ast::ReturnClause>().projection, false, clause);
        case ast::ClauseKind::kCreate:
            return BindCreate(clause.As<ast::CreateClause>());
        case ast::ClauseKind::kMerge:
            return BindMerge(clause.As<ast::MergeClause>());
        case ast::ClauseKind::kSet:
            for (const auto& item : clause.As<ast::SetClause>().items) {
                DOSSIER_RETURN_IF_ERROR(BindSetItem(item));
            }
            return Status::OK();
        case ast::ClauseKind::kRemove:
            return BindRemove(clause.As<ast::RemoveClause>());
        case ast::ClauseKind::kDelete:
            return BindDelete(clause.As<ast::DeleteClause>());
        case ast::ClauseKind::kCall:
            return BindCall(clause.As<ast::CallClause>());
    }
    return Status::OK();
}

Status Binder::BindMatch(const ast::MatchClause& match) {
    std::set<std::string> rels;
    for (const auto& part : match.pattern) {
        DOSSIER_RETURN_IF_ERROR(BindPatternPart(part, PatternUse::kMatch, &rels));
    }
    return CheckWhere(match.where, scope_);
}

Status Binder::BindUnwind(const ast::UnwindClause& unwind) {
    DOSSIER_RETURN_IF_ERROR(CheckExpr(*unwind.list));
    if (scope_.count(unwind.variable) > 0) {
        return SemanticError("VariableAlreadyBound",
                             "variable " + Quoted(unwind.variable) + " is already bound",
                             unwind.pos);
    }
    scope_[unwind.variable] = StaticType::kAny;
    return Status::OK();
}

Status Binder::BindCreate(const ast::CreateClause& create) {
    std::set<std::string> rels;
    for (const auto& part : create.pattern) {
        DOSSIER_RETURN_IF_ERROR(BindPatternPart(part, PatternUse::kCreate, &rels));
    }
    return Status::OK();
}

Status Binder::BindMerge(const ast::MergeClause& merge) {
    std::set<std::string> rels;
    DOSSIER_RETURN_IF_ERROR(BindPatternPart(merge.pattern, PatternUse::kMerge, &rels));
    for (const auto& item : merge.on_create) DOSSIER_RETURN_IF_ERROR(BindSetItem(item));
    for (const auto& item : merge.on_match) DOSSIER_RETURN_IF_ERROR(BindSetItem(item));
    return Status::OK();
}

Status Binder::BindSetItem(const ast::SetItem& item) {
    if (item.kind == ast::SetItem::Kind::kProperty) {
        DOSSIER_RETURN_IF_ERROR(CheckExpr(*item.property));
    } else {
        ast::VariableExpr target(item.variable, item.pos);
        DOSSIER_RETURN_IF_ERROR(CheckExpr(target));
    }
    if (item.value) DOSSIER_RETURN_IF_ERROR(CheckExpr(*item.value));
    return Status::OK();
}

Status Binder::BindRemove(const ast::RemoveClause& remove) {
    for (const auto& item : remove.items) {
        if (item.kind == ast::RemoveItem::Kind::kProperty) {
            DOSSIER_RETURN_IF_ERROR(CheckExpr(*item.property));
        } else {
            ast::VariableExpr target(item.variable, item.pos);
            DOSSIER_RETURN_IF_ERROR(CheckExpr(target));
        }
    }
    return Status::OK();
}

Status Binder::BindDelete(const ast::DeleteClause& del) {
    for (const auto& e : del.expressions) {
        if (e->kind == ast::ExprKind::kLabelCheck) {
            return SemanticError("InvalidDelete",
                                 "DELETE removes nodes and relationships; to remove a label use "
                                 "REMOVE " +
                                     e->ToString(),
                                 e->pos);
        }
        DOSSIER_RETURN_IF_ERROR(CheckExpr(*e));
        StaticType t = TypeOf(*e, scope_);
        if (!TypeFits(t, {StaticType::kNode, StaticType::kRelationship, StaticType::kPath,
                          StaticType::kList})) {
            return SemanticError("InvalidArgumentType",
                                 "DELETE needs a node, relationship or path, but " + e->ToString() +
                                     " is " + StaticTypeName(t),
                                 e->pos);
        }
    }
    return Status::OK();
}

Status Binder::BindCall(const ast::CallClause& call) {
    for (const auto& a : call.args) DOSSIER_RETURN_IF_ERROR(CheckExpr(*a));
    std::set<std::string> yielded;
    for (const auto& y : call.yields) {
        const std::string& name = y.name();
        if (scope_.count(name) > 0 || !yielded.insert(name).second) {
            return SemanticError("VariableAlreadyBound",
                                 "variable " + Quoted(name) + " is already bound", call.pos);
        }
    }
    for (const auto& name : yielded) scope_[name] = StaticType::kAny;
    return CheckWhere(call.where, scope_);
}

}  // namespace dossier::query::semantic
