#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

// Merge (MERGE): matches the pattern per input row; when nothing matches, creates it. ON MATCH /
// ON CREATE items run on the matched or created rows.
class Merge : public Operator {
  public:
    Merge(ExecContext* ctx, OperatorPtr child, OperatorPtr match,
          std::shared_ptr<ArgumentSlot> argument, CreateSpec create,
          std::vector<const ast::SetItem*> on_create, std::vector<const ast::SetItem*> on_match)
        : Operator(ctx, std::move(child)),
          match_(std::move(match)),
          argument_(std::move(argument)),
          create_(std::move(create)),
          on_create_(std::move(on_create)),
          on_match_(std::move(on_match)) {}
    std::string Describe() const override { return "Merge"; }

  protected:
    Result<bool> Next(Row* row) override {
        while (next_ >= pending_.size()) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
            if (!more) return false;
            pending_.clear();
            next_ = 0;
            argument_->row = &input_;
            match_->Reset();
            Row r;
            for (;;) {
                DOSSIER_ASSIGN_OR_RETURN(bool got, match_->Pull(&r));
                if (!got) break;
                pending_.push_back(r);
            }
            if (pending_.empty()) {
                Row created = input_;
                DOSSIER_RETURN_IF_ERROR(CheckNoNullProperties(created));
                DOSSIER_RETURN_IF_ERROR(CreatePattern(ctx_, create_, &created));
                for (const auto* item : on_create_) {
                    DOSSIER_RETURN_IF_ERROR(ApplySetItem(ctx_, create_.scope, *item, &created));
                }
                pending_.push_back(std::move(created));
            } else {
                for (Row& m : pending_) {
                    m.resize(static_cast<size_t>(create_.width));
                    for (const auto* item : on_match_) {
                        DOSSIER_RETURN_IF_ERROR(ApplySetItem(ctx_, create_.scope, *item, &m));
                    }
                }
            }
        }
        *row = std::move(pending_[next_++]);
        return true;
    }
    std::vector<const Operator*> Inputs() const override { return {child_.get(), match_.get()}; }

  private:
    // MERGE cannot create what it could never match: a property that is null.
    Status CheckNoNullProperties(const Row& row) const {
        const auto env = ctx_->Env(create_.scope, row);
        auto check = [&](const ast::Expression* props) -> Status {
            DOSSIER_ASSIGN_OR_RETURN(graph::Map m, EvaluatePropertyMap(props, env));
            for (const auto& [k, v] : m) {
                if (v.is_null()) {
                    return Status(Status::Code::kSemanticError,
                                  "MERGE cannot use a null value for property " + k,
                                  "MergeReadOwnWrites");
                }
            }
            return Status::OK();
        };
        for (const auto& n : create_.nodes) {
            if (n.create) DOSSIER_RETURN_IF_ERROR(check(n.properties));
        }
        for (const auto& e : create_.edges) DOSSIER_RETURN_IF_ERROR(check(e.properties));
        return Status::OK();
    }

  private:
    OperatorPtr match_;
    std::shared_ptr<ArgumentSlot> argument_;
    const CreateSpec create_;
    const std::vector<const ast::SetItem*> on_create_;
    const std::vector<const ast::SetItem*> on_match_;
    Row input_;
    std::vector<Row> pending_;
    size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeMerge(ExecContext* ctx, OperatorPtr child, OperatorPtr match,
                      std::shared_ptr<ArgumentSlot> argument, CreateSpec create,
                      std::vector<const ast::SetItem*> on_create,
                      std::vector<const ast::SetItem*> on_match) {
    return std::make_unique<Merge>(ctx, std::move(child), std::move(match), std::move(argument),
                                   std::move(create), std::move(on_create), std::move(on_match));
}

}  // namespace dossier::query::exec
