#include "tests/tck/gherkin.h"

#include <gtest/gtest.h>

namespace dossier::tck {
namespace {

constexpr const char* kFeature = R"(#
# licence header
Feature: Demo - a feature

  Background:
    Given an empty graph

  @skipGrammarCheck
  Scenario: [1] Plain
    And having executed:
      """
      CREATE (:A)
      """
    When executing query:
      """
      MATCH (n)
      RETURN n
      """
    Then the result should be, in any order:
      | n    |
      | (:A) |
    And no side effects

  Scenario Outline: [2] Outline <x>
    When executing query:
      """
      RETURN <x> AS v
      """
    Then the result should be, in any order:
      | v   |
      | <x> |

    Examples:
      | x |
      | 1 |
      | 'a\|b' |
)";

TEST(GherkinTest, ReadsScenariosWithBackgroundAndOutlines) {
    Result<Feature> f = ParseFeature(kFeature, "demo.feature");
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    EXPECT_EQ(f->name, "Demo - a feature");
    ASSERT_EQ(f->scenarios.size(), 3u);

    const Scenario& plain = f->scenarios[0];
    EXPECT_EQ(plain.name, "[1] Plain");
    ASSERT_EQ(plain.tags.size(), 1u);
    EXPECT_EQ(plain.tags[0], "@skipGrammarCheck");
    ASSERT_EQ(plain.steps.size(), 5u);
    EXPECT_EQ(plain.steps[0].text, "an empty graph");  // from the Background
    EXPECT_EQ(plain.steps[1].doc, "CREATE (:A)");
    EXPECT_EQ(plain.steps[2].doc, "MATCH (n)\nRETURN n");
    ASSERT_EQ(plain.steps[3].table.size(), 2u);
    EXPECT_EQ(plain.steps[3].table[1][0], "(:A)");
    EXPECT_EQ(plain.steps[4].text, "no side effects");

    EXPECT_EQ(f->scenarios[1].name, "[2] Outline 1 #1");
    EXPECT_EQ(f->scenarios[1].steps[1].doc, "RETURN 1 AS v");
    EXPECT_EQ(f->scenarios[2].name, "[2] Outline 'a|b' #2");
    EXPECT_EQ(f->scenarios[2].steps[2].table[1][0], "'a|b'");
}

TEST(GherkinTest, SplitsTableRowsWithEscapes) {
    auto cells = SplitTableRow("  | a | 'x\\|y' | '\\\\' | \\n |");
    ASSERT_EQ(cells.size(), 4u);
    EXPECT_EQ(cells[0], "a");
    EXPECT_EQ(cells[1], "'x|y'");
    EXPECT_EQ(cells[2], "'\\'");
    EXPECT_EQ(cells[3], "\n");  // escapes are resolved after trimming
}

TEST(GherkinTest, RejectsUnterminatedDocString) {
    Result<Feature> f =
        ParseFeature("Feature: x\n Scenario: s\n  When q:\n  \"\"\"\n  RETURN 1\n", "bad.feature");
    ASSERT_FALSE(f.ok());
    EXPECT_NE(f.status().message().find("bad.feature:4"), std::string::npos)
        << f.status().message();
}

}  // namespace
}  // namespace dossier::tck
