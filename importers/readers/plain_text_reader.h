// Plain-text articles in the seed's layout:
//
//   Updated at 14:13,22-06-2018        <- optional dateline: a short first line holding a date
//
//   Title On One Line                  <- optional title: one line followed by a blank line
//
//   Body paragraphs, separated by blank lines ...
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"
#include "importers/document.h"

namespace dossier::importers {

// Parses one article. `origin` (the path) becomes Article::origin and, without its folders,
// Article::source. Fails with InvalidArgument naming `origin` when the content is not text or has
// no body.
Result<Article> ParsePlainTextArticle(std::string_view content, const std::string& origin);

}  // namespace dossier::importers
