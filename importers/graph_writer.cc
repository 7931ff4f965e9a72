#include "importers/graph_writer.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <unordered_set>

#include "graph/ascii.h"
#include "importers/edge_key.h"
#include "importers/name_variants.h"
#include "importers/state_fact.h"

namespace dossier::importers {
namespace {

using graph::Edge;
using graph::Node;
using graph::NodeId;
using graph::Value;

// A resolved ISO date as a date value; text that is no ISO date stays text.
Value DateValue(const std::string& iso) {
    if (auto d = graph::Date::FromIso(iso)) return Value(*d);
    return Value(iso);
}

// The publication date and clock time ("HH:MM[:SS]", no zone given) as a local date and time.
std::optional<graph::LocalDateTime> PublishedAt(const Article& a) {
    auto d = graph::Date::FromIso(a.date);
    if (!d || a.time.size() < 5) return std::nullopt;
    const int64_t h = std::stoi(a.time.substr(0, 2));
    const int64_t m = std::stoi(a.time.substr(3, 2));
    const int64_t s = a.time.size() >= 8 ? std::stoi(a.time.substr(6, 2)) : 0;
    return graph::LocalDateTime{d->days, ((h * 60 + m) * 60 + s) * graph::kNanosPerSecond};
}

std::string EntityKey(const Entity& e, const Article& a) {
    auto iso = e.attributes.find("iso2");
    if (e.label == EntityType::kCountry && iso != e.attributes.end() && iso->second.is_string()) {
        return AsciiLower(iso->second.as_string());
    }
    if (e.attributes.count("nominal")) return graph::NormalizeName(e.name) + "#" + a.key;
    return e.label == EntityType::kPerson ? PersonKey(e.name) : graph::NormalizeName(e.name);
}

class ArticleWrite {
  public:
    ArticleWrite(const Document& doc, graph::Transaction* txn) : doc_(doc), txn_(*txn) {}

    Result<WriteStats> Run() {
        const Article& a = doc_.article;
        article_ = graph::EntityNodeId("Article", a.key);
        if (txn_.HasNode(article_)) {
            stats_.skipped = true;
            return stats_;
        }
        Node art;
        art.id = article_;
        art.labels = {"Article"};
        art.properties = {
            {"key", a.key}, {"title", a.title}, {"source", a.source}, {"text", a.text}};
        if (!a.date.empty()) art.properties["date"] = DateValue(a.date);
        if (auto published = PublishedAt(a)) art.properties["published"] = *published;
        if (!a.url.empty()) art.properties["url"] = a.url;
        if (!a.author.empty()) art.properties["author"] = a.author;
        DOSSIER_RETURN_IF_ERROR(PutNode(art, /*stored=*/false));
        ids_.assign(doc_.entities.size(), 0);
        for (const Entity& e : doc_.entities) DOSSIER_RETURN_IF_ERROR(WriteEntity(e));
        for (const Relation& r : doc_.relations) DOSSIER_RETURN_IF_ERROR(WriteRelation(r));
        for (size_t i = 0; i < doc_.quotes.size(); ++i) {
            DOSSIER_RETURN_IF_ERROR(WriteQuote(doc_.quotes[i]));
        }
        for (const Event& e : doc_.events) DOSSIER_RETURN_IF_ERROR(WriteEvent(e));
        return stats_;
    }

  private:
    // `stored`: whether the node was already in the transaction's view before this article.
    // Quote and event ids include this article's key, and the article is new, so those nodes
    // are new unless this write already put them: the caller knows, no store read needed.
    Status PutNode(const Node& n, bool stored) {
        if (!stored && written_nodes_.insert(n.id).second) ++stats_.nodes_added;
        return txn_.PutNode(n);
    }

    // Sets the edge's id from its ends, type and properties (edge_key.h). Every such id but a
    // state fact's includes this article's key, and the article is new, so the edge is new
    // unless this write already put it: no store read needed (state facts read the store in
    // WriteStateFact).
    Status PutEdge(Edge e) {
        e.id = ImportedEdgeId(e);
        if (written_edges_.insert(e.id).second) ++stats_.edges_added;
        return txn_.PutEdge(e);
    }

    std::string Evidence(int sentence) const {
        if (sentence < 0 || sentence >= static_cast<int>(doc_.sentences.size())) return "";
        return std::string(doc_.TextOf(doc_.sentences[sentence].span));
    }

    // The provenance properties every extracted edge carries.
    graph::PropertyMap Provenance(int sentence) const {
        return {{"article", doc_.article.key},
                {"sentence", static_cast<int64_t>(sentence)},
                {"evidence", Evidence(sentence)}};
    }

    Status WriteEntity(const Entity& e) {
        const char* label = EntityTypeName(e.label);
        const NodeId id = graph::EntityNodeId(label, EntityKey(e, doc_.article));
        ids_[e.id] = id;
        // Nominal entities are keyed within their article and countries by their code: neither
        // has a short form to resolve.
        if (!e.attributes.count("nominal") && e.label != EntityType::kCountry) {
            stats_.entity_nodes.push_back(id);
        }
        Node n;
        auto existing = txn_.GetNode(id);
        if (existing.ok()) {
            n = *existing;
        } else {
            n.id = id;
            n.labels = {label};
        }
        MergeNames(&n, {e.name}, e.aliases);
        if (e.label == EntityType::kCity) {
            // A place is a region (a state, a continent) when any article's gazetteer says so.
            auto kind = e.attributes.find("kind");
            const Value* stored = n.Find("kind");
            const bool region = (kind != e.attributes.end() && kind->second == Value("region")) ||
                                (stored != nullptr && *stored == Value("region"));
            n.properties["kind"] = region ? "region" : "city";
        }
        for (const auto& [k, v] : e.attributes) {
            if (k == "iso2") n.properties[k] = v;
            // Articles may disagree on a title or party; the first in byte order is kept, so
            // that the node does not depend on import order (the LEADER_OF and OFFICIAL_OF edges
            // keep every title with its support).
            if (k == "title" || k == "party") {
                auto old = n.properties.find(k);
                if (old == n.properties.end() || (v.is_string() && old->second.is_string() &&
                                                  v.as_string() < old->second.as_string())) {
                    n.properties[k] = v;
                }
            }
        }
        if (!existing.ok()) {
            ++stats_.entities_added;
            DOSSIER_RETURN_IF_ERROR(PutNode(n, /*stored=*/false));
        } else if (n.labels != existing->labels || n.properties != existing->properties) {
            DOSSIER_RETURN_IF_ERROR(PutNode(n, /*stored=*/true));
        }
        // else: an entity seen before with nothing new (the usual case for recurring names).
        // Rewriting it would change nothing but cost a read and a rewrite of its index entries.
        Edge m;
        m.src = id;
        m.dst = article_;
        m.type = "MENTIONED_IN";
        int first_sentence = e.mentions.empty() ? 0 : doc_.mentions[e.mentions.front()].sentence;
        m.properties = Provenance(first_sentence);
        m.properties["count"] = static_cast<int64_t>(e.mentions.size());
        return PutEdge(m);
    }

    Status WriteRelation(const Relation& r) {
        if (r.source < 0 || r.target < 0 || r.target_is_event) return Status::OK();
        Edge e;
        e.src = ids_[r.source];
        e.dst = ids_[r.target];
        e.type = r.type;
        e.properties = Provenance(r.sentence);
        if (!r.verb.empty()) e.properties["verb"] = r.verb;
        e.properties["negated"] = r.negated;
        if (r.attributed_to >= 0) {
            e.properties["attributed_to"] = doc_.entities[r.attributed_to].name;
        }
        e.properties["rule"] = r.rule;
        for (const auto& [k, v] : r.properties) e.properties[k] = v;
        if (IsStateFact(e.type)) return WriteStateFact(std::move(e));
        return PutEdge(e);
    }

    // One edge per state fact: this article's evidence joins the stored edge, if any.
    Status WriteStateFact(Edge e) {
        e.id = ImportedEdgeId(e);
        // An article states a fact once: a later sentence of it adds nothing.
        if (!state_facts_.insert(e.id).second) return Status::OK();
        MakeStateFact(&e);
        auto stored = txn_.GetEdge(e.id);
        if (!stored.ok() && stored.status().IsNotFound()) return PutEdge(e);
        DOSSIER_RETURN_IF_ERROR(stored.status());
        Edge merged = std::move(*stored);
        MergeStateFacts(&merged, e);
        return txn_.PutEdge(merged);
    }

    Status WriteQuote(const Quote& q) {
        Node n;
        n.id = graph::EntityNodeId("Quote", doc_.article.key + "#" + std::to_string(q.span.start));
        n.labels = {"Quote"};
        n.properties = {{"text", q.text},
                        {"direct", q.direct},
                        {"article", doc_.article.key},
                        {"sentence", static_cast<int64_t>(q.sentence)}};
        if (!q.cue.empty()) n.properties["cue"] = q.cue;
        DOSSIER_RETURN_IF_ERROR(PutNode(n, /*stored=*/false));
        if (q.speaker >= 0) {
            Edge said;
            said.src = ids_[q.speaker];
            said.dst = n.id;
            said.type = "SAID";
            said.properties = Provenance(q.sentence);
            if (!q.cue.empty()) said.properties["verb"] = q.cue;
            said.properties["direct"] = q.direct;
            DOSSIER_RETURN_IF_ERROR(PutEdge(said));
        }
        for (int about : q.about) {
            Edge e;
            e.src = n.id;
            e.dst = ids_[about];
            e.type = "ABOUT";
            e.properties = Provenance(q.sentence);
            DOSSIER_RETURN_IF_ERROR(PutEdge(e));
        }
        return Status::OK();
    }

    Status WriteEvent(const Event& ev) {
        Node n;
        n.id = graph::EntityNodeId("Event", doc_.article.key + "#" + std::to_string(ev.id));
        n.labels = {"Event"};
        n.properties = {{"kind", ev.kind},
                        {"text", ev.text},
                        {"article", doc_.article.key},
                        {"sentence", static_cast<int64_t>(ev.sentence)}};
        if (!ev.date.empty()) n.properties["date"] = DateValue(ev.date);
        if (!ev.date_text.empty()) n.properties["date_text"] = ev.date_text;
        for (const auto& [k, v] : ev.properties) n.properties[k] = v;
        DOSSIER_RETURN_IF_ERROR(PutNode(n, /*stored=*/false));
        if (ev.place >= 0) {
            Edge e;
            e.src = n.id;
            e.dst = ids_[ev.place];
            e.type = "OCCURRED_IN";
            e.properties = Provenance(ev.sentence);
            DOSSIER_RETURN_IF_ERROR(PutEdge(e));
        }
        for (const auto& p : ev.participants) {
            if (p.entity < 0) continue;
            Edge e;
            e.src = ids_[p.entity];
            e.dst = n.id;
            e.type = "PARTICIPATED_IN";
            e.properties = Provenance(ev.sentence);
            e.properties["role"] = p.role;
            DOSSIER_RETURN_IF_ERROR(PutEdge(e));
        }
        return Status::OK();
    }

    const Document& doc_;
    graph::Transaction& txn_;
    NodeId article_ = 0;
    std::vector<NodeId> ids_;
    std::unordered_set<NodeId> written_nodes_;
    std::unordered_set<graph::EdgeId> written_edges_;
    std::unordered_set<graph::EdgeId> state_facts_;  // state edges this article has stated
    WriteStats stats_;
};

}  // namespace

Result<WriteStats> GraphWriter::Write(const Document& doc) {
    std::vector<Result<WriteStats>> results = WriteChunk({&doc});
    return std::move(results.front());
}

std::vector<Result<WriteStats>> GraphWriter::WriteChunk(const std::vector<const Document*>& docs) {
    std::vector<Result<WriteStats>> results(docs.size(), WriteStats{});
    std::vector<bool> failed(docs.size(), false);
    for (size_t i = 0; i < docs.size(); ++i) {
        if (docs[i]->article.key.empty()) {
            results[i] = Status::InvalidArgument(docs[i]->article.origin + ": article has no key");
            failed[i] = true;
        }
    }
    // A transaction cannot take back part of its writes, so an article that fails midway
    // spoils the pass: it is marked failed and the chunk is written again without it. Failures
    // are rare, so the usual chunk takes one pass.
    for (;;) {
        auto txn = store_->Begin();
        if (!txn.ok()) {
            for (size_t i = 0; i < docs.size(); ++i) {
                if (!failed[i]) results[i] = txn.status();
            }
            return results;
        }
        bool retry = false;
        bool changed = false;
        for (size_t i = 0; i < docs.size() && !retry; ++i) {
            if (failed[i]) continue;
            Result<WriteStats> r = ArticleWrite(*docs[i], txn->get()).Run();
            if (!r.ok()) {
                failed[i] = true;
                retry = true;
            } else if (!r->skipped) {
                changed = true;
            }
            results[i] = std::move(r);
        }
        if (retry) continue;           // the transaction is dropped: nothing of this pass is stored
        if (!changed) return results;  // nothing new: no commit needed
        const Status s = (*txn)->Commit();
        if (!s.ok()) {
            for (size_t i = 0; i < docs.size(); ++i) {
                if (!failed[i]) results[i] = s;
            }
        }
        return results;
    }
}

}  // namespace dossier::importers
