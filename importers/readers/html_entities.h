// HTML character references in text that did not come through an HTML parser: JSON Lines fields
// and plain text often carry them ("Peace &amp; Security", "Brussels&#8217; answer").
#pragma once

#include <string>
#include <string_view>

namespace dossier::importers {

// `text` with character references decoded: numeric (&#8217; &#x2019;) and the named ones of
// importers/data/html_entities.inc, each ending with ';'. A no-break space becomes a plain space.
// Anything else ("AT&T", "&bogus;", a reference to a surrogate or to U+0000) is kept as it is.
std::string DecodeHtmlEntities(std::string_view text);

}  // namespace dossier::importers
