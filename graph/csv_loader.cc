#include "graph/csv_loader.h"

#include <charconv>

#include "graph/csv_header.h"
#include "graph/csv_reader.h"

namespace dossier::graph {

namespace {

Status LineError(const CsvReader& reader, size_t column, const std::string& header,
                 const std::string& what) {
    return Status::InvalidArgument(reader.name() + ": line " + std::to_string(reader.line()) +
                                   ", column " + std::to_string(column + 1) + " (" + header +
                                   "): " + what);
}

NodeId CsvNodeId(const std::string& space, const std::string& id) {
    if (space.empty() && !id.empty()) {
        uint64_t v = 0;
        const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), v);
        if (ec == std::errc() && end == id.data() + id.size()) return v;
    }
    return EntityNodeId("csv:" + space, id);
}

struct FileReader {
    std::unique_ptr<CsvReader> reader;
    std::vector<CsvColumn> columns;
    std::vector<std::string> headers;
};

Result<FileReader> OpenCsv(const std::string& path) {
    FileReader f;
    DOSSIER_ASSIGN_OR_RETURN(f.reader, CsvReader::Open(path));
    std::vector<CsvField> fields;
    if (!f.reader->Next(&fields)) {
        if (!f.reader->status().ok()) return f.reader->status();
        return Status::InvalidArgument(path + ": line 1: the file is empty; expected a header");
    }
    DOSSIER_ASSIGN_OR_RETURN(f.columns, ParseCsvHeader(fields, path));
    for (const auto& field : fields) f.headers.push_back(field.text);
    return f;
}

Status CheckWidth(const FileReader& f, const std::vector<CsvField>& fields) {
    if (fields.size() == f.columns.size()) return Status::OK();
    return Status::InvalidArgument(
        f.reader->name() + ": line " + std::to_string(f.reader->line()) + ", column " +
        std::to_string(std::min(fields.size(), f.columns.size()) + 1) + ": " +
        std::to_string(fields.size()) + " fields, but the header has " +
        std::to_string(f.columns.size()));
}

Status LoadNodes(const std::string& path, GraphStore::BulkLoader* loader, uint64_t* count) {
    DOSSIER_ASSIGN_OR_RETURN(FileReader f, OpenCsv(path));
    bool has_id = false;
    for (const auto& c : f.columns) has_id = has_id || c.role == CsvRole::kId;
    if (!has_id) return Status::InvalidArgument(path + ": line 1: a node file needs an :ID column");
    std::vector<CsvField> fields;
    while (f.reader->Next(&fields)) {
        DOSSIER_RETURN_IF_ERROR(CheckWidth(f, fields));
        Node node;
        for (size_t i = 0; i < fields.size(); ++i) {
            const CsvColumn& c = f.columns[i];
            switch (c.role) {
                case CsvRole::kId:
                    if (fields[i].text.empty())
                        return LineError(*f.reader, i, f.headers[i], "empty id");
                    node.id = CsvNodeId(c.id_space, fields[i].text);
                    if (!c.name.empty()) node.properties[c.name] = Value(fields[i].text);
                    break;
                case CsvRole::kLabel: {
                    std::string_view rest = fields[i].text;
                    while (!rest.empty()) {
                        const size_t semi = rest.find(';');
                        if (semi != 0) node.labels.emplace_back(rest.substr(0, semi));
                        if (semi == std::string_view::npos) break;
                        rest.remove_prefix(semi + 1);
                    }
                    break;
                }
                case CsvRole::kProperty: {
                    auto value = ParseCsvValue(c, fields[i]);
                    if (!value.ok()) {
                        return LineError(*f.reader, i, f.headers[i], value.status().message());
                    }
                    if (!value->is_null()) node.properties[c.name] = std::move(value).value();
                    break;
                }
                case CsvRole::kIgnore:
                    break;
                default:
                    return LineError(*f.reader, i, f.headers[i], "not allowed in a node file");
            }
        }
        const Status s = loader->AddNode(node);
        if (!s.ok()) return LineError(*f.reader, 0, f.headers[0], s.message());
        ++*count;
    }
    return f.reader->status();
}

Status LoadEdges(const std::string& path, GraphStore::BulkLoader* loader, uint64_t* count) {
    DOSSIER_ASSIGN_OR_RETURN(FileReader f, OpenCsv(path));
    int required = 0;
    for (const auto& c : f.columns) {
        required +=
            c.role == CsvRole::kStartId || c.role == CsvRole::kEndId || c.role == CsvRole::kType;
    }
    if (required != 3) {
        return Status::InvalidArgument(path +
                                       ": line 1: an edge file needs :START_ID, :END_ID and :TYPE");
    }
    std::vector<CsvField> fields;
    while (f.reader->Next(&fields)) {
        DOSSIER_RETURN_IF_ERROR(CheckWidth(f, fields));
        Edge edge;
        for (size_t i = 0; i < fields.size(); ++i) {
            const CsvColumn& c = f.columns[i];
            switch (c.role) {
                case CsvRole::kStartId:
                case CsvRole::kEndId: {
                    if (fields[i].text.empty())
                        return LineError(*f.reader, i, f.headers[i], "empty id");
                    const NodeId id = CsvNodeId(c.id_space, fields[i].text);
                    (c.role == CsvRole::kStartId ? edge.src : edge.dst) = id;
                    break;
                }
                case CsvRole::kType:
                    if (fields[i].text.empty())
                        return LineError(*f.reader, i, f.headers[i], "empty type");
                    edge.type = fields[i].text;
                    break;
                case CsvRole::kProperty: {
                    auto value = ParseCsvValue(c, fields[i]);
                    if (!value.ok()) {
                        return LineError(*f.reader, i, f.headers[i], value.status().message());
                    }
                    if (!value->is_null()) edge.properties[c.name] = std::move(value).value();
                    break;
                }
                case CsvRole::kIgnore:
                    break;
                default:
                    return LineError(*f.reader, i, f.headers[i], "not allowed in an edge file");
            }
        }
        edge.id = FactEdgeId(edge.src, edge.type, edge.dst,
                             path + ":" + std::to_string(f.reader->line()));
        const Status s = loader->AddEdge(edge);
        if (!s.ok()) return LineError(*f.reader, 0, f.headers[0], s.message());
        ++*count;
    }
    return f.reader->status();
}

}  // namespace

Result<CsvLoadSummary> LoadCsv(GraphStore* store, const std::vector<std::string>& node_files,
                               const std::vector<std::string>& edge_files,
                               const BulkLoadOptions& options) {
    DOSSIER_ASSIGN_OR_RETURN(auto loader, store->NewBulkLoader(options));
    CsvLoadSummary summary;
    for (const auto& file : node_files) {
        DOSSIER_RETURN_IF_ERROR(LoadNodes(file, loader.get(), &summary.nodes));
    }
    for (const auto& file : edge_files) {
        DOSSIER_RETURN_IF_ERROR(LoadEdges(file, loader.get(), &summary.edges));
    }
    DOSSIER_RETURN_IF_ERROR(loader->Finish());
    return summary;
}

}  // namespace dossier::graph
