#include "importers/readers/html_reader.h"

#include "importers/readers/article_reader.h"
#include "importers/readers/article_text.h"
#include "importers/readers/html_body.h"
#include "importers/readers/html_document.h"
#include "importers/readers/html_metadata.h"
#include "importers/readers/jsonl_reader.h"
#include "importers/readers/mojibake.h"

namespace dossier::importers {
namespace {

std::string BaseName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Result<Article> ParseHtmlArticle(std::string_view content, const std::string& origin) {
    Result<std::string> decoded = DecodeArticleBytes(content, origin);
    if (!decoded.ok()) return decoded.status();
    const HtmlDocument doc(RepairMojibake(*decoded));
    const PageMetadata meta = ReadPageMetadata(doc);

    Article article;
    article.origin = origin;
    article.title = meta.title;
    article.date = meta.date;
    article.author = meta.author;
    article.url = meta.url;
    article.source = meta.site_name;
    if (article.source.empty()) article.source = HostOfUrl(meta.url);
    if (article.source.empty()) article.source = BaseName(origin);

    std::vector<std::string> paragraphs = ArticleParagraphs(doc);
    if (!paragraphs.empty() && paragraphs.front() == article.title) {
        paragraphs.erase(paragraphs.begin());
    }
    for (const std::string& p : paragraphs) {
        if (!article.text.empty()) article.text += "\n\n";
        article.text += p;
    }
    if (article.text.empty()) return Status::InvalidArgument(origin + ": page has no body text");
    article.key = ArticleKey(article.title, article.text);
    return article;
}

}  // namespace dossier::importers
