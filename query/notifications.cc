#include "query/notifications.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "graph/ascii.h"
#include "query/ast/pattern.h"

namespace dossier::query {

namespace {

// A suggestion is made when at most this share of the name's characters (rounded down, and at
// least one) must change to reach it; further away, a "did you mean" would be a guess.
constexpr size_t kSuggestionDivisor = 3;

class NameCollector {
  public:
    void Statement(const ast::Statement& statement) {
        // Pattern variables first: `v.key` reads a stored property key only when v is one.
        for (const ast::SingleQuery& query : statement.queries) {
            for (const ast::ClausePtr& clause : query.clauses) CollectVariables(*clause);
        }
        for (const ast::SingleQuery& query : statement.queries) {
            for (const ast::ClausePtr& clause : query.clauses) Clause(*clause);
        }
    }

    NamesRead Collected() const {
        NamesRead out;
        Keep(labels_, written_labels_, &out.labels);
        Keep(types_, written_types_, &out.relationship_types);
        Keep(keys_, written_keys_, &out.property_keys);
        return out;
    }

  private:
    static void Keep(const std::vector<NameUse>& uses, const std::set<std::string>& written,
                     std::vector<NameUse>* out) {
        std::set<std::string> seen;
        for (const NameUse& use : uses) {
            if (written.count(use.name) == 0 && seen.insert(use.name).second) out->push_back(use);
        }
    }

    void CollectVariables(const ast::Clause& clause) {
        auto add = [this](const ast::PatternPart& part) {
            for (const ast::NodePattern& n : part.nodes) {
                if (!n.variable.empty()) pattern_variables_.insert(n.variable);
            }
            for (const ast::RelationshipPattern& r : part.relationships) {
                if (!r.variable.empty()) pattern_variables_.insert(r.variable);
            }
        };
        if (const auto* m = clause.TryAs<ast::MatchClause>()) {
            for (const ast::PatternPart& part : m->pattern) add(part);
        } else if (const auto* c = clause.TryAs<ast::CreateClause>()) {
            for (const ast::PatternPart& part : c->pattern) add(part);
        } else if (const auto* g = clause.TryAs<ast::MergeClause>()) {
            add(g->pattern);
        }
    }

    void Clause(const ast::Clause& clause) {
        switch (clause.kind) {
            case ast::ClauseKind::kMatch: {
                const auto& m = clause.As<ast::MatchClause>();
                for (const ast::PatternPart& part : m.pattern) ReadPattern(part);
                return Expr(m.where.get());
            }
            case ast::ClauseKind::kUnwind:
                return Expr(clause.As<ast::UnwindClause>().list.get());
            case ast::ClauseKind::kWith: {
                const auto& w = clause.As<ast::WithClause>();
                Projection(w.projection);
                return Expr(w.where.get());
            }
            case ast::ClauseKind::kReturn:
                return Projection(clause.As<ast::ReturnClause>().projection);
            case ast::ClauseKind::kCreate:
                for (const ast::PatternPart& part : clause.As<ast::CreateClause>().pattern) {
                    WritePattern(part);
                }
                return;
            case ast::ClauseKind::kMerge: {
                const auto& m = clause.As<ast::MergeClause>();
                WritePattern(m.pattern);
                for (const ast::SetItem& item : m.on_create) Set(item);
                for (const ast::SetItem& item : m.on_match) Set(item);
                return;
            }
            case ast::ClauseKind::kSet:
                for (const ast::SetItem& item : clause.As<ast::SetClause>().items) Set(item);
                return;
            case ast::ClauseKind::kRemove:
                for (const ast::RemoveItem& item : clause.As<ast::RemoveClause>().items) {
                    if (item.property) Expr(item.property->As<ast::PropertyExpr>().object.get());
                }
                return;
            case ast::ClauseKind::kDelete:
                for (const ast::ExprPtr& e : clause.As<ast::DeleteClause>().expressions) {
                    Expr(e.get());
                }
                return;
            case ast::ClauseKind::kCall: {
                const auto& c = clause.As<ast::CallClause>();
                for (const ast::ExprPtr& e : c.args) Expr(e.get());
                return Expr(c.where.get());
            }
        }
    }

    void Projection(const ast::Projection& p) {
        for (const ast::ProjectionItem& item : p.items) Expr(item.expression.get());
        for (const ast::SortItem& item : p.order_by) Expr(item.expression.get());
        Expr(p.skip.get());
        Expr(p.limit.get());
    }

    void Set(const ast::SetItem& item) {
        switch (item.kind) {
            case ast::SetItem::Kind::kProperty: {
                const auto& property = item.property->As<ast::PropertyExpr>();
                written_keys_.insert(property.key);
                Expr(property.object.get());
                break;
            }
            case ast::SetItem::Kind::kReplaceProperties:
            case ast::SetItem::Kind::kMergeProperties:
                if (const auto* map = item.value->TryAs<ast::MapExpr>()) {
                    for (const auto& [key, value] : map->entries) written_keys_.insert(key);
                }
                break;
            case ast::SetItem::Kind::kLabels:
                written_labels_.insert(item.labels.begin(), item.labels.end());
                break;
        }
        Expr(item.value.get());
    }

    // A pattern that is looked for: its names are read.
    void ReadPattern(const ast::PatternPart& part) {
        for (const ast::NodePattern& n : part.nodes) {
            for (const std::string& label : n.labels) labels_.push_back({label, n.pos});
            PatternKeys(n.properties.get(), n.pos, &keys_);
        }
        for (const ast::RelationshipPattern& r : part.relationships) {
            for (const std::string& type : r.types) types_.push_back({type, r.pos});
            PatternKeys(r.properties.get(), r.pos, &keys_);
        }
    }

    // A pattern that CREATE or MERGE may make: its names are written; its values are read.
    void WritePattern(const ast::PatternPart& part) {
        std::vector<NameUse> keys;
        for (const ast::NodePattern& n : part.nodes) {
            written_labels_.insert(n.labels.begin(), n.labels.end());
            PatternKeys(n.properties.get(), n.pos, &keys);
        }
        for (const ast::RelationshipPattern& r : part.relationships) {
            written_types_.insert(r.types.begin(), r.types.end());
            PatternKeys(r.properties.get(), r.pos, &keys);
        }
        for (const NameUse& key : keys) written_keys_.insert(key.name);
    }

    // The keys of a pattern's {key: value} map; the values are expressions read like any other.
    void PatternKeys(const ast::Expression* properties, ast::SourcePos pos,
                     std::vector<NameUse>* keys) {
        if (properties == nullptr) return;
        if (const auto* map = properties->TryAs<ast::MapExpr>()) {
            for (const auto& [key, value] : map->entries) keys->push_back({key, pos});
        }
        Expr(properties);
    }

    void Expr(const ast::Expression* e) {
        if (e == nullptr) return;
        switch (e->kind) {
            case ast::ExprKind::kLabelCheck:
                for (const std::string& label : e->As<ast::LabelCheckExpr>().labels) {
                    labels_.push_back({label, e->pos});
                }
                break;
            case ast::ExprKind::kProperty: {
                const auto& p = e->As<ast::PropertyExpr>();
                if (IsPatternVariable(p.object.get())) keys_.push_back({p.key, e->pos});
                break;
            }
            case ast::ExprKind::kMapProjection: {
                const auto& m = e->As<ast::MapProjectionExpr>();
                if (pattern_variables_.count(m.variable) == 0) break;
                for (const ast::MapProjectionItem& item : m.items) {
                    if (item.kind == ast::MapProjectionItem::Kind::kProperty) {
                        keys_.push_back({item.key, e->pos});
                    }
                }
                break;
            }
            // Patterns inside expressions are looked for. Their property maps are reached again
            // by ForEachChild below, as plain maps whose values are read.
            case ast::ExprKind::kPatternPredicate:
                ReadNamesOf(*e->As<ast::PatternPredicateExpr>().pattern);
                break;
            case ast::ExprKind::kPatternComprehension:
                ReadNamesOf(*e->As<ast::PatternComprehensionExpr>().pattern);
                break;
            case ast::ExprKind::kExists:
                for (const ast::PatternPart& part : e->As<ast::ExistsExpr>().patterns) {
                    ReadNamesOf(part);
                }
                break;
            default:
                break;
        }
        ast::ForEachChild(*e, [this](const ast::Expression& child) { Expr(&child); });
    }

    // ReadPattern without visiting the property values (the caller's ForEachChild does).
    void ReadNamesOf(const ast::PatternPart& part) {
        for (const ast::NodePattern& n : part.nodes) {
            for (const std::string& label : n.labels) labels_.push_back({label, n.pos});
            if (const auto* map = n.properties ? n.properties->TryAs<ast::MapExpr>() : nullptr) {
                for (const auto& [key, value] : map->entries) keys_.push_back({key, n.pos});
            }
        }
        for (const ast::RelationshipPattern& r : part.relationships) {
            for (const std::string& type : r.types) types_.push_back({type, r.pos});
            if (const auto* map = r.properties ? r.properties->TryAs<ast::MapExpr>() : nullptr) {
                for (const auto& [key, value] : map->entries) keys_.push_back({key, r.pos});
            }
        }
    }

    bool IsPatternVariable(const ast::Expression* e) const {
        const auto* v = e ? e->TryAs<ast::VariableExpr>() : nullptr;
        return v != nullptr && pattern_variables_.count(v->name) != 0;
    }

    std::set<std::string> pattern_variables_;
    std::vector<NameUse> labels_, types_, keys_;
    std::set<std::string> written_labels_, written_types_, written_keys_;
};

// Levenshtein distance between `a` and `b`, ignoring ASCII case.
size_t EditDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const bool same = AsciiToLower(a[i - 1]) == AsciiToLower(b[j - 1]);
            const size_t next = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = row[j];
            row[j] = next;
        }
    }
    return row[b.size()];
}

// The known name nearest to `name`, or empty when none is close enough.
std::string Nearest(const std::string& name, const std::vector<std::string>& known) {
    const size_t limit = std::max<size_t>(1, name.size() / kSuggestionDivisor);
    std::string best;
    size_t best_distance = limit + 1;
    for (const std::string& candidate : known) {
        const size_t d = EditDistance(name, candidate);
        if (d < best_distance || (d == best_distance && !best.empty() && candidate < best)) {
            best = candidate;
            best_distance = d;
        }
    }
    return best_distance <= limit ? best : "";
}

void Report(const std::vector<NameUse>& uses, const std::vector<std::string>& known,
            const char* code, const char* what, const char* absent,
            std::vector<Notification>* out) {
    const std::set<std::string> have(known.begin(), known.end());
    for (const NameUse& use : uses) {
        if (have.count(use.name) != 0) continue;
        std::string message = std::string(what) + " `" + use.name + "` " + absent;
        const std::string nearest = Nearest(use.name, known);
        if (!nearest.empty()) message += " (did you mean `" + nearest + "`?)";
        out->push_back({code, std::move(message), use.pos});
    }
}

}  // namespace

NamesRead CollectNamesRead(const ast::Statement& statement) {
    NameCollector collector;
    collector.Statement(statement);
    return collector.Collected();
}

std::vector<Notification> UnknownNameNotifications(const NamesRead& read, const KnownNames& known) {
    std::vector<Notification> out;
    Report(read.labels, known.labels, "UnknownLabel", "label", "is not in the database", &out);
    Report(read.relationship_types, known.relationship_types, "UnknownRelationshipType",
           "relationship type", "is not in the database", &out);
    Report(read.property_keys, known.property_keys, "UnknownPropertyKey", "property key",
           known.property_keys_complete ? "is not in the database"
                                        : "was not seen in a sample of the database",
           &out);
    return out;
}

}  // namespace dossier::query
