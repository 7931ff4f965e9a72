#include "query/procedures/procedure.h"

#include <algorithm>

namespace dossier::query::procedures {

const Procedure* FindProcedure(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const auto* table : {&DatabaseProcedures(), &AlgorithmProcedures()}) {
        for (const Procedure& p : *table) {
            if (lower == p.name) return &p;
        }
    }
    return nullptr;
}

}  // namespace dossier::query::procedures
