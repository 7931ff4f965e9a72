// Engine: parse -> bind -> plan -> run, one graph Transaction per writing statement.
#include "query/engine.h"

#include <chrono>

#include "query/error_class.h"
#include "query/parser/parser.h"
#include "query/plan/planner.h"
#include "query/semantic/bound_statement.h"

namespace dossier::query {

bool QueryStats::contains_updates() const {
    return nodes_created || nodes_deleted || relationships_created || relationships_deleted ||
           properties_set || labels_added || labels_removed;
}

namespace {

// Owns everything a running statement needs: the bound statement (the plan points into it), the
// execution context, the transaction of a writing statement, and the operator tree.
class StatementCursor : public ResultCursor {
  public:
    StatementCursor() : ctx_(std::make_unique<exec::ExecContext>()) {}

    const std::vector<std::string>& columns() const override { return columns_; }
    const QueryStats& stats() const override { return ctx_->stats; }

    Result<bool> Next(Row* row) override {
        Result<bool> more = NextRow(row);
        if (more.ok()) return more;
        return ClassifyQueryError(more.status(), ErrorPhase::kRuntime);
    }

    std::string PlanText(bool profile) const { return root_->PlanText(profile); }

    // Parses, analyses and plans the statement; errors carry their openCypher class.
    Status Prepare(graph::GraphStore* store, std::string_view text, const Params& params,
                   const std::atomic<bool>* cancel, std::chrono::milliseconds timeout) {
        return ClassifyQueryError(PrepareStatement(store, text, params, cancel, timeout),
                                  ErrorPhase::kCompileTime);
    }

    bool explain() const { return explain_; }
    bool profile() const { return ctx_->profile; }

  private:
    Result<bool> NextRow(Row* row) {
        if (done_) return false;
        if (!explain_rows_.empty() || explain_) {
            if (next_explain_ >= explain_rows_.size()) {
                done_ = true;
                return false;
            }
            *row = {Value(explain_rows_[next_explain_++])};
            return true;
        }
        auto r = root_->Pull(row);
        if (!r.ok()) {
            done_ = true;
            txn_.reset();  // rolls the statement back
            return r.status();
        }
        if (*r) return true;
        done_ = true;
        if (txn_) {
            Status s = txn_->Commit();
            txn_.reset();
            if (!s.ok()) return s;
        }
        return false;
    }

    Status PrepareStatement(graph::GraphStore* store, std::string_view text, const Params& params,
                            const std::atomic<bool>* cancel, std::chrono::milliseconds timeout) {
        if (timeout.count() > 0) {
            ctx_->timeout = timeout;
            ctx_->deadline = std::chrono::steady_clock::now() + timeout;
        }
        DOSSIER_ASSIGN_OR_RETURN(ast::Statement parsed, Parse(text));
        DOSSIER_ASSIGN_OR_RETURN(bound_, Bind(std::move(parsed)));
        const ast::Statement* statement = bound_.statement.get();
        params_ = params;
        ctx_->params = &params_;
        ctx_->cancel = cancel;
        ctx_->profile = statement->mode == ast::Statement::Mode::kProfile;
        patterns_ = plan::NewPatternSupport(ctx_.get(), bound_.variables.get());
        ctx_->patterns = patterns_.get();
        const bool explain = statement->mode == ast::Statement::Mode::kExplain;
        if (plan::IsUpdating(*statement) && !explain) {
            if (store->read_only()) {
                return Status(Status::Code::kInvalidArgument,
                              "this statement writes, but the database " + store->path() +
                                  " is open read-only");
            }
            DOSSIER_ASSIGN_OR_RETURN(txn_, store->Begin());
            ctx_->reader = txn_.get();
            ctx_->txn = txn_.get();
        } else {
            ctx_->reader = store;
        }
        if (auto stats = store->Stats(); stats.ok()) {
            ctx_->label_counts = stats->nodes_per_label;
            if (!txn_) ctx_->store_counts = std::move(*stats);
        }
        ctx_->indexes = ctx_->reader->Indexes();
        ctx_->functions.reader = ctx_->reader;
        ctx_->functions.random = &ctx_->random;
        ctx_->functions.deleted_nodes = &ctx_->deleted_nodes;
        ctx_->functions.deleted_edges = &ctx_->deleted_edges;
        ctx_->functions.statement_time = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                             std::chrono::system_clock::now().time_since_epoch())
                                             .count();
        DOSSIER_ASSIGN_OR_RETURN(plan::PlannedQuery planned,
                                 plan::PlanStatement(bound_, ctx_.get()));
        root_ = std::move(planned.root);
        columns_ = std::move(planned.columns);
        if (explain) {
            explain_ = true;
            columns_ = {"plan"};
            const std::string plan = root_->PlanText(false);
            size_t start = 0;
            for (size_t nl; (nl = plan.find('\n', start)) != std::string::npos; start = nl + 1) {
                explain_rows_.push_back(plan.substr(start, nl - start));
            }
        }
        return Status::OK();
    }

    BoundStatement bound_;
    Params params_;
    std::unique_ptr<exec::ExecContext> ctx_;
    std::unique_ptr<eval::PatternSupport> patterns_;
    std::unique_ptr<graph::Transaction> txn_;
    exec::OperatorPtr root_;
    std::vector<std::string> columns_;
    bool done_ = false;
    bool explain_ = false;
    std::vector<std::string> explain_rows_;
    size_t next_explain_ = 0;
};

}  // namespace

Engine::Engine(graph::GraphStore* store) : store_(store) {}
Engine::~Engine() = default;

void Engine::Cancel() {
    cancel_requested_.store(true);
}

Result<std::unique_ptr<ResultCursor>> Engine::Run(std::string_view text, const Params& params) {
    cancel_requested_.store(false);
    auto cursor = std::make_unique<StatementCursor>();
    DOSSIER_RETURN_IF_ERROR(cursor->Prepare(store_, text, params, &cancel_requested_, timeout_));
    return std::unique_ptr<ResultCursor>(std::move(cursor));
}

Result<QueryResult> Engine::Execute(std::string_view text, const Params& params) {
    cancel_requested_.store(false);
    StatementCursor cursor;
    DOSSIER_RETURN_IF_ERROR(cursor.Prepare(store_, text, params, &cancel_requested_, timeout_));
    QueryResult result;
    result.columns = cursor.columns();
    if (cursor.explain()) result.plan = cursor.PlanText(false);
    Row row;
    for (;;) {
        DOSSIER_ASSIGN_OR_RETURN(bool more, cursor.Next(&row));
        if (!more) break;
        result.rows.push_back(std::move(row));
    }
    result.stats = cursor.stats();
    if (cursor.profile()) result.plan = cursor.PlanText(true);
    return result;
}

std::vector<std::string> SplitStatements(std::string_view script) {
    std::vector<std::string> out;
    std::string current;
    bool has_code = false;  // anything but blanks and comments since the last ';'
    auto flush = [&] {
        if (has_code) out.push_back(current);
        current.clear();
        has_code = false;
    };
    for (size_t i = 0; i < script.size(); ++i) {
        const char c = script[i];
        if (c == ';') {
            flush();
            continue;
        }
        if (c == '/' && i + 1 < script.size() && script[i + 1] == '/') {
            const size_t end = script.find('\n', i);
            const size_t stop = end == std::string_view::npos ? script.size() : end;
            current.append(script.substr(i, stop - i));
            i = stop - 1;
            continue;
        }
        if (c == '/' && i + 1 < script.size() && script[i + 1] == '*') {
            const size_t end = script.find("*/", i + 2);
            const size_t stop = end == std::string_view::npos ? script.size() : end + 2;
            current.append(script.substr(i, stop - i));
            i = stop - 1;
            continue;
        }
        if (c == '\'' || c == '"' || c == '`') {
            size_t j = i + 1;
            while (j < script.size() && script[j] != c) {
                if (script[j] == '\\' && c != '`') ++j;
                ++j;
            }
            const size_t stop = std::min(j + 1, script.size());
            current.append(script.substr(i, stop - i));
            has_code = true;
            i = stop - 1;
            continue;
        }
        current.push_back(c);
        if (!std::isspace(static_cast<unsigned char>(c))) has_code = true;
    }
    flush();
    // Trim surrounding blanks of each statement.
    for (auto& s : out) {
        const size_t b = s.find_first_not_of(" \t\r\n");
        const size_t e = s.find_last_not_of(" \t\r\n");
        s = s.substr(b, e - b + 1);
    }
    return out;
}

}  // namespace dossier::query
