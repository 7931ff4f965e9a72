// Call (CALL ... YIELD): runs the procedure once per input row and joins its rows to it.
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Call : public Operator {
  public:
    Call(ExecContext* ctx, OperatorPtr child, CallSpec spec)
        : Operator(ctx, std::move(child)), spec_(std::move(spec)) {}
    std::string Describe() const override {
        return std::string("CallProcedure(") + spec_.procedure->name + ")";
    }

  protected:
    Result<bool> Next(Row* row) override {
        while (next_ >= rows_.size()) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
            if (!more) return false;
            std::vector<graph::Value> args;
            const auto env = ctx_->Env(spec_.scope, input_);
            for (const auto* a : spec_.arguments) {
                DOSSIER_ASSIGN_OR_RETURN(graph::Value v, eval::Evaluate(*a, env));
                args.push_back(std::move(v));
            }
            const int n = static_cast<int>(args.size());
            if (n < spec_.procedure->min_args || n > spec_.procedure->max_args) {
                return Status(Status::Code::kSemanticError,
                              std::string(spec_.procedure->name) + " takes " +
                                  std::to_string(spec_.procedure->min_args) + " to " +
                                  std::to_string(spec_.procedure->max_args) + " arguments",
                              "InvalidNumberOfArguments");
            }
            DOSSIER_ASSIGN_OR_RETURN(rows_, spec_.procedure->body(*ctx_->reader, args));
            next_ = 0;
        }
        const auto& out = rows_[next_++];
        *row = input_;
        row->resize(static_cast<size_t>(spec_.width));
        for (size_t i = 0; i < spec_.fields.size(); ++i) {
            (*row)[spec_.slots[i]] = out[spec_.fields[i]];
        }
        return true;
    }
    void ResetSelf() override {
        rows_.clear();
        next_ = 0;
    }

  private:
    const CallSpec spec_;
    Row input_;
    procedures::ProcedureRows rows_;
    size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeCall(ExecContext* ctx, OperatorPtr child, CallSpec spec) {
    return std::make_unique<Call>(ctx, std::move(child), std::move(spec));
}

}  // namespace dossier::query::exec
