#include "query/semantic/static_type.h"

#include <algorithm>
#include <string_view>

namespace dossier::query::semantic {
namespace {

StaticType TypeOfValue(const graph::Value& v) {
    switch (v.kind()) {
        case graph::Value::Kind::kNull:
            return StaticType::kNull;
        case graph::Value::Kind::kBool:
            return StaticType::kBool;
        case graph::Value::Kind::kInt:
            return StaticType::kInt;
        case graph::Value::Kind::kFloat:
            return StaticType::kFloat;
        case graph::Value::Kind::kString:
            return StaticType::kString;
        case graph::Value::Kind::kList:
            return StaticType::kList;
        case graph::Value::Kind::kMap:
            return StaticType::kMap;
        default:
            return StaticType::kAny;
    }
}

StaticType TypeOfFunction(const ast::FunctionCallExpr& f) {
    static const std::map<std::string_view, StaticType> kResultTypes = {
        {"id", StaticType::kInt},          {"count", StaticType::kInt},
        {"size", StaticType::kInt},        {"length", StaticType::kInt},
        {"labels", StaticType::kList},     {"keys", StaticType::kList},
        {"nodes", StaticType::kList},      {"relationships", StaticType::kList},
        {"collect", StaticType::kList},    {"range", StaticType::kList},
        {"split", StaticType::kList},      {"type", StaticType::kString},
        {"tolower", StaticType::kString},  {"toupper", StaticType::kString},
        {"trim", StaticType::kString},     {"substring", StaticType::kString},
        {"tostring", StaticType::kString}, {"properties", StaticType::kMap},
        {"startnode", StaticType::kNode},  {"endnode", StaticType::kNode},
    };
    auto it = kResultTypes.find(f.LowerName());
    return it == kResultTypes.end() ? StaticType::kAny : it->second;
}

StaticType TypeOfArithmetic(const ast::BinaryExpr& b, const VariableScope& scope) {
    StaticType l = TypeOf(*b.left, scope);
    StaticType r = TypeOf(*b.right, scope);
    auto numeric = [](StaticType t) { return t == StaticType::kInt || t == StaticType::kFloat; };
    if (b.op == ast::BinaryOp::kAdd) {
        if (l == StaticType::kList || r == StaticType::kList) return StaticType::kList;
        if (l == StaticType::kString || r == StaticType::kString) return StaticType::kString;
    }
    if (numeric(l) && numeric(r)) {
        bool ints = l == StaticType::kInt && r == StaticType::kInt && b.op != ast::BinaryOp::kPower;
        return ints ? StaticType::kInt : StaticType::kFloat;
    }
    return StaticType::kAny;
}

StaticType TypeOfBinary(const ast::BinaryExpr& b, const VariableScope& scope) {
    switch (b.op) {
        case ast::BinaryOp::kAdd:
        case ast::BinaryOp::kSubtract:
        case ast::BinaryOp::kMultiply:
        case ast::BinaryOp::kDivide:
        case ast::BinaryOp::kModulo:
        case ast::BinaryOp::kPower:
            return TypeOfArithmetic(b, scope);
        default:
            return StaticType::kBool;
    }
}

}  // namespace

const char* StaticTypeName(StaticType t) {
    switch (t) {
        case StaticType::kAny:
            return "Any";
        case StaticType::kNull:
            return "Null";
        case StaticType::kBool:
            return "Boolean";
        case StaticType::kInt:
            return "Integer";
        case StaticType::kFloat:
            return "Float";
        case StaticType::kString:
            return "String";
        case StaticType::kList:
            return "List";
        case StaticType::kMap:
            return "Map";
        case StaticType::kNode:
            return "Node";
        case StaticType::kRelationship:
            return "Relationship";
        case StaticType::kPath:
            return "Path";
    }
    return "?";
}

bool TypeFits(StaticType t, std::initializer_list<StaticType> allowed) {
    if (t == StaticType::kAny || t == StaticType::kNull) return true;
    return std::find(allowed.begin(), allowed.end(), t) != allowed.end();
}

StaticType TypeOf(const ast::Expression& e, const VariableScope& scope) {
    using K = ast::ExprKind;
    switch (e.kind) {
        case K::kLiteral:
            return TypeOfValue(e.As<ast::LiteralExpr>().value);
        case K::kVariable: {
            auto it = scope.find(e.As<ast::VariableExpr>().name);
            return it == scope.end() ? StaticType::kAny : it->second;
        }
        case K::kList:
        case K::kListComprehension:
        case K::kPatternComprehension:
        case K::kSlice:
            return StaticType::kList;
        case K::kMap:
        case K::kMapProjection:
            return StaticType::kMap;
        case K::kUnary:
            return e.As<ast::UnaryExpr>().op == ast::UnaryOp::kNot ? StaticType::kBool
                                                                   : StaticType::kAny;
        case K::kBinary:
            return TypeOfBinary(e.As<ast::BinaryExpr>(), scope);
        case K::kComparisonChain:
        case K::kIsNull:
        case K::kLabelCheck:
        case K::kQuantifier:
        case K::kPatternPredicate:
        case K::kExists:
            return StaticType::kBool;
        case K::kCountStar:
            return StaticType::kInt;
        case K::kFunctionCall:
            return TypeOfFunction(e.As<ast::FunctionCallExpr>());
        default:
            return StaticType::kAny;
    }
}

}  // namespace dossier::query::semantic
