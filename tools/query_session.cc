#include "tools/query_session.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "graph/ascii.h"
#include "query/notifications.h"
#include "query/parser/parser.h"
#include "tools/statement_scanner.h"

namespace dossier::cli {

namespace {

Result<std::unique_ptr<graph::GraphStore>> OpenStore(const std::string& path, bool read_only,
                                                     bool create_if_missing) {
    graph::OpenOptions options;
    options.read_only = read_only;
    options.create_if_missing = create_if_missing && !read_only;
    return graph::GraphStore::Open(path, options);
}

// The longest time limit a statement can have (about 30 years): larger ones are cut to it so that
// the limit stays representable in milliseconds.
constexpr double kMaxTimeoutSeconds = 1e9;

// 5 -> "5", 0.25 -> "0.25".
std::string FormatSeconds(double seconds) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", seconds);
    return text;
}

}  // namespace

QuerySession::QuerySession(std::string path, std::unique_ptr<graph::GraphStore> store)
    : path_(std::move(path)),
      store_(std::move(store)),
      engine_(std::make_unique<query::Engine>(store_.get())) {
    live_engine_.store(engine_.get());
}

QuerySession::~QuerySession() {
    live_engine_.store(nullptr);
}

Result<std::unique_ptr<QuerySession>> QuerySession::Open(const std::string& path,
                                                         bool create_if_missing) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && !create_if_missing) {
        return Status::NotFound("no database at " + path);
    }
    if (exists) {
        auto read_only = OpenStore(path, /*read_only=*/true, false);
        // An existing directory without a database yet (empty, say) is created in when asked to;
        // the read-write open below reports what is wrong with any other directory.
        if (read_only.ok() || !create_if_missing) {
            DOSSIER_RETURN_IF_ERROR(read_only.status());
            return std::unique_ptr<QuerySession>(
                new QuerySession(path, std::move(read_only).value()));
        }
    }
    DOSSIER_ASSIGN_OR_RETURN(auto store, OpenStore(path, /*read_only=*/false, true));
    return std::unique_ptr<QuerySession>(new QuerySession(path, std::move(store)));
}

Status QuerySession::PrepareFor(std::string_view statement) {
    if (!store_->read_only()) return Status::OK();
    if (!LooksLikeWrite(statement)) return store_->Refresh();
    // Drop the read-only instance first: the engine borrows the store.
    key_sample_.reset();
    live_engine_.store(nullptr);
    engine_.reset();
    store_.reset();
    auto writable = OpenStore(path_, /*read_only=*/false, true);
    Status status = writable.status();
    if (writable.ok()) {
        store_ = std::move(writable).value();
    } else {
        // Keep working read-only (for example while an import holds the write lock).
        DOSSIER_ASSIGN_OR_RETURN(store_, OpenStore(path_, /*read_only=*/true, false));
    }
    engine_ = std::make_unique<query::Engine>(store_.get());
    engine_->SetTimeout(TimeoutMillis());
    live_engine_.store(engine_.get());
    return status;
}

void QuerySession::SetTimeout(double seconds, std::string_view option) {
    timeout_seconds_ =
        std::isfinite(seconds) && seconds > 0 ? std::min(seconds, kMaxTimeoutSeconds) : 0;
    timeout_setting_ = std::string(option) + " " + FormatSeconds(timeout_seconds_);
    engine_->SetTimeout(TimeoutMillis());
}

std::string QuerySession::DescribeTimeout() const {
    return timeout_seconds_ > 0 ? FormatSeconds(timeout_seconds_) + " s" : "off";
}

std::chrono::milliseconds QuerySession::TimeoutMillis() const {
    // At least 1 ms: a positive limit must not turn into "no limit".
    if (timeout_seconds_ <= 0) return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(std::max<int64_t>(1, std::llround(timeout_seconds_ * 1000)));
}

Status QuerySession::Explain(const Status& status) const {
    if (status.code() != Status::Code::kCancelled || status.detail() != query::kTimeoutDetail) {
        return status;
    }
    return Status(status.code(), status.message() + " (" + timeout_setting_ + ")", status.detail());
}

Result<RunSummary> QuerySession::Run(std::string_view statement, const query::Params& params,
                                     ResultWriter* writer) {
    warnings_.clear();
    Result<RunSummary> summary = RunUnexplained(statement, params, writer);
    if (!summary.ok()) return Explain(summary.status());
    if (HasUpdates(summary->stats)) key_sample_.reset();
    return summary;
}

std::vector<std::string> QuerySession::Warnings(std::string_view statement) {
    auto parsed = query::Parse(statement);
    if (!parsed.ok()) return {};  // Run reports the syntax error
    const query::NamesRead read = query::CollectNamesRead(*parsed);
    if (read.empty()) return {};
    query::KnownNames known;
    known.labels = store_->Labels();
    known.relationship_types = store_->EdgeTypes();
    if (!read.property_keys.empty()) {
        if (!key_sample_) key_sample_ = SampleSchema(*store_, kSchemaSampleSize);
        for (const auto& [key, count] : key_sample_->node_keys) known.property_keys.push_back(key);
        for (const auto& [key, count] : key_sample_->edge_keys) known.property_keys.push_back(key);
        // A sample smaller than its limit read every node and relationship there is.
        known.property_keys_complete = key_sample_->nodes_sampled < kSchemaSampleSize &&
                                       key_sample_->edges_sampled < kSchemaSampleSize;
    }
    std::vector<std::string> out;
    for (const query::Notification& n : query::UnknownNameNotifications(read, known)) {
        out.push_back(n.message);
    }
    return out;
}

Result<RunSummary> QuerySession::RunUnexplained(std::string_view statement,
                                                const query::Params& params, ResultWriter* writer) {
    DOSSIER_RETURN_IF_ERROR(PrepareFor(statement));
    warnings_ = Warnings(statement);
    const auto start = std::chrono::steady_clock::now();
    DOSSIER_ASSIGN_OR_RETURN(auto cursor, engine_->Run(statement, params));
    writer->Begin(cursor->columns());
    RunSummary summary;
    summary.columns = cursor->columns().size();
    query::Row row;
    while (true) {
        Result<bool> more = cursor->Next(&row);
        // On error the writer is not ended: a table is not drawn around a partial result.
        if (!more.ok()) return more.status();
        if (!*more) break;
        writer->Row(row);
    }
    summary.rows = writer->End();
    summary.stats = cursor->stats();
    summary.millis =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

namespace {

// A ResultWriter that keeps only the nodes and relationships of the rows.
class SubgraphCollector : public ResultWriter {
  public:
    explicit SubgraphCollector(graph::Subgraph* graph) : graph_(graph) {}
    void Begin(const std::vector<std::string>&) override {}
    void Row(const std::vector<graph::Value>& row) override {
        for (const graph::Value& v : row) graph_->AddValue(v);
        ++rows_;
    }
    size_t End() override { return rows_; }

  private:
    graph::Subgraph* graph_;
    size_t rows_ = 0;
};

}  // namespace

Result<graph::Subgraph> QuerySession::CollectSubgraph(std::string_view statement,
                                                      const query::Params& params) {
    graph::Subgraph graph;
    SubgraphCollector collector(&graph);
    DOSSIER_RETURN_IF_ERROR(Run(statement, params, &collector).status());
    return graph;
}

void QuerySession::Cancel() {
    if (query::Engine* engine = live_engine_.load()) engine->Cancel();
}

std::string DescribeRun(const RunSummary& summary, bool timing) {
    std::string out;
    if (summary.columns > 0 || !HasUpdates(summary.stats)) {
        out = std::to_string(summary.rows) + (summary.rows == 1 ? " row" : " rows");
    }
    if (HasUpdates(summary.stats))
        out += (out.empty() ? "" : "; ") + DescribeUpdates(summary.stats);
    if (timing) {
        char ms[32];
        std::snprintf(ms, sizeof ms, " (%.1f ms)", summary.millis);
        out += ms;
    }
    return out;
}

bool HasUpdates(const query::QueryStats& s) {
    return s.nodes_created || s.nodes_deleted || s.relationships_created ||
           s.relationships_deleted || s.properties_set || s.labels_added || s.labels_removed;
}

std::string DescribeUpdates(const query::QueryStats& s) {
    std::string out;
    auto add = [&](int64_t n, const char* verb, const char* what) {
        if (n == 0) return;
        out += out.empty() ? "" : ", ";
        out += std::string(verb) + " " + std::to_string(n) + " " + what;
    };
    add(s.nodes_created, "created", s.nodes_created == 1 ? "node" : "nodes");
    add(s.nodes_deleted, "deleted", s.nodes_deleted == 1 ? "node" : "nodes");
    add(s.relationships_created, "created",
        s.relationships_created == 1 ? "relationship" : "relationships");
    add(s.relationships_deleted, "deleted",
        s.relationships_deleted == 1 ? "relationship" : "relationships");
    add(s.properties_set, "set", s.properties_set == 1 ? "property" : "properties");
    add(s.labels_added, "added", s.labels_added == 1 ? "label" : "labels");
    add(s.labels_removed, "removed", s.labels_removed == 1 ? "label" : "labels");
    if (!out.empty()) out[0] = AsciiToUpper(out[0]);
    return out;
}

}  // namespace dossier::cli
