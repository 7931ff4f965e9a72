#include "importers/readers/html_furniture.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_set>

#include "graph/ascii.h"
#include "importers/data_table.h"
#include "importers/readers/article_text.h"

namespace dossier::importers {
namespace {

constexpr std::string_view kFurnitureWordTable =
#include "importers/data/html_furniture_words.inc"
    ;

// A block whose link text is more than this share of its text is a list of links to elsewhere.
constexpr double kMaxLinkDensity = 0.5;

// Elements that never hold article text.
constexpr std::array<GumboTag, 21> kFurnitureTags = {
    GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,      GUMBO_TAG_NOSCRIPT, GUMBO_TAG_NAV,
    GUMBO_TAG_HEADER,   GUMBO_TAG_FOOTER,     GUMBO_TAG_ASIDE,    GUMBO_TAG_FORM,
    GUMBO_TAG_FIGURE,   GUMBO_TAG_FIGCAPTION, GUMBO_TAG_BUTTON,   GUMBO_TAG_IFRAME,
    GUMBO_TAG_SELECT,   GUMBO_TAG_INPUT,      GUMBO_TAG_TEXTAREA, GUMBO_TAG_SVG,
    GUMBO_TAG_TEMPLATE, GUMBO_TAG_OBJECT,     GUMBO_TAG_EMBED,    GUMBO_TAG_CANVAS,
    GUMBO_TAG_MENU};

// Blocks judged by their link density.
constexpr std::array<GumboTag, 6> kLinkListTags = {
    GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_DIV, GUMBO_TAG_SECTION, GUMBO_TAG_TABLE, GUMBO_TAG_DL};

const std::unordered_set<std::string>& FurnitureWords() {
    static const auto* words = [] {
        auto* w = new std::unordered_set<std::string>();
        ForEachRow(kFurnitureWordTable,
                   [w](const std::vector<std::string_view>& cols) { w->emplace(cols[0]); });
        return w;
    }();
    return *words;
}

// Whether a word of `value` (split at punctuation and at lower-to-upper case changes, then
// lower-cased) is a furniture word.
bool HasFurnitureWord(std::string_view value) {
    std::string word;
    auto flush = [&word]() {
        const bool hit = !word.empty() && FurnitureWords().count(word) > 0;
        word.clear();
        return hit;
    };
    for (size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (!std::isalnum(c)) {
            if (flush()) return true;
            continue;
        }
        if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(value[i - 1]))) {
            if (flush()) return true;
        }
        word.push_back(AsciiToLower(static_cast<char>(c)));
    }
    return flush();
}

bool IsHidden(const GumboNode* node) {
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
    if (Attribute(node, "aria-hidden") == "true") return true;
    std::string style(Attribute(node, "style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    return style.find("display:none") != std::string::npos;
}

void CountText(const GumboNode* node, bool in_link, size_t* text, size_t* link_text) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        const size_t n = CollapseSpace(node->v.text.text).size();
        *text += n;
        if (in_link) *link_text += n;
        return;
    }
    if (!IsElement(node)) return;
    in_link = in_link || node->v.element.tag == GUMBO_TAG_A;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        CountText(static_cast<const GumboNode*>(children.data[i]), in_link, text, link_text);
    }
}

bool IsMostlyLinks(const GumboNode* node) {
    size_t text = 0, link_text = 0;
    CountText(node, false, &text, &link_text);
    return text > 0 && static_cast<double>(link_text) > kMaxLinkDensity * static_cast<double>(text);
}

}  // namespace

FurnitureFilter::FurnitureFilter(const HtmlDocument& doc) {
    VisitElements(doc.root(), [this](const GumboNode* node) {
        if (IsTag(node, GUMBO_TAG_H1) || IsTag(node, GUMBO_TAG_MAIN) ||
            Attribute(node, "itemprop") == "articleBody") {
            for (const GumboNode* n = node; n != nullptr; n = n->parent) {
                if (!holds_landmark_.insert(n).second) break;
            }
        }
        return true;
    });
}

bool FurnitureFilter::IsFurniture(const GumboNode* node) const {
    if (!IsElement(node)) return false;
    const GumboTag tag = node->v.element.tag;
    if (std::find(kFurnitureTags.begin(), kFurnitureTags.end(), tag) != kFurnitureTags.end()) {
        return true;
    }
    if (IsHidden(node)) return true;
    if (holds_landmark_.count(node)) return false;
    if (HasFurnitureWord(Attribute(node, "class")) || HasFurnitureWord(Attribute(node, "id")) ||
        HasFurnitureWord(Attribute(node, "role"))) {
        return true;
    }
    return std::find(kLinkListTags.begin(), kLinkListTags.end(), tag) != kLinkListTags.end() &&
           IsMostlyLinks(node);
}

}  // namespace dossier::importers
