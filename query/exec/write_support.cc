// The work shared by CREATE, MERGE and SET: making pattern elements and updating properties and
// labels through the statement's transaction, keeping the row's snapshots current.
#include <algorithm>

#include "query/eval/type_errors.h"
#include "query/exec/operators.h"

namespace dossier::query::exec {

using graph::Value;

namespace {

Status NeedTransaction(ExecContext* ctx) {
    if (ctx->txn) return Status::OK();
    return Status(Status::Code::kInvalidArgument,
                  "this statement writes, but the database is open read-only");
}

// Property maps keep only storable, non-null entries; nulls mean "no property".
Status CleanProperties(graph::Map* props) {
    for (auto it = props->begin(); it != props->end();) {
        if (it->second.is_null()) {
            it = props->erase(it);
            continue;
        }
        if (!it->second.IsStorable()) {
            return Status(Status::Code::kTypeError,
                          "property " + it->first + " cannot store " + it->second.ToCypher(),
                          "InvalidPropertyType");
        }
        ++it;
    }
    return Status::OK();
}

// Replaces every snapshot of the same node or edge in the row by `updated`.
void Refresh(Row* row, const Value& updated) {
    for (Value& v : *row) {
        if (updated.is_node() && v.is_node() && v.as_node().id == updated.as_node().id) {
            v = updated;
        } else if (updated.is_edge() && v.is_edge() && v.as_edge().id == updated.as_edge().id) {
            v = updated;
        }
    }
}

// Applies `change` to the current stored properties of a node or edge and writes it back.
template <typename Change>
Status UpdateProperties(ExecContext* ctx, const Value& target, Row* row, Change change) {
    if (target.is_node()) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node n, ctx->txn->GetNode(target.as_node().id));
        DOSSIER_RETURN_IF_ERROR(change(&n.properties));
        DOSSIER_RETURN_IF_ERROR(ctx->txn->PutNode(n));
        Refresh(row, graph::MakeNodeValue(std::move(n)));
        return Status::OK();
    }
    if (target.is_edge()) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Edge e, ctx->txn->GetEdge(target.as_edge().id));
        DOSSIER_RETURN_IF_ERROR(change(&e.properties));
        DOSSIER_RETURN_IF_ERROR(ctx->txn->PutEdge(e));
        Refresh(row, graph::MakeEdgeValue(std::move(e)));
        return Status::OK();
    }
    return eval::InvalidArgumentType("SET expects a node or a relationship", target);
}

Status SetOne(ExecContext* ctx, graph::Map* props, const std::string& key, const Value& v) {
    if (v.is_null()) {
        if (props->erase(key)) ++ctx->stats.properties_set;
        return Status::OK();
    }
    if (!v.IsStorable()) {
        return Status(Status::Code::kTypeError, "property " + key + " cannot store " + v.ToCypher(),
                      "InvalidPropertyType");
    }
    (*props)[key] = v;
    ++ctx->stats.properties_set;
    return Status::OK();
}

Result<graph::Map> MapOf(const Value& v) {
    if (v.is_map()) return v.as_map();
    if (v.is_node()) return v.as_node().properties;
    if (v.is_edge()) return v.as_edge().properties;
    return eval::InvalidArgumentType("SET expects a map of properties", v);
}

}  // namespace

Status CreatePattern(ExecContext* ctx, const CreateSpec& spec, Row* row) {
    DOSSIER_RETURN_IF_ERROR(NeedTransaction(ctx));
    row->resize(static_cast<size_t>(spec.width));
    for (const CreateNodeSpec& n : spec.nodes) {
        if (!n.create) {
            if (!(*row)[n.slot].is_node()) {
                return Status(Status::Code::kSemanticError,
                              "CREATE needs a node for `" + spec.scope.names()[n.slot] + "`, got " +
                                  (*row)[n.slot].ToCypher(),
                              "VariableTypeConflict");
            }
            continue;
        }
        graph::Node node;
        node.id = ctx->txn->NewNodeId();
        node.labels = n.labels;
        std::sort(node.labels.begin(), node.labels.end());
        node.labels.erase(std::unique(node.labels.begin(), node.labels.end()), node.labels.end());
        DOSSIER_ASSIGN_OR_RETURN(node.properties,
                                 EvaluatePropertyMap(n.properties, ctx->Env(spec.scope, *row)));
        DOSSIER_RETURN_IF_ERROR(CleanProperties(&node.properties));
        DOSSIER_RETURN_IF_ERROR(ctx->txn->PutNode(node));
        ++ctx->stats.nodes_created;
        ctx->stats.labels_added += static_cast<int64_t>(node.labels.size());
        ctx->stats.properties_set += static_cast<int64_t>(node.properties.size());
        (*row)[n.slot] = graph::MakeNodeValue(std::move(node));
    }
    for (const CreateEdgeSpec& e : spec.edges) {
        graph::Edge edge;
        edge.id = ctx->txn->NewEdgeId();
        edge.type = e.type;
        const Value& src = (*row)[e.src_slot];
        const Value& dst = (*row)[e.dst_slot];
        if (!src.is_node() || !dst.is_node()) {
            return Status(Status::Code::kSemanticError, "CREATE cannot connect a relationship to " +
                                                            (src.is_node() ? dst : src).ToCypher());
        }
        edge.src = src.as_node().id;
        edge.dst = dst.as_node().id;
        DOSSIER_ASSIGN_OR_RETURN(edge.properties,
                                 EvaluatePropertyMap(e.properties, ctx->Env(spec.scope, *row)));
        DOSSIER_RETURN_IF_ERROR(CleanProperties(&edge.properties));
        DOSSIER_RETURN_IF_ERROR(ctx->txn->PutEdge(edge));
        ++ctx->stats.relationships_created;
        ctx->stats.properties_set += static_cast<int64_t>(edge.properties.size());
        (*row)[e.slot] = graph::MakeEdgeValue(std::move(edge));
    }
    for (const PathSpec& p : spec.paths) {
        graph::Path path;
        path.nodes.push_back((*row)[p.node_slots[0]].as_node());
        for (size_t i = 0; i < p.edge_slots.size(); ++i) {
            path.edges.push_back((*row)[p.edge_slots[i]].as_edge());
            path.nodes.push_back((*row)[p.node_slots[i + 1]].as_node());
        }
        (*row)[p.slot] = graph::MakePathValue(std::move(path));
    }
    return Status::OK();
}

Status ApplySetItem(ExecContext* ctx, const eval::Scope& scope, const ast::SetItem& item,
                    Row* row) {
    DOSSIER_RETURN_IF_ERROR(NeedTransaction(ctx));
    const auto env = ctx->Env(scope, *row);
    switch (item.kind) {
        case ast::SetItem::Kind::kProperty: {
            const auto& prop = item.property->As<ast::PropertyExpr>();
            DOSSIER_ASSIGN_OR_RETURN(Value target, eval::Evaluate(*prop.object, env));
            if (target.is_null()) return Status::OK();
            DOSSIER_ASSIGN_OR_RETURN(Value v, eval::Evaluate(*item.value, env));
            return UpdateProperties(ctx, target, row, [&](graph::Map* props) {
                return SetOne(ctx, props, prop.key, v);
            });
        }
        case ast::SetItem::Kind::kReplaceProperties:
        case ast::SetItem::Kind::kMergeProperties: {
            const int slot = scope.Find(item.variable);
            if (slot < 0) return Status(Status::Code::kSemanticError, "undefined " + item.variable);
            const Value target = (*row)[slot];
            if (target.is_null()) return Status::OK();
            DOSSIER_ASSIGN_OR_RETURN(Value v, eval::Evaluate(*item.value, env));
            if (v.is_null()) v = Value(graph::Map{});
            DOSSIER_ASSIGN_OR_RETURN(graph::Map m, MapOf(v));
            const bool replace = item.kind == ast::SetItem::Kind::kReplaceProperties;
            return UpdateProperties(ctx, target, row, [&](graph::Map* props) -> Status {
                if (replace) {
                    for (auto it = props->begin(); it != props->end();) {
                        if (m.count(it->first)) {
                            ++it;
                            continue;
                        }
                        it = props->erase(it);
                        ++ctx->stats.properties_set;
                    }
                }
                for (const auto& [k, val] : m) DOSSIER_RETURN_IF_ERROR(SetOne(ctx, props, k, val));
                return Status::OK();
            });
        }
        case ast::SetItem::Kind::kLabels: {
            const int slot = scope.Find(item.variable);
            if (slot < 0) return Status(Status::Code::kSemanticError, "undefined " + item.variable);
            const Value target = (*row)[slot];
            if (target.is_null()) return Status::OK();
            if (!target.is_node())
                return eval::InvalidArgumentType("SET :Label expects a node", target);
            DOSSIER_ASSIGN_OR_RETURN(graph::Node n, ctx->txn->GetNode(target.as_node().id));
            for (const auto& label : item.labels) {
                if (n.HasLabel(label)) continue;
                n.labels.push_back(label);
                std::sort(n.labels.begin(), n.labels.end());
                ++ctx->stats.labels_added;
            }
            DOSSIER_RETURN_IF_ERROR(ctx->txn->PutNode(n));
            Refresh(row, graph::MakeNodeValue(std::move(n)));
            return Status::OK();
        }
    }
    return Status::OK();
}

}  // namespace dossier::query::exec
