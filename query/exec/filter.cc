// Filter: keeps the rows for which the predicate is true (null and false drop the row).
#include "query/eval/predicates.h"
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Filter : public Operator {
  public:
    Filter(ExecContext* ctx, OperatorPtr child, eval::Scope scope, const ast::Expression* predicate,
           std::shared_ptr<const eval::Substitutions> subst)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          predicate_(predicate),
          subst_(std::move(subst)) {}
    std::string Describe() const override { return "Filter(" + predicate_->ToString() + ")"; }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
            if (!more) return false;
            auto env = ctx_->Env(scope_, *row);
            env.substitutions = subst_.get();
            DOSSIER_ASSIGN_OR_RETURN(graph::Value keep, eval::Evaluate(*predicate_, env));
            if (!keep.is_null() && !keep.is_bool()) {
                return Status(Status::Code::kTypeError,
                              "WHERE expects a boolean, got " + keep.ToCypher(),
                              "InvalidArgumentType");
            }
            if (eval::IsTrue(keep)) return true;
        }
    }

  private:
    const eval::Scope scope_;
    const ast::Expression* const predicate_;
    const std::shared_ptr<const eval::Substitutions> subst_;
};

}  // namespace

OperatorPtr MakeFilter(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                       const ast::Expression* predicate,
                       std::shared_ptr<const eval::Substitutions> subst) {
    return std::make_unique<Filter>(ctx, std::move(child), std::move(scope), predicate,
                                    std::move(subst));
}

}  // namespace dossier::query::exec
