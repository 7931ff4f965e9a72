// What a news page says about its article: headline, publication date, author, address and
// site, from JSON-LD, OpenGraph and <meta> tags, and the page's own <h1>, <time> and <title>.
#pragma once

#include <string>

#include "importers/readers/html_document.h"

namespace dossier::importers {

struct PageMetadata {
    std::string title;
    std::string date;  // ISO "YYYY-MM-DD", or empty
    std::string author;
    std::string url;
    std::string site_name;
};

// Each field from the first source that has it, in this order: the JSON-LD object whose @type
// is in importers/data/jsonld_article_types.inc (top level, in a list or in @graph; blocks that
// are not valid JSON are passed over); OpenGraph (og:title, article:published_time,
// article:author unless it is a URL, og:url, og:site_name); other <meta> names (twitter:title,
// date, pubdate, dc.date, author, dc.creator, ...) and <link rel="canonical">; then the first
// <h1>, the first <time datetime> and <title>. White space is folded in every field.
PageMetadata ReadPageMetadata(const HtmlDocument& doc);

}  // namespace dossier::importers
