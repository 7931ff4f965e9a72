#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "graph/csv_header.h"
#include "graph/csv_loader.h"
#include "graph/csv_reader.h"
#include "tests/graph/graph_test_util.h"

namespace dossier::graph {
namespace {

using testing::CheckInvariants;
using testing::MakeEdge;
using testing::MakeNode;
using testing::TempDir;

std::vector<std::vector<std::string>> ReadAll(const std::string& text, Status* status = nullptr) {
    CsvReader reader("t.csv", text);
    std::vector<std::vector<std::string>> rows;
    std::vector<CsvField> fields;
    while (reader.Next(&fields)) {
        rows.emplace_back();
        for (auto& f : fields) rows.back().push_back(f.text);
    }
    if (status) *status = reader.status();
    return rows;
}

TEST(CsvReaderTest, QuotingAndLineBreaks) {
    auto rows = ReadAll("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\n\"multi\nline\",,x\n");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b,c", "say \"hi\""}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"multi\nline", "", "x"}));
}

TEST(CsvReaderTest, MalformedRecordsNameLineAndColumn) {
    Status s;
    ReadAll("a,b\nc,\"open\n\n", &s);
    EXPECT_EQ(s.message(), "t.csv: line 2, column 2: quoted field is never closed");
    ReadAll("a,b\nc,d\"e\n", &s);
    EXPECT_EQ(s.message(), "t.csv: line 2, column 2: stray quote inside an unquoted field");
}

TEST(CsvReaderTest, FieldsRoundTripThroughTheWriter) {
    std::string line;
    for (std::string_view f : {"plain", "with,comma", "with \"quote\"", " padded", "two\nlines"}) {
        if (!line.empty()) line.push_back(',');
        AppendCsvField(f, false, &line);
    }
    auto rows = ReadAll(line + "\n");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"plain", "with,comma", "with \"quote\"", " padded",
                                                 "two\nlines"}));
}

TEST(CsvReaderTest, ReadsFilesBiggerThanItsWindow) {
    TempDir dir;
    const std::string path = dir.Sub("big.csv");
    std::string text;
    // Records of varying width, with quoted fields spanning lines, so that records, quotes,
    // doubled quotes and CRLF pairs fall across the 1 MiB read windows.
    constexpr int kRecords = 100000;
    for (int i = 0; i < kRecords; ++i) {
        text += std::to_string(i) + ",\"say \"\"" + std::string(i % 13, 'x') + "\"\"\nnow\"\r\n";
    }
    std::ofstream(path, std::ios::binary) << text;
    ASSERT_GT(text.size(), 2u << 20);
    auto reader = CsvReader::Open(path);
    ASSERT_TRUE(reader.ok());
    std::vector<CsvField> fields;
    int n = 0;
    for (; (*reader)->Next(&fields); ++n) {
        ASSERT_EQ(fields.size(), 2u) << "record " << n;
        ASSERT_EQ(fields[0].text, std::to_string(n));
        ASSERT_EQ(fields[1].text, "say \"" + std::string(n % 13, 'x') + "\"\nnow");
        ASSERT_EQ((*reader)->line(), 2 * n + 1);
    }
    EXPECT_TRUE((*reader)->status().ok()) << (*reader)->status().ToString();
    EXPECT_EQ(n, kRecords);
}

TEST(CsvHeaderTest, ParsesRolesTypesAndSpaces) {
    std::vector<CsvField> fields;
    for (const char* h :
         {"id:ID(Person)", "name", ":LABEL", "age:int", "tags:string[]", "x:IGNORE"}) {
        fields.push_back({h, false});
    }
    auto columns = ParseCsvHeader(fields, "p.csv");
    ASSERT_TRUE(columns.ok()) << columns.status().ToString();
    EXPECT_EQ((*columns)[0].role, CsvRole::kId);
    EXPECT_EQ((*columns)[0].id_space, "Person");
    EXPECT_EQ((*columns)[0].name, "id");
    EXPECT_EQ((*columns)[1].type, CsvType::kString);
    EXPECT_EQ((*columns)[2].role, CsvRole::kLabel);
    EXPECT_EQ((*columns)[3].type, CsvType::kInt);
    EXPECT_TRUE((*columns)[4].is_list);
    EXPECT_EQ((*columns)[5].role, CsvRole::kIgnore);

    auto bad = ParseCsvHeader({{"id:ID", false}, {"age:integer", false}}, "p.csv");
    EXPECT_EQ(bad.status().message(),
              "p.csv: line 1, column 2: unknown type 'integer' in 'age:integer'");
    EXPECT_FALSE(ParseCsvHeader({{":ID", false}, {"x:ID", false}}, "p.csv").ok());
}

TEST(CsvHeaderTest, ValuesParseByType) {
    CsvColumn c;
    c.type = CsvType::kInt;
    EXPECT_EQ(*ParseCsvValue(c, {"-42", false}), Value(int64_t{-42}));
    EXPECT_EQ(ParseCsvValue(c, {"4x", false}).status().message(), "'4x' is not an integer");
    EXPECT_TRUE(ParseCsvValue(c, {"", false})->is_null());
    c.type = CsvType::kFloat;
    EXPECT_EQ(*ParseCsvValue(c, {"2.5", false}), Value(2.5));
    c.type = CsvType::kBool;
    EXPECT_EQ(*ParseCsvValue(c, {"TRUE", false}), Value(true));
    EXPECT_FALSE(ParseCsvValue(c, {"yes", false}).ok());
    c.type = CsvType::kDate;
    EXPECT_EQ(*ParseCsvValue(c, {"2010-04-07", false}), Value(Date::FromYmd(2010, 4, 7)));
    EXPECT_FALSE(ParseCsvValue(c, {"2010-02-30", false}).ok());
    c.type = CsvType::kString;
    EXPECT_EQ(*ParseCsvValue(c, {"", true}), Value(std::string()));
    c.is_list = true;
    EXPECT_EQ(*ParseCsvValue(c, {"a;b", false}), Value(List{Value("a"), Value("b")}));
    EXPECT_EQ(*ParseCsvValue(c, {"", true}), Value(List{}));
}

class CsvLoadTest : public ::testing::Test {
  protected:
    void SetUp() override {
        OpenOptions options;
        options.in_memory = true;
        store_ = std::move(GraphStore::Open("csv", options)).value();
    }
    std::string Write(const std::string& name, const std::string& text) {
        const std::string path = dir_.Sub(name);
        std::ofstream(path) << text;
        return path;
    }
    TempDir dir_;
    std::unique_ptr<GraphStore> store_;
};

TEST_F(CsvLoadTest, LoadsNodesAndEdgesWithIdSpaces) {
    const auto people = Write("people.csv",
                              "pid:ID,name,:LABEL,age:int,aliases:string[]\n"
                              "1,Kurmanbek Bakiyev,Person;Politician,70,Bakiyev;K. Bakiyev\n"
                              "abc,\"Otunbayeva, Roza\",Person,,\n");
    const auto places = Write("places.csv", ":ID(Place),name,:LABEL\n1,Kyrgyzstan,Country\n");
    const auto rels = Write("rels.csv",
                            ":START_ID,:END_ID(Place),:TYPE,since:date\n"
                            "1,1,LIVES_IN,1949-08-01\nabc,1,LIVES_IN,\n");
    auto summary = LoadCsv(store_.get(), {people, places}, {rels});
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    EXPECT_EQ(summary->nodes, 3u);
    EXPECT_EQ(summary->edges, 2u);
    EXPECT_EQ(CheckInvariants(*store_), "");

    auto bakiyev = store_->GetNode(1);  // a numeric id in the default space is the node id
    ASSERT_TRUE(bakiyev.ok());
    EXPECT_EQ(bakiyev->labels, (std::vector<std::string>{"Person", "Politician"}));
    EXPECT_EQ(*bakiyev->Find("age"), Value(int64_t{70}));
    EXPECT_EQ(*bakiyev->Find("pid"), Value("1"));
    EXPECT_EQ(bakiyev->Find("nothing"), nullptr);
    EXPECT_EQ(store_->FindByName("k bakiyev"), std::vector<NodeId>{1});
    const NodeId country = EntityNodeId("csv:Place", "1");
    EXPECT_EQ(store_->Degree(country, Direction::kIn, "LIVES_IN"), 2u);
    auto otunbayeva = store_->FindByName("Otunbayeva, Roza");
    ASSERT_EQ(otunbayeva.size(), 1u);
    EXPECT_EQ(otunbayeva[0], EntityNodeId("csv:", "abc"));
    EXPECT_EQ(store_->GetNode(otunbayeva[0])->Find("age"), nullptr) << "empty field = absent";
}

TEST_F(CsvLoadTest, MalformedLineNamesFileLineColumnAndLoadsNothing) {
    const auto people = Write("people.csv", "id:ID,name,age:int\n1,Ann,30\n2,Ben,thirty\n");
    auto result = LoadCsv(store_.get(), {people}, {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().message(),
              people + ": line 3, column 3 (age:int): 'thirty' is not an integer");
    EXPECT_EQ(store_->Stats()->node_count, 0u);

    const auto good = Write("good.csv", "id:ID,name\n1,Ann\n");
    const auto width = Write("width.csv", ":START_ID,:END_ID,:TYPE\n1,1,KNOWS\n1,1\n");
    result = LoadCsv(store_.get(), {good}, {width});
    EXPECT_EQ(result.status().message(),
              width + ": line 3, column 3: 2 fields, but the header has 3");
    EXPECT_FALSE(store_->HasNode(1)) << "the good node file is not half-loaded";

    const auto dangling = Write("dangling.csv", ":START_ID,:END_ID,:TYPE\n1,7,KNOWS\n");
    result = LoadCsv(store_.get(), {good}, {dangling});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.status().message().find("line 2"), std::string::npos);
    EXPECT_NE(result.status().message().find("node 7"), std::string::npos);
    EXPECT_EQ(LoadCsv(store_.get(), {dir_.Sub("missing.csv")}, {}).status().code(),
              Status::Code::kIOError);
    EXPECT_EQ(store_->Stats()->node_count, 0u);
}

TEST_F(CsvLoadTest, BadLineNearTheEndOfABigLoadLeavesNoDataAndNoTemporaryFiles) {
    auto disk = std::move(GraphStore::Open(dir_.Sub("db"))).value();
    std::string nodes = "id:ID,name,:LABEL\n";
    for (int i = 0; i < 2000; ++i) nodes += std::to_string(i) + ",n" + std::to_string(i) + ",P\n";
    std::string edges = ":START_ID,:END_ID,:TYPE,w:int\n";
    for (int i = 0; i < 20000; ++i) {
        edges += std::to_string(i % 2000) + "," + std::to_string(i * 7 % 2000) + ",R," +
                 std::to_string(i) + "\n";
    }
    edges += "1,2,R,oops\n3,4,R,5\n";
    // A 64 KiB budget: the load has spilled many runs by the time it meets the bad line.
    BulkLoadOptions small;
    small.memory_bytes = 64 << 10;
    const auto edges_file = Write("edges.csv", edges);
    auto result = LoadCsv(disk.get(), {Write("nodes.csv", nodes)}, {edges_file}, small);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().message(),
              edges_file + ": line 20002, column 4 (w:int): 'oops' is not an integer");
    EXPECT_EQ(disk->Stats()->node_count, 0u);
    EXPECT_FALSE(disk->HasNode(1));
    for (const auto& e : std::filesystem::directory_iterator(dir_.Sub("db"))) {
        EXPECT_FALSE(e.path().filename().string().starts_with("bulk-")) << e.path();
    }

    // Without the bad line the same load goes through, with every count right.
    edges.resize(edges.size() - std::string("1,2,R,oops\n3,4,R,5\n").size());
    auto ok = LoadCsv(disk.get(), {dir_.Sub("nodes.csv")}, {Write("edges2.csv", edges)}, small);
    ASSERT_TRUE(ok.ok()) << ok.status().ToString();
    EXPECT_EQ(ok->edges, 20000u);
    auto stats = disk->Stats();
    EXPECT_EQ(stats->node_count, 2000u);
    EXPECT_EQ(stats->edge_count, 20000u);
    EXPECT_EQ(stats->nodes_per_label.at("P"), 2000u);
    EXPECT_EQ(stats->edges_per_type.at("R"), 20000u);
    EXPECT_EQ(CheckInvariants(*disk), "");
}

TEST_F(CsvLoadTest, DumpLoadsBackToTheSameGraph) {
    auto txn = std::move(store_->Begin()).value();
    ASSERT_TRUE(txn->PutNode(MakeNode(1, {"Person"},
                                      {{"name", Value("Ann, \"the\" first")},
                                       {"score", Value(0.1)},
                                       {"tags", Value(List{Value("a"), Value("b")})},
                                       {"empty", Value(std::string())},
                                       {"ok", Value(true)},
                                       {"born", Value(Date::FromYmd(1980, 2, 29))}}))
                    .ok());
    ASSERT_TRUE(txn->PutNode(MakeNode(EntityNodeId("Country", "kg"), {"Country", "Place"},
                                      {{"name", Value("Kyrgyzstan")}, {"score", Value(3.0)}}))
                    .ok());
    ASSERT_TRUE(txn->PutEdge(MakeEdge(5, 1, "VISITED", EntityNodeId("Country", "kg"),
                                      {{"times", Value(int64_t{-3})}}))
                    .ok());
    ASSERT_TRUE(txn->Commit().ok());

    auto dump = DumpCsv(*store_, dir_.Sub("out"));
    ASSERT_TRUE(dump.ok()) << dump.status().ToString();
    EXPECT_EQ(dump->nodes, 2u);
    EXPECT_EQ(dump->edges, 1u);
    EXPECT_FALSE(DumpCsv(*store_, dir_.Sub("out")).ok()) << "no overwriting";

    OpenOptions options;
    options.in_memory = true;
    auto copy = std::move(GraphStore::Open("copy", options)).value();
    auto loaded = LoadCsv(copy.get(), {dump->nodes_file}, {dump->edges_file});
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    for (NodeId id : {NodeId{1}, EntityNodeId("Country", "kg")}) {
        auto a = store_->GetNode(id);
        auto b = copy->GetNode(id);
        ASSERT_TRUE(b.ok()) << id;
        EXPECT_EQ(a->labels, b->labels);
        EXPECT_EQ(a->properties, b->properties)
            << Value(a->properties).ToCypher() << " vs " << Value(b->properties).ToCypher();
    }
    auto adj = copy->Adjacent(1, Direction::kOut);
    ASSERT_TRUE(adj->Valid());
    auto edge = copy->GetEdge(adj->entry().edge);
    EXPECT_EQ(edge->type, "VISITED");
    EXPECT_EQ(*edge->Find("times"), Value(int64_t{-3}));
    EXPECT_EQ(CheckInvariants(*copy), "");
}

}  // namespace
}  // namespace dossier::graph
