// Create (CREATE): makes the pattern's new nodes and relationships once per input row.
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Create : public Operator {
  public:
    Create(ExecContext* ctx, OperatorPtr child, CreateSpec spec)
        : Operator(ctx, std::move(child)), spec_(std::move(spec)) {}
    std::string Describe() const override {
        return "Create(" + std::to_string(spec_.nodes.size()) + " nodes, " +
               std::to_string(spec_.edges.size()) + " relationships)";
    }

  protected:
    Result<bool> Next(Row* row) override {
        DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
        if (!more) return false;
        DOSSIER_RETURN_IF_ERROR(CreatePattern(ctx_, spec_, row));
        return true;
    }

  private:
    const CreateSpec spec_;
};

}  // namespace

OperatorPtr MakeCreate(ExecContext* ctx, OperatorPtr child, CreateSpec spec) {
    return std::make_unique<Create>(ctx, std::move(child), std::move(spec));
}

}  // namespace dossier::query::exec
