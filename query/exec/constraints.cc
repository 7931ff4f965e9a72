#include "query/exec/constraints.h"

#include "query/eval/comparison.h"
#include "query/eval/predicates.h"
#include "query/eval/type_errors.h"

namespace dossier::query::exec {

using graph::Value;

Result<graph::Map> EvaluatePropertyMap(const ast::Expression* e, const eval::EvalEnv& env) {
    if (!e) return graph::Map{};
    DOSSIER_ASSIGN_OR_RETURN(Value v, eval::Evaluate(*e, env));
    if (v.is_null()) return graph::Map{};
    if (!v.is_map()) return eval::InvalidArgumentType("a property map is expected", v);
    return v.as_map();
}

bool PropertiesMatch(const graph::Map& have, const graph::Map& want) {
    for (const auto& [key, value] : want) {
        auto it = have.find(key);
        if (it == have.end()) return false;
        if (!eval::IsTrue(eval::Equals(it->second, value))) return false;
    }
    return true;
}

Result<std::optional<graph::Map>> ConstraintProperties(const ast::Expression* properties,
                                                       const eval::EvalEnv& env) {
    if (!properties) return std::optional<graph::Map>();
    DOSSIER_ASSIGN_OR_RETURN(graph::Map m, EvaluatePropertyMap(properties, env));
    return std::optional<graph::Map>(std::move(m));
}

bool NodeMatches(const graph::Node& node, const NodeConstraint& c,
                 const std::optional<graph::Map>& props) {
    for (const auto& label : c.labels) {
        if (!node.HasLabel(label)) return false;
    }
    return !props || PropertiesMatch(node.properties, *props);
}

bool EdgeTypeMatches(std::string_view type, const EdgeConstraint& c) {
    if (c.types.empty()) return true;
    for (const auto& t : c.types) {
        if (t == type) return true;
    }
    return false;
}

}  // namespace dossier::query::exec
