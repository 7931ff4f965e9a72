// Name variants: when two written names are one entity's, and which of them is its canonical
// `name`. Used by the GraphWriter (keys and names of the nodes it writes) and the NameResolver
// (short forms joined to their full-name entity after an import).
//
// PersonKey: the key of a Person node, so that the variants of one name meet whatever order
// they are read in: NormalizeName's folding (case, accents, punctuation), then a trailing
// possessive ("Okafor's") and a "Jr." suffix dropped, hyphens read as spaces ("Anne-Marie" =
// "Anne Marie"), and of three or more words only the first and the last kept, so middle names
// and initials meet ("Daniela M. Okafor" = "Daniela Okafor", "Mary Ann Smith" = "Mary Smith").
//
// The canonical-name rule: of the plain names an entity is written with (the name each article's
// coreference chain gives it, without honorifics or titles; never an alias such as "Mr. Okafor"),
// its `name` is the most complete, by these tests in turn: (1) more words (a hyphen separates
// words), (2) not written all in capitals, (3) more non-ASCII letters (accents kept: "José Ibáñez"
// over "Jose Ibanez"), (4) more hyphens ("Anne-Marie Duval" over "Anne Marie Duval"), (5) longer,
// (6) first in byte order. The rule is a total order, so the canonical name does not depend on the
// order the names were seen in; every other name is kept in `aliases`, sorted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/value.h"

namespace dossier::importers {

std::string PersonKey(std::string_view name);

// The words of NormalizeName(name) with hyphens read as spaces.
std::vector<std::string> NameWords(std::string_view name);

// Whether `a` is the better canonical name than `b` by the rule above.
bool MoreCanonical(std::string_view a, std::string_view b);

// Gives `node` (whose `name` may be absent) the canonical name among its own `name` and the plain
// `names`, and every other name (its aliases, `aliases`, the plain names that lost) as a sorted
// `aliases` list, without the names that normalise to the canonical one.
void MergeNames(graph::Node* node, const std::vector<std::string>& names,
                const std::vector<std::string>& aliases);

}  // namespace dossier::importers
