// The article body of a news page: which element holds it, and its text as paragraphs.
#pragma once

#include <string>
#include <vector>

#include "importers/readers/html_document.h"

namespace dossier::importers {

// The paragraphs of the article, white space folded, furniture (FurnitureFilter) left out.
// The body is the itemprop="articleBody" element, else the <article> with the most paragraph
// text, else the densest block: the element whose <p> children (and, at half weight,
// grandchildren) hold the most text. Block elements and <br> end a paragraph. Empty when the page
// has no text outside furniture.
std::vector<std::string> ArticleParagraphs(const HtmlDocument& doc);

}  // namespace dossier::importers
