// Patterns of MATCH, CREATE and MERGE: which variables they bind, and what can be created.
#include "query/semantic/binder.h"

namespace dossier::query::semantic {
namespace {

std::string Quoted(const std::string& name) {
    return "`" + name + "`";
}

Status AlreadyBound(const std::string& name, ast::SourcePos pos) {
    return SemanticError("VariableAlreadyBound",
                         "variable " + Quoted(name) + " is already bound and cannot be bound again",
                         pos);
}

Status TypeConflict(const std::string& name, StaticType was, StaticType now, ast::SourcePos pos) {
    return SemanticError("VariableTypeConflict",
                         "variable " + Quoted(name) + " is a " + StaticTypeName(was) +
                             " and cannot be used as a " + StaticTypeName(now),
                         pos);
}

const char* ClauseName(bool merge) {
    return merge ? "MERGE" : "CREATE";
}

}  // namespace

Status Binder::CheckProperties(const ast::ExprPtr& properties, PatternUse use) {
    if (!properties) return Status::OK();
    if (use != PatternUse::kCreate && properties->kind == ast::ExprKind::kParameter) {
        return SemanticError("InvalidParameterUse",
                             "a parameter cannot be used as a property map in " +
                                 std::string(use == PatternUse::kMatch ? "MATCH" : "MERGE") +
                                 "; use {key: $param.key} instead",
                             properties->pos);
    }
    return CheckExpr(*properties);
}

Status Binder::BindNode(const ast::NodePattern& node, PatternUse use, bool lone) {
    DOSSIER_RETURN_IF_ERROR(CheckProperties(node.properties, use));
    if (node.variable.empty()) return Status::OK();
    auto it = scope_.find(node.variable);
    if (it == scope_.end()) {
        scope_[node.variable] = StaticType::kNode;
        return Status::OK();
    }
    StaticType t = it->second;
    if (t == StaticType::kPath && use == PatternUse::kMatch) {
        return TypeConflict(node.variable, t, StaticType::kNode, node.pos);
    }
    if (!TypeFits(t, {StaticType::kNode})) {
        return TypeConflict(node.variable, t, StaticType::kNode, node.pos);
    }
    // CREATE and MERGE may reuse a bound node only as a plain endpoint of a relationship.
    bool decorated = !node.labels.empty() || node.properties != nullptr;
    if (use != PatternUse::kMatch && (lone || decorated)) {
        return AlreadyBound(node.variable, node.pos);
    }
    return Status::OK();
}

Status Binder::BindRelationship(const ast::RelationshipPattern& rel, PatternUse use,
                                std::set<std::string>* rels_in_clause) {
    if (use != PatternUse::kMatch && !rel.variable.empty() && scope_.count(rel.variable) > 0) {
        return AlreadyBound(rel.variable, rel.pos);
    }
    if (use != PatternUse::kMatch) {
        bool merge = use == PatternUse::kMerge;
        if (rel.types.size() != 1) {
            return SemanticError("NoSingleRelationshipType",
                                 std::string(ClauseName(merge)) +
                                     " needs exactly one relationship type, as in -[:KNOWS]->",
                                 rel.pos);
        }
        if (!merge && rel.direction == ast::Direction::kBoth) {
            return SemanticError("RequiresDirectedRelationship",
                                 "CREATE needs a direction: use -[...]-> or <-[...]-", rel.pos);
        }
        if (rel.variable_length) {
            return SemanticError(
                "CreatingVarLength",
                std::string(ClauseName(merge)) + " cannot create a variable-length relationship",
                rel.pos);
        }
    }
    if (rel.min_hops && *rel.min_hops < 0) {
        return SemanticError("InvalidRelationshipPattern", "a path length cannot be negative",
                             rel.pos);
    }
    DOSSIER_RETURN_IF_ERROR(CheckProperties(rel.properties, use));
    if (rel.variable.empty()) return Status::OK();
    StaticType want = rel.variable_length ? StaticType::kList : StaticType::kRelationship;
    auto it = scope_.find(rel.variable);
    if (it == scope_.end()) {
        scope_[rel.variable] = want;
        rels_in_clause->insert(rel.variable);
        return Status::OK();
    }
    if (use != PatternUse::kMatch) return AlreadyBound(rel.variable, rel.pos);
    if (rels_in_clause->count(rel.variable) > 0) {
        return SemanticError("RelationshipUniquenessViolation",
                             "relationship variable " + Quoted(rel.variable) +
                                 " appears twice in one pattern, which can never match",
                             rel.pos);
    }
    StaticType t = it->second;
    bool fits = rel.variable_length ? TypeFits(t, {StaticType::kList})
                                    : TypeFits(t, {StaticType::kRelationship});
    if (!fits) return TypeConflict(rel.variable, t, want, rel.pos);
    return Status::OK();
}

Status Binder::BindPatternPart(const ast::PatternPart& part, PatternUse use,
                               std::set<std::string>* rels_in_clause) {
    DOSSIER_RETURN_IF_ERROR(CheckPathFunction(part));
    bool lone = part.relationships.empty();
    for (size_t i = 0; i < part.nodes.size(); ++i) {
        DOSSIER_RETURN_IF_ERROR(BindNode(part.nodes[i], use, lone));
        if (i < part.relationships.size()) {
            DOSSIER_RETURN_IF_ERROR(BindRelationship(part.relationships[i], use, rels_in_clause));
        }
    }
    if (part.path_variable.empty()) return Status::OK();
    if (scope_.count(part.path_variable) > 0) return AlreadyBound(part.path_variable, part.pos);
    scope_[part.path_variable] = StaticType::kPath;
    return Status::OK();
}

}  // namespace dossier::query::semantic
