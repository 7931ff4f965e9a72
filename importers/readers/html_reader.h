// HTML news pages, parsed as browsers do (libgumbo): the headline, publication date, author, URL
// and site from JSON-LD, OpenGraph and <meta> tags (html_metadata.h), and the article body
// without the page's furniture (html_body.h). Block elements become paragraph breaks (blank
// lines).
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"
#include "importers/document.h"

namespace dossier::importers {

// `content` may be UTF-8 or in the character set the page declares (or Windows-1252, sniffed);
// mojibake is repaired before parsing (DecodeArticleBytes, RepairMojibake). Source: the site
// name, else the host of the page's URL, else the file name. A leading body paragraph that
// repeats the headline is dropped. Fails with InvalidArgument naming `origin` (and the line, for
// bytes that cannot be read) when the page is not text or has no body text.
Result<Article> ParseHtmlArticle(std::string_view content, const std::string& origin);

}  // namespace dossier::importers
