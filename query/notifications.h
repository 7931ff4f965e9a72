// Notifications: warnings about a statement that runs but may not mean what it says, in the
// manner of Neo4j's. Today: a label, relationship type or property key that the database has
// never held (usually a typo: the pattern then matches nothing), with the nearest known name.
#pragma once

#include <string>
#include <vector>

#include "query/ast/statement.h"

namespace dossier::query {

struct Notification {
    std::string code;     // "UnknownLabel", "UnknownRelationshipType" or "UnknownPropertyKey"
    std::string message;  // "label `Persn` is not in the database (did you mean `Person`?)"
    ast::SourcePos pos;   // where the name first appears
};

// A label, relationship type or property key as a statement reads it.
struct NameUse {
    std::string name;
    ast::SourcePos pos;
};

// The names a statement looks for, each once, in source order: labels and relationship types of
// MATCH patterns, pattern predicates, pattern comprehensions and EXISTS; labels of `n:Label`
// tests; property keys of those patterns' property maps and of `v.key` and `v {.key}` where v is
// a pattern variable. A name the statement itself writes (CREATE, MERGE, SET) is left out: the
// statement may be what adds it.
struct NamesRead {
    std::vector<NameUse> labels;
    std::vector<NameUse> relationship_types;
    std::vector<NameUse> property_keys;
    bool empty() const {
        return labels.empty() && relationship_types.empty() && property_keys.empty();
    }
};
NamesRead CollectNamesRead(const ast::Statement& statement);

// What the database holds.
struct KnownNames {
    std::vector<std::string> labels;
    std::vector<std::string> relationship_types;
    std::vector<std::string> property_keys;
    // False when property_keys come from a sample of the database rather than all of it: an
    // unknown key is then reported as not seen in the sample.
    bool property_keys_complete = true;
};

// One notification per name in `read` that `known` lacks, suggesting the known name of the same
// kind nearest to it in spelling (ignoring case) when one is close.
std::vector<Notification> UnknownNameNotifications(const NamesRead& read, const KnownNames& known);

}  // namespace dossier::query
