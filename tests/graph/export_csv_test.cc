#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "graph/export/csv_field.h"
#include "graph/export/exporters.h"
#include "tests/graph/export_fixture.h"

namespace dossier::graph {
namespace {

std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

TEST(ExportCsvTest, QuotesAsRfc4180) {
    EXPECT_EQ(CsvField("plain"), "plain");
    EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
    EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
}

TEST(ExportCsvTest, Neo4jAdminImportLayout) {
    std::stringstream nodes, edges;
    ASSERT_TRUE(WriteNeo4jCsv(testing::SampleSubgraph(), nodes, edges).ok());
    const std::vector<std::string> n = Lines(nodes.str());
    EXPECT_EQ(n[0], ":ID,:LABEL,aliases:string[],born:date,mentions:long,name:string,text:string");
    EXPECT_EQ(n[1], "1,Person,Bakiyev;K. Bakiyev,1949-08-01,42,Kurmanbek Bakiyev,");
    EXPECT_EQ(n[2], "2,Country,,,7,Kyrgyzstan,");
    // The quote's text spans two physical lines inside its quoted field.
    EXPECT_EQ(n[3], "3,Quote,,,,,\"We will \"\"not\"\" <resign> & stay,");
    const std::vector<std::string> e = Lines(edges.str());
    ASSERT_EQ(e.size(), 3u);
    EXPECT_EQ(e[0],
              ":START_ID,:END_ID,:TYPE,confidence:double,current:boolean,sentence:string,"
              "since:long");
    EXPECT_EQ(e[1], "1,2,LEADER_OF,0.5,false,,2005");
    EXPECT_EQ(e[2], "1,3,SAID,,,art-1#4,");
}

}  // namespace
}  // namespace dossier::graph
