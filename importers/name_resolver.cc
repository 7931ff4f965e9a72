#include "importers/name_resolver.h"

#include <algorithm>
#include <map>

#include "importers/edge_key.h"
#include "importers/name_variants.h"
#include "importers/state_fact.h"

namespace dossier::importers {
namespace {

using graph::Edge;
using graph::Node;
using graph::NodeId;

bool Resolvable(const Node& n) {
    return n.HasLabel("Person") || n.HasLabel("Organization") || n.HasLabel("City");
}

std::string NameOf(const Node& n) {
    const graph::Value* v = n.Find("name");
    return v && v->is_string() ? v->as_string() : std::string();
}

std::vector<std::string> NamesOf(const Node& n) {
    std::vector<std::string> names;
    if (std::string name = NameOf(n); !name.empty()) names.push_back(std::move(name));
    if (const graph::Value* v = n.Find("aliases"); v && v->is_list()) {
        for (const graph::Value& a : v->as_list()) {
            if (a.is_string()) names.push_back(a.as_string());
        }
    }
    return names;
}

class Resolution {
  public:
    explicit Resolution(graph::Transaction* txn) : txn_(*txn) {}

    Status Run(const std::set<NodeId>& noted, ResolveStats* stats) {
        // The noted nodes and the short forms sharing a name with them: a new full name can
        // resolve a short node written by an earlier import. Only nodes that may be short
        // forms are gathered, so that a name many nodes share costs one look-up, not one each.
        std::set<NodeId> candidates;
        for (NodeId id : noted) {
            auto n = txn_.GetNode(id);
            if (!n.ok() || !Resolvable(*n)) continue;
            if (MayBeShortForm(*n)) candidates.insert(id);
            if (MayBeShortForm(*n) && n->HasLabel("Person")) continue;  // a full name has none
            for (const std::string& name : NamesOf(*n)) {
                if (n->HasLabel("Person") && NameWords(name).size() != 1) continue;
                for (NodeId other : txn_.FindByName(name)) {
                    if (other != id) candidates.insert(other);
                }
            }
        }
        for (NodeId id : candidates) {  // in id order: the same on every run
            auto s = txn_.GetNode(id);
            if (!s.ok() || !Resolvable(*s)) continue;  // joined to another node already
            bool ambiguous = false;
            const NodeId target = Target(*s, &ambiguous);
            if (ambiguous) ++stats->ambiguous;
            if (target == 0) continue;
            DOSSIER_RETURN_IF_ERROR(Join(*s, target));
            ++stats->joined;
        }
        return Status::OK();
    }

  private:
    const std::string& Label(const Node& n) const { return n.labels.front(); }

    // A Person named by one word; any Organization or City (its name may be another's alias).
    static bool MayBeShortForm(const Node& n) {
        return !n.HasLabel("Person") || NameWords(NameOf(n)).size() == 1;
    }

    uint64_t Articles(NodeId id) const {
        return txn_.Degree(id, graph::Direction::kOut, "MENTIONED_IN");
    }

    // The node `s` joins, or 0.
    NodeId Target(const Node& s, bool* ambiguous) const {
        const std::string name = NameOf(s);
        const std::string key = graph::NormalizeName(name);
        const std::vector<std::string> words = NameWords(name);
        const bool person = s.HasLabel("Person");
        if (key.empty() || (person && words.size() != 1)) return 0;
        std::vector<std::pair<uint64_t, NodeId>> bearers;  // (articles, id)
        for (NodeId id : txn_.FindByName(name)) {
            if (id == s.id) continue;
            auto t = txn_.GetNode(id);
            if (!t.ok() || !t->HasLabel(Label(s))) continue;
            const std::string tname = NameOf(*t);
            if (graph::NormalizeName(tname) == key || !MoreCanonical(tname, name)) continue;
            if (person) {
                const std::vector<std::string> tw = NameWords(tname);
                if (tw.size() < 2 || (tw.front() != words[0] && tw.back() != words[0])) continue;
            }
            bearers.emplace_back(Articles(id), id);
        }
        if (bearers.empty()) return 0;
        std::sort(bearers.begin(), bearers.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        if (bearers.size() == 1) return bearers.front().second;
        // Organisations and cities join only a single bearer: an alias shared by two is no
        // evidence for either.
        if (person && bearers[0].first >= kDominantShare * bearers[1].first) {
            return bearers.front().second;
        }
        *ambiguous = true;
        return 0;
    }

    // Moves every edge of `s` to `target`, merges the names, deletes `s`.
    Status Join(const Node& s, NodeId target) {
        std::vector<graph::EdgeId> edges;
        for (auto it = txn_.Adjacent(s.id, graph::Direction::kBoth); it->Valid(); it->Next()) {
            edges.push_back(it->entry().edge);
        }
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        for (graph::EdgeId id : edges) {
            DOSSIER_ASSIGN_OR_RETURN(Edge e, txn_.GetEdge(id));
            DOSSIER_RETURN_IF_ERROR(txn_.DeleteEdge(id));
            if (e.src == s.id) e.src = target;
            if (e.dst == s.id) e.dst = target;
            if (e.src == e.dst) continue;  // a fact between the two names of one entity
            e.id = ImportedEdgeId(e);
            DOSSIER_RETURN_IF_ERROR(PutMerged(std::move(e)));
        }
        DOSSIER_ASSIGN_OR_RETURN(Node t, txn_.GetNode(target));
        MergeNames(&t, {NameOf(s)}, NamesOf(s));
        if (s.Find("kind") && *s.Find("kind") == graph::Value("region")) {
            t.properties["kind"] = "region";
        }
        for (const char* k : {"title", "party"}) {
            const graph::Value* mine = s.Find(k);
            const graph::Value* theirs = t.Find(k);
            if (mine && mine->is_string() &&
                (!theirs || (theirs->is_string() && mine->as_string() < theirs->as_string()))) {
                t.properties[k] = *mine;
            }
        }
        DOSSIER_RETURN_IF_ERROR(txn_.PutNode(t));
        return txn_.DeleteNode(s.id, /*detach=*/false);
    }

    // Puts `e`, merging it with the edge already stored under its id.
    Status PutMerged(Edge e) {
        auto stored = txn_.GetEdge(e.id);
        if (!stored.ok()) {
            if (!stored.status().IsNotFound()) return stored.status();
            return txn_.PutEdge(e);
        }
        Edge merged = std::move(*stored);
        if (IsStateFact(e.type)) {
            MergeStateFacts(&merged, e);
        } else if (e.type == "MENTIONED_IN") {
            const graph::Value* a = merged.Find("count");
            const graph::Value* b = e.Find("count");
            if (a && b && a->is_int() && b->is_int()) {
                merged.properties["count"] = a->as_int() + b->as_int();
            }
            const graph::Value* sa = merged.Find("sentence");
            const graph::Value* sb = e.Find("sentence");
            if (sa && sb && sa->is_int() && sb->is_int() && sb->as_int() < sa->as_int()) {
                merged.properties["sentence"] = *sb;
                merged.properties["evidence"] = e.properties["evidence"];
            }
        }
        // Any other edge with the same id states the same fact from the same sentence.
        return txn_.PutEdge(merged);
    }

    graph::Transaction& txn_;
};

}  // namespace

void NameResolver::Note(const std::vector<graph::NodeId>& nodes) {
    noted_.insert(nodes.begin(), nodes.end());
}

Result<ResolveStats> NameResolver::Run(graph::GraphStore* store) {
    ResolveStats stats;
    if (noted_.empty()) return stats;
    DOSSIER_ASSIGN_OR_RETURN(auto txn, store->Begin());
    DOSSIER_RETURN_IF_ERROR(Resolution(txn.get()).Run(noted_, &stats));
    if (stats.joined > 0) DOSSIER_RETURN_IF_ERROR(txn->Commit());
    noted_.clear();
    return stats;
}

}  // namespace dossier::importers
