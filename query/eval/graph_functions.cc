// Functions over graph values: id labels type properties keys startNode endNode nodes
// relationships length exists.
#include "query/eval/functions.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Args = std::vector<Value>;

namespace {

Result<Value> IdFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (v.is_node()) return Value(static_cast<int64_t>(v.as_node().id));
    if (v.is_edge()) return Value(static_cast<int64_t>(v.as_edge().id));
    return InvalidArgumentType("id() expects a node or a relationship", v);
}

Result<Value> LabelsFn(const Args& a, const FunctionContext& ctx) {
    const Value& v = a[0];
    DOSSIER_RETURN_IF_ERROR(ctx.CheckNotDeleted(v));
    if (v.is_null()) return Value();
    if (!v.is_node()) return InvalidArgumentValue("labels() expects a node, got " + v.ToCypher());
    graph::List out;
    for (const auto& l : v.as_node().labels) out.emplace_back(l);
    return Value(std::move(out));
}

Result<Value> TypeFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (!v.is_edge()) {
        return InvalidArgumentValue("type() expects a relationship, got " + v.ToCypher());
    }
    return Value(v.as_edge().type);
}

Result<Value> PropertiesFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (v.is_node()) return Value(v.as_node().properties);
    if (v.is_edge()) return Value(v.as_edge().properties);
    if (v.is_map()) return v;
    return InvalidArgumentType("properties() expects a node, relationship or map", v);
}

Result<Value> KeysFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    const graph::Map* m = nullptr;
    if (v.is_node()) m = &v.as_node().properties;
    if (v.is_edge()) m = &v.as_edge().properties;
    if (v.is_map()) m = &v.as_map();
    if (!m) return InvalidArgumentType("keys() expects a node, relationship or map", v);
    graph::List out;
    for (const auto& [k, val] : *m) {
        // Stored entities never hold null properties; a map literal may.
        if (!v.is_map() && val.is_null()) continue;
        out.emplace_back(k);
    }
    return Value(std::move(out));
}

Result<Value> EndpointFn(const char* fn, const Value& v, const FunctionContext& ctx, bool start) {
    if (v.is_null()) return Value();
    if (!v.is_edge()) return InvalidArgumentType(std::string(fn) + "() expects a relationship", v);
    const graph::NodeId id = start ? v.as_edge().src : v.as_edge().dst;
    if (!ctx.reader) return Status(Status::Code::kRuntimeError, "no graph to read nodes from");
    DOSSIER_ASSIGN_OR_RETURN(graph::Node node, ctx.reader->GetNode(id));
    return graph::MakeNodeValue(std::move(node));
}

Result<Value> StartNodeFn(const Args& a, const FunctionContext& ctx) {
    return EndpointFn("startNode", a[0], ctx, true);
}
Result<Value> EndNodeFn(const Args& a, const FunctionContext& ctx) {
    return EndpointFn("endNode", a[0], ctx, false);
}

Result<Value> NodesFn(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_path()) return InvalidArgumentType("nodes() expects a path", a[0]);
    graph::List out;
    for (const auto& n : a[0].as_path().nodes) out.push_back(graph::MakeNodeValue(n));
    return Value(std::move(out));
}

Result<Value> RelationshipsFn(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_path()) return InvalidArgumentType("relationships() expects a path", a[0]);
    graph::List out;
    for (const auto& e : a[0].as_path().edges) out.push_back(graph::MakeEdgeValue(e));
    return Value(std::move(out));
}

Result<Value> LengthFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (v.is_path()) return Value(static_cast<int64_t>(v.as_path().edges.size()));
    if (v.is_list()) return Value(static_cast<int64_t>(v.as_list().size()));
    if (v.is_string()) return Value(static_cast<int64_t>(v.as_string().size()));
    return InvalidArgumentType("length() expects a path", v);
}

// exists(n.prop): the evaluator hands over the property's value; pattern arguments are
// evaluated to a boolean before they get here.
Result<Value> ExistsFn(const Args& a, const FunctionContext&) {
    if (a[0].is_bool()) return a[0];
    return Value(!a[0].is_null());
}

}  // namespace

const std::vector<FunctionDef>& GraphFunctions() {
    static const std::vector<FunctionDef> defs = {
        {"id", 1, 1, IdFn},
        {"labels", 1, 1, LabelsFn},
        {"type", 1, 1, TypeFn},
        {"properties", 1, 1, PropertiesFn},
        {"keys", 1, 1, KeysFn},
        {"startnode", 1, 1, StartNodeFn},
        {"endnode", 1, 1, EndNodeFn},
        {"nodes", 1, 1, NodesFn},
        {"relationships", 1, 1, RelationshipsFn},
        {"rels", 1, 1, RelationshipsFn},
        {"length", 1, 1, LengthFn},
        {"exists", 1, 1, ExistsFn},
    };
    return defs;
}

}  // namespace dossier::query::eval
