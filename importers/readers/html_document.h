// HtmlDocument: an HTML5 parse tree (libgumbo) owned for the time the readers walk it, and the
// few node helpers they share. Only the HTML reader's files include this header.
#pragma once

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>

namespace dossier::importers {

class HtmlDocument {
  public:
    // Parses UTF-8 `html` as browsers do: any input gives a tree (<html>, <head>, <body> are
    // always there). The document keeps its own copy of the text, which the tree points into.
    explicit HtmlDocument(std::string_view html);

    // The <html> element.
    const GumboNode* root() const { return output_->root; }

  private:
    struct Destroy {
        void operator()(GumboOutput* output) const;
    };
    std::string buffer_;
    std::unique_ptr<GumboOutput, Destroy> output_;
};

// Whether `node` is an element, and if so one with tag `tag`.
bool IsElement(const GumboNode* node);
bool IsTag(const GumboNode* node, GumboTag tag);

// The value of attribute `name` of element `node`, or empty (also for nodes that are not
// elements). Gumbo has already decoded character references in it.
std::string_view Attribute(const GumboNode* node, const char* name);

// The text of every text node below `node`, in document order, as it stands (no white-space
// folding). For <script> and <style> that is their raw content.
std::string TextContent(const GumboNode* node);

// Calls fn(element) for `node` and every element below it, in document order. When fn returns
// false the element's children are not visited.
template <typename Fn>
void VisitElements(const GumboNode* node, Fn&& fn) {
    if (!IsElement(node)) return;
    if (!fn(node)) return;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        VisitElements(static_cast<const GumboNode*>(children.data[i]), fn);
    }
}

}  // namespace dossier::importers
