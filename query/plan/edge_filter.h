// Which parts of a WHERE an expansion can test on the relationship alone.
//
// `MATCH (p)-[s:SAID]->(a) WHERE s.tone <= -4 AND a.title STARTS WITH 'X'`: the first conjunct
// needs only the relationship, so Expand tests it as soon as it has read the relationship, before
// it reads the node at the other end or builds the row. The Filter after the pattern still tests
// the whole WHERE, so a conjunct tested early only drops rows the Filter would drop anyway.
#pragma once

#include <string>
#include <vector>

#include "query/ast/expression.h"

namespace dossier::query::plan {

// The conjuncts of the top-level AND chain of `where` that mention no variable but `edge` and are
// made only of property reads, literals, parameters and operators (no function calls, so nothing
// random and nothing that reads the store). Empty when `where` or `edge` is empty.
std::vector<const ast::Expression*> EdgeOnlyConjuncts(const ast::Expression* where,
                                                      const std::string& edge);

}  // namespace dossier::query::plan
