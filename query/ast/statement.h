// A whole statement of Dossier's query language: one or more single queries joined by UNION,
// optionally prefixed by EXPLAIN or PROFILE.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/ast/clause.h"

namespace dossier::query::ast {

// Clauses in source order. A reading query ends with RETURN; an updating one may end with an
// update clause instead.
struct SingleQuery {
    SourcePos pos;
    std::vector<ClausePtr> clauses;
    std::string ToString() const;
};

// CREATE INDEX [name] FOR (variable:label) ON (property_variable.property) / DROP INDEX name.
struct IndexCommand {
    enum class Kind { kCreate, kDrop };
    Kind kind = Kind::kCreate;
    SourcePos pos;
    std::string name;  // may be empty for kCreate
    std::string variable, label, property_variable, property;
    std::string ToString() const;
};

struct Statement {
    enum class Mode { kNormal, kExplain, kProfile };
    Mode mode = Mode::kNormal;
    std::vector<SingleQuery> queries;  // at least one, unless index_command is set
    // A schema command instead of queries.
    std::optional<IndexCommand> index_command;
    // union_all[i] tells whether queries[i] and queries[i + 1] are joined by UNION ALL (true) or
    // UNION (false, duplicates removed). size() == queries.size() - 1.
    std::vector<bool> union_all;
    std::string ToString() const;
};

}  // namespace dossier::query::ast
