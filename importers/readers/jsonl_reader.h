// JSON Lines articles with the field names news crawlers (news-please and the like) write: `title`,
// `maintext` or `text`, `date_publish` or `date`, `url`, `source_domain`. One object per line.
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"
#include "importers/document.h"

namespace dossier::importers {

// Parses one line (UTF-8, or Windows-1252 converted as DecodeArticleBytes does). Article::text is
// the `maintext` (or else `text`) field with HTML character references decoded and mojibake
// repaired (CleanArticleText), otherwise byte for byte, so offsets computed on it match what the
// crawler stored whenever the field needed no cleaning. `title` is cleaned the same way;
// `authors` (a list) or `author` gives Article::author. Fails with InvalidArgument
// "<origin>: ..." for malformed JSON, a value that is not an object, or a missing or empty text
// field.
Result<Article> ParseJsonArticle(std::string_view line, const std::string& origin);

// The host of an http(s) URL ("https://www.x.org/a" -> "www.x.org"), or empty.
std::string HostOfUrl(std::string_view url);

}  // namespace dossier::importers
