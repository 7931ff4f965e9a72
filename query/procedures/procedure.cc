#include "query/procedures/procedure.h"

#include <algorithm>

#include "graph/ascii.h"

namespace dossier::query::procedures {

const Procedure* FindProcedure(std::string_view name) {
    const std::string lower = AsciiLower(name);
    for (const auto* table : {&DatabaseProcedures(), &AlgorithmProcedures()}) {
        for (const Procedure& p : *table) {
            if (lower == p.name) return &p;
        }
    }
    return nullptr;
}

}  // namespace dossier::query::procedures
