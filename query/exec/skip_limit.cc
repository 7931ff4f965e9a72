// Skip and Limit. Their counts are evaluated once, before the first row, and must be
// non-negative integers that do not depend on the row.
#include "query/eval/type_errors.h"
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

Result<int64_t> EvaluateCount(ExecContext* ctx, const ast::Expression& e, const char* clause) {
    static const eval::Scope kEmpty;
    static const Row kNoRow;
    auto r = eval::Evaluate(e, ctx->Env(kEmpty, kNoRow));
    if (!r.ok()) {
        if (r.status().detail() == "UndefinedVariable") {
            return Status(Status::Code::kSemanticError,
                          std::string(clause) + " must not depend on variables: " + e.ToString(),
                          "NonConstantExpression", e.pos.line, e.pos.column);
        }
        return r.status();
    }
    const graph::Value& v = *r;
    if (v.is_int() && v.as_int() >= 0) return v.as_int();
    if (v.is_int()) {
        // openCypher classes a bad SKIP / LIMIT value as a syntax error even when it only shows
        // at run time (through a parameter).
        return Status(Status::Code::kSyntaxError,
                      std::string(clause) + " expects a non-negative integer, got " + v.ToCypher(),
                      "NegativeIntegerArgument", e.pos.line, e.pos.column);
    }
    return Status(Status::Code::kSyntaxError,
                  std::string(clause) + " expects an integer, got " + v.ToCypher(),
                  "InvalidArgumentType", e.pos.line, e.pos.column);
}

class Skip : public Operator {
  public:
    Skip(ExecContext* ctx, OperatorPtr child, const ast::Expression* count)
        : Operator(ctx, std::move(child)), count_(count) {}
    std::string Describe() const override { return "Skip(" + count_->ToString() + ")"; }

  protected:
    Result<bool> Next(Row* row) override {
        if (remaining_ < 0) {
            DOSSIER_ASSIGN_OR_RETURN(remaining_, EvaluateCount(ctx_, *count_, "SKIP"));
        }
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
            if (!more) return false;
            if (remaining_ == 0) return true;
            --remaining_;
        }
    }
    void ResetSelf() override { remaining_ = -1; }

  private:
    const ast::Expression* const count_;
    int64_t remaining_ = -1;
};

class Limit : public Operator {
  public:
    Limit(ExecContext* ctx, OperatorPtr child, const ast::Expression* count)
        : Operator(ctx, std::move(child)), count_(count) {}
    std::string Describe() const override { return "Limit(" + count_->ToString() + ")"; }

  protected:
    Result<bool> Next(Row* row) override {
        if (remaining_ < 0) {
            DOSSIER_ASSIGN_OR_RETURN(remaining_, EvaluateCount(ctx_, *count_, "LIMIT"));
        }
        if (remaining_ == 0) {
            // A writing statement still makes all its updates (openCypher: LIMIT affects the
            // result, not the side effects).
            if (ctx_->txn && !drained_) {
                drained_ = true;
                for (;;) {
                    DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
                    if (!more) break;
                }
            }
            return false;
        }
        DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
        if (!more) return false;
        --remaining_;
        return true;
    }
    void ResetSelf() override {
        remaining_ = -1;
        drained_ = false;
    }

  private:
    const ast::Expression* const count_;
    int64_t remaining_ = -1;
    bool drained_ = false;
};

}  // namespace

OperatorPtr MakeSkip(ExecContext* ctx, OperatorPtr child, const ast::Expression* count) {
    return std::make_unique<Skip>(ctx, std::move(child), count);
}

OperatorPtr MakeLimit(ExecContext* ctx, OperatorPtr child, const ast::Expression* count) {
    return std::make_unique<Limit>(ctx, std::move(child), count);
}

}  // namespace dossier::query::exec
