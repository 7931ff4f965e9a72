#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "graph/export/exporters.h"
#include "tests/graph/export_fixture.h"

namespace dossier::graph {
namespace {

constexpr std::string_view kTemplate =
    "<title>@DOSSIER_TITLE@</title><script>/*@DOSSIER_LIBRARY@*/</script>"
    "<script>/*@DOSSIER_VIEW@*/</script><script>const graph = /*@DOSSIER_GRAPH@*/;</script>";

TEST(ExportHtmlTest, PastesLibraryAndGraphIntoTheTemplate) {
    std::stringstream out;
    ASSERT_TRUE(WriteHtml(testing::SampleSubgraph(), {kTemplate, "var lib = 1;", "var view = 2;"},
                          "Bakiyev & co", out)
                    .ok());
    const std::string html = out.str();
    EXPECT_EQ(html.rfind("<title>Bakiyev &amp; co</title><script>var lib = 1;</script><script>var "
                         "view = 2;</script>",
                         0),
              0u);
    EXPECT_NE(html.find("const graph = {\"elements\""), std::string::npos);
    // The quote's "<resign>" must not be able to open or close elements.
    EXPECT_EQ(html.find("<resign>"), std::string::npos);
    EXPECT_NE(html.find("\\u003cresign>"), std::string::npos);
}

TEST(ExportHtmlTest, RejectsTemplateWithoutMarkersAndUnsafeLibrary) {
    std::stringstream out;
    EXPECT_FALSE(WriteHtml(testing::SampleSubgraph(), {"<html></html>", "", ""}, "t", out).ok());
    EXPECT_FALSE(
        WriteHtml(testing::SampleSubgraph(), {kTemplate, "x='</script>'", ""}, "t", out).ok());
}

}  // namespace
}  // namespace dossier::graph
