#include "query/plan/edge_filter.h"

namespace dossier::query::plan {

namespace A = ast;

namespace {

// True when `e` reads nothing but properties of `edge`, literals and parameters, through
// operators without side effects.
bool OnlyEdge(const A::Expression& e, const std::string& edge) {
    switch (e.kind) {
        case A::ExprKind::kLiteral:
        case A::ExprKind::kParameter:
            return true;
        case A::ExprKind::kProperty: {
            const auto& p = e.As<A::PropertyExpr>();
            return p.object->kind == A::ExprKind::kVariable &&
                   p.object->As<A::VariableExpr>().name == edge;
        }
        case A::ExprKind::kUnary:
        case A::ExprKind::kBinary:
        case A::ExprKind::kComparisonChain:
        case A::ExprKind::kIsNull:
        case A::ExprKind::kList: {
            bool only = true;
            A::ForEachChild(e, [&](const A::Expression& c) { only = only && OnlyEdge(c, edge); });
            return only;
        }
        default:
            return false;
    }
}

void Collect(const A::Expression* e, const std::string& edge,
             std::vector<const A::Expression*>* out) {
    if (e->kind == A::ExprKind::kBinary && e->As<A::BinaryExpr>().op == A::BinaryOp::kAnd) {
        Collect(e->As<A::BinaryExpr>().left.get(), edge, out);
        Collect(e->As<A::BinaryExpr>().right.get(), edge, out);
        return;
    }
    if (OnlyEdge(*e, edge)) out->push_back(e);
}

}  // namespace

std::vector<const A::Expression*> EdgeOnlyConjuncts(const A::Expression* where,
                                                    const std::string& edge) {
    std::vector<const A::Expression*> out;
    if (where && !edge.empty()) Collect(where, edge, &out);
    return out;
}

}  // namespace dossier::query::plan
