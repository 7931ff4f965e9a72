// Whole-graph counts answered from the store's counters instead of a scan.
#pragma once

#include <string>
#include <vector>

#include "query/ast/statement.h"
#include "query/plan/plan_state.h"

namespace dossier::query::plan {

// When `q` is exactly `MATCH <pattern> RETURN count(...)` for a pattern whose row count is a
// store counter (all nodes, the nodes of one label, all relationships, those of one type), and
// the statement reads the store itself, plans one StoreCount row, sets *columns and returns
// true. Otherwise changes nothing and returns false.
bool PlanStoreCount(PlanState* s, const ast::SingleQuery& q, std::vector<std::string>* columns);

}  // namespace dossier::query::plan
