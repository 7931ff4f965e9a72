#include "tools/export_runner.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "tools/html_assets.h"

namespace dossier::cli {

namespace {

// A file written under a temporary name and renamed into place by Commit().
class AtomicFile {
  public:
    explicit AtomicFile(std::string path)
        : path_(std::move(path)),
          temp_(path_ + ".partial"),
          out_(temp_, std::ios::binary | std::ios::trunc) {}
    ~AtomicFile() {
        if (!committed_) std::remove(temp_.c_str());
    }
    std::ostream& stream() { return out_; }
    bool opened() const { return out_.is_open(); }
    Status Commit() {
        out_.close();
        if (!out_) return Status::IOError("could not write " + path_);
        std::error_code ec;
        std::filesystem::rename(temp_, path_, ec);
        if (ec)
            return Status::IOError("could not move " + temp_ + " to " + path_ + ": " +
                                   ec.message());
        committed_ = true;
        return Status::OK();
    }
    const std::string& path() const { return path_; }

  private:
    const std::string path_;
    const std::string temp_;
    std::ofstream out_;
    bool committed_ = false;
};

Status CheckOpened(const AtomicFile& file) {
    if (file.opened()) return Status::OK();
    return Status::IOError("cannot create " + file.path() +
                           " (does its directory exist and is it writable?)");
}

}  // namespace

Result<std::vector<std::string>> WriteExport(const graph::Subgraph& graph,
                                             graph::ExportFormat format, const std::string& path,
                                             const std::string& title) {
    if (format == graph::ExportFormat::kCsv) {
        std::string stem = path;
        if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".csv") == 0) {
            stem.resize(stem.size() - 4);
        }
        AtomicFile nodes(stem + "-nodes.csv");
        AtomicFile edges(stem + "-relationships.csv");
        DOSSIER_RETURN_IF_ERROR(CheckOpened(nodes));
        DOSSIER_RETURN_IF_ERROR(CheckOpened(edges));
        DOSSIER_RETURN_IF_ERROR(graph::WriteNeo4jCsv(graph, nodes.stream(), edges.stream()));
        DOSSIER_RETURN_IF_ERROR(nodes.Commit());
        DOSSIER_RETURN_IF_ERROR(edges.Commit());
        return std::vector<std::string>{nodes.path(), edges.path()};
    }
    AtomicFile file(path);
    DOSSIER_RETURN_IF_ERROR(CheckOpened(file));
    std::ostream& out = file.stream();
    switch (format) {
        case graph::ExportFormat::kGraphML:
            DOSSIER_RETURN_IF_ERROR(graph::WriteGraphML(graph, out));
            break;
        case graph::ExportFormat::kGexf:
            DOSSIER_RETURN_IF_ERROR(graph::WriteGexf(graph, out));
            break;
        case graph::ExportFormat::kDot:
            DOSSIER_RETURN_IF_ERROR(graph::WriteDot(graph, out));
            break;
        case graph::ExportFormat::kCytoscape:
            DOSSIER_RETURN_IF_ERROR(graph::WriteCytoscapeJson(graph, out));
            break;
        case graph::ExportFormat::kJsonl:
            DOSSIER_RETURN_IF_ERROR(graph::WriteJsonLines(graph, out));
            break;
        case graph::ExportFormat::kHtml:
            DOSSIER_RETURN_IF_ERROR(graph::WriteHtml(graph, EmbeddedHtmlAssets(), title, out));
            break;
        case graph::ExportFormat::kCsv:
            break;
    }
    DOSSIER_RETURN_IF_ERROR(file.Commit());
    return std::vector<std::string>{file.path()};
}

}  // namespace dossier::cli
