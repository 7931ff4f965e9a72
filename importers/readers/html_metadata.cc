#include "importers/readers/html_metadata.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "graph/ascii.h"
#include "importers/data_table.h"
#include "importers/readers/article_date.h"
#include "importers/readers/article_text.h"
#include "importers/readers/html_entities.h"

namespace dossier::importers {
namespace {

using nlohmann::json;

constexpr std::string_view kArticleTypeTable =
#include "importers/data/jsonld_article_types.inc"
    ;

// JSON-LD nests @graph lists and author objects; deeper structures are not article metadata.
constexpr int kMaxJsonLdDepth = 8;

// <meta> names (property, name or itemprop; lower case) by field, OpenGraph first.
constexpr std::array<std::string_view, 2> kOgTitle = {"og:title", "og:headline"};
constexpr std::array<std::string_view, 2> kOgDate = {"article:published_time", "og:published_time"};
constexpr std::array<std::string_view, 1> kOgAuthor = {"article:author"};
constexpr std::array<std::string_view, 1> kOgUrl = {"og:url"};
constexpr std::array<std::string_view, 1> kOgSite = {"og:site_name"};
constexpr std::array<std::string_view, 4> kMetaTitle = {"twitter:title", "headline", "dc.title",
                                                        "title"};
constexpr std::array<std::string_view, 14> kMetaDate = {
    "datepublished",     "date",
    "pubdate",           "publishdate",
    "publish-date",      "publish_date",
    "dc.date",           "dc.date.issued",
    "dcterms.date",      "dcterms.created",
    "sailthru.date",     "parsely-pub-date",
    "article.published", "originalpublicationdate"};
constexpr std::array<std::string_view, 7> kMetaAuthor = {
    "author",         "dc.creator", "dcterms.creator",     "sailthru.author",
    "parsely-author", "byl",        "twitter:creator:name"};

struct Candidates {
    std::vector<std::string> title, date, author, url, site;

    void Append(const Candidates& more) {
        for (auto [to, from] : {std::pair{&title, &more.title},
                                {&date, &more.date},
                                {&author, &more.author},
                                {&url, &more.url},
                                {&site, &more.site}}) {
            to->insert(to->end(), from->begin(), from->end());
        }
    }
};

template <size_t N>
bool OneOf(std::string_view key, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), key) != names.end();
}

bool IsUrl(std::string_view s) {
    return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0;
}

// A byline without its leading "By ".
std::string StripBy(std::string_view s) {
    const std::string folded = CollapseSpace(s);
    if (folded.size() > 3 && AsciiLower(folded.substr(0, 3)) == "by ") return folded.substr(3);
    return folded;
}

const std::unordered_set<std::string_view>& ArticleTypes() {
    static const auto* types = [] {
        auto* t = new std::unordered_set<std::string_view>();
        ForEachRow(kArticleTypeTable,
                   [t](const std::vector<std::string_view>& cols) { t->insert(cols[0]); });
        return t;
    }();
    return *types;
}

bool IsArticleObject(const json& j) {
    if (!j.is_object()) return false;
    auto type = j.find("@type");
    if (type == j.end()) return false;
    if (type->is_string()) return ArticleTypes().count(type->get_ref<const std::string&>()) > 0;
    if (type->is_array()) {
        for (const json& t : *type) {
            if (t.is_string() && ArticleTypes().count(t.get_ref<const std::string&>())) return true;
        }
    }
    return false;
}

const json* FindArticleObject(const json& j, int depth) {
    if (depth > kMaxJsonLdDepth) return nullptr;
    if (IsArticleObject(j)) return &j;
    if (j.is_array()) {
        for (const json& item : j) {
            if (const json* found = FindArticleObject(item, depth + 1)) return found;
        }
    }
    if (j.is_object()) {
        auto graph = j.find("@graph");
        if (graph != j.end()) return FindArticleObject(*graph, depth + 1);
    }
    return nullptr;
}

// JSON-LD strings often carry character references ("Peace &amp; Security").
std::string JsonText(const json& j) {
    return j.is_string() ? CollapseSpace(DecodeHtmlEntities(j.get_ref<const std::string&>()))
                         : std::string();
}

// A string, an object's "name" (or "@id" for addresses), or the first such item of a list.
std::string NameOf(const json& j, const char* key = "name") {
    if (j.is_string()) return JsonText(j);
    if (j.is_object() && j.contains(key)) return JsonText(j.at(key));
    return {};
}

// Authors: a name, a Person object, or a list of them, joined with ", ".
std::string AuthorsOf(const json& j) {
    if (!j.is_array()) return NameOf(j);
    std::string out;
    for (const json& item : j) {
        const std::string name = NameOf(item);
        if (name.empty()) continue;
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

void FromJsonLd(const json& a, Candidates* c) {
    auto field = [&a](const char* key) -> const json& {
        static const json kNull;
        auto it = a.find(key);
        return it == a.end() ? kNull : *it;
    };
    c->title.push_back(JsonText(field("headline")));
    c->title.push_back(JsonText(field("name")));
    c->date.push_back(JsonText(field("datePublished")));
    c->date.push_back(JsonText(field("dateCreated")));
    c->author.push_back(AuthorsOf(field("author")));
    c->author.push_back(AuthorsOf(field("creator")));
    c->url.push_back(JsonText(field("url")));
    c->url.push_back(NameOf(field("mainEntityOfPage"), "@id"));
    c->site.push_back(NameOf(field("publisher")));
}

struct Sources {
    Candidates json_ld, og, meta, page;
};

void FromMeta(const GumboNode* meta, Sources* s) {
    std::string_view key = Attribute(meta, "property");
    if (key.empty()) key = Attribute(meta, "name");
    if (key.empty()) key = Attribute(meta, "itemprop");
    const std::string_view content = Attribute(meta, "content");
    if (key.empty() || content.empty()) return;
    const std::string k = AsciiLower(key);
    const std::string value = CollapseSpace(content);
    if (OneOf(k, kOgTitle)) s->og.title.push_back(value);
    if (OneOf(k, kOgDate)) s->og.date.push_back(value);
    if (OneOf(k, kOgAuthor) && !IsUrl(value)) s->og.author.push_back(value);
    if (OneOf(k, kOgUrl)) s->og.url.push_back(value);
    if (OneOf(k, kOgSite)) s->og.site.push_back(value);
    if (OneOf(k, kMetaTitle)) s->meta.title.push_back(value);
    if (OneOf(k, kMetaDate)) s->meta.date.push_back(value);
    if (OneOf(k, kMetaAuthor) && !value.empty() && !IsUrl(value) && value.front() != '@') {
        s->meta.author.push_back(StripBy(value));
    }
}

std::string First(const std::vector<std::string>& candidates) {
    for (const std::string& c : candidates) {
        if (!c.empty()) return c;
    }
    return {};
}

}  // namespace

PageMetadata ReadPageMetadata(const HtmlDocument& doc) {
    Sources s;
    bool have_json_ld = false;
    std::string h1, title_tag, time_datetime;
    VisitElements(doc.root(), [&](const GumboNode* n) {
        const GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT && AsciiLower(Attribute(n, "type")) == "application/ld+json") {
            const json j = json::parse(TextContent(n), nullptr, /*allow_exceptions=*/false);
            const json* article = j.is_discarded() ? nullptr : FindArticleObject(j, 0);
            if (article != nullptr && !have_json_ld) {
                FromJsonLd(*article, &s.json_ld);
                have_json_ld = true;
            }
            return false;
        }
        if (tag == GUMBO_TAG_META) FromMeta(n, &s);
        if (tag == GUMBO_TAG_LINK && AsciiLower(Attribute(n, "rel")) == "canonical") {
            s.meta.url.push_back(CollapseSpace(Attribute(n, "href")));
        }
        if (tag == GUMBO_TAG_H1 && h1.empty()) h1 = CollapseSpace(TextContent(n));
        if (tag == GUMBO_TAG_TIME && time_datetime.empty()) {
            time_datetime = CollapseSpace(Attribute(n, "datetime"));
        }
        if (tag == GUMBO_TAG_TITLE && title_tag.empty()) title_tag = CollapseSpace(TextContent(n));
        return true;
    });
    s.page.title = {h1, title_tag};
    s.page.date = {time_datetime};
    Candidates all = s.json_ld;
    all.Append(s.og);
    all.Append(s.meta);
    all.Append(s.page);

    PageMetadata m;
    m.title = First(all.title);
    for (const std::string& d : all.date) {
        m.date = FindIsoDate(d);
        if (!m.date.empty()) break;
    }
    m.author = First(all.author);
    m.url = First(all.url);
    m.site_name = First(all.site);
    return m;
}

}  // namespace dossier::importers
