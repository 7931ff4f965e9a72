// Project: evaluates the items of WITH / RETURN into a new row (optionally followed by the input
// row, so that ORDER BY can still see variables the projection drops).
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Project : public Operator {
  public:
    Project(ExecContext* ctx, OperatorPtr child, eval::Scope scope, std::vector<ProjectItem> items,
            bool keep_input, std::shared_ptr<const eval::Substitutions> subst)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          items_(std::move(items)),
          keep_input_(keep_input),
          subst_(std::move(subst)) {}

    std::string Describe() const override {
        std::string s = "Project(";
        for (size_t i = 0; i < items_.size(); ++i) {
            if (i) s += ", ";
            s += items_[i].name;
        }
        return s + ")";
    }

  protected:
    Result<bool> Next(Row* row) override {
        DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
        if (!more) return false;
        auto env = ctx_->Env(scope_, input_);
        env.substitutions = subst_.get();
        row->clear();
        row->reserve(items_.size() + (keep_input_ ? input_.size() : 0));
        for (const auto& item : items_) {
            DOSSIER_ASSIGN_OR_RETURN(graph::Value v, eval::Evaluate(*item.expression, env));
            row->push_back(std::move(v));
        }
        if (keep_input_) row->insert(row->end(), input_.begin(), input_.end());
        return true;
    }

  private:
    const eval::Scope scope_;
    const std::vector<ProjectItem> items_;
    const bool keep_input_;
    const std::shared_ptr<const eval::Substitutions> subst_;
    Row input_;
};

class KeepColumns : public Operator {
  public:
    KeepColumns(ExecContext* ctx, OperatorPtr child, int width)
        : Operator(ctx, std::move(child)), width_(width) {}
    std::string Describe() const override { return "KeepColumns(" + std::to_string(width_) + ")"; }

  protected:
    Result<bool> Next(Row* row) override {
        DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
        if (more) row->resize(static_cast<size_t>(width_));
        return more;
    }

  private:
    const int width_;
};

}  // namespace

OperatorPtr MakeKeepColumns(ExecContext* ctx, OperatorPtr child, int width) {
    return std::make_unique<KeepColumns>(ctx, std::move(child), width);
}

OperatorPtr MakeProject(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                        std::vector<ProjectItem> items, bool keep_input,
                        std::shared_ptr<const eval::Substitutions> subst) {
    return std::make_unique<Project>(ctx, std::move(child), std::move(scope), std::move(items),
                                     keep_input, std::move(subst));
}

}  // namespace dossier::query::exec
