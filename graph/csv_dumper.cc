// DumpCsv (declared in csv_loader.h): two passes over the graph, one to type the columns and
// one to write the rows.
#include <filesystem>
#include <fstream>
#include <map>

#include "graph/csv_header.h"
#include "graph/csv_loader.h"

namespace dossier::graph {

namespace {

namespace fs = std::filesystem;

// The kinds seen for one property key; a key with more than one kind becomes a string column.
struct ColumnKind {
    Value::Kind kind = Value::Kind::kNull;
    Value::Kind element = Value::Kind::kNull;
    bool mixed = false;

    void Add(const Value& v) {
        if (v.is_null()) return;
        Value::Kind element_kind = Value::Kind::kNull;
        if (v.is_list()) {
            for (const Value& e : v.as_list()) {
                if (e.is_null()) continue;
                if (element_kind != Value::Kind::kNull && element_kind != e.kind()) mixed = true;
                element_kind = e.kind();
            }
        }
        if (kind == Value::Kind::kNull) {
            kind = v.kind();
        } else if (kind != v.kind()) {
            mixed = true;
        }
        if (element_kind != Value::Kind::kNull) {
            if (element != Value::Kind::kNull && element != element_kind) mixed = true;
            element = element_kind;
        }
    }
    std::string Header(const std::string& name) const {
        if (mixed) return name + ":string";
        return CsvHeaderFor(name, kind,
                            element == Value::Kind::kNull ? Value::Kind::kString : element);
    }
};

using Columns = std::map<std::string, ColumnKind>;

void AppendProperties(const Columns& columns, const PropertyMap& props, std::string* line) {
    for (const auto& [key, kind] : columns) {
        line->push_back(',');
        const Value* v = nullptr;
        if (auto it = props.find(key); it != props.end()) v = &it->second;
        if (v == nullptr || v->is_null()) continue;
        const std::string text =
            kind.mixed ? (v->is_string() ? v->as_string() : v->ToCypher()) : CsvText(*v);
        // Quoted, so that an empty string stays an empty string rather than absent.
        AppendCsvField(text, v->is_string() || text.empty(), line);
    }
}

Status Flush(std::ofstream& out, std::string* buffer, const std::string& path) {
    out.write(buffer->data(), static_cast<std::streamsize>(buffer->size()));
    buffer->clear();
    if (!out) return Status::IOError("cannot write " + path + " (disk full?)");
    return Status::OK();
}

Result<std::ofstream> CreateFile(const std::string& path) {
    std::error_code ec;
    if (fs::exists(path, ec)) {
        return Status::InvalidArgument(path +
                                       " already exists; dump into a new or empty directory");
    }
    std::ofstream out(path, std::ios::binary);
    if (!out) return Status::IOError("cannot create " + path);
    return out;
}

}  // namespace

Result<CsvDumpSummary> DumpCsv(const GraphReader& graph, const std::string& dir) {
    CsvDumpSummary summary;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Status::IOError("cannot create directory " + dir + ": " + ec.message());
    summary.nodes_file = dir + "/nodes.csv";
    summary.edges_file = dir + "/edges.csv";

    Columns node_columns, edge_columns;
    for (auto it = graph.ScanNodes(); it->Valid(); it->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(Node n, graph.GetNode(it->id()));
        for (const auto& [k, v] : n.properties) node_columns[k].Add(v);
    }
    for (auto it = graph.ScanEdges(); it->Valid(); it->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(Edge e, graph.GetEdge(it->id()));
        for (const auto& [k, v] : e.properties) edge_columns[k].Add(v);
    }

    DOSSIER_ASSIGN_OR_RETURN(std::ofstream nodes, CreateFile(summary.nodes_file));
    std::string buffer = ":ID,:LABEL";
    for (const auto& [k, kind] : node_columns) {
        buffer.push_back(',');
        AppendCsvField(kind.Header(k), false, &buffer);
    }
    buffer.push_back('\n');
    auto node_it = graph.ScanNodes();
    for (; node_it->Valid(); node_it->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(Node n, graph.GetNode(node_it->id()));
        buffer += std::to_string(n.id);
        buffer.push_back(',');
        std::string labels;
        for (size_t i = 0; i < n.labels.size(); ++i) labels += (i ? ";" : "") + n.labels[i];
        AppendCsvField(labels, false, &buffer);
        AppendProperties(node_columns, n.properties, &buffer);
        buffer.push_back('\n');
        ++summary.nodes;
        if (buffer.size() > (1 << 20))
            DOSSIER_RETURN_IF_ERROR(Flush(nodes, &buffer, summary.nodes_file));
    }
    DOSSIER_RETURN_IF_ERROR(node_it->status());
    DOSSIER_RETURN_IF_ERROR(Flush(nodes, &buffer, summary.nodes_file));

    DOSSIER_ASSIGN_OR_RETURN(std::ofstream edges, CreateFile(summary.edges_file));
    buffer = ":START_ID,:END_ID,:TYPE";
    for (const auto& [k, kind] : edge_columns) {
        buffer.push_back(',');
        AppendCsvField(kind.Header(k), false, &buffer);
    }
    buffer.push_back('\n');
    auto edge_it = graph.ScanEdges();
    for (; edge_it->Valid(); edge_it->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(Edge e, graph.GetEdge(edge_it->id()));
        buffer += std::to_string(e.src) + "," + std::to_string(e.dst) + ",";
        AppendCsvField(e.type, false, &buffer);
        AppendProperties(edge_columns, e.properties, &buffer);
        buffer.push_back('\n');
        ++summary.edges;
        if (buffer.size() > (1 << 20))
            DOSSIER_RETURN_IF_ERROR(Flush(edges, &buffer, summary.edges_file));
    }
    DOSSIER_RETURN_IF_ERROR(edge_it->status());
    DOSSIER_RETURN_IF_ERROR(Flush(edges, &buffer, summary.edges_file));
    nodes.close();
    edges.close();
    if (!nodes || !edges) return Status::IOError("cannot finish writing the CSV files in " + dir);
    return summary;
}

}  // namespace dossier::graph
