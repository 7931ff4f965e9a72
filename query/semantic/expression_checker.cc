#include "query/semantic/expression_checker.h"

#include "query/eval/aggregates.h"
#include "query/eval/functions.h"
#include "query/semantic/binder.h"

namespace dossier::query::semantic {
namespace {

using K = ast::ExprKind;
using T = StaticType;

std::string Quoted(const std::string& name) {
    return "`" + name + "`";
}

Status TypeMismatch(const ast::Expression& e, T got, const char* wanted) {
    return SemanticError(
        "InvalidArgumentType",
        "expected " + std::string(wanted) + " but " + e.ToString() + " is " + StaticTypeName(got),
        e.pos);
}

// Argument kinds that are certainly wrong for a few graph and list functions.
Status CheckFunctionArguments(const ast::FunctionCallExpr& f, const VariableScope& scope) {
    if (f.args.size() != 1) return Status::OK();
    const std::string name = f.LowerName();
    const ast::Expression& arg = *f.args[0];
    T t = TypeOf(arg, scope);
    if (name == "properties" && !TypeFits(t, {T::kNode, T::kRelationship, T::kMap})) {
        return TypeMismatch(arg, t, "a node, relationship or map");
    }
    if (name == "type" && !TypeFits(t, {T::kRelationship})) {
        return TypeMismatch(arg, t, "a relationship");
    }
    if (name == "labels" && !TypeFits(t, {T::kNode})) return TypeMismatch(arg, t, "a node");
    if (name == "length" && !TypeFits(t, {T::kPath, T::kString, T::kList})) {
        return TypeMismatch(arg, t, "a path");
    }
    if (name == "size" && !TypeFits(t, {T::kList, T::kString})) {
        return TypeMismatch(arg, t, "a list or string");
    }
    return Status::OK();
}

class Checker {
  public:
    Checker(const VariableScope& scope, ExpressionRules rules) : scope_(scope), rules_(rules) {}

    Status Check(const ast::Expression& e) {
        switch (e.kind) {
            case K::kVariable:
                return CheckVariable(e.As<ast::VariableExpr>().name, e.pos);
            case K::kFunctionCall:
                return CheckFunction(e.As<ast::FunctionCallExpr>());
            case K::kCountStar:
                return CheckAggregatePlacement(e, "count(*)");
            case K::kProperty:
                return CheckProperty(e.As<ast::PropertyExpr>());
            case K::kUnary:
                return CheckUnary(e.As<ast::UnaryExpr>());
            case K::kBinary:
                return CheckBinary(e.As<ast::BinaryExpr>());
            case K::kListComprehension:
                return CheckListComprehension(e);
            case K::kQuantifier:
                return CheckQuantifier(e.As<ast::QuantifierExpr>());
            case K::kReduce:
                return CheckReduce(e.As<ast::ReduceExpr>());
            case K::kPatternComprehension:
                return CheckPatternComprehension(e);
            case K::kPatternPredicate:
                return CheckPatternPredicate(e);
            case K::kExists:
                return CheckExists(e.As<ast::ExistsExpr>());
            case K::kMapProjection: {
                const auto& m = e.As<ast::MapProjectionExpr>();
                DOSSIER_RETURN_IF_ERROR(CheckVariable(m.variable, e.pos));
                return CheckChildren(e);
            }
            default:
                return CheckChildren(e);
        }
    }

  private:
    Status CheckChildren(const ast::Expression& e) {
        Status st;
        ast::ForEachChild(e, [&](const ast::Expression& child) {
            if (st.ok()) st = Check(child);
        });
        return st;
    }

    // Checks `e` in a nested scope with `variable` bound, e.g. a list comprehension's body.
    Status CheckWith(const ast::ExprPtr& e, const std::string& variable, T type,
                     ExpressionRules rules) {
        if (!e) return Status::OK();
        VariableScope inner = scope_;
        inner[variable] = type;
        return CheckExpression(*e, inner, rules);
    }

    // The kind of every element of a list literal whose elements all have one known kind.
    T ElementType(const ast::Expression& list) const {
        const auto* l = list.TryAs<ast::ListExpr>();
        if (l == nullptr || l->elements.empty()) return T::kAny;
        T first = TypeOf(*l->elements[0], scope_);
        for (const auto& e : l->elements) {
            if (TypeOf(*e, scope_) != first) return T::kAny;
        }
        return first == T::kNull ? T::kAny : first;
    }

    ExpressionRules NoAggregates() const {
        ExpressionRules r = rules_;
        r.aggregates = false;
        return r;
    }

    Status CheckVariable(const std::string& name, ast::SourcePos pos) {
        if (scope_.count(name) == 0) {
            return SemanticError("UndefinedVariable", "variable " + Quoted(name) + " not defined",
                                 pos);
        }
        return Status::OK();
    }

    Status CheckAggregatePlacement(const ast::Expression& e, const std::string& name) {
        if (rules_.inside_aggregate) {
            return SemanticError("NestedAggregation",
                                 "aggregate " + name + " cannot be used inside another aggregate",
                                 e.pos);
        }
        if (!rules_.aggregates) {
            return SemanticError("InvalidAggregation", "aggregate " + name + " is not allowed here",
                                 e.pos);
        }
        return Status::OK();
    }

    Status CheckFunction(const ast::FunctionCallExpr& f) {
        const std::string name = f.LowerName();
        if (eval::IsAggregateFunction(name)) {
            DOSSIER_RETURN_IF_ERROR(CheckAggregatePlacement(f, f.name));
            ExpressionRules inner = rules_;
            inner.inside_aggregate = true;
            for (const auto& a : f.args) {
                DOSSIER_RETURN_IF_ERROR(CheckExpression(*a, scope_, inner));
                if (ContainsRand(*a)) {
                    return SemanticError("NonConstantExpression",
                                         "the argument of " + f.name + " must not call rand()",
                                         a->pos);
                }
            }
            return Status::OK();
        }
        const eval::FunctionDef* def = eval::FindFunction(name);
        if (def == nullptr) {
            return SemanticError("UnknownFunction", "unknown function " + f.name + "()", f.pos);
        }
        int n = static_cast<int>(f.args.size());
        if (n < def->min_args || (def->max_args >= 0 && n > def->max_args)) {
            return SemanticError(
                "InvalidNumberOfArguments",
                "function " + f.name + "() does not take " + std::to_string(n) + " argument(s)",
                f.pos);
        }
        DOSSIER_RETURN_IF_ERROR(CheckChildren(f));
        return CheckFunctionArguments(f, scope_);
    }

    static bool ContainsRand(const ast::Expression& e) {
        if (const auto* f = e.TryAs<ast::FunctionCallExpr>(); f && f->LowerName() == "rand") {
            return true;
        }
        bool found = false;
        ast::ForEachChild(e, [&](const ast::Expression& c) { found = found || ContainsRand(c); });
        return found;
    }

    Status CheckProperty(const ast::PropertyExpr& p) {
        DOSSIER_RETURN_IF_ERROR(Check(*p.object));
        T t = TypeOf(*p.object, scope_);
        if (!TypeFits(t, {T::kNode, T::kRelationship, T::kMap})) {
            Status s = TypeMismatch(*p.object, t, "a node, relationship or map");
            if (t == T::kPath) return s;
            // openCypher names a property read from a plain value a TypeError, though it is
            // found before running.
            return Status(Status::Code::kTypeError, s.message(), s.detail(), s.line(), s.column());
        }
        return Status::OK();
    }

    Status CheckBoolean(const ast::Expression& e) {
        T t = TypeOf(e, scope_);
        if (!TypeFits(t, {T::kBool})) return TypeMismatch(e, t, "a boolean");
        return Status::OK();
    }

    Status CheckUnary(const ast::UnaryExpr& u) {
        DOSSIER_RETURN_IF_ERROR(Check(*u.operand));
        if (u.op == ast::UnaryOp::kNot) return CheckBoolean(*u.operand);
        return Status::OK();
    }

    // Operands of - * / % ^ that can never be numbers (dates and durations are kAny here).
    Status CheckArithmetic(const ast::BinaryExpr& b, const ast::Expression& operand) {
        T t = TypeOf(operand, scope_);
        if (!TypeFits(t, {T::kInt, T::kFloat})) {
            return SemanticError("InvalidArgumentType",
                                 std::string("operator ") + ast::BinaryOpName(b.op) +
                                     " expects numbers, but " + operand.ToString() + " is " +
                                     StaticTypeName(t),
                                 operand.pos);
        }
        return Status::OK();
    }

    Status CheckBinary(const ast::BinaryExpr& b) {
        DOSSIER_RETURN_IF_ERROR(Check(*b.left));
        DOSSIER_RETURN_IF_ERROR(Check(*b.right));
        switch (b.op) {
            case ast::BinaryOp::kAnd:
            case ast::BinaryOp::kOr:
            case ast::BinaryOp::kXor:
                DOSSIER_RETURN_IF_ERROR(CheckBoolean(*b.left));
                return CheckBoolean(*b.right);
            case ast::BinaryOp::kSubtract:
            case ast::BinaryOp::kMultiply:
            case ast::BinaryOp::kDivide:
            case ast::BinaryOp::kModulo:
            case ast::BinaryOp::kPower:
                DOSSIER_RETURN_IF_ERROR(CheckArithmetic(b, *b.left));
                return CheckArithmetic(b, *b.right);
            case ast::BinaryOp::kIn: {
                T t = TypeOf(*b.right, scope_);
                if (!TypeFits(t, {T::kList})) return TypeMismatch(*b.right, t, "a list");
                return Status::OK();
            }
            default:
                return Status::OK();
        }
    }

    Status CheckListComprehension(const ast::Expression& e) {
        const auto& c = e.As<ast::ListComprehensionExpr>();
        DOSSIER_RETURN_IF_ERROR(Check(*c.list));
        T element = ElementType(*c.list);
        DOSSIER_RETURN_IF_ERROR(CheckWith(c.filter, c.variable, element, NoAggregates()));
        return CheckWith(c.projection, c.variable, element, NoAggregates());
    }

    Status CheckQuantifier(const ast::QuantifierExpr& q) {
        DOSSIER_RETURN_IF_ERROR(Check(*q.list));
        T t = TypeOf(*q.list, scope_);
        if (!TypeFits(t, {T::kList})) return TypeMismatch(*q.list, t, "a list");
        return CheckWith(q.filter, q.variable, ElementType(*q.list), NoAggregates());
    }

    Status CheckReduce(const ast::ReduceExpr& r) {
        DOSSIER_RETURN_IF_ERROR(Check(*r.init));
        DOSSIER_RETURN_IF_ERROR(Check(*r.list));
        VariableScope inner = scope_;
        inner[r.accumulator] = T::kAny;
        inner[r.variable] = T::kAny;
        return CheckExpression(*r.expression, inner, NoAggregates());
    }

    // Adds the named variables of `part` to `inner`; in a pattern predicate they must already be
    // bound.
    Status BindPart(const ast::PatternPart& part, bool may_introduce, VariableScope* inner) {
        DOSSIER_RETURN_IF_ERROR(CheckPathFunction(part));
        auto bind = [&](const std::string& name, ast::SourcePos pos, T type) -> Status {
            if (name.empty() || inner->count(name) > 0) return Status::OK();
            if (!may_introduce) {
                return SemanticError("UndefinedVariable",
                                     "variable " + Quoted(name) +
                                         " not defined (a pattern expression cannot introduce "
                                         "new variables)",
                                     pos);
            }
            (*inner)[name] = type;
            return Status::OK();
        };
        for (const auto& n : part.nodes) DOSSIER_RETURN_IF_ERROR(bind(n.variable, n.pos, T::kNode));
        for (const auto& r : part.relationships) {
            T t = r.variable_length ? T::kList : T::kRelationship;
            DOSSIER_RETURN_IF_ERROR(bind(r.variable, r.pos, t));
        }
        DOSSIER_RETURN_IF_ERROR(bind(part.path_variable, part.pos, T::kPath));
        for (const auto& n : part.nodes) {
            if (n.properties)
                DOSSIER_RETURN_IF_ERROR(CheckExpression(*n.properties, *inner, rules_));
        }
        for (const auto& r : part.relationships) {
            if (r.properties)
                DOSSIER_RETURN_IF_ERROR(CheckExpression(*r.properties, *inner, rules_));
        }
        return Status::OK();
    }

    Status CheckPatternComprehension(const ast::Expression& e) {
        const auto& c = e.As<ast::PatternComprehensionExpr>();
        VariableScope inner = scope_;
        DOSSIER_RETURN_IF_ERROR(BindPart(*c.pattern, /*may_introduce=*/true, &inner));
        ExpressionRules rules = NoAggregates();
        if (c.filter) DOSSIER_RETURN_IF_ERROR(CheckExpression(*c.filter, inner, rules));
        return CheckExpression(*c.projection, inner, rules);
    }

    Status CheckPatternPredicate(const ast::Expression& e) {
        if (!rules_.pattern_predicates) {
            return Status(
                Status::Code::kSyntaxError,
                "a pattern expression can only be used as a predicate in WHERE: " + e.ToString(),
                "UnexpectedSyntax", e.pos.line, e.pos.column);
        }
        VariableScope inner = scope_;
        return BindPart(*e.As<ast::PatternPredicateExpr>().pattern, /*may_introduce=*/false,
                        &inner);
    }

    Status CheckExists(const ast::ExistsExpr& x) {
        for (const auto& part : x.subquery) {
            Binder binder(scope_);
            std::vector<std::string> columns;
            DOSSIER_RETURN_IF_ERROR(binder.BindQuery(*part, &columns));
        }
        VariableScope inner = scope_;
        for (const auto& part : x.patterns) {
            DOSSIER_RETURN_IF_ERROR(BindPart(part, /*may_introduce=*/true, &inner));
        }
        if (!x.filter) return Status::OK();
        ExpressionRules rules = NoAggregates();
        rules.pattern_predicates = true;
        return CheckExpression(*x.filter, inner, rules);
    }

    const VariableScope& scope_;
    const ExpressionRules rules_;
};

}  // namespace

Status SemanticError(const char* detail, std::string message, ast::SourcePos pos) {
    return Status(Status::Code::kSemanticError, std::move(message), detail, pos.line, pos.column);
}

Status CheckPathFunction(const ast::PatternPart& part) {
    if (part.path_function != ast::PathFunction::kNone && part.relationships.size() != 1) {
        return SemanticError("InvalidArgumentType", "shortestPath() needs a single relationship",
                             part.pos);
    }
    return Status::OK();
}

bool IsAggregate(const ast::Expression& e) {
    if (e.kind == K::kCountStar) return true;
    const auto* f = e.TryAs<ast::FunctionCallExpr>();
    return f != nullptr && eval::IsAggregateFunction(f->LowerName());
}

bool ContainsAggregate(const ast::Expression& e) {
    if (IsAggregate(e)) return true;
    bool found = false;
    ast::ForEachChild(e, [&](const ast::Expression& c) { found = found || ContainsAggregate(c); });
    return found;
}

Status CheckExpression(const ast::Expression& e, const VariableScope& scope,
                       ExpressionRules rules) {
    return Checker(scope, rules).Check(e);
}

}  // namespace dossier::query::semantic
