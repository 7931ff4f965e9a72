// The shell's colon commands.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "graph/export/exporters.h"
#include "tools/export_runner.h"
#include "tools/param_literal.h"
#include "tools/report_runner.h"
#include "tools/shell.h"
#include "tools/statement_scanner.h"

namespace dossier::cli {

namespace {

std::string_view Trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// Splits off the first space-separated word of `*rest`.
std::string_view NextWord(std::string_view* rest) {
    *rest = Trim(*rest);
    const size_t end = std::min(rest->find_first_of(" \t"), rest->size());
    const std::string_view word = rest->substr(0, end);
    rest->remove_prefix(end);
    *rest = Trim(*rest);
    return word;
}

constexpr const char* kHelp =
    "Statements end with ';' and may span lines. Tab completes keywords, functions, labels,\n"
    "relationship types, property keys and names inside quotes after name:. Ctrl-R searches the\n"
    "history, Ctrl-C cancels a running query or the current input, Ctrl-D quits.\n"
    "\n"
    "  :help                      this help\n"
    "  :schema                    labels, relationship types, property keys, indexes\n"
    "  :stats                     size of the database\n"
    "  :mode table|csv|json|jsonl|markdown\n"
    "                             how results are printed\n"
    "  :param name => value       set $name (number, true/false/null, 'string', [list], text)\n"
    "  :params                    list the parameters\n"
    "  :export FORMAT FILE [query]\n"
    "                             write the last result (or the query's) as graphml, gexf, dot,\n"
    "                             cytoscape, jsonl, csv or html (html: the 150 most connected\n"
    "                             nodes)\n"
    "  :report NAME [-o FILE]     one entity's offices, timeline, quotes, connections and\n"
    "                             sources: Markdown here, or HTML (Markdown for .md) in FILE;\n"
    "                             --id ID, --hops K, --since DATE, --until DATE as dossier report\n"
    "  :source FILE               run the statements in FILE\n"
    "  :timing on|off             show the time each statement takes\n"
    "  :maxrows N                 rows shown by tables at most (0: all)\n"
    "  :timeout [SECONDS|off]     stop statements that run longer (alone: show the limit)\n"
    "  :quit                      leave (or Ctrl-D)\n";

}  // namespace

bool Shell::RunCommand(std::string_view line) {
    std::string_view rest = line;
    const std::string command(NextWord(&rest));
    if (command == ":quit" || command == ":q" || command == ":exit") return false;
    if (command == ":help" || command == ":h" || command == ":?") {
        Help();
    } else if (command == ":schema") {
        Schema();
    } else if (command == ":stats") {
        Stats();
    } else if (command == ":mode") {
        Result<OutputFormat> mode = ParseOutputFormat(rest);
        if (!mode.ok()) return Fail(mode.status()), true;
        settings_.mode = *mode;
        out_ << "mode: " << OutputFormatName(*mode) << "\n";
    } else if (command == ":param") {
        auto assignment = ParseParamAssignment(rest, /*arrow=*/true);
        if (!assignment.ok()) return Fail(assignment.status()), true;
        out_ << "$" << assignment->first << " = " << assignment->second.ToCypher() << "\n";
        params_[assignment->first] = assignment->second;
    } else if (command == ":params") {
        if (params_.empty()) out_ << "no parameters (set one with :param name => value)\n";
        for (const auto& [name, value] : params_)
            out_ << "$" << name << " = " << value.ToCypher() << "\n";
    } else if (command == ":export") {
        Export(rest);
    } else if (command == ":report") {
        Report(rest);
    } else if (command == ":source") {
        Source(rest);
    } else if (command == ":timing") {
        if (rest != "on" && rest != "off")
            return Fail(Status::InvalidArgument(":timing takes on or off")), true;
        settings_.timing = rest == "on";
        out_ << "timing " << rest << "\n";
    } else if (command == ":maxrows") {
        const std::string n(rest);
        char* end = nullptr;
        const long value = std::strtol(n.c_str(), &end, 10);
        if (n.empty() || *end != '\0' || value < 0) {
            return Fail(Status::InvalidArgument(":maxrows takes a number (0: all rows)")), true;
        }
        settings_.max_rows = static_cast<size_t>(value);
        out_ << "maxrows " << value << "\n";
    } else if (command == ":timeout") {
        Timeout(rest);
    } else {
        Fail(Status::InvalidArgument("unknown command " + command + " (try :help)"));
    }
    out_.flush();
    return true;
}

void Shell::Help() {
    out_ << kHelp;
}

void Shell::Schema() {
    auto stats = session_->store()->Stats();
    if (!stats.ok()) return Fail(stats.status());
    sample_.reset();
    const SchemaSample& s = Sample();
    out_ << "Labels (nodes):\n";
    for (const auto& [label, count] : stats->nodes_per_label)
        out_ << "  :" << label << "  " << count << "\n";
    out_ << "Relationship types:\n";
    for (const auto& [type, count] : stats->edges_per_type)
        out_ << "  :" << type << "  " << count << "\n";
    out_ << "Node property keys (in " << s.nodes_sampled << " sampled nodes):\n";
    for (const auto& [key, count] : s.node_keys) out_ << "  " << key << "  " << count << "\n";
    out_ << "Relationship property keys (in " << s.edges_sampled << " sampled relationships):\n";
    for (const auto& [key, count] : s.edge_keys) out_ << "  " << key << "  " << count << "\n";
    out_ << "Indexes:\n";
    for (const auto& index : session_->store()->Indexes()) {
        out_ << "  " << index.name << "  :" << index.label << "(" << index.property << ")\n";
    }
}

void Shell::Stats() {
    auto stats = session_->store()->Stats();
    if (!stats.ok()) return Fail(stats.status());
    char mb[32];
    std::snprintf(mb, sizeof mb, "%.1f",
                  static_cast<double>(stats->disk_bytes) / (1024.0 * 1024.0));
    out_ << "database: " << session_->path()
         << (session_->store()->read_only() ? " (read-only)" : "")
         << "\nnodes: " << stats->node_count << "\nrelationships: " << stats->edge_count
         << "\nlabels: " << stats->nodes_per_label.size()
         << "\nrelationship types: " << stats->edges_per_type.size() << "\non disk: " << mb
         << " MB\n";
}

void Shell::Timeout(std::string_view args) {
    if (!args.empty()) {
        const std::string text(args);
        char* end = nullptr;
        const double seconds = text == "off" ? 0 : std::strtod(text.c_str(), &end);
        if (text != "off" && (end == text.c_str() || *end != '\0' || !(seconds > 0))) {
            return Fail(Status::InvalidArgument(":timeout takes a number of seconds, or off"));
        }
        session_->SetTimeout(seconds, ":timeout");
    }
    out_ << "timeout " << session_->DescribeTimeout() << "\n";
}

void Shell::Export(std::string_view args) {
    const std::string format_name(NextWord(&args));
    const std::string file(NextWord(&args));
    if (format_name.empty() || file.empty()) {
        return Fail(Status::InvalidArgument(":export takes FORMAT FILE [query]"));
    }
    Result<graph::ExportFormat> format = graph::ParseExportFormat(format_name);
    if (!format.ok()) return Fail(format.status());
    graph::Subgraph from_query;
    const graph::Subgraph* graph = &last_result_;
    std::string query(Trim(args));
    while (!query.empty() && query.back() == ';') query.pop_back();
    if (!query.empty()) {
        auto result = session_->CollectSubgraph(query, params_);
        if (!result.ok()) return Fail(result.status(), query);
        from_query = std::move(result).value();
        graph = &from_query;
    }
    std::string note;
    const graph::Subgraph drawn = DrawableSubgraph(*graph, *format, kDefaultExportMaxNodes, &note);
    if (!note.empty()) err_ << note << "\n";
    graph = &drawn;
    auto files = WriteExport(*graph, *format, file, "Dossier export");
    if (!files.ok()) return Fail(files.status());
    out_ << "exported " << graph->nodes().size() << " nodes and " << graph->edges().size()
         << " relationships to";
    for (const std::string& f : *files) out_ << " " << f;
    out_ << "\n";
}

void Shell::Report(std::string_view args) {
    auto request = ParseReportArguments(args);
    if (!request.ok()) return Fail(request.status());
    std::ostringstream errors;
    if (RunReport(*session_->store(), *request, out_, errors, "") != 0) ++errors_;
    // Errors and the summary line go where the shell's messages go.
    err_ << errors.str();
}

void Shell::Source(std::string_view path) {
    if (path.empty()) return Fail(Status::InvalidArgument(":source takes a FILE"));
    if (source_depth_ >= 16) return Fail(Status::InvalidArgument(":source nested too deeply"));
    std::ifstream in{std::string(path)};
    if (!in) return Fail(Status::IOError("cannot read " + std::string(path)));
    // The file runs with its own statement buffer, so that it cannot swallow what was pending.
    const std::string saved = std::move(buffer_);
    buffer_.clear();
    ++source_depth_;
    for (std::string line; std::getline(in, line);) {
        if (!FeedLine(line)) break;
    }
    Finish();
    --source_depth_;
    buffer_ = saved;
}

}  // namespace dossier::cli
