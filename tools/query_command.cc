// `dossier query`: runs one statement, or a file of them, and prints the results.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "tools/commands.h"
#include "tools/error_report.h"
#include "tools/param_literal.h"
#include "tools/query_session.h"
#include "tools/result_format.h"
#include "tools/statement_scanner.h"
#include "tools/terminal.h"

namespace dossier::cli {

namespace {

struct QueryOptions {
    std::string db;
    std::string text;
    std::string file;
    std::vector<std::string> params;
    std::string format;
    double timeout_seconds = 0;  // 0: no limit
};

Result<std::string> ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError("cannot read query file " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

Result<std::vector<std::string>> Statements(const QueryOptions& o) {
    std::string script = o.text;
    if (!o.file.empty()) {
        DOSSIER_ASSIGN_OR_RETURN(std::string file_text, ReadFile(o.file));
        script += script.empty() ? file_text : ";\n" + file_text;
    }
    ScannedScript scanned = ScanStatements(script);
    if (HasPendingText(scanned.rest)) scanned.complete.push_back(scanned.rest);
    if (scanned.complete.empty()) {
        return Status::InvalidArgument("no statement given (pass QUERY or --file F)");
    }
    return scanned.complete;
}

int RunQueries(const QueryOptions& o) {
    // Default format: a table for people at a terminal, CSV for pipes and files.
    const std::string format_name = !o.format.empty()    ? o.format
                                    : StdoutIsTerminal() ? "table"
                                                         : "csv";
    Result<OutputFormat> format = ParseOutputFormat(format_name);
    if (!format.ok()) {
        std::cerr << "dossier query: " << format.status().message() << "\n";
        return 2;
    }
    query::Params params;
    for (const std::string& p : o.params) {
        auto assignment = ParseParamAssignment(p, /*arrow=*/false);
        if (!assignment.ok()) {
            std::cerr << "dossier query: " << assignment.status().message() << "\n";
            return 2;
        }
        params[assignment->first] = assignment->second;
    }
    auto statements = Statements(o);
    if (!statements.ok()) {
        std::cerr << "dossier query: " << statements.status().message() << "\n";
        return 2;
    }
    bool any_write = false;
    for (const std::string& s : *statements) any_write = any_write || LooksLikeWrite(s);
    auto session = QuerySession::Open(o.db, /*create_if_missing=*/any_write);
    if (!session.ok()) {
        std::cerr << "dossier query: " << session.status().ToString();
        // A read on a missing database stays an error; a write statement would have created it.
        if (session.status().IsNotFound()) {
            std::cerr
                << " (create one with `dossier import` or a write statement, or pass --db DIR)";
        }
        std::cerr << "\n";
        return 1;
    }
    (*session)->SetTimeout(o.timeout_seconds, "--timeout");
    FormatOptions options;
    options.width = TerminalWidth();
    for (const std::string& statement : *statements) {
        std::unique_ptr<ResultWriter> writer = MakeResultWriter(*format, options, std::cout);
        Result<RunSummary> summary = (*session)->Run(statement, params, writer.get());
        std::cout.flush();
        for (const std::string& warning : (*session)->warnings()) {
            std::cerr << "warning: " << warning << "\n";
        }
        if (!summary.ok()) {
            std::cerr << ErrorReport(summary.status(), statement);
            return 1;
        }
        if (*format == OutputFormat::kTable) {
            std::cout << DescribeRun(*summary, /*timing=*/false) << "\n";
        }
    }
    return 0;
}

}  // namespace

void RegisterQueryCommand(CLI::App* app, CommandContext* context) {
    auto options = std::make_shared<QueryOptions>();
    CLI::App* sub = app->add_subcommand(
        "query", "Run a query (or a file of ';'-separated statements) and print the results");
    sub->add_option("QUERY", options->text, "The statement(s) to run");
    sub->add_option("--file,-f", options->file, "Read statements from this file");
    sub->add_option("--param,-p", options->params,
                    "A parameter as name=value (value: number, true/false/null, 'string', "
                    "[list], or plain text); repeatable")
        ->allow_extra_args(false);
    sub->add_option("--format", options->format,
                    "table, csv, json, jsonl or markdown (default: table on a terminal, else csv)");
    sub->add_option("--timeout", options->timeout_seconds,
                    "Stop a statement that runs longer than this many seconds (default: no limit)")
        ->check(CLI::NonNegativeNumber);
    AddDbOption(sub, &options->db);
    sub->callback([options, context] { context->exit_code = RunQueries(*options); });
}

}  // namespace dossier::cli
