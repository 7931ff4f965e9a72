// Procedures callable with CALL name(args) YIELD fields.
//
// A procedure computes all its rows at once from the graph (they are whole-graph summaries and
// algorithms), each row holding one value per output field, in `outputs` order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_store.h"
#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query::procedures {

using ProcedureRows = std::vector<std::vector<graph::Value>>;
using ProcedureBody = Result<ProcedureRows> (*)(const graph::GraphReader& reader,
                                                const std::vector<graph::Value>& args);

struct Procedure {
    const char* name;  // lower case, e.g. "db.labels"
    std::vector<std::string> outputs;
    int min_args;
    int max_args;
    ProcedureBody body;
};

// Case-insensitive; nullptr when there is no such procedure.
const Procedure* FindProcedure(std::string_view name);

// The tables (procedures.cc joins them).
const std::vector<Procedure>& DatabaseProcedures();
const std::vector<Procedure>& AlgorithmProcedures();

}  // namespace dossier::query::procedures
