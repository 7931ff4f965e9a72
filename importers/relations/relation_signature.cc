#include "importers/relations/relation_signature.h"

#include <algorithm>
#include <unordered_map>

#include "importers/data_table.h"

namespace dossier::importers {
namespace {

constexpr std::string_view kSignatures =
#include "importers/data/relation_signatures.inc"
    ;

struct Signature {
    std::vector<std::string_view> sources;
    std::vector<std::string_view> targets;
};

std::vector<std::string_view> SplitCommas(std::string_view s) {
    std::vector<std::string_view> out;
    size_t pos = 0;
    while (pos <= s.size()) {
        size_t comma = s.find(',', pos);
        if (comma == std::string_view::npos) comma = s.size();
        if (comma > pos) out.push_back(s.substr(pos, comma - pos));
        pos = comma + 1;
    }
    return out;
}

const std::unordered_map<std::string_view, Signature>& Signatures() {
    static const auto table = [] {
        std::unordered_map<std::string_view, Signature> m;
        ForEachRow(kSignatures, [&m](const std::vector<std::string_view>& cols) {
            if (cols.size() != 3) return;
            m[cols[0]] = Signature{SplitCommas(cols[1]), SplitCommas(cols[2])};
        });
        return m;
    }();
    return table;
}

bool Has(const std::vector<std::string_view>& labels, std::string_view label) {
    return std::find(labels.begin(), labels.end(), label) != labels.end();
}

std::string TallyKey(const std::string& type, const std::string& rule) {
    return type + "/" + rule;
}

}  // namespace

bool SignatureAllows(std::string_view type, std::string_view source, std::string_view target) {
    auto it = Signatures().find(type);
    return it != Signatures().end() && Has(it->second.sources, source) &&
           Has(it->second.targets, target);
}

std::vector<std::string_view> SignedRelationTypes() {
    std::vector<std::string_view> out;
    for (const auto& [type, sig] : Signatures()) out.push_back(type);
    std::sort(out.begin(), out.end());
    return out;
}

void DropUnsignedRelations(Document* doc) {
    std::vector<Relation> kept;
    kept.reserve(doc->relations.size());
    for (Relation& r : doc->relations) {
        // An event target is checked by the event extractor; only entity ends have labels here.
        if (r.target_is_event || r.source < 0 || r.target < 0) {
            kept.push_back(std::move(r));
            continue;
        }
        const char* source = EntityTypeName(doc->entities[r.source].label);
        const char* target = EntityTypeName(doc->entities[r.target].label);
        if (SignatureAllows(r.type, source, target)) {
            kept.push_back(std::move(r));
        } else {
            doc->dropped_relations.push_back({r.type, r.rule, source, target, r.sentence});
        }
    }
    doc->relations = std::move(kept);
}

void RelationTally::Add(const Document& doc) {
    for (const Relation& r : doc.relations) {
        ++found_;
        ++by_rule_[TallyKey(r.type, r.rule)].found;
    }
    for (const DroppedRelation& d : doc.dropped_relations) {
        ++found_;
        ++dropped_;
        Count& c = by_rule_[TallyKey(d.type, d.rule)];
        ++c.found;
        ++c.dropped;
    }
}

std::string RelationTally::Summary() const {
    std::vector<std::pair<std::string, Count>> rows;
    for (const auto& [key, c] : by_rule_) {
        if (c.dropped > 0) rows.emplace_back(key, c);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.second.dropped > b.second.dropped;
    });
    std::string out = "relations dropped by signature: " + std::to_string(dropped_) + " of " +
                      std::to_string(found_);
    for (size_t i = 0; i < rows.size(); ++i) {
        out += i == 0 ? " (" : ", ";
        out += rows[i].first + " " + std::to_string(rows[i].second.dropped) + " of " +
               std::to_string(rows[i].second.found);
    }
    if (!rows.empty()) out += ")";
    return out;
}

}  // namespace dossier::importers
