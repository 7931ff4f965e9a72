// IndexCommand: CREATE INDEX / DROP INDEX, run in the statement's transaction.
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class IndexCommand : public Operator {
  public:
    IndexCommand(ExecContext* ctx, bool create, graph::PropertyIndex index)
        : Operator(ctx, nullptr), create_(create), index_(std::move(index)) {}
    std::string Describe() const override {
        if (!create_) return "DropIndex(" + index_.name + ")";
        return "CreateIndex(:" + index_.label + "(" + index_.property + "))";
    }

  protected:
    Result<bool> Next(Row*) override {
        if (done_) return false;
        done_ = true;
        if (ctx_->txn == nullptr) {
            return Status::InvalidArgument("index commands need a writable database");
        }
        DOSSIER_RETURN_IF_ERROR(create_ ? ctx_->txn->CreateIndex(index_)
                                        : ctx_->txn->DropIndex(index_.name));
        return false;
    }
    void ResetSelf() override { done_ = false; }

  private:
    const bool create_;
    const graph::PropertyIndex index_;
    bool done_ = false;
};

}  // namespace

OperatorPtr MakeIndexCommand(ExecContext* ctx, bool create, graph::PropertyIndex index) {
    return std::make_unique<IndexCommand>(ctx, create, std::move(index));
}

}  // namespace dossier::query::exec
