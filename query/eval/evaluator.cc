#include "query/eval/evaluator.h"

#include <cmath>

#include "query/ast/statement.h"
#include "query/eval/access.h"
#include "query/eval/arithmetic.h"
#include "query/eval/comparison.h"
#include "query/eval/predicates.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
namespace A = ast;

namespace {

// An aggregate the planner did not substitute, or a call the binder did not resolve: a bug in
// the planner or the binder, never the user's.
Status Unbound(const A::Expression& e) {
    return Status(Status::Code::kRuntimeError, "not bound for evaluation: " + e.ToString(), "",
                  e.pos.line, e.pos.column);
}

// A variable by id: the innermost local binding of that id, else the row's slot for it. An id of
// -1 (an expression the binder never saw) falls back to the name.
Result<Value> Lookup(std::string_view name, int id, const EvalEnv& env, const A::Expression& e) {
    for (const Local* l = env.locals; l; l = l->next) {
        if (id >= 0 ? l->id == id : l->name == name) return *l->value;
    }
    if (env.scope) {
        const int slot = id >= 0 ? env.scope->SlotOf(id) : env.scope->Find(name);
        if (slot >= 0 && env.row && slot < static_cast<int>(env.row->size())) {
            return (*env.row)[slot];
        }
    }
    // Unreachable for a bound statement (the binder reports UndefinedVariable); kept so that a
    // planner bug surfaces as an error, not a crash.
    return Status(Status::Code::kSemanticError, "variable `" + std::string(name) + "` not defined",
                  "UndefinedVariable", e.pos.line, e.pos.column);
}

Result<Value> Compare(A::BinaryOp op, const Value& l, const Value& r) {
    switch (op) {
        case A::BinaryOp::kEq:
            return Equals(l, r);
        case A::BinaryOp::kNe: {
            Value eq = Equals(l, r);
            return eq.is_null() ? eq : Value(!eq.as_bool());
        }
        default:
            break;
    }
    // NaN is unordered: every ordering comparison with it is false.
    if (l.is_number() && r.is_number() &&
        ((l.is_float() && std::isnan(l.as_float())) ||
         (r.is_float() && std::isnan(r.as_float())))) {
        return Value(false);
    }
    auto c = eval::Compare(l, r);
    if (!c) return Value();
    switch (op) {
        case A::BinaryOp::kLt:
            return Value(*c < 0);
        case A::BinaryOp::kLe:
            return Value(*c <= 0);
        case A::BinaryOp::kGt:
            return Value(*c > 0);
        case A::BinaryOp::kGe:
            return Value(*c >= 0);
        default:
            return Value();
    }
}

Result<Value> EvalBinary(const A::BinaryExpr& b, const EvalEnv& env) {
    DOSSIER_ASSIGN_OR_RETURN(Value l, Evaluate(*b.left, env));
    // Short-circuit only where the answer cannot depend on the right side.
    if (b.op == A::BinaryOp::kAnd && l.is_bool() && !l.as_bool()) return Value(false);
    if (b.op == A::BinaryOp::kOr && IsTrue(l)) return Value(true);
    DOSSIER_ASSIGN_OR_RETURN(Value r, Evaluate(*b.right, env));
    switch (b.op) {
        case A::BinaryOp::kOr:
            return Or(l, r);
        case A::BinaryOp::kXor:
            return Xor(l, r);
        case A::BinaryOp::kAnd:
            return And(l, r);
        case A::BinaryOp::kEq:
        case A::BinaryOp::kNe:
        case A::BinaryOp::kLt:
        case A::BinaryOp::kLe:
        case A::BinaryOp::kGt:
        case A::BinaryOp::kGe:
            return Compare(b.op, l, r);
        case A::BinaryOp::kIn:
            return In(l, r);
        case A::BinaryOp::kStartsWith:
            return StartsWith(l, r);
        case A::BinaryOp::kEndsWith:
            return EndsWith(l, r);
        case A::BinaryOp::kContains:
            return Contains(l, r);
        case A::BinaryOp::kRegexMatch:
            return RegexMatch(l, r);
        case A::BinaryOp::kAdd:
            return Add(l, r);
        case A::BinaryOp::kSubtract:
            return Subtract(l, r);
        case A::BinaryOp::kMultiply:
            return Multiply(l, r);
        case A::BinaryOp::kDivide:
            return Divide(l, r);
        case A::BinaryOp::kModulo:
            return Modulo(l, r);
        case A::BinaryOp::kPower:
            return Power(l, r);
    }
    return Value();
}

Result<Value> EvalChain(const A::ComparisonChainExpr& c, const EvalEnv& env) {
    Value result(true);
    DOSSIER_ASSIGN_OR_RETURN(Value left, Evaluate(*c.operands[0], env));
    for (size_t i = 0; i < c.ops.size(); ++i) {
        DOSSIER_ASSIGN_OR_RETURN(Value right, Evaluate(*c.operands[i + 1], env));
        DOSSIER_ASSIGN_OR_RETURN(Value part, Compare(c.ops[i], left, right));
        DOSSIER_ASSIGN_OR_RETURN(result, And(result, part));
        left = std::move(right);
    }
    return result;
}

Result<Value> EvalUnary(const A::UnaryExpr& u, const EvalEnv& env) {
    DOSSIER_ASSIGN_OR_RETURN(Value v, Evaluate(*u.operand, env));
    switch (u.op) {
        case A::UnaryOp::kNot:
            return Not(v);
        case A::UnaryOp::kNegate:
            return Negate(v);
        case A::UnaryOp::kPlus:
            if (!v.is_null() && !v.is_number()) {
                return InvalidArgumentType("unary plus expects a number", v);
            }
            return v;
    }
    return v;
}

Result<Value> EvalCase(const A::CaseExpr& c, const EvalEnv& env) {
    Value subject;
    if (c.subject) {
        DOSSIER_ASSIGN_OR_RETURN(subject, Evaluate(*c.subject, env));
    }
    for (const auto& alt : c.alternatives) {
        DOSSIER_ASSIGN_OR_RETURN(Value when, Evaluate(*alt.when, env));
        const bool hit = c.subject ? IsTrue(Equals(subject, when)) : IsTrue(when);
        if (hit) return Evaluate(*alt.then, env);
    }
    if (c.else_value) return Evaluate(*c.else_value, env);
    return Value();
}

Result<Value> EvalFunction(const A::FunctionCallExpr& f, const EvalEnv& env) {
    if (f.function_id < 0) return Unbound(f);
    const FunctionDef* def = &FunctionById(f.function_id);
    std::vector<Value> args;
    args.reserve(f.args.size());
    for (const auto& a : f.args) {
        DOSSIER_ASSIGN_OR_RETURN(Value v, Evaluate(*a, env));
        args.push_back(std::move(v));
    }
    static const FunctionContext kNoGraph;
    // The binder checked the number of arguments.
    auto r = def->body(args, env.functions ? *env.functions : kNoGraph);
    if (!r.ok() && r.status().line() == 0) {
        const Status& s = r.status();
        return Status(s.code(), s.message(), s.detail(), f.pos.line, f.pos.column);
    }
    return r;
}

// Iterates a list expression with `variable` bound to each element; `fn` returns false to stop.
Status ForEachElement(const A::Expression& list_expr, std::string_view variable, int variable_id,
                      const EvalEnv& env, const std::function<Result<bool>(const EvalEnv&)>& fn) {
    DOSSIER_ASSIGN_OR_RETURN(Value list, Evaluate(list_expr, env));
    if (list.is_null()) return Status::OK();
    if (!list.is_list()) return InvalidArgumentType("expected a list to iterate", list);
    for (const Value& element : list.as_list()) {
        Local local{variable, variable_id, &element, env.locals};
        EvalEnv inner = env;
        inner.locals = &local;
        DOSSIER_ASSIGN_OR_RETURN(bool more, fn(inner));
        if (!more) break;
    }
    return Status::OK();
}

Result<Value> EvalListComprehension(const A::ListComprehensionExpr& c, const EvalEnv& env) {
    DOSSIER_ASSIGN_OR_RETURN(Value list, Evaluate(*c.list, env));
    if (list.is_null()) return Value();
    graph::List out;
    DOSSIER_RETURN_IF_ERROR(ForEachElement(
        *c.list, c.variable, c.variable_id, env, [&](const EvalEnv& inner) -> Result<bool> {
            if (c.filter) {
                DOSSIER_ASSIGN_OR_RETURN(Value keep, Evaluate(*c.filter, inner));
                if (!IsTrue(keep)) return true;
            }
            if (c.projection) {
                DOSSIER_ASSIGN_OR_RETURN(Value v, Evaluate(*c.projection, inner));
                out.push_back(std::move(v));
            } else {
                out.push_back(*inner.locals->value);
            }
            return true;
        }));
    return Value(std::move(out));
}

Result<Value> EvalQuantifier(const A::QuantifierExpr& q, const EvalEnv& env) {
    DOSSIER_ASSIGN_OR_RETURN(Value list, Evaluate(*q.list, env));
    if (list.is_null()) return Value();
    int64_t trues = 0;
    int64_t falses = 0;
    int64_t nulls = 0;
    DOSSIER_RETURN_IF_ERROR(ForEachElement(
        *q.list, q.variable, q.variable_id, env, [&](const EvalEnv& inner) -> Result<bool> {
            Value v = *inner.locals->value;
            if (q.filter) {
                DOSSIER_ASSIGN_OR_RETURN(v, Evaluate(*q.filter, inner));
            }
            if (v.is_null()) {
                ++nulls;
            } else if (IsTrue(v)) {
                ++trues;
            } else {
                ++falses;
            }
            return true;
        }));
    switch (q.quantifier) {
        case A::Quantifier::kAll:
            if (falses > 0) return Value(false);
            return nulls > 0 ? Value() : Value(true);
        case A::Quantifier::kAny:
            if (trues > 0) return Value(true);
            return nulls > 0 ? Value() : Value(false);
        case A::Quantifier::kNone:
            if (trues > 0) return Value(false);
            return nulls > 0 ? Value() : Value(true);
        case A::Quantifier::kSingle:
            if (trues > 1) return Value(false);
            if (nulls > 0) return Value();
            return Value(trues == 1);
    }
    return Value();
}

Result<Value> EvalReduce(const A::ReduceExpr& r, const EvalEnv& env) {
    DOSSIER_ASSIGN_OR_RETURN(Value acc, Evaluate(*r.init, env));
    DOSSIER_ASSIGN_OR_RETURN(Value list, Evaluate(*r.list, env));
    if (list.is_null()) return Value();
    if (!list.is_list()) return InvalidArgumentType("reduce() expects a list", list);
    for (const Value& element : list.as_list()) {
        Local acc_local{r.accumulator, r.accumulator_id, &acc, env.locals};
        Local elem_local{r.variable, r.variable_id, &element, &acc_local};
        EvalEnv inner = env;
        inner.locals = &elem_local;
        DOSSIER_ASSIGN_OR_RETURN(Value next, Evaluate(*r.expression, inner));
        acc = std::move(next);
    }
    return acc;
}

Result<Value> EvalMapProjection(const A::MapProjectionExpr& m, const EvalEnv& env) {
    DOSSIER_ASSIGN_OR_RETURN(Value subject, Lookup(m.variable, m.variable_id, env, m));
    if (subject.is_null()) return Value();
    graph::Map out;
    for (const auto& item : m.items) {
        switch (item.kind) {
            case A::MapProjectionItem::Kind::kProperty: {
                DOSSIER_ASSIGN_OR_RETURN(out[item.key], Property(subject, item.key));
                break;
            }
            case A::MapProjectionItem::Kind::kAllProperties: {
                const graph::Map* props = nullptr;
                if (subject.is_node()) props = &subject.as_node().properties;
                if (subject.is_edge()) props = &subject.as_edge().properties;
                if (subject.is_map()) props = &subject.as_map();
                if (!props) return InvalidArgumentType("map projection expects a map", subject);
                for (const auto& [k, v] : *props) out[k] = v;
                break;
            }
            case A::MapProjectionItem::Kind::kLiteral: {
                DOSSIER_ASSIGN_OR_RETURN(out[item.key], Evaluate(*item.value, env));
                break;
            }
            case A::MapProjectionItem::Kind::kVariable: {
                DOSSIER_ASSIGN_OR_RETURN(out[item.key], Lookup(item.key, item.variable_id, env, m));
                break;
            }
        }
    }
    return Value(std::move(out));
}

Status NeedPatterns(const A::Expression& e) {
    return Status(Status::Code::kNotSupported, "patterns cannot be used in this expression", "",
                  e.pos.line, e.pos.column);
}

Result<Value> EvalPatternPredicate(const A::PatternPredicateExpr& p, const EvalEnv& env) {
    if (!env.patterns) return NeedPatterns(p);
    bool found = false;
    DOSSIER_RETURN_IF_ERROR(
        env.patterns->ForEachMatch({p.pattern.get()}, env, [&](const EvalEnv&) -> Result<bool> {
            found = true;
            return false;
        }));
    return Value(found);
}

Result<Value> EvalExists(const A::ExistsExpr& x, const EvalEnv& env) {
    if (!env.patterns) return NeedPatterns(x);
    if (!x.subquery.empty()) {
        for (const auto& part : x.subquery) {
            DOSSIER_ASSIGN_OR_RETURN(bool any, env.patterns->HasRows(*part, env));
            if (any) return Value(true);
        }
        return Value(false);
    }
    std::vector<const A::PatternPart*> parts;
    for (const auto& p : x.patterns) parts.push_back(&p);
    bool found = false;
    DOSSIER_RETURN_IF_ERROR(
        env.patterns->ForEachMatch(parts, env, [&](const EvalEnv& inner) -> Result<bool> {
            if (x.filter) {
                DOSSIER_ASSIGN_OR_RETURN(Value keep, Evaluate(*x.filter, inner));
                if (!IsTrue(keep)) return true;
            }
            found = true;
            return false;
        }));
    return Value(found);
}

Result<Value> EvalPatternComprehension(const A::PatternComprehensionExpr& c, const EvalEnv& env) {
    if (!env.patterns) return NeedPatterns(c);
    graph::List out;
    DOSSIER_RETURN_IF_ERROR(env.patterns->ForEachMatch(
        {c.pattern.get()}, env, [&](const EvalEnv& inner) -> Result<bool> {
            if (c.filter) {
                DOSSIER_ASSIGN_OR_RETURN(Value keep, Evaluate(*c.filter, inner));
                if (!IsTrue(keep)) return true;
            }
            DOSSIER_ASSIGN_OR_RETURN(Value v, Evaluate(*c.projection, inner));
            out.push_back(std::move(v));
            return true;
        }));
    return Value(std::move(out));
}

Result<Value> EvalLabelCheck(const A::LabelCheckExpr& l, const EvalEnv& env) {
    DOSSIER_ASSIGN_OR_RETURN(Value v, Evaluate(*l.operand, env));
    if (v.is_null()) return Value();
    if (v.is_edge()) {
        // r:T on a relationship tests its type.
        for (const auto& t : l.labels) {
            if (v.as_edge().type != t) return Value(false);
        }
        return Value(true);
    }
    if (!v.is_node()) return InvalidArgumentType("a label check expects a node", v);
    for (const auto& label : l.labels) {
        if (!v.as_node().HasLabel(label)) return Value(false);
    }
    return Value(true);
}

Result<Value> Dispatch(const A::Expression& e, const EvalEnv& env) {
    switch (e.kind) {
        case A::ExprKind::kLiteral:
            return e.As<A::LiteralExpr>().value;
        case A::ExprKind::kParameter: {
            const auto& name = e.As<A::ParameterExpr>().name;
            if (env.params) {
                auto it = env.params->find(name);
                if (it != env.params->end()) return it->second;
            }
            return Status(Status::Code::kSemanticError, "parameter $" + name + " is missing",
                          "MissingParameter", e.pos.line, e.pos.column);
        }
        case A::ExprKind::kVariable: {
            const auto& v = e.As<A::VariableExpr>();
            return Lookup(v.name, v.variable_id, env, e);
        }
        case A::ExprKind::kProperty: {
            const auto& p = e.As<A::PropertyExpr>();
            DOSSIER_ASSIGN_OR_RETURN(Value obj, Evaluate(*p.object, env));
            if (env.functions) DOSSIER_RETURN_IF_ERROR(env.functions->CheckNotDeleted(obj));
            return Property(obj, p.key);
        }
        case A::ExprKind::kIndex: {
            const auto& i = e.As<A::IndexExpr>();
            DOSSIER_ASSIGN_OR_RETURN(Value obj, Evaluate(*i.object, env));
            DOSSIER_ASSIGN_OR_RETURN(Value idx, Evaluate(*i.index, env));
            return Subscript(obj, idx);
        }
        case A::ExprKind::kSlice: {
            const auto& s = e.As<A::SliceExpr>();
            DOSSIER_ASSIGN_OR_RETURN(Value obj, Evaluate(*s.object, env));
            Value from, to;
            if (s.from) {
                DOSSIER_ASSIGN_OR_RETURN(from, Evaluate(*s.from, env));
            }
            if (s.to) {
                DOSSIER_ASSIGN_OR_RETURN(to, Evaluate(*s.to, env));
            }
            return Slice(obj, from, to, s.from != nullptr, s.to != nullptr);
        }
        case A::ExprKind::kUnary:
            return EvalUnary(e.As<A::UnaryExpr>(), env);
        case A::ExprKind::kBinary:
            return EvalBinary(e.As<A::BinaryExpr>(), env);
        case A::ExprKind::kComparisonChain:
            return EvalChain(e.As<A::ComparisonChainExpr>(), env);
        case A::ExprKind::kIsNull: {
            const auto& n = e.As<A::IsNullExpr>();
            DOSSIER_ASSIGN_OR_RETURN(Value v, Evaluate(*n.operand, env));
            return Value(v.is_null() != n.negated);
        }
        case A::ExprKind::kLabelCheck:
            return EvalLabelCheck(e.As<A::LabelCheckExpr>(), env);
        case A::ExprKind::kList: {
            graph::List out;
            for (const auto& el : e.As<A::ListExpr>().elements) {
                DOSSIER_ASSIGN_OR_RETURN(Value v, Evaluate(*el, env));
                out.push_back(std::move(v));
            }
            return Value(std::move(out));
        }
        case A::ExprKind::kMap: {
            graph::Map out;
            for (const auto& [k, v] : e.As<A::MapExpr>().entries) {
                DOSSIER_ASSIGN_OR_RETURN(out[k], Evaluate(*v, env));
            }
            return Value(std::move(out));
        }
        case A::ExprKind::kCase:
            return EvalCase(e.As<A::CaseExpr>(), env);
        case A::ExprKind::kFunctionCall:
            return EvalFunction(e.As<A::FunctionCallExpr>(), env);
        case A::ExprKind::kCountStar:
            return Unbound(e);
        case A::ExprKind::kListComprehension:
            return EvalListComprehension(e.As<A::ListComprehensionExpr>(), env);
        case A::ExprKind::kPatternComprehension:
            return EvalPatternComprehension(e.As<A::PatternComprehensionExpr>(), env);
        case A::ExprKind::kQuantifier:
            return EvalQuantifier(e.As<A::QuantifierExpr>(), env);
        case A::ExprKind::kPatternPredicate:
            return EvalPatternPredicate(e.As<A::PatternPredicateExpr>(), env);
        case A::ExprKind::kExists:
            return EvalExists(e.As<A::ExistsExpr>(), env);
        case A::ExprKind::kReduce:
            return EvalReduce(e.As<A::ReduceExpr>(), env);
        case A::ExprKind::kMapProjection:
            return EvalMapProjection(e.As<A::MapProjectionExpr>(), env);
    }
    return Value();
}

}  // namespace

Result<Value> Evaluate(const A::Expression& e, const EvalEnv& env) {
    if (env.substitutions && !env.substitutions->empty()) {
        auto it = env.substitutions->find(&e);
        if (it != env.substitutions->end()) return (*env.row)[it->second];
    }
    return Dispatch(e, env);
}

}  // namespace dossier::query::eval
