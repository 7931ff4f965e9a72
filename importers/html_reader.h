// HTML news pages: title, publication date and source from the usual meta tags, and the body text
// without navigation, scripts, styles, headers, footers, asides and forms. When the page has an
// <article> element only its text is taken. Block elements become paragraph breaks (blank lines).
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"
#include "importers/document.h"

namespace dossier::importers {

// Title: og:title, else the first <h1>, else <title>. Date: article:published_time, og: or
// Dublin Core dates, "date"/"pubdate" meta, else the first <time datetime>. Source: og:site_name,
// else the host of og:url, else the file name. Fails with InvalidArgument naming `origin` when
// the page is not text or has no body text.
Result<Article> ParseHtmlArticle(std::string_view content, const std::string& origin);

// Decodes character references (&amp; &#8217; &#x2019; and the common named ones) in `text`.
std::string DecodeHtmlEntities(std::string_view text);

}  // namespace dossier::importers
