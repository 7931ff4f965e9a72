#include "tools/shell.h"

#include "graph/name_lookup.h"
#include "tools/error_report.h"
#include "tools/statement_scanner.h"

namespace dossier::cli {

namespace {

// Names offered for one completion: more than a terminal shows at once, few enough to look up
// instantly.
constexpr size_t kCompletedNames = 200;

// Sends rows to the chosen writer and keeps the nodes and relationships for :export.
class RecordingWriter : public ResultWriter {
  public:
    RecordingWriter(std::unique_ptr<ResultWriter> inner, graph::Subgraph* graph)
        : inner_(std::move(inner)), graph_(graph) {}
    void Begin(const std::vector<std::string>& columns) override { inner_->Begin(columns); }
    void Row(const std::vector<graph::Value>& row) override {
        for (const graph::Value& v : row) graph_->AddValue(v);
        inner_->Row(row);
    }
    size_t End() override { return inner_->End(); }

  private:
    std::unique_ptr<ResultWriter> inner_;
    graph::Subgraph* graph_;
};

}  // namespace

Shell::Shell(QuerySession* session, ShellSettings settings, std::ostream& out, std::ostream& err)
    : session_(session), settings_(settings), out_(out), err_(err) {}

bool Shell::pending() const {
    return HasPendingText(buffer_);
}

bool Shell::FeedLine(std::string_view line) {
    if (!pending()) {
        buffer_.clear();
        size_t first = line.find_first_not_of(" \t");
        if (first != std::string_view::npos && line[first] == ':') {
            return RunCommand(line.substr(first));
        }
    }
    buffer_ += line;
    buffer_ += '\n';
    ScannedScript scanned = ScanStatements(buffer_);
    buffer_ = std::move(scanned.rest);
    for (const std::string& statement : scanned.complete) RunStatement(statement);
    return true;
}

void Shell::Finish() {
    if (pending()) RunStatement(buffer_);
    buffer_.clear();
}

void Shell::Fail(const Status& status, std::string_view statement) {
    ++errors_;
    err_ << ErrorReport(status, statement);
    err_.flush();
}

void Shell::RunStatement(const std::string& statement) {
    FormatOptions options;
    options.width = settings_.width;
    options.max_rows = settings_.max_rows;
    graph::Subgraph recorded;
    RecordingWriter writer(MakeResultWriter(settings_.mode, options, out_), &recorded);
    const bool was_read_only = session_->store()->read_only();
    Result<RunSummary> summary = session_->Run(statement, params_, &writer);
    out_.flush();
    for (const std::string& warning : session_->warnings()) err_ << "warning: " << warning << "\n";
    err_.flush();
    if (!summary.ok()) {
        Fail(summary.status(), statement);
        return;
    }
    last_result_ = std::move(recorded);
    if (HasUpdates(summary->stats)) {
        sample_.reset();  // labels and keys may have changed
    }
    if (was_read_only && !session_->store()->read_only()) sample_.reset();
    // Machine formats stay clean on stdout; the summary goes to stderr for them.
    const bool human = settings_.mode == OutputFormat::kTable;
    if (human || HasUpdates(summary->stats)) {
        (human ? out_ : err_) << DescribeRun(*summary, settings_.timing) << "\n";
    }
    out_.flush();
}

const SchemaSample& Shell::Sample() {
    if (!sample_) sample_ = SampleSchema(*session_->store(), kSchemaSampleSize);
    return *sample_;
}

Completion Shell::CompleteLine(std::string_view before_cursor) {
    Vocabulary vocabulary;
    const SchemaSample& s = Sample();
    vocabulary.labels = s.labels;
    vocabulary.edge_types = s.edge_types;
    for (const auto& [key, count] : s.node_keys) vocabulary.property_keys.push_back(key);
    for (const auto& [key, count] : s.edge_keys) vocabulary.property_keys.push_back(key);
    // Names come from the name/alias index (db.lookup's): typing any name or alias of an
    // entity, or the start of one, offers its canonical name.
    vocabulary.names = [this](std::string_view prefix) {
        std::vector<std::string> names;
        for (const graph::NameMatch& m :
             graph::LookupName(*session_->store(), prefix, kCompletedNames)) {
            auto node = session_->store()->GetNode(m.node);
            const graph::Value* name = node.ok() ? node->Find("name") : nullptr;
            if (name != nullptr && name->is_string()) names.push_back(name->as_string());
        }
        return names;
    };
    // A continued statement completes like one line: the pending text comes first.
    const std::string text = buffer_ + std::string(before_cursor);
    Completion c = Complete(text, vocabulary);
    if (c.replace_from < buffer_.size()) return {};  // would edit a line already entered
    c.replace_from -= buffer_.size();
    return c;
}

}  // namespace dossier::cli
