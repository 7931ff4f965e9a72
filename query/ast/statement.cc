#include "query/ast/statement.h"

namespace dossier::query::ast {

std::string SingleQuery::ToString() const {
    std::string out;
    for (size_t i = 0; i < clauses.size(); ++i) {
        if (i > 0) out += " ";
        out += clauses[i]->ToString();
    }
    return out;
}

std::string IndexCommand::ToString() const {
    if (kind == Kind::kDrop) return "DROP INDEX " + name;
    return "CREATE INDEX " + (name.empty() ? std::string() : name + " ") + "FOR (" + variable +
           ":" + label + ") ON (" + property_variable + "." + property + ")";
}

std::string Statement::ToString() const {
    std::string out;
    if (mode == Mode::kExplain) out = "EXPLAIN ";
    if (mode == Mode::kProfile) out = "PROFILE ";
    if (index_command) return out + index_command->ToString();
    for (size_t i = 0; i < queries.size(); ++i) {
        if (i > 0) out += union_all[i - 1] ? " UNION ALL " : " UNION ";
        out += queries[i].ToString();
    }
    return out;
}

}  // namespace dossier::query::ast
