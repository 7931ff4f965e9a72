#include "importers/readers/plain_text_reader.h"

#include "importers/readers/article_date.h"
#include "importers/readers/article_reader.h"
#include "importers/readers/article_text.h"

namespace dossier::importers {
namespace {

constexpr size_t kMaxDatelineBytes = 80;
constexpr size_t kMaxTitleBytes = 250;

// Splits off the first line of *rest (without its '\n').
std::string_view TakeLine(std::string_view* rest) {
    const size_t nl = rest->find('\n');
    std::string_view line = rest->substr(0, nl);
    rest->remove_prefix(nl == std::string_view::npos ? rest->size() : nl + 1);
    return line;
}

void SkipBlankLines(std::string_view* rest) {
    while (!rest->empty()) {
        const size_t nl = rest->find('\n');
        if (!TrimSpace(rest->substr(0, nl)).empty()) return;
        rest->remove_prefix(nl == std::string_view::npos ? rest->size() : nl + 1);
    }
}

bool StartsWithBlankLine(std::string_view rest) {
    const size_t nl = rest.find('\n');
    return TrimSpace(rest.substr(0, nl)).empty();
}

std::string BaseName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Result<Article> ParsePlainTextArticle(std::string_view content, const std::string& origin) {
    Result<std::string> decoded = DecodeArticleBytes(content, origin);
    if (!decoded.ok()) return decoded.status();
    const std::string normalized = NormalizeNewlines(CleanArticleText(*decoded));
    std::string_view rest = normalized;

    Article article;
    article.origin = origin;
    article.source = BaseName(origin);

    // A dateline is a short first line that holds a date ("Updated at 14:13,22-06-2018") and is
    // followed by more text.
    std::string_view probe = rest;
    const std::string_view first = TrimSpace(TakeLine(&probe));
    if (first.size() <= kMaxDatelineBytes && !TrimSpace(probe).empty()) {
        std::string date = FindIsoDate(first);
        if (!date.empty()) {
            article.date = std::move(date);
            article.time = FindClockTime(first);
            rest = probe;
            SkipBlankLines(&rest);
        }
    }
    // A title is a single line standing alone before the first blank line.
    probe = rest;
    const std::string_view title = TrimSpace(TakeLine(&probe));
    if (!title.empty() && title.size() <= kMaxTitleBytes && !probe.empty() &&
        StartsWithBlankLine(probe)) {
        article.title = std::string(title);
        rest = probe;
    }
    article.text = std::string(TrimSpace(rest));
    if (article.text.empty()) return Status::InvalidArgument(origin + ": article has no body text");
    article.key = ArticleKey(article.title, article.text);
    return article;
}

}  // namespace dossier::importers
