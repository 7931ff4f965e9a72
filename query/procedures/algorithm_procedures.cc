// Graph algorithms as procedures: algo.pageRank, algo.betweenness, algo.degree,
// algo.connectedComponents. Each takes optional (label, relationshipType) arguments that restrict
// the graph to nodes of that label and edges of that type (null or absent: all), and yields
// `node, score` (or `node, component`). Edges are read as undirected for betweenness and
// components, directed for PageRank.
#include <algorithm>
#include <numeric>
#include <queue>
#include <unordered_map>

#include "query/procedures/procedure.h"

namespace dossier::query::procedures {

namespace {

// The projected graph: dense indexes 0..n-1 over the chosen nodes.
struct Projection {
    std::vector<graph::NodeId> ids;
    std::vector<std::vector<int>> out;   // directed adjacency
    std::vector<std::vector<int>> both;  // undirected adjacency
};

Result<std::optional<std::string>> OptionalString(const std::vector<graph::Value>& args, size_t i) {
    if (args.size() <= i || args[i].is_null()) return std::optional<std::string>();
    if (!args[i].is_string()) {
        return Status(Status::Code::kTypeError,
                      "procedure argument " + std::to_string(i + 1) +
                          " must be a label or type name, got " + args[i].ToCypher(),
                      "InvalidArgumentType");
    }
    return std::optional<std::string>(args[i].as_string());
}

Result<Projection> Project(const graph::GraphReader& reader,
                           const std::vector<graph::Value>& args) {
    DOSSIER_ASSIGN_OR_RETURN(auto label, OptionalString(args, 0));
    DOSSIER_ASSIGN_OR_RETURN(auto type, OptionalString(args, 1));
    Projection p;
    auto it = label ? reader.ScanLabel(*label) : reader.ScanNodes();
    for (; it->Valid(); it->Next()) p.ids.push_back(it->id());
    DOSSIER_RETURN_IF_ERROR(it->status());
    std::unordered_map<graph::NodeId, int> index;
    for (size_t i = 0; i < p.ids.size(); ++i) index[p.ids[i]] = static_cast<int>(i);
    p.out.resize(p.ids.size());
    p.both.resize(p.ids.size());
    std::optional<std::string_view> t;
    if (type) t = *type;
    for (size_t i = 0; i < p.ids.size(); ++i) {
        auto adj = reader.Adjacent(p.ids[i], graph::Direction::kOut, t);
        for (; adj->Valid(); adj->Next()) {
            auto j = index.find(adj->entry().neighbour);
            if (j == index.end()) continue;
            p.out[i].push_back(j->second);
            p.both[i].push_back(j->second);
            p.both[j->second].push_back(static_cast<int>(i));
        }
        DOSSIER_RETURN_IF_ERROR(adj->status());
    }
    return p;
}

Result<ProcedureRows> Rows(const graph::GraphReader& reader, const Projection& p,
                           const std::vector<graph::Value>& values) {
    ProcedureRows rows;
    rows.reserve(p.ids.size());
    for (size_t i = 0; i < p.ids.size(); ++i) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node n, reader.GetNode(p.ids[i]));
        rows.push_back({graph::MakeNodeValue(std::move(n)), values[i]});
    }
    return rows;
}

Result<ProcedureRows> PageRank(const graph::GraphReader& reader,
                               const std::vector<graph::Value>& args) {
    DOSSIER_ASSIGN_OR_RETURN(Projection p, Project(reader, args));
    const size_t n = p.ids.size();
    constexpr double kDamping = 0.85;
    constexpr int kIterations = 30;
    std::vector<double> rank(n, n ? 1.0 / static_cast<double>(n) : 0.0), next(n);
    for (int iter = 0; iter < kIterations; ++iter) {
        double dangling = 0;
        for (size_t i = 0; i < n; ++i) {
            if (p.out[i].empty()) dangling += rank[i];
        }
        const double base = (1 - kDamping + kDamping * dangling) / static_cast<double>(n);
        std::fill(next.begin(), next.end(), base);
        for (size_t i = 0; i < n; ++i) {
            if (p.out[i].empty()) continue;
            const double share = kDamping * rank[i] / static_cast<double>(p.out[i].size());
            for (int j : p.out[i]) next[j] += share;
        }
        rank.swap(next);
    }
    std::vector<graph::Value> values(rank.begin(), rank.end());
    return Rows(reader, p, values);
}

Result<ProcedureRows> Degree(const graph::GraphReader& reader,
                             const std::vector<graph::Value>& args) {
    DOSSIER_ASSIGN_OR_RETURN(Projection p, Project(reader, args));
    std::vector<graph::Value> values;
    for (const auto& adj : p.both) values.emplace_back(static_cast<double>(adj.size()));
    return Rows(reader, p, values);
}

// Brandes' algorithm on the undirected projection (each pair counted once).
Result<ProcedureRows> Betweenness(const graph::GraphReader& reader,
                                  const std::vector<graph::Value>& args) {
    DOSSIER_ASSIGN_OR_RETURN(Projection p, Project(reader, args));
    const int n = static_cast<int>(p.ids.size());
    std::vector<double> score(n, 0.0);
    std::vector<int> order;
    std::vector<std::vector<int>> preds(n);
    std::vector<double> sigma(n), delta(n);
    std::vector<int> dist(n);
    for (int s = 0; s < n; ++s) {
        order.clear();
        for (int i = 0; i < n; ++i) preds[i].clear();
        std::fill(sigma.begin(), sigma.end(), 0.0);
        std::fill(dist.begin(), dist.end(), -1);
        sigma[s] = 1;
        dist[s] = 0;
        std::queue<int> q;
        q.push(s);
        while (!q.empty()) {
            const int v = q.front();
            q.pop();
            order.push_back(v);
            for (int w : p.both[v]) {
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    q.push(w);
                }
                if (dist[w] == dist[v] + 1) {
                    sigma[w] += sigma[v];
                    preds[w].push_back(v);
                }
            }
        }
        std::fill(delta.begin(), delta.end(), 0.0);
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int w = *it;
            for (int v : preds[w]) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
            if (w != s) score[w] += delta[w];
        }
    }
    std::vector<graph::Value> values;
    for (double d : score) values.emplace_back(d / 2);
    return Rows(reader, p, values);
}

Result<ProcedureRows> Components(const graph::GraphReader& reader,
                                 const std::vector<graph::Value>& args) {
    DOSSIER_ASSIGN_OR_RETURN(Projection p, Project(reader, args));
    const size_t n = p.ids.size();
    std::vector<int64_t> component(n, -1);
    int64_t next = 0;
    for (size_t s = 0; s < n; ++s) {
        if (component[s] >= 0) continue;
        std::vector<int> stack{static_cast<int>(s)};
        component[s] = next;
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (int w : p.both[v]) {
                if (component[w] < 0) {
                    component[w] = next;
                    stack.push_back(w);
                }
            }
        }
        ++next;
    }
    std::vector<graph::Value> values(component.begin(), component.end());
    return Rows(reader, p, values);
}

}  // namespace

const std::vector<Procedure>& AlgorithmProcedures() {
    static const std::vector<Procedure> procs = {
        {"algo.pagerank", {"node", "score"}, 0, 2, PageRank},
        {"algo.betweenness", {"node", "score"}, 0, 2, Betweenness},
        {"algo.degree", {"node", "score"}, 0, 2, Degree},
        {"algo.connectedcomponents", {"node", "component"}, 0, 2, Components},
    };
    return procs;
}

}  // namespace dossier::query::procedures
