// Cross-article name resolution on sample articles (tests/importers/data/resolution/): variants
// of a name meet, a surname joins its one dominant bearer and stays apart when two are
// prominent, and the graph is the same whatever order the articles are imported in.
#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "graph/csv_header.h"
#include "importers/importer.h"
#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SampleFiles() {
    std::vector<std::string> files;
    for (const auto& e :
         fs::directory_iterator(DOSSIER_SOURCE_DIR "/tests/importers/data/resolution")) {
        if (e.path().extension() == ".txt") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::unique_ptr<graph::GraphStore> Import(const std::string& name,
                                          const std::vector<std::string>& files, size_t batch) {
    graph::OpenOptions o;
    o.in_memory = true;
    auto store = graph::GraphStore::Open(name, o);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    ImportOptions options;
    options.batch = batch;
    auto importer = Importer::Create(store->get(), options);
    EXPECT_TRUE(importer.ok()) << importer.status().ToString();
    for (const std::string& f : files) EXPECT_TRUE((*importer)->ImportPath(f).ok()) << f;
    EXPECT_TRUE((*importer)->Finish().ok());
    EXPECT_EQ((*importer)->totals().read, files.size());
    return std::move(*store);
}

std::string Properties(const graph::PropertyMap& p) {
    std::string out;
    for (const auto& [k, v] : p) out += " " + k + "=" + graph::CsvText(v);
    return out;
}

// Every node and edge, ids included, one line each, sorted.
std::string Dump(const graph::GraphReader& g) {
    std::vector<std::string> lines;
    for (auto it = g.ScanNodes(); it->Valid(); it->Next()) {
        auto n = g.GetNode(it->id());
        std::ostringstream line;
        line << "node " << n->id;
        for (const std::string& l : n->labels) line << " :" << l;
        line << Properties(n->properties);
        lines.push_back(line.str());
    }
    for (auto it = g.ScanEdges(); it->Valid(); it->Next()) {
        auto e = g.GetEdge(it->id());
        std::ostringstream line;
        line << "edge " << e->id << " " << e->src << " -" << e->type << "-> " << e->dst
             << Properties(e->properties);
        lines.push_back(line.str());
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const std::string& l : lines) out += l + "\n";
    return out;
}

std::vector<graph::Node> People(const graph::GraphReader& g, const std::string& name) {
    std::vector<graph::Node> out;
    for (graph::NodeId id : g.FindByName(name)) {
        auto n = g.GetNode(id);
        if (n.ok() && n->HasLabel("Person")) out.push_back(*n);
    }
    return out;
}

uint64_t Articles(const graph::GraphReader& g, graph::NodeId id) {
    return g.Degree(id, graph::Direction::kOut, "MENTIONED_IN");
}

TEST(NameResolution, ImportOrderDoesNotChangeTheGraph) {
    std::vector<std::string> files = SampleFiles();
    ASSERT_GE(files.size(), 10u);
    auto forward = Import("resolution-forward", files, 64);
    std::reverse(files.begin(), files.end());
    auto backward = Import("resolution-backward", files, 64);
    // Another order again, in chunks of three articles.
    std::rotate(files.begin(), files.begin() + 4, files.end());
    auto rotated = Import("resolution-rotated", files, 3);
    const std::string a = Dump(*forward);
    EXPECT_EQ(a, Dump(*backward));
    EXPECT_EQ(a, Dump(*rotated));
    EXPECT_GT(std::count(a.begin(), a.end(), '\n'), 60);
}

TEST(NameResolution, VariantsMeetAndSurnamesJoinTheirDominantBearer) {
    auto g = Import("resolution-golden", SampleFiles(), 64);

    // "Daniela Okafor", "Daniela M. Okafor" and the bare "Okafor" of a third article.
    auto okafor = People(*g, "Okafor");
    ASSERT_EQ(okafor.size(), 1u);
    EXPECT_EQ(okafor[0].Find("name")->as_string(), "Daniela M. Okafor");
    EXPECT_EQ(Articles(*g, okafor[0].id), 3u);
    EXPECT_EQ(People(*g, "Daniela Okafor").size(), 1u);
    EXPECT_EQ(g->Degree(okafor[0].id, graph::Direction::kOut, "SAID"), 4u);

    // Accents, hyphenation and "Jr.": one node each, with the most complete spelling.
    auto ibanez = People(*g, "Jose Ibanez");
    ASSERT_EQ(ibanez.size(), 1u);
    EXPECT_EQ(ibanez[0].Find("name")->as_string(), "José Ibáñez");
    EXPECT_EQ(Articles(*g, ibanez[0].id), 3u);  // "Ibáñez" alone in the third article joined
    auto duval = People(*g, "Anne Marie Duval");
    ASSERT_EQ(duval.size(), 1u);
    EXPECT_EQ(duval[0].Find("name")->as_string(), "Anne-Marie Duval");
    EXPECT_EQ(Articles(*g, duval[0].id), 2u);
    auto tate = People(*g, "Robert Tate");
    ASSERT_EQ(tate.size(), 1u);
    EXPECT_EQ(tate[0].Find("name")->as_string(), "Robert Tate Jr.");
    EXPECT_EQ(Articles(*g, tate[0].id), 2u);

    // Father and son are both prominent: a bare "Brennan" joins neither.
    auto harold = People(*g, "Harold Brennan");
    auto kevin = People(*g, "Kevin Brennan");
    ASSERT_EQ(harold.size(), 1u);
    ASSERT_EQ(kevin.size(), 1u);
    EXPECT_NE(harold[0].id, kevin[0].id);
    EXPECT_EQ(Articles(*g, harold[0].id), 2u);
    EXPECT_EQ(Articles(*g, kevin[0].id), 2u);
    std::set<graph::NodeId> brennans;
    for (const graph::Node& n : People(*g, "Brennan")) brennans.insert(n.id);
    EXPECT_EQ(brennans.size(), 3u);  // the father, the son, and the bare name on its own
}

}  // namespace
}  // namespace dossier::importers
