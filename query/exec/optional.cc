// Optional (OPTIONAL MATCH): runs the inner plan once per input row; when it matches nothing, the
// input row goes on with nulls for the variables the inner plan would have bound.
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Optional : public Operator {
  public:
    Optional(ExecContext* ctx, OperatorPtr child, OperatorPtr inner,
             std::shared_ptr<ArgumentSlot> argument, int width)
        : Operator(ctx, std::move(child)),
          inner_(std::move(inner)),
          argument_(std::move(argument)),
          width_(width) {}
    std::string Describe() const override { return "Optional"; }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            if (active_) {
                DOSSIER_ASSIGN_OR_RETURN(bool more, inner_->Pull(row));
                if (more) {
                    matched_ = true;
                    return true;
                }
                active_ = false;
                if (!matched_) {
                    *row = input_;
                    row->resize(static_cast<size_t>(width_));
                    return true;
                }
            }
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
            if (!more) return false;
            argument_->row = &input_;
            inner_->Reset();
            active_ = true;
            matched_ = false;
        }
    }
    void ResetSelf() override { active_ = false; }
    std::vector<const Operator*> Inputs() const override { return {child_.get(), inner_.get()}; }

  private:
    OperatorPtr inner_;
    std::shared_ptr<ArgumentSlot> argument_;
    const int width_;
    Row input_;
    bool active_ = false;
    bool matched_ = false;
};

class Eager : public Operator {
  public:
    Eager(ExecContext* ctx, OperatorPtr child) : Operator(ctx, std::move(child)) {}
    std::string Describe() const override { return "Eager"; }

  protected:
    Result<bool> Next(Row* row) override {
        if (!filled_) {
            Row r;
            for (;;) {
                DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&r));
                if (!more) break;
                rows_.push_back(r);
            }
            filled_ = true;
        }
        if (next_ >= rows_.size()) return false;
        *row = std::move(rows_[next_++]);
        return true;
    }
    void ResetSelf() override {
        filled_ = false;
        rows_.clear();
        next_ = 0;
    }

  private:
    std::vector<Row> rows_;
    size_t next_ = 0;
    bool filled_ = false;
};

}  // namespace

OperatorPtr MakeOptional(ExecContext* ctx, OperatorPtr child, OperatorPtr inner,
                         std::shared_ptr<ArgumentSlot> argument, int width) {
    return std::make_unique<Optional>(ctx, std::move(child), std::move(inner), std::move(argument),
                                      width);
}

OperatorPtr MakeEager(ExecContext* ctx, OperatorPtr child) {
    return std::make_unique<Eager>(ctx, std::move(child));
}

}  // namespace dossier::query::exec
