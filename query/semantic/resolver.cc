#include "query/semantic/resolver.h"

#include "graph/dcheck.h"
#include "query/eval/aggregates.h"
#include "query/eval/functions.h"

namespace dossier::query::semantic {
namespace {

using K = ast::ExprKind;

class Resolver {
  public:
    explicit Resolver(eval::VariableIds* ids) : ids_(ids) {}

    void Expr(const ast::Expression* e) {
        if (e == nullptr) return;
        switch (e->kind) {
            case K::kVariable: {
                const auto& v = e->As<ast::VariableExpr>();
                v.variable_id = ids_->Intern(v.name);
                break;
            }
            case K::kFunctionCall: {
                const auto& f = e->As<ast::FunctionCallExpr>();
                const std::string name = f.LowerName();
                f.aggregate = eval::IsAggregateFunction(name);
                if (!f.aggregate) {
                    f.function_id = eval::FunctionId(name);
                    DOSSIER_DCHECK(f.function_id >= 0);  // the binder reported UnknownFunction
                }
                break;
            }
            case K::kListComprehension: {
                const auto& c = e->As<ast::ListComprehensionExpr>();
                c.variable_id = ids_->Intern(c.variable);
                break;
            }
            case K::kQuantifier: {
                const auto& q = e->As<ast::QuantifierExpr>();
                q.variable_id = ids_->Intern(q.variable);
                break;
            }
            case K::kReduce: {
                const auto& r = e->As<ast::ReduceExpr>();
                r.accumulator_id = ids_->Intern(r.accumulator);
                r.variable_id = ids_->Intern(r.variable);
                break;
            }
            case K::kMapProjection: {
                const auto& m = e->As<ast::MapProjectionExpr>();
                m.variable_id = ids_->Intern(m.variable);
                for (const auto& item : m.items) {
                    if (item.kind == ast::MapProjectionItem::Kind::kVariable) {
                        item.variable_id = ids_->Intern(item.key);
                    }
                }
                break;
            }
            case K::kExists: {
                // A whole subquery: its clauses are resolved like the statement's own.
                for (const auto& query : e->As<ast::ExistsExpr>().subquery) {
                    for (const auto& c : query->clauses) Clause(*c);
                }
                break;
            }
            default:
                break;
        }
        ast::ForEachChild(*e, [&](const ast::Expression& c) { Expr(&c); });
    }

    // A name the clause binds, so that the planner's scopes know its id too (RETURN * reads it).
    void Name(const std::string& name) {
        if (!name.empty()) ids_->Intern(name);
    }

    void Part(const ast::PatternPart& part) {
        Name(part.path_variable);
        for (const auto& n : part.nodes) {
            Name(n.variable);
            Expr(n.properties.get());
        }
        for (const auto& r : part.relationships) {
            Name(r.variable);
            Expr(r.properties.get());
        }
    }

    void SetItems(const std::vector<ast::SetItem>& items) {
        for (const auto& item : items) {
            Expr(item.property.get());
            Expr(item.value.get());
        }
    }

    void Projection(const ast::Projection& p) {
        for (const auto& item : p.items) {
            Name(item.name);
            Expr(item.expression.get());
        }
        for (const auto& o : p.order_by) Expr(o.expression.get());
        Expr(p.skip.get());
        Expr(p.limit.get());
    }

    void Clause(const ast::Clause& c) {
        switch (c.kind) {
            case ast::ClauseKind::kMatch: {
                const auto& m = c.As<ast::MatchClause>();
                for (const auto& part : m.pattern) Part(part);
                Expr(m.where.get());
                break;
            }
            case ast::ClauseKind::kUnwind:
                Name(c.As<ast::UnwindClause>().variable);
                Expr(c.As<ast::UnwindClause>().list.get());
                break;
            case ast::ClauseKind::kWith: {
                const auto& w = c.As<ast::WithClause>();
                Projection(w.projection);
                Expr(w.where.get());
                break;
            }
            case ast::ClauseKind::kReturn:
                Projection(c.As<ast::ReturnClause>().projection);
                break;
            case ast::ClauseKind::kCreate:
                for (const auto& part : c.As<ast::CreateClause>().pattern) Part(part);
                break;
            case ast::ClauseKind::kMerge: {
                const auto& m = c.As<ast::MergeClause>();
                Part(m.pattern);
                SetItems(m.on_create);
                SetItems(m.on_match);
                break;
            }
            case ast::ClauseKind::kSet:
                SetItems(c.As<ast::SetClause>().items);
                break;
            case ast::ClauseKind::kRemove:
                for (const auto& item : c.As<ast::RemoveClause>().items) {
                    Expr(item.property.get());
                }
                break;
            case ast::ClauseKind::kDelete:
                for (const auto& e : c.As<ast::DeleteClause>().expressions) Expr(e.get());
                break;
            case ast::ClauseKind::kCall: {
                const auto& call = c.As<ast::CallClause>();
                for (const auto& a : call.args) Expr(a.get());
                for (const auto& y : call.yields) Name(y.name());
                Expr(call.where.get());
                break;
            }
        }
    }

  private:
    eval::VariableIds* const ids_;
};

}  // namespace

void Resolve(const ast::Statement& statement, eval::VariableIds* ids) {
    Resolver r(ids);
    for (const auto& q : statement.queries) {
        for (const auto& c : q.clauses) r.Clause(*c);
    }
}

}  // namespace dossier::query::semantic
