// Union: the rows of each input in turn (UNION without ALL adds a Distinct above it).
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Union : public Operator {
  public:
    Union(ExecContext* ctx, std::vector<OperatorPtr> inputs)
        : Operator(ctx, nullptr), inputs_(std::move(inputs)) {}
    std::string Describe() const override { return "Union"; }

  protected:
    Result<bool> Next(Row* row) override {
        while (current_ < inputs_.size()) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, inputs_[current_]->Pull(row));
            if (more) return true;
            ++current_;
        }
        return false;
    }
    void ResetSelf() override { current_ = 0; }
    std::vector<const Operator*> Inputs() const override {
        std::vector<const Operator*> out;
        for (const auto& in : inputs_) out.push_back(in.get());
        return out;
    }
    void ResetInputs() override {
        for (auto& in : inputs_) in->Reset();
    }

  private:
    std::vector<OperatorPtr> inputs_;
    size_t current_ = 0;
};

}  // namespace

OperatorPtr MakeUnion(ExecContext* ctx, std::vector<OperatorPtr> inputs) {
    return std::make_unique<Union>(ctx, std::move(inputs));
}

}  // namespace dossier::query::exec
