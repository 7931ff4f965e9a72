#include "query/ast/expression.h"

#include <cctype>

#include "graph/ascii.h"
#include "query/ast/pattern.h"
#include "query/ast/statement.h"

namespace dossier::query::ast {
namespace {

std::string Join(const std::vector<ExprPtr>& exprs, const char* sep = ", ") {
    std::string out;
    for (size_t i = 0; i < exprs.size(); ++i) {
        if (i > 0) out += sep;
        out += exprs[i]->ToString();
    }
    return out;
}

std::string ExprOr(const ExprPtr& e, const char* fallback) {
    return e ? e->ToString() : std::string(fallback);
}

}  // namespace

const char* ExprKindName(ExprKind kind) {
    switch (kind) {
        case ExprKind::kLiteral:
            return "Literal";
        case ExprKind::kParameter:
            return "Parameter";
        case ExprKind::kVariable:
            return "Variable";
        case ExprKind::kProperty:
            return "Property";
        case ExprKind::kIndex:
            return "Index";
        case ExprKind::kSlice:
            return "Slice";
        case ExprKind::kUnary:
            return "Unary";
        case ExprKind::kBinary:
            return "Binary";
        case ExprKind::kComparisonChain:
            return "ComparisonChain";
        case ExprKind::kIsNull:
            return "IsNull";
        case ExprKind::kLabelCheck:
            return "LabelCheck";
        case ExprKind::kList:
            return "List";
        case ExprKind::kMap:
            return "Map";
        case ExprKind::kCase:
            return "Case";
        case ExprKind::kFunctionCall:
            return "FunctionCall";
        case ExprKind::kCountStar:
            return "CountStar";
        case ExprKind::kListComprehension:
            return "ListComprehension";
        case ExprKind::kPatternComprehension:
            return "PatternComprehension";
        case ExprKind::kQuantifier:
            return "Quantifier";
        case ExprKind::kPatternPredicate:
            return "PatternPredicate";
        case ExprKind::kExists:
            return "Exists";
        case ExprKind::kReduce:
            return "Reduce";
        case ExprKind::kMapProjection:
            return "MapProjection";
    }
    return "?";
}

const char* UnaryOpName(UnaryOp op) {
    switch (op) {
        case UnaryOp::kNot:
            return "NOT";
        case UnaryOp::kNegate:
            return "-";
        case UnaryOp::kPlus:
            return "+";
    }
    return "?";
}

const char* BinaryOpName(BinaryOp op) {
    switch (op) {
        case BinaryOp::kOr:
            return "OR";
        case BinaryOp::kXor:
            return "XOR";
        case BinaryOp::kAnd:
            return "AND";
        case BinaryOp::kEq:
            return "=";
        case BinaryOp::kNe:
            return "<>";
        case BinaryOp::kLt:
            return "<";
        case BinaryOp::kLe:
            return "<=";
        case BinaryOp::kGt:
            return ">";
        case BinaryOp::kGe:
            return ">=";
        case BinaryOp::kIn:
            return "IN";
        case BinaryOp::kStartsWith:
            return "STARTS WITH";
        case BinaryOp::kEndsWith:
            return "ENDS WITH";
        case BinaryOp::kContains:
            return "CONTAINS";
        case BinaryOp::kRegexMatch:
            return "=~";
        case BinaryOp::kAdd:
            return "+";
        case BinaryOp::kSubtract:
            return "-";
        case BinaryOp::kMultiply:
            return "*";
        case BinaryOp::kDivide:
            return "/";
        case BinaryOp::kModulo:
            return "%";
        case BinaryOp::kPower:
            return "^";
    }
    return "?";
}

bool IsComparison(BinaryOp op) {
    switch (op) {
        case BinaryOp::kEq:
        case BinaryOp::kNe:
        case BinaryOp::kLt:
        case BinaryOp::kLe:
        case BinaryOp::kGt:
        case BinaryOp::kGe:
            return true;
        default:
            return false;
    }
}

const char* QuantifierName(Quantifier q) {
    switch (q) {
        case Quantifier::kAll:
            return "all";
        case Quantifier::kAny:
            return "any";
        case Quantifier::kNone:
            return "none";
        case Quantifier::kSingle:
            return "single";
    }
    return "?";
}

std::string LiteralExpr::ToString() const {
    return value.ToCypher();
}
std::string ParameterExpr::ToString() const {
    return "$" + name;
}
std::string VariableExpr::ToString() const {
    return name;
}
std::string PropertyExpr::ToString() const {
    return object->ToString() + "." + key;
}
std::string IndexExpr::ToString() const {
    return object->ToString() + "[" + index->ToString() + "]";
}
std::string SliceExpr::ToString() const {
    return object->ToString() + "[" + ExprOr(from, "") + ".." + ExprOr(to, "") + "]";
}

std::string UnaryExpr::ToString() const {
    const char* sep = op == UnaryOp::kNot ? " " : "";
    return std::string("(") + UnaryOpName(op) + sep + operand->ToString() + ")";
}

std::string BinaryExpr::ToString() const {
    return "(" + left->ToString() + " " + BinaryOpName(op) + " " + right->ToString() + ")";
}

std::string ComparisonChainExpr::ToString() const {
    std::string out = "(" + operands[0]->ToString();
    for (size_t i = 0; i < ops.size(); ++i) {
        out += std::string(" ") + BinaryOpName(ops[i]) + " " + operands[i + 1]->ToString();
    }
    return out + ")";
}

std::string IsNullExpr::ToString() const {
    return "(" + operand->ToString() + (negated ? " IS NOT NULL)" : " IS NULL)");
}

std::string LabelCheckExpr::ToString() const {
    std::string out = operand->ToString();
    for (const auto& l : labels) out += ":" + l;
    return out;
}

std::string ListExpr::ToString() const {
    return "[" + Join(elements) + "]";
}

std::string MapExpr::ToString() const {
    std::string out = "{";
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) out += ", ";
        out += entries[i].first + ": " + entries[i].second->ToString();
    }
    return out + "}";
}

std::string CaseExpr::ToString() const {
    std::string out = "CASE";
    if (subject) out += " " + subject->ToString();
    for (const auto& alt : alternatives) {
        out += " WHEN " + alt.when->ToString() + " THEN " + alt.then->ToString();
    }
    if (else_value) out += " ELSE " + else_value->ToString();
    return out + " END";
}

std::string FunctionCallExpr::LowerName() const {
    return AsciiLower(name);
}

std::string FunctionCallExpr::ToString() const {
    return name + "(" + (distinct ? "DISTINCT " : "") + Join(args) + ")";
}

std::string CountStarExpr::ToString() const {
    return "count(*)";
}

std::string ListComprehensionExpr::ToString() const {
    std::string out = "[" + variable + " IN " + list->ToString();
    if (filter) out += " WHERE " + filter->ToString();
    if (projection) out += " | " + projection->ToString();
    return out + "]";
}

PatternComprehensionExpr::PatternComprehensionExpr(SourcePos p) : Expression(kKind, p) {}
PatternComprehensionExpr::~PatternComprehensionExpr() = default;

std::string PatternComprehensionExpr::ToString() const {
    std::string out = "[" + pattern->ToString();
    if (filter) out += " WHERE " + filter->ToString();
    return out + " | " + ExprOr(projection, "?") + "]";
}

std::string QuantifierExpr::ToString() const {
    std::string out =
        std::string(QuantifierName(quantifier)) + "(" + variable + " IN " + list->ToString();
    if (filter) out += " WHERE " + filter->ToString();
    return out + ")";
}

PatternPredicateExpr::PatternPredicateExpr(SourcePos p) : Expression(kKind, p) {}
PatternPredicateExpr::~PatternPredicateExpr() = default;
std::string PatternPredicateExpr::ToString() const {
    return pattern->ToString();
}

ExistsExpr::ExistsExpr(SourcePos p) : Expression(kKind, p) {}
ExistsExpr::~ExistsExpr() = default;

std::string ExistsExpr::ToString() const {
    if (!subquery.empty()) {
        std::string out = "EXISTS { ";
        for (size_t i = 0; i < subquery.size(); ++i) {
            out += (i > 0 ? " UNION " : "") + subquery[i]->ToString();
        }
        return out + " }";
    }
    std::string out = "EXISTS { " + PatternToString(patterns);
    if (filter) out += " WHERE " + filter->ToString();
    return out + " }";
}

std::string ReduceExpr::ToString() const {
    return "reduce(" + accumulator + " = " + init->ToString() + ", " + variable + " IN " +
           list->ToString() + " | " + expression->ToString() + ")";
}

std::string MapProjectionExpr::ToString() const {
    std::string out = variable + " {";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        const auto& item = items[i];
        switch (item.kind) {
            case MapProjectionItem::Kind::kProperty:
                out += "." + item.key;
                break;
            case MapProjectionItem::Kind::kAllProperties:
                out += ".*";
                break;
            case MapProjectionItem::Kind::kLiteral:
                out += item.key + ": " + item.value->ToString();
                break;
            case MapProjectionItem::Kind::kVariable:
                out += item.key;
                break;
        }
    }
    return out + "}";
}

namespace {

void ForEachInPart(const PatternPart& part, const std::function<void(const Expression&)>& fn) {
    for (const auto& n : part.nodes) {
        if (n.properties) fn(*n.properties);
    }
    for (const auto& r : part.relationships) {
        if (r.properties) fn(*r.properties);
    }
}

void Visit(const ExprPtr& e, const std::function<void(const Expression&)>& fn) {
    if (e) fn(*e);
}

}  // namespace

void ForEachChild(const Expression& e, const std::function<void(const Expression&)>& fn) {
    switch (e.kind) {
        case ExprKind::kLiteral:
        case ExprKind::kParameter:
        case ExprKind::kVariable:
        case ExprKind::kCountStar:
            return;
        case ExprKind::kProperty:
            return Visit(e.As<PropertyExpr>().object, fn);
        case ExprKind::kIndex: {
            const auto& x = e.As<IndexExpr>();
            Visit(x.object, fn);
            return Visit(x.index, fn);
        }
        case ExprKind::kSlice: {
            const auto& x = e.As<SliceExpr>();
            Visit(x.object, fn);
            Visit(x.from, fn);
            return Visit(x.to, fn);
        }
        case ExprKind::kUnary:
            return Visit(e.As<UnaryExpr>().operand, fn);
        case ExprKind::kBinary: {
            const auto& x = e.As<BinaryExpr>();
            Visit(x.left, fn);
            return Visit(x.right, fn);
        }
        case ExprKind::kComparisonChain:
            for (const auto& o : e.As<ComparisonChainExpr>().operands) Visit(o, fn);
            return;
        case ExprKind::kIsNull:
            return Visit(e.As<IsNullExpr>().operand, fn);
        case ExprKind::kLabelCheck:
            return Visit(e.As<LabelCheckExpr>().operand, fn);
        case ExprKind::kList:
            for (const auto& o : e.As<ListExpr>().elements) Visit(o, fn);
            return;
        case ExprKind::kMap:
            for (const auto& [k, v] : e.As<MapExpr>().entries) Visit(v, fn);
            return;
        case ExprKind::kCase: {
            const auto& x = e.As<CaseExpr>();
            Visit(x.subject, fn);
            for (const auto& alt : x.alternatives) {
                Visit(alt.when, fn);
                Visit(alt.then, fn);
            }
            return Visit(x.else_value, fn);
        }
        case ExprKind::kFunctionCall:
            for (const auto& o : e.As<FunctionCallExpr>().args) Visit(o, fn);
            return;
        case ExprKind::kListComprehension: {
            const auto& x = e.As<ListComprehensionExpr>();
            Visit(x.list, fn);
            Visit(x.filter, fn);
            return Visit(x.projection, fn);
        }
        case ExprKind::kPatternComprehension: {
            const auto& x = e.As<PatternComprehensionExpr>();
            ForEachInPart(*x.pattern, fn);
            Visit(x.filter, fn);
            return Visit(x.projection, fn);
        }
        case ExprKind::kQuantifier: {
            const auto& x = e.As<QuantifierExpr>();
            Visit(x.list, fn);
            return Visit(x.filter, fn);
        }
        case ExprKind::kPatternPredicate:
            return ForEachInPart(*e.As<PatternPredicateExpr>().pattern, fn);
        case ExprKind::kExists: {
            const auto& x = e.As<ExistsExpr>();
            for (const auto& p : x.patterns) ForEachInPart(p, fn);
            return Visit(x.filter, fn);
        }
        case ExprKind::kReduce: {
            const auto& x = e.As<ReduceExpr>();
            Visit(x.init, fn);
            Visit(x.list, fn);
            return Visit(x.expression, fn);
        }
        case ExprKind::kMapProjection:
            for (const auto& item : e.As<MapProjectionExpr>().items) Visit(item.value, fn);
            return;
    }
}

}  // namespace dossier::query::ast
