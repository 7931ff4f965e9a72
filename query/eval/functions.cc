#include "query/eval/functions.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "graph/ascii.h"
#include "graph/dcheck.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

namespace {

// Every scalar function, by id (its index), and the id of each lower-case name.
struct Registry {
    std::vector<const FunctionDef*> by_id;
    std::unordered_map<std::string, int> ids;
};

const Registry& TheRegistry() {
    static const auto* registry = [] {
        auto* r = new Registry();
        for (const auto* family :
             {&StringFunctions(), &MathFunctions(), &ListFunctions(), &GraphFunctions(),
              &ConversionFunctions(), &TemporalFunctions()}) {
            for (const FunctionDef& def : *family) {
                auto [it, added] = r->ids.emplace(def.name, static_cast<int>(r->by_id.size()));
                if (added) {
                    r->by_id.push_back(&def);
                } else {
                    r->by_id[it->second] = &def;  // a later family's definition wins
                }
            }
        }
        return r;
    }();
    return *registry;
}

}  // namespace

Status FunctionContext::CheckNotDeleted(const graph::Value& v) const {
    const bool deleted = (v.is_node() && deleted_nodes && deleted_nodes->count(v.as_node().id)) ||
                         (v.is_edge() && deleted_edges && deleted_edges->count(v.as_edge().id));
    if (!deleted) return Status::OK();
    return Status(Status::Code::kRuntimeError,
                  "cannot read " + v.ToCypher() + ": it was deleted by this statement",
                  "DeletedEntityAccess");
}

int FunctionId(std::string_view name) {
    const auto& ids = TheRegistry().ids;
    auto it = ids.find(AsciiLower(name));
    return it == ids.end() ? -1 : it->second;
}

const FunctionDef* FindFunction(std::string_view name) {
    const int id = FunctionId(name);
    return id < 0 ? nullptr : &FunctionById(id);
}

const FunctionDef& FunctionById(int id) {
    const auto& by_id = TheRegistry().by_id;
    DOSSIER_DCHECK(id >= 0 && id < static_cast<int>(by_id.size()));
    return *by_id[static_cast<size_t>(id)];
}

Result<graph::Value> CallFunction(const FunctionDef& def, const std::vector<graph::Value>& args,
                                  const FunctionContext& ctx) {
    const int n = static_cast<int>(args.size());
    if (n < def.min_args || (def.max_args >= 0 && n > def.max_args)) {
        return Status(
            Status::Code::kSemanticError,
            std::string(def.name) + "() takes " + std::to_string(def.min_args) +
                (def.max_args == def.min_args
                     ? ""
                     : (def.max_args < 0 ? " or more" : " to " + std::to_string(def.max_args))) +
                " arguments, got " + std::to_string(n),
            "InvalidNumberOfArguments");
    }
    return def.body(args, ctx);
}

}  // namespace dossier::query::eval
