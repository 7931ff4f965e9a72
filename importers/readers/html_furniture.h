// Page furniture: the parts of a news page that are not the article (navigation, header and
// footer, asides, related-article lists, comments, figures and captions, cookie and consent
// notices, share buttons, newsletter and promo boxes, forms, scripts and styles).
#pragma once

#include <unordered_set>

#include "importers/readers/html_document.h"

namespace dossier::importers {

class FurnitureFilter {
  public:
    // Finds the page's landmarks: <h1>, <main> and itemprop="articleBody" elements.
    explicit FurnitureFilter(const HtmlDocument& doc);

    // True when element `node` and everything in it is furniture: by its tag, by being hidden,
    // by a word of its class, id or role in importers/data/html_furniture_words.inc, or (for
    // lists, tables and generic blocks) by being mostly link text, as lists of other stories
    // are. The last two never hold for a landmark or an element holding one: a page wrapper's
    // class ("page has-sidebar") says nothing about the article inside it.
    bool IsFurniture(const GumboNode* node) const;

  private:
    std::unordered_set<const GumboNode*> holds_landmark_;
};

}  // namespace dossier::importers
