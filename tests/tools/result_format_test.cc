#include "tools/result_format.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tools/display_width.h"

namespace dossier::cli {
namespace {

using graph::Value;
using Rows = std::vector<std::vector<Value>>;

std::string Format(OutputFormat format, const std::vector<std::string>& columns, const Rows& rows,
                   FormatOptions options = {}) {
    std::stringstream out;
    WriteRows(format, options, columns, rows, out);
    return out.str();
}

Value Bakiyev() {
    graph::Node n{7, {"Person"}, {}};
    n.properties["name"] = "Kurmanbek Bakiyev";
    return graph::MakeNodeValue(n);
}

TEST(DisplayWidthTest, CountsCellsNotBytes) {
    EXPECT_EQ(DisplayWidth("abc"), 3);
    EXPECT_EQ(DisplayWidth("Bişkek"), 6);
    EXPECT_EQ(DisplayWidth("東京"), 4);
    EXPECT_EQ(FitToWidth("Kurmanbek", 5), "Kurm…");
    EXPECT_EQ(FitToWidth("Bişkek", 4), "Biş…");
    EXPECT_EQ(FitToWidth("short", 10), "short");
}

TEST(TableFormatTest, AlignedBoxWithReadableNodes) {
    const std::string table = Format(OutputFormat::kTable, {"p", "n"},
                                     {{Bakiyev(), Value(int64_t{3})}, {Value(), Value(12.5)}});
    EXPECT_EQ(table,
              "┌───────────────────────────────────────┬──────┐\n"
              "│ p                                     │ n    │\n"
              "├───────────────────────────────────────┼──────┤\n"
              "│ (:Person {name: 'Kurmanbek Bakiyev'}) │    3 │\n"
              "│                                       │ 12.5 │\n"
              "└───────────────────────────────────────┴──────┘\n");
}

TEST(TableFormatTest, FitsTheTerminalWidthWithEllipsis) {
    FormatOptions options;
    options.width = 30;
    const std::string table = Format(
        OutputFormat::kTable, {"name", "text"},
        {{Value("Kurmanbek Bakiyev"), Value("The president fled the capital on Wednesday.")}},
        options);
    std::stringstream lines(table);
    for (std::string line; std::getline(lines, line);) {
        EXPECT_LE(DisplayWidth(line), 30) << line;
    }
    EXPECT_NE(table.find("…"), std::string::npos);
    EXPECT_NE(table.find("Kurmanbek"), std::string::npos);
}

TEST(TableFormatTest, AWideTerminalShowsLongCellsWhole) {
    const std::string text(150, 'x');
    FormatOptions wide;
    wide.width = 200;
    EXPECT_NE(Format(OutputFormat::kTable, {"text"}, {{Value(text)}}, wide).find(text),
              std::string::npos);
    // Unknown width: cells are cut at max_cell_width.
    const std::string unknown = Format(OutputFormat::kTable, {"text"}, {{Value(text)}});
    EXPECT_EQ(unknown.find(text), std::string::npos);
    EXPECT_NE(unknown.find(std::string(79, 'x') + "…"), std::string::npos) << unknown;
}

TEST(TableFormatTest, NarrowColumnsKeepTheirWidthAndWideOnesShareTheRest) {
    FormatOptions options;
    options.width = 60;
    const std::string table = Format(
        OutputFormat::kTable, {"n", "a", "b"},
        {{Value(int64_t{12345}), Value(std::string(100, 'a')), Value(std::string(100, 'b'))}},
        options);
    std::stringstream lines(table);
    for (std::string line; std::getline(lines, line);) {
        EXPECT_EQ(DisplayWidth(line), 60) << line;
    }
    // 60 - 10 (frame) - 5 (n) leaves 45 cells for the two wide columns.
    EXPECT_NE(
        table.find("│ 12345 │ " + std::string(22, 'a') + "… │ " + std::string(21, 'b') + "… │"),
        std::string::npos)
        << table;
}

TEST(TableFormatTest, RowsAfterTheSampleStreamAtItsWidths) {
    FormatOptions options;
    options.sample_rows = 2;
    std::stringstream out;
    auto writer = MakeResultWriter(OutputFormat::kTable, options, out);
    writer->Begin({"name", "n"});
    writer->Row({Value("Osh"), Value(int64_t{1})});
    EXPECT_TRUE(out.str().empty());  // still sampling
    writer->Row({Value("Bishkek"), Value(int64_t{2})});
    EXPECT_NE(out.str().find("│ Bishkek │ 2 │"), std::string::npos) << out.str();
    // Wider than the sample: text is cut to fit, a number is kept whole.
    writer->Row({Value("Jalal-Abad"), Value(int64_t{1234})});
    EXPECT_NE(out.str().find("│ Jalal-… │ 1234 │"), std::string::npos) << out.str();
    EXPECT_EQ(writer->End(), 3u);
    EXPECT_EQ(out.str(),
              "┌─────────┬───┐\n│ name    │ n │\n├─────────┼───┤\n│ Osh     │ 1 │\n"
              "│ Bishkek │ 2 │\n│ Jalal-… │ 1234 │\n└─────────┴───┘\n");
}

TEST(MarkdownFormatTest, StreamsAfterTheSample) {
    FormatOptions options;
    options.sample_rows = 1;
    std::stringstream out;
    auto writer = MakeResultWriter(OutputFormat::kMarkdown, options, out);
    writer->Begin({"n"});
    writer->Row({Value(int64_t{1})});
    writer->Row({Value(int64_t{2})});
    EXPECT_EQ(out.str(), "| n |\n| ---: |\n| 1 |\n| 2 |\n");
    writer->End();
}

TEST(TableFormatTest, MaxRowsCountsTheRest) {
    FormatOptions options;
    options.max_rows = 2;
    Rows rows;
    for (int i = 0; i < 5; ++i) rows.push_back({Value(i)});
    const std::string table = Format(OutputFormat::kTable, {"i"}, rows, options);
    EXPECT_NE(table.find("(showing the first 2 of 5 rows)"), std::string::npos);
    EXPECT_EQ(table.find("│ 3 │"), std::string::npos);
}

TEST(CellTextTest, NamesComeFirstInNodesAndPaths) {
    graph::Node a{1, {"Person"}, {}};
    a.properties["aliases"] = graph::List{Value("Bakiyev")};
    a.properties["name"] = "Kurmanbek Bakiyev";
    graph::Node b{2, {"Country"}, {{"name", Value("Kyrgyzstan")}}};
    graph::Edge e{3, 2, 1, "LED_BY", {{"since", Value(int64_t{2005})}}};
    EXPECT_EQ(CellText(graph::MakeNodeValue(a)),
              "(:Person {name: 'Kurmanbek Bakiyev', aliases: ['Bakiyev']})");
    EXPECT_EQ(CellText(graph::MakePathValue(graph::Path{{a, b}, {e}})),
              "<(:Person {name: 'Kurmanbek Bakiyev', aliases: ['Bakiyev']})<-[:LED_BY {since: "
              "2005}]-(:Country {name: 'Kyrgyzstan'})>");
    EXPECT_EQ(CellText(Value(graph::List{Value(1.0), Value("x")})), "[1.0, 'x']");
    EXPECT_EQ(CellText(Value()), "");
}

TEST(CsvFormatTest, HeaderThenQuotedRows) {
    EXPECT_EQ(Format(OutputFormat::kCsv, {"name", "quote", "n"},
                     {{Value("Bakiyev, K."), Value("He said \"no\""), Value(1.0)},
                      {Value(), Value(true), Value(int64_t{2})}}),
              "name,quote,n\n\"Bakiyev, K.\",\"He said \"\"no\"\"\",1.0\n,true,2\n");
}

TEST(JsonFormatTest, ColumnsAndRowsShape) {
    const std::string text =
        Format(OutputFormat::kJson, {"p", "n", "f"}, {{Bakiyev(), Value(int64_t{3}), Value(2.0)}});
    const nlohmann::json doc = nlohmann::json::parse(text);
    EXPECT_EQ(doc["columns"], nlohmann::json::array({"p", "n", "f"}));
    ASSERT_EQ(doc["rows"].size(), 1u);
    EXPECT_EQ(doc["rows"][0][0]["labels"], nlohmann::json::array({"Person"}));
    EXPECT_EQ(doc["rows"][0][0]["properties"]["name"], "Kurmanbek Bakiyev");
    EXPECT_TRUE(doc["rows"][0][1].is_number_integer());
    EXPECT_NE(text.find("2.0"), std::string::npos);  // floats keep a fraction
    EXPECT_EQ(nlohmann::json::parse(Format(OutputFormat::kJson, {"x"}, {}))["rows"],
              nlohmann::json::array());
}

TEST(JsonlFormatTest, OneObjectPerRow) {
    const std::string text =
        Format(OutputFormat::kJsonl, {"a", "b"}, {{Value(1), Value("x")}, {Value(), Value(1.5)}});
    EXPECT_EQ(text, "{\"a\":1,\"b\":\"x\"}\n{\"a\":null,\"b\":1.5}\n");
}

TEST(MarkdownFormatTest, PipesEscaped) {
    EXPECT_EQ(Format(OutputFormat::kMarkdown, {"a", "n"}, {{Value("x|y"), Value(1)}}),
              "| a | n |\n| --- | ---: |\n| x\\|y | 1 |\n");
}

TEST(OutputFormatTest, ParsesNamesAndRejectsOthers) {
    EXPECT_EQ(*ParseOutputFormat("jsonl"), OutputFormat::kJsonl);
    EXPECT_EQ(*ParseOutputFormat("md"), OutputFormat::kMarkdown);
    const auto bad = ParseOutputFormat("xml");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.status().message().find("xml"), std::string::npos);
}

}  // namespace
}  // namespace dossier::cli
