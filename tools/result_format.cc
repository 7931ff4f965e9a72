#include "tools/result_format.h"

#include "tools/result_writers.h"

namespace dossier::cli {

Result<OutputFormat> ParseOutputFormat(std::string_view name) {
    if (name == "table") return OutputFormat::kTable;
    if (name == "csv") return OutputFormat::kCsv;
    if (name == "json") return OutputFormat::kJson;
    if (name == "jsonl") return OutputFormat::kJsonl;
    if (name == "markdown" || name == "md") return OutputFormat::kMarkdown;
    return Status::InvalidArgument("unknown output format '" + std::string(name) +
                                   "' (expected table, csv, json, jsonl or markdown)");
}

const char* OutputFormatName(OutputFormat format) {
    switch (format) {
        case OutputFormat::kTable:
            return "table";
        case OutputFormat::kCsv:
            return "csv";
        case OutputFormat::kJson:
            return "json";
        case OutputFormat::kJsonl:
            return "jsonl";
        case OutputFormat::kMarkdown:
            return "markdown";
    }
    return "table";
}

std::string CellText(const graph::Value& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return value.as_string();
    return value.ToCypher();
}

void WriteRows(OutputFormat format, const FormatOptions& options,
               const std::vector<std::string>& columns,
               const std::vector<std::vector<graph::Value>>& rows, std::ostream& out) {
    std::unique_ptr<ResultWriter> writer = MakeResultWriter(format, options, out);
    writer->Begin(columns);
    for (const auto& row : rows) writer->Row(row);
    writer->End();
}

std::unique_ptr<ResultWriter> MakeResultWriter(OutputFormat format, const FormatOptions& options,
                                               std::ostream& out) {
    switch (format) {
        case OutputFormat::kCsv:
            return MakeCsvWriter(out);
        case OutputFormat::kJson:
            return MakeJsonWriter(out);
        case OutputFormat::kJsonl:
            return MakeJsonlWriter(out);
        case OutputFormat::kMarkdown:
            return MakeMarkdownWriter(options, out);
        case OutputFormat::kTable:
            break;
    }
    return MakeTableWriter(options, out);
}

}  // namespace dossier::cli
