// The `dossier extract` JSON: everything the pipeline found in one article, in the shape issue 3
// fixes (text, article, sentences, mentions, entities, quotes, relations, events). Offsets are
// [start, end) UTF-8 byte offsets into `text`; entity references are indices into `entities`
// (null when absent).
#pragma once

#include <string>

#include "importers/document.h"

namespace dossier::importers {

// One JSON object on one line (no trailing newline). Invalid UTF-8 is replaced, never thrown.
std::string ExtractionJson(const Document& doc);

}  // namespace dossier::importers
