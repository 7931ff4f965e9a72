// Relation signatures: which labels each relationship type may connect, from the table in
// importers/data/relation_signatures.inc (one line per type; docs/schema.md lists them).
//
// DropUnsignedRelations runs after every stage that adds relations (the relation and event
// extractors) and drops each relation whose source or target label breaks its type's signature,
// or whose type has no signature; each drop is recorded in Document::dropped_relations with its
// rule, so `dossier extract` and the import summary show how often each rule breaks a signature.
// RelationTally sums found and dropped relations per type and rule over many documents.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "importers/document.h"

namespace dossier::importers {

// Whether `type` may connect a `source` node to a `target` node (labels as EntityTypeName
// spells them). False for a type with no signature.
bool SignatureAllows(std::string_view type, std::string_view source, std::string_view target);

// The types that have a signature, sorted.
std::vector<std::string_view> SignedRelationTypes();

// REQUIRES: doc->relations point at valid entities (as the extractors leave them).
void DropUnsignedRelations(Document* doc);

// Found (kept + dropped) and dropped relations per "TYPE/rule".
class RelationTally {
  public:
    struct Count {
        uint64_t found = 0;
        uint64_t dropped = 0;
    };
    void Add(const Document& doc);
    uint64_t found() const { return found_; }
    uint64_t dropped() const { return dropped_; }
    const std::map<std::string, Count>& by_rule() const { return by_rule_; }
    // "relations dropped by signature: 3 of 120 (LEADER_OF/verb-frame 2 of 9, ...)": only the
    // type/rule pairs that dropped something, most drops first.
    std::string Summary() const;

  private:
    uint64_t found_ = 0;
    uint64_t dropped_ = 0;
    std::map<std::string, Count> by_rule_;
};

}  // namespace dossier::importers
