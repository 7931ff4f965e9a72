#include "query/ast/clause.h"

namespace dossier::query::ast {
namespace {

std::string SetItemsToString(const std::vector<SetItem>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += items[i].ToString();
    }
    return out;
}

std::string LabelsToString(const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& l : labels) out += ":" + l;
    return out;
}

}  // namespace

const char* ClauseKindName(ClauseKind kind) {
    switch (kind) {
        case ClauseKind::kMatch:
            return "MATCH";
        case ClauseKind::kUnwind:
            return "UNWIND";
        case ClauseKind::kWith:
            return "WITH";
        case ClauseKind::kReturn:
            return "RETURN";
        case ClauseKind::kCreate:
            return "CREATE";
        case ClauseKind::kMerge:
            return "MERGE";
        case ClauseKind::kSet:
            return "SET";
        case ClauseKind::kRemove:
            return "REMOVE";
        case ClauseKind::kDelete:
            return "DELETE";
        case ClauseKind::kCall:
            return "CALL";
    }
    return "?";
}

std::string MatchClause::ToString() const {
    std::string out = (optional ? "OPTIONAL MATCH " : "MATCH ") + PatternToString(pattern);
    if (where) out += " WHERE " + where->ToString();
    return out;
}

std::string UnwindClause::ToString() const {
    return "UNWIND " + list->ToString() + " AS " + variable;
}

std::string Projection::ToString() const {
    std::string out = distinct ? "DISTINCT " : "";
    if (star) out += items.empty() ? "*" : "*, ";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += items[i].expression->ToString();
        if (items[i].has_alias()) out += " AS " + items[i].alias;
    }
    for (size_t i = 0; i < order_by.size(); ++i) {
        out += i == 0 ? " ORDER BY " : ", ";
        out += order_by[i].expression->ToString() + (order_by[i].descending ? " DESC" : "");
    }
    if (skip) out += " SKIP " + skip->ToString();
    if (limit) out += " LIMIT " + limit->ToString();
    return out;
}

std::string WithClause::ToString() const {
    std::string out = "WITH " + projection.ToString();
    if (where) out += " WHERE " + where->ToString();
    return out;
}

std::string ReturnClause::ToString() const {
    return "RETURN " + projection.ToString();
}

std::string CreateClause::ToString() const {
    return "CREATE " + PatternToString(pattern);
}

std::string SetItem::ToString() const {
    switch (kind) {
        case Kind::kProperty:
            return property->ToString() + " = " + value->ToString();
        case Kind::kReplaceProperties:
            return variable + " = " + value->ToString();
        case Kind::kMergeProperties:
            return variable + " += " + value->ToString();
        case Kind::kLabels:
            return variable + LabelsToString(labels);
    }
    return "?";
}

std::string SetClause::ToString() const {
    return "SET " + SetItemsToString(items);
}

std::string MergeClause::ToString() const {
    std::string out = "MERGE " + pattern.ToString();
    if (!on_create.empty()) out += " ON CREATE SET " + SetItemsToString(on_create);
    if (!on_match.empty()) out += " ON MATCH SET " + SetItemsToString(on_match);
    return out;
}

std::string RemoveItem::ToString() const {
    return kind == Kind::kProperty ? property->ToString() : variable + LabelsToString(labels);
}

std::string RemoveClause::ToString() const {
    std::string out = "REMOVE ";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += items[i].ToString();
    }
    return out;
}

std::string DeleteClause::ToString() const {
    std::string out = detach ? "DETACH DELETE " : "DELETE ";
    for (size_t i = 0; i < expressions.size(); ++i) {
        if (i > 0) out += ", ";
        out += expressions[i]->ToString();
    }
    return out;
}

std::string CallClause::ToString() const {
    std::string out = "CALL " + procedure;
    if (explicit_args) {
        out += "(";
        for (size_t i = 0; i < args.size(); ++i) {
            if (i > 0) out += ", ";
            out += args[i]->ToString();
        }
        out += ")";
    }
    if (yield_star) out += " YIELD *";
    for (size_t i = 0; i < yields.size(); ++i) {
        out += i == 0 ? " YIELD " : ", ";
        out += yields[i].field;
        if (!yields[i].alias.empty()) out += " AS " + yields[i].alias;
    }
    if (where) out += " WHERE " + where->ToString();
    return out;
}

}  // namespace dossier::query::ast
