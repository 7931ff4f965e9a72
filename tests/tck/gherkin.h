// A reader for the subset of Gherkin the openCypher TCK uses: Feature, Background, Scenario,
// Scenario Outline with Examples, steps with doc strings and tables, tags and comments.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace dossier::tck {

using Table = std::vector<std::vector<std::string>>;  // rows of cells, Gherkin escapes resolved

struct Step {
    std::string keyword;  // Given, When, Then, And, But
    std::string text;     // after the keyword, e.g. "executing query:"
    std::string doc;      // the """ doc string, indentation removed; empty when none
    Table table;
    int line = 0;
};

// One runnable scenario: outlines are expanded into one Scenario per Examples row, with the
// Background's steps first.
struct Scenario {
    std::string name;  // "[3] Match ...", plus " #k" for the k-th (1-based) example of an outline
    int line = 0;
    std::vector<std::string> tags;
    std::vector<Step> steps;
};

struct Feature {
    std::string name;
    std::vector<Scenario> scenarios;
};

// Parses a feature file's text; `origin` names it in error messages.
Result<Feature> ParseFeature(std::string_view text, const std::string& origin);

// Splits one table line ("| a | b\|c |") into trimmed cells, resolving \|, \\ and \n.
std::vector<std::string> SplitTableRow(std::string_view line);

}  // namespace dossier::tck
