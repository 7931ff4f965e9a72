#include "query/eval/functions.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "graph/ascii.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

namespace {

const std::unordered_map<std::string, const FunctionDef*>& Table() {
    static const auto* table = [] {
        auto* t = new std::unordered_map<std::string, const FunctionDef*>();
        for (const auto* family :
             {&StringFunctions(), &MathFunctions(), &ListFunctions(), &GraphFunctions(),
              &ConversionFunctions(), &TemporalFunctions()}) {
            for (const FunctionDef& def : *family) (*t)[def.name] = &def;
        }
        return t;
    }();
    return *table;
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

const FunctionDef* FindFunction(std::string_view name) {
    const auto& table = Table();
    auto it = table.find(AsciiLower(name));
    return it == table.end() ? nullptr : it->second;
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
