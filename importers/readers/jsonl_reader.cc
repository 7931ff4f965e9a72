#include "importers/readers/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "importers/readers/article_date.h"
#include "importers/readers/article_reader.h"
#include "importers/readers/article_text.h"
#include "importers/text/utf8.h"

namespace dossier::importers {
namespace {

using nlohmann::json;

// The first of `names` that holds a non-empty string.
std::string StringField(const json& object, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        auto it = object.find(name);
        if (it != object.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
            return it->get<std::string>();
        }
    }
    return {};
}

// The byline: `authors` (a list of names, as news-please writes it) joined with ", ", else an
// `author` string.
std::string Authors(const json& object) {
    auto it = object.find("authors");
    if (it != object.end() && it->is_array()) {
        std::string out;
        for (const json& name : *it) {
            if (!name.is_string() || name.get_ref<const std::string&>().empty()) continue;
            if (!out.empty()) out += ", ";
            out += name.get<std::string>();
        }
        return out;
    }
    return StringField(object, {"authors", "author"});
}

}  // namespace

std::string HostOfUrl(std::string_view url) {
    const size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return {};
    std::string_view rest = url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    const size_t at = rest.find('@');
    if (at != std::string_view::npos) rest.remove_prefix(at + 1);
    return std::string(rest.substr(0, rest.find(':')));
}

Result<Article> ParseJsonArticle(std::string_view line, const std::string& origin) {
    Result<std::string> decoded = DecodeArticleBytes(line, origin);
    if (!decoded.ok()) return decoded.status();
    const json object = json::parse(*decoded, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded()) return Status::InvalidArgument(origin + ": malformed JSON");
    if (!object.is_object()) {
        return Status::InvalidArgument(origin + ": expected a JSON object, found " +
                                       std::string(object.type_name()));
    }
    Article article;
    article.origin = origin;
    article.text = CleanArticleText(StringField(object, {"maintext", "text"}));
    if (TrimSpace(article.text).empty()) {
        return Status::InvalidArgument(origin + ": no \"maintext\" or \"text\" field with text");
    }
    article.title = CleanArticleText(StringField(object, {"title"}));
    article.author = CleanArticleText(Authors(object));
    article.url = StringField(object, {"url"});
    article.source = StringField(object, {"source_domain"});
    if (article.source.empty()) article.source = HostOfUrl(article.url);
    const std::string published = StringField(object, {"date_publish", "date"});
    article.date = FindIsoDate(published);
    if (!article.date.empty()) article.time = FindClockTime(published);
    article.key = ArticleKey(article.title, article.text);
    return article;
}

}  // namespace dossier::importers
