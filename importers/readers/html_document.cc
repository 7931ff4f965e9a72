#include "importers/readers/html_document.h"

namespace dossier::importers {
namespace {

void AppendText(const GumboNode* node, std::string* out) {
    switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            out->append(node->v.text.text);
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboVector& children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                AppendText(static_cast<const GumboNode*>(children.data[i]), out);
            }
            return;
        }
        default:
            return;
    }
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html)
    : buffer_(html),
      output_(gumbo_parse_with_options(&kGumboDefaultOptions, buffer_.data(), buffer_.size())) {}

void HtmlDocument::Destroy::operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

bool IsElement(const GumboNode* node) {
    return node != nullptr && node->type == GUMBO_NODE_ELEMENT;
}

bool IsTag(const GumboNode* node, GumboTag tag) {
    return IsElement(node) && node->v.element.tag == tag;
}

std::string_view Attribute(const GumboNode* node, const char* name) {
    if (!IsElement(node)) return {};
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a == nullptr ? std::string_view() : std::string_view(a->value);
}

std::string TextContent(const GumboNode* node) {
    std::string out;
    AppendText(node, &out);
    return out;
}

}  // namespace dossier::importers
