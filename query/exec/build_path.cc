// BuildPath: assembles a named path (p = ...) from the nodes and edges a pattern bound. For
// variable-length segments the intermediate nodes are read from the graph.
#include "query/exec/expand_support.h"

namespace dossier::query::exec {

namespace {

class BuildPath : public Operator {
  public:
    BuildPath(ExecContext* ctx, OperatorPtr child, PathSpec spec, int width)
        : Operator(ctx, std::move(child)), spec_(std::move(spec)), width_(width) {}
    std::string Describe() const override { return "BuildPath"; }

  protected:
    Result<bool> Next(Row* row) override {
        DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
        if (!more) return false;
        row->resize(static_cast<size_t>(width_));
        DOSSIER_ASSIGN_OR_RETURN((*row)[spec_.slot], Build(*row));
        return true;
    }

  private:
    Result<graph::Value> Build(const Row& row) const {
        graph::Path path;
        const graph::Value& first = row[spec_.node_slots[0]];
        if (!first.is_node()) return graph::Value();
        DOSSIER_ASSIGN_OR_RETURN(graph::Node start, Full(first.as_node()));
        path.nodes.push_back(std::move(start));
        for (size_t i = 0; i < spec_.edge_slots.size(); ++i) {
            const graph::Value& e = row[spec_.edge_slots[i]];
            if (e.is_null()) return graph::Value();
            graph::List edges = e.is_list() ? e.as_list() : graph::List{e};
            for (const auto& ev : edges) {
                DOSSIER_ASSIGN_OR_RETURN(graph::Edge edge, FullEdge(ev.as_edge()));
                const graph::NodeId at = path.nodes.back().id;
                const graph::NodeId next = edge.src == at ? edge.dst : edge.src;
                path.edges.push_back(std::move(edge));
                DOSSIER_ASSIGN_OR_RETURN(graph::Node n, ctx_->reader->GetNode(next));
                path.nodes.push_back(std::move(n));
            }
        }
        return graph::MakePathValue(std::move(path));
    }

    // Values bound without their properties (anonymous elements) are read in full.
    Result<graph::Node> Full(const graph::Node& n) const { return ctx_->reader->GetNode(n.id); }
    Result<graph::Edge> FullEdge(const graph::Edge& e) const { return ctx_->reader->GetEdge(e.id); }

    const PathSpec spec_;
    const int width_;
};

}  // namespace

OperatorPtr MakeBuildPath(ExecContext* ctx, OperatorPtr child, PathSpec spec, int width) {
    return std::make_unique<BuildPath>(ctx, std::move(child), std::move(spec), width);
}

}  // namespace dossier::query::exec
