// Fuzz target: CSV loading. The input is split at its first 0x00 byte into a node file and an edge
// file (neo4j-admin import headers), written to a scratch folder and loaded into an in-memory
// store. A load either succeeds or fails with a message naming file and line; nothing may crash.
// The CSV record reader is also run over the whole input on its own.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/csv_loader.h"
#include "graph/csv_reader.h"
#include "graph/graph_store.h"

namespace {

namespace fs = std::filesystem;

fs::path ScratchDir() {
    fs::path dir = fs::temp_directory_path() / ("dossier-csv-fuzz-" + std::to_string(getpid()));
    fs::create_directories(dir);
    return dir;
}

void Write(const fs::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const fs::path dir = ScratchDir();
    std::string_view in(reinterpret_cast<const char*>(data), size);

    dossier::graph::CsvReader reader("fuzz.csv", std::string(in));
    std::vector<dossier::graph::CsvField> fields;
    while (reader.Next(&fields)) {
    }

    const size_t cut = in.find('\0');
    const std::string_view nodes = in.substr(0, cut);
    const std::string_view edges = cut == std::string_view::npos ? "" : in.substr(cut + 1);
    const fs::path node_file = dir / "nodes.csv", edge_file = dir / "edges.csv";
    Write(node_file, nodes);
    Write(edge_file, edges);

    dossier::graph::OpenOptions options;
    options.in_memory = true;
    auto store = dossier::graph::GraphStore::Open("fuzz-csv", options);
    if (!store.ok()) std::abort();
    std::vector<std::string> edge_files;
    if (cut != std::string_view::npos) edge_files.push_back(edge_file.string());
    auto loaded = dossier::graph::LoadCsv(store->get(), {node_file.string()}, edge_files);
    if (!loaded.ok() && loaded.status().message().empty()) std::abort();
    return 0;
}
