#include "importers/readers/html_body.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "importers/readers/article_text.h"
#include "importers/readers/html_furniture.h"

namespace dossier::importers {
namespace {

// A <p> counts fully for its parent and this much for its grandparent when looking for the
// densest block, so a wrapper around several paragraph containers can win over each of them.
constexpr double kGrandparentShare = 0.5;

// Elements that end a paragraph.
constexpr std::array<GumboTag, 30> kBlockTags = {
    GUMBO_TAG_P,       GUMBO_TAG_DIV,     GUMBO_TAG_BR,     GUMBO_TAG_H1,     GUMBO_TAG_H2,
    GUMBO_TAG_H3,      GUMBO_TAG_H4,      GUMBO_TAG_H5,     GUMBO_TAG_H6,     GUMBO_TAG_LI,
    GUMBO_TAG_UL,      GUMBO_TAG_OL,      GUMBO_TAG_DL,     GUMBO_TAG_DT,     GUMBO_TAG_DD,
    GUMBO_TAG_TR,      GUMBO_TAG_TD,      GUMBO_TAG_TH,     GUMBO_TAG_TABLE,  GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,   GUMBO_TAG_PRE,    GUMBO_TAG_BODY,
    GUMBO_TAG_HR,      GUMBO_TAG_ADDRESS, GUMBO_TAG_CENTER, GUMBO_TAG_HGROUP, GUMBO_TAG_DETAILS};

bool IsBlock(const GumboNode* node) {
    return IsElement(node) &&
           std::find(kBlockTags.begin(), kBlockTags.end(), node->v.element.tag) != kBlockTags.end();
}

// Collects text into paragraphs.
class ParagraphBuilder {
  public:
    void Add(std::string_view text) { current_ += text; }
    void Break() {
        std::string p = CollapseSpace(current_);
        if (!p.empty()) paragraphs_.push_back(std::move(p));
        current_.clear();
    }
    std::vector<std::string> Take() {
        Break();
        return std::move(paragraphs_);
    }

  private:
    std::string current_;
    std::vector<std::string> paragraphs_;
};

class BodyReader {
  public:
    explicit BodyReader(const HtmlDocument& doc) : doc_(doc), filter_(doc) {}

    std::vector<std::string> Paragraphs() {
        for (const GumboNode* root : {ArticleBodyElement(), LargestArticle(), DensestBlock()}) {
            if (root == nullptr) continue;
            std::vector<std::string> paragraphs = Text(root);
            if (!paragraphs.empty()) return paragraphs;
        }
        return Text(Body());
    }

  private:
    const GumboNode* Body() const {
        const GumboNode* body = doc_.root();
        VisitElements(doc_.root(), [&body](const GumboNode* n) {
            if (IsTag(n, GUMBO_TAG_BODY)) body = n;
            return !IsTag(n, GUMBO_TAG_BODY);
        });
        return body;
    }

    // The text of `root` outside furniture, as paragraphs. `root` itself is not judged.
    std::vector<std::string> Text(const GumboNode* root) const {
        ParagraphBuilder out;
        Collect(root, /*is_root=*/true, &out);
        return out.Take();
    }

    void Collect(const GumboNode* node, bool is_root, ParagraphBuilder* out) const {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
            node->type == GUMBO_NODE_WHITESPACE) {
            out->Add(node->v.text.text);
            return;
        }
        if (!IsElement(node) || (!is_root && filter_.IsFurniture(node))) return;
        const bool block = IsBlock(node);
        if (block) out->Break();
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            Collect(static_cast<const GumboNode*>(children.data[i]), false, out);
        }
        if (block) out->Break();
    }

    // Paragraph text of `root` outside furniture, in bytes.
    size_t TextSize(const GumboNode* root) const {
        size_t n = 0;
        for (const std::string& p : Text(root)) n += p.size();
        return n;
    }

    // Elements that are not inside furniture, in document order, for which `want` holds.
    template <typename Pred>
    std::vector<const GumboNode*> Find(Pred want) const {
        std::vector<const GumboNode*> found;
        const GumboNode* body = Body();
        VisitElements(body, [&](const GumboNode* n) {
            if (n != body && filter_.IsFurniture(n)) return false;
            if (want(n)) found.push_back(n);
            return true;
        });
        return found;
    }

    const GumboNode* Largest(const std::vector<const GumboNode*>& nodes) const {
        const GumboNode* best = nullptr;
        size_t best_size = 0;
        for (const GumboNode* n : nodes) {
            const size_t size = TextSize(n);
            if (size > best_size) {
                best = n;
                best_size = size;
            }
        }
        return best;
    }

    const GumboNode* ArticleBodyElement() const {
        return Largest(
            Find([](const GumboNode* n) { return Attribute(n, "itemprop") == "articleBody"; }));
    }

    const GumboNode* LargestArticle() const {
        return Largest(Find([](const GumboNode* n) { return IsTag(n, GUMBO_TAG_ARTICLE); }));
    }

    const GumboNode* DensestBlock() const {
        std::unordered_map<const GumboNode*, double> score;
        for (const GumboNode* p : Find([](const GumboNode* n) { return IsTag(n, GUMBO_TAG_P); })) {
            const double size = static_cast<double>(TextSize(p));
            if (p->parent != nullptr) {
                score[p->parent] += size;
                if (p->parent->parent != nullptr) {
                    score[p->parent->parent] += kGrandparentShare * size;
                }
            }
        }
        const GumboNode* best = nullptr;
        double best_score = 0;
        for (const auto& [node, s] : score) {
            // Ties go to the earlier node in the document, so the choice does not depend on
            // the map's order.
            if (s > best_score ||
                (s == best_score && best != nullptr &&
                 node->v.element.start_pos.offset < best->v.element.start_pos.offset)) {
                best = node;
                best_score = s;
            }
        }
        return best;
    }

    const HtmlDocument& doc_;
    const FurnitureFilter filter_;
};

}  // namespace

std::vector<std::string> ArticleParagraphs(const HtmlDocument& doc) {
    return BodyReader(doc).Paragraphs();
}

}  // namespace dossier::importers
