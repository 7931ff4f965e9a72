#include "query/plan/entity_use.h"

namespace dossier::query::plan {

namespace A = ast;

namespace {

class UseFinder {
  public:
    UseFinder(const std::string& name, const A::NodePattern* binding)
        : name_(name), binding_(binding) {}

    bool found() const { return found_; }

    void Expr(const A::Expression* e) {
        if (!e || found_) return;
        switch (e->kind) {
            case A::ExprKind::kVariable:
                if (e->As<A::VariableExpr>().name == name_) found_ = true;
                return;
            case A::ExprKind::kFunctionCall: {
                const auto& f = e->As<A::FunctionCallExpr>();
                const std::string fn = f.LowerName();
                if ((fn == "count" || fn == "id") && f.args.size() == 1 &&
                    f.args[0]->kind == A::ExprKind::kVariable) {
                    return;  // only the id matters
                }
                break;
            }
            case A::ExprKind::kMapProjection:
                if (e->As<A::MapProjectionExpr>().variable == name_) found_ = true;
                break;
            case A::ExprKind::kPatternPredicate:
                Part(*e->As<A::PatternPredicateExpr>().pattern);
                break;
            case A::ExprKind::kPatternComprehension:
                Part(*e->As<A::PatternComprehensionExpr>().pattern);
                break;
            case A::ExprKind::kExists:
                for (const auto& p : e->As<A::ExistsExpr>().patterns) Part(p);
                // A whole subquery may read anything of the outer variables.
                if (!e->As<A::ExistsExpr>().subquery.empty()) found_ = true;
                break;
            default:
                break;
        }
        A::ForEachChild(*e, [this](const A::Expression& c) { Expr(&c); });
    }

    void Part(const A::PatternPart& part) {
        if (part.path_variable == name_) found_ = true;
        for (const auto& n : part.nodes) {
            if (&n != binding_ && n.variable == name_ && (!n.labels.empty() || n.properties)) {
                found_ = true;
            }
            Expr(n.properties.get());
        }
        for (const auto& r : part.relationships) Expr(r.properties.get());
    }

    void Projection(const A::Projection& p) {
        if (p.star) found_ = true;
        for (const auto& i : p.items) Expr(i.expression.get());
        for (const auto& o : p.order_by) Expr(o.expression.get());
        Expr(p.skip.get());
        Expr(p.limit.get());
    }

    void SetItem(const A::SetItem& i) {
        if (i.variable == name_) found_ = true;
        Expr(i.property.get());
        Expr(i.value.get());
    }

    void Clause(const A::Clause& c) {
        switch (c.kind) {
            case A::ClauseKind::kMatch: {
                const auto& m = c.As<A::MatchClause>();
                for (const auto& p : m.pattern) Part(p);
                Expr(m.where.get());
                break;
            }
            case A::ClauseKind::kUnwind:
                Expr(c.As<A::UnwindClause>().list.get());
                break;
            case A::ClauseKind::kWith: {
                const auto& w = c.As<A::WithClause>();
                Projection(w.projection);
                Expr(w.where.get());
                break;
            }
            case A::ClauseKind::kReturn:
                Projection(c.As<A::ReturnClause>().projection);
                break;
            case A::ClauseKind::kCreate:
                // Created relationships are returned whole: their ends must be whole too.
                for (const auto& p : c.As<A::CreateClause>().pattern) {
                    for (const auto& n : p.nodes) found_ = found_ || n.variable == name_;
                    Part(p);
                }
                break;
            case A::ClauseKind::kMerge: {
                const auto& m = c.As<A::MergeClause>();
                for (const auto& n : m.pattern.nodes) found_ = found_ || n.variable == name_;
                Part(m.pattern);
                for (const auto& i : m.on_create) SetItem(i);
                for (const auto& i : m.on_match) SetItem(i);
                break;
            }
            case A::ClauseKind::kSet:
                for (const auto& i : c.As<A::SetClause>().items) SetItem(i);
                break;
            case A::ClauseKind::kRemove:
                for (const auto& i : c.As<A::RemoveClause>().items) {
                    if (i.variable == name_) found_ = true;
                    Expr(i.property.get());
                }
                break;
            case A::ClauseKind::kDelete:
                for (const auto& e : c.As<A::DeleteClause>().expressions) Expr(e.get());
                break;
            case A::ClauseKind::kCall: {
                const auto& call = c.As<A::CallClause>();
                for (const auto& a : call.args) Expr(a.get());
                Expr(call.where.get());
                break;
            }
        }
    }

  private:
    const std::string& name_;
    const A::NodePattern* const binding_;
    bool found_ = false;
};

}  // namespace

bool NeedsEntity(const A::Statement* statement, const std::string& name,
                 const A::NodePattern* binding) {
    if (!statement || name.empty()) return true;
    UseFinder finder(name, binding);
    for (const auto& q : statement->queries) {
        for (const auto& c : q.clauses) finder.Clause(*c);
    }
    return finder.found();
}

}  // namespace dossier::query::plan
