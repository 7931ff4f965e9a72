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

namespace {

std::string Readable(const graph::Value& value);

// Properties in Cypher map notation with the identifying ones first: a cut-off cell then still
// shows whose it is.
std::string ReadableProperties(const graph::PropertyMap& properties) {
    if (properties.empty()) return "";
    static const char* const kFirst[] = {"name", "title", "text"};
    std::string out = " {";
    bool first = true;
    auto add = [&](const std::string& key, const graph::Value& v) {
        out += (first ? "" : ", ") + key + ": " + Readable(v);
        first = false;
    };
    for (const char* key : kFirst) {
        auto it = properties.find(key);
        if (it != properties.end()) add(it->first, it->second);
    }
    for (const auto& [key, v] : properties) {
        if (key != "name" && key != "title" && key != "text") add(key, v);
    }
    return out + "}";
}

std::string ReadableNode(const graph::Node& node) {
    std::string out = "(";
    for (const std::string& label : node.labels) out += ":" + label;
    return out + ReadableProperties(node.properties) + ")";
}

std::string ReadableEdge(const graph::Edge& edge) {
    return "[:" + edge.type + ReadableProperties(edge.properties) + "]";
}

std::string Readable(const graph::Value& value) {
    switch (value.kind()) {
        case graph::Value::Kind::kNode:
            return ReadableNode(value.as_node());
        case graph::Value::Kind::kEdge:
            return ReadableEdge(value.as_edge());
        case graph::Value::Kind::kPath: {
            const graph::Path& path = value.as_path();
            std::string out = "<";
            for (size_t i = 0; i < path.nodes.size(); ++i) {
                out += ReadableNode(path.nodes[i]);
                if (i >= path.edges.size()) continue;
                const bool forward = path.edges[i].src == path.nodes[i].id;
                out +=
                    (forward ? "-" : "<-") + ReadableEdge(path.edges[i]) + (forward ? "->" : "-");
            }
            return out + ">";
        }
        case graph::Value::Kind::kList: {
            std::string out = "[";
            for (size_t i = 0; i < value.as_list().size(); ++i) {
                out += (i ? ", " : "") + Readable(value.as_list()[i]);
            }
            return out + "]";
        }
        case graph::Value::Kind::kMap: {
            std::string out = "{";
            bool first = true;
            for (const auto& [key, v] : value.as_map()) {
                out += (first ? "" : ", ") + key + ": " + Readable(v);
                first = false;
            }
            return out + "}";
        }
        default:
            return value.ToCypher();
    }
}

}  // namespace

std::string CellText(const graph::Value& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return value.as_string();
    if (value.is_temporal() || value.is_duration()) return value.ToIso();
    return Readable(value);
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
