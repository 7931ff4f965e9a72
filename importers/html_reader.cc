#include "importers/html_reader.h"

#include <array>
#include <cctype>
#include <map>

#include "importers/article_date.h"
#include "importers/article_reader.h"
#include "importers/article_text.h"
#include "importers/jsonl_reader.h"
#include "importers/utf8.h"

namespace dossier::importers {
namespace {

bool IsAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

template <size_t N>
bool OneOf(std::string_view name, const std::array<std::string_view, N>& set) {
    for (std::string_view s : set) {
        if (s == name) return true;
    }
    return false;
}

// Elements whose whole content is not article text.
constexpr std::array<std::string_view, 14> kSkipped = {
    "script", "style", "nav",    "footer", "header", "aside",  "noscript",
    "form",   "svg",   "button", "iframe", "select", "figure", "template"};
// Elements that end a paragraph.
constexpr std::array<std::string_view, 22> kBlocks = {
    "p",  "div", "br", "h1",         "h2",    "h3",      "h4",   "h5",    "h6",  "li",   "ul",
    "ol", "tr",  "td", "blockquote", "table", "section", "main", "title", "pre", "body", "article"};

struct Tag {
    std::string name;  // lower case
    bool closing = false;
    std::map<std::string, std::string> attributes;  // lower-case names, decoded values
};

// Parses the tag starting at html[pos] == '<'; returns the offset after its '>'.
size_t ParseTag(std::string_view html, size_t pos, Tag* tag) {
    size_t i = pos + 1;
    if (i < html.size() && html[i] == '/') {
        tag->closing = true;
        ++i;
    }
    const size_t name_start = i;
    while (i < html.size() &&
           (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-' || html[i] == ':'))
        ++i;
    tag->name = Lower(html.substr(name_start, i - name_start));
    while (i < html.size() && html[i] != '>') {
        if (IsAsciiSpace(html[i]) || html[i] == '/') {
            ++i;
            continue;
        }
        const size_t an = i;
        while (i < html.size() && !IsAsciiSpace(html[i]) && html[i] != '=' && html[i] != '>' &&
               html[i] != '/')
            ++i;
        std::string attr = Lower(html.substr(an, i - an));
        std::string value;
        while (i < html.size() && IsAsciiSpace(html[i])) ++i;
        if (i < html.size() && html[i] == '=') {
            ++i;
            while (i < html.size() && IsAsciiSpace(html[i])) ++i;
            if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
                const char q = html[i++];
                const size_t end = html.find(q, i);
                const size_t stop = end == std::string_view::npos ? html.size() : end;
                value = DecodeHtmlEntities(html.substr(i, stop - i));
                i = stop == html.size() ? stop : stop + 1;
            } else {
                const size_t vs = i;
                while (i < html.size() && !IsAsciiSpace(html[i]) && html[i] != '>') ++i;
                value = DecodeHtmlEntities(html.substr(vs, i - vs));
            }
        }
        if (!attr.empty()) tag->attributes.emplace(std::move(attr), std::move(value));
        if (i == an) ++i;
    }
    return i < html.size() ? i + 1 : html.size();
}

// Collects text into paragraphs, collapsing white space.
class ParagraphBuilder {
  public:
    void Add(std::string_view text) {
        for (char c : text) {
            if (IsAsciiSpace(c)) {
                pending_space_ = !current_.empty();
            } else {
                if (pending_space_) current_.push_back(' ');
                pending_space_ = false;
                current_.push_back(c);
            }
        }
    }
    void Break() {
        if (!current_.empty()) paragraphs_.push_back(std::move(current_));
        current_.clear();
        pending_space_ = false;
    }
    std::vector<std::string>& paragraphs() {
        Break();
        return paragraphs_;
    }

  private:
    std::string current_;
    bool pending_space_ = false;
    std::vector<std::string> paragraphs_;
};

struct PageParts {
    std::string title_tag, h1, og_title, site_name, og_url, date_text, time_datetime;
    ParagraphBuilder page, article;
};

void TakeMeta(const Tag& tag, PageParts* parts) {
    auto key_it = tag.attributes.find("property");
    if (key_it == tag.attributes.end()) key_it = tag.attributes.find("name");
    if (key_it == tag.attributes.end() && tag.attributes.count("itemprop"))
        key_it = tag.attributes.find("itemprop");
    auto content = tag.attributes.find("content");
    if (key_it == tag.attributes.end() || content == tag.attributes.end()) return;
    const std::string key = Lower(key_it->second);
    if (key == "og:title") parts->og_title = content->second;
    if (key == "og:site_name") parts->site_name = content->second;
    if (key == "og:url") parts->og_url = content->second;
    static constexpr std::array<std::string_view, 10> kDateKeys = {"article:published_time",
                                                                   "og:published_time",
                                                                   "datepublished",
                                                                   "date",
                                                                   "pubdate",
                                                                   "publishdate",
                                                                   "dc.date",
                                                                   "dc.date.issued",
                                                                   "dcterms.date",
                                                                   "sailthru.date"};
    if (parts->date_text.empty() && OneOf(key, kDateKeys)) parts->date_text = content->second;
}

void Scan(std::string_view html, PageParts* parts) {
    int skip_depth = 0, article_depth = 0;
    bool in_title = false, in_h1 = false;
    size_t i = 0;
    while (i < html.size()) {
        if (html[i] != '<') {
            size_t next = html.find('<', i);
            if (next == std::string_view::npos) next = html.size();
            if (skip_depth == 0) {
                const std::string text = DecodeHtmlEntities(html.substr(i, next - i));
                if (in_title) {
                    parts->title_tag += text;
                } else {
                    if (in_h1) parts->h1 += text;
                    parts->page.Add(text);
                    if (article_depth > 0) parts->article.Add(text);
                }
            }
            i = next;
            continue;
        }
        if (html.substr(i, 4) == "<!--") {
            const size_t end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
            const size_t end = html.find('>', i);
            i = end == std::string_view::npos ? html.size() : end + 1;
            continue;
        }
        if (i + 1 >= html.size() ||
            !(std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/')) {
            // A lone '<' in text.
            if (skip_depth == 0) parts->page.Add("<");
            ++i;
            continue;
        }
        Tag tag;
        i = ParseTag(html, i, &tag);
        if (!tag.closing && (tag.name == "script" || tag.name == "style")) {
            // Raw text: skip to the matching end tag without looking for tags inside.
            const std::string end_tag = "</" + tag.name;
            size_t j = i;
            while (j < html.size()) {
                j = html.find("</", j);
                if (j == std::string_view::npos) break;
                if (Lower(html.substr(j, end_tag.size())) == end_tag) break;
                j += 2;
            }
            if (j == std::string_view::npos) j = html.size();
            const size_t close = html.find('>', j);
            i = close == std::string_view::npos ? html.size() : close + 1;
            continue;
        }
        if (tag.name == "meta") TakeMeta(tag, parts);
        if (tag.name == "time" && parts->time_datetime.empty() &&
            tag.attributes.count("datetime")) {
            parts->time_datetime = tag.attributes.at("datetime");
        }
        if (OneOf(tag.name, kSkipped))
            skip_depth = std::max(0, skip_depth + (tag.closing ? -1 : 1));
        if (tag.name == "article")
            article_depth = std::max(0, article_depth + (tag.closing ? -1 : 1));
        if (tag.name == "title") in_title = !tag.closing;
        if (tag.name == "h1") {
            // Only the first heading is a title candidate.
            in_h1 = !tag.closing && parts->h1.empty();
        }
        if (OneOf(tag.name, kBlocks)) {
            parts->page.Break();
            parts->article.Break();
        }
    }
}

std::string Join(const std::vector<std::string>& paragraphs, std::string_view skip_first) {
    std::string out;
    for (size_t k = 0; k < paragraphs.size(); ++k) {
        if (k == 0 && paragraphs[k] == skip_first) continue;
        if (!out.empty()) out += "\n\n";
        out += paragraphs[k];
    }
    return out;
}

}  // namespace

std::string DecodeHtmlEntities(std::string_view text) {
    static const std::map<std::string, char32_t, std::less<>> kNamed = {
        {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
        {"apos", '\''},     {"nbsp", ' '},     {"rsquo", 0x2019}, {"lsquo", 0x2018},
        {"rdquo", 0x201D},  {"ldquo", 0x201C}, {"mdash", 0x2014}, {"ndash", 0x2013},
        {"hellip", 0x2026}, {"laquo", 0xAB},   {"raquo", 0xBB},   {"copy", 0xA9},
        {"eacute", 0xE9},   {"egrave", 0xE8},  {"aacute", 0xE1},  {"oacute", 0xF3},
        {"uuml", 0xFC},     {"ouml", 0xF6},    {"auml", 0xE4},    {"ccedil", 0xE7},
        {"iacute", 0xED},   {"ntilde", 0xF1},  {"uacute", 0xFA},  {"szlig", 0xDF}};
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        if (text[i] != '&') {
            out.push_back(text[i++]);
            continue;
        }
        const size_t semi = text.find(';', i + 1);
        if (semi == std::string_view::npos || semi - i > 12) {
            out.push_back(text[i++]);
            continue;
        }
        const std::string_view ref = text.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (!ref.empty() && ref[0] == '#') {
            const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
            const std::string digits(ref.substr(hex ? 2 : 1));
            char* end = nullptr;
            const unsigned long v = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
            if (!digits.empty() && end && *end == '\0' && v > 0 && v <= 0x10FFFF &&
                !(v >= 0xD800 && v <= 0xDFFF)) {
                cp = static_cast<char32_t>(v);
            }
        } else {
            auto it = kNamed.find(ref);
            if (it != kNamed.end()) cp = it->second;
        }
        if (cp == 0) {
            out.push_back(text[i++]);
            continue;
        }
        AppendUtf8(cp == 0xA0 ? ' ' : cp, &out);
        i = semi + 1;
    }
    return out;
}

Result<Article> ParseHtmlArticle(std::string_view content, const std::string& origin) {
    DOSSIER_RETURN_IF_ERROR(CheckArticleText(content, origin));
    PageParts parts;
    Scan(content, &parts);
    Article article;
    article.origin = origin;
    for (const std::string* t : {&parts.og_title, &parts.h1, &parts.title_tag}) {
        const std::string_view trimmed = TrimSpace(*t);
        if (!trimmed.empty()) {
            article.title = std::string(trimmed);
            break;
        }
    }
    article.date = FindIsoDate(parts.date_text);
    if (article.date.empty()) article.date = FindIsoDate(parts.time_datetime);
    article.url = parts.og_url;
    article.source = parts.site_name;
    if (article.source.empty()) article.source = HostOfUrl(parts.og_url);
    if (article.source.empty()) {
        const size_t slash = origin.find_last_of('/');
        article.source = slash == std::string::npos ? origin : origin.substr(slash + 1);
    }
    std::vector<std::string>& from_article = parts.article.paragraphs();
    std::vector<std::string>& from_page = parts.page.paragraphs();
    const std::string_view h1 = TrimSpace(parts.h1);
    article.text = Join(from_article.empty() ? from_page : from_article, h1);
    if (article.text.empty()) return Status::InvalidArgument(origin + ": page has no body text");
    article.key = ArticleKey(article.title, article.text);
    return article;
}

}  // namespace dossier::importers
