#include "importers/readers/article_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

#include "graph/ascii.h"
#include "importers/readers/article_text.h"
#include "importers/readers/html_reader.h"
#include "importers/readers/jsonl_reader.h"
#include "importers/readers/plain_text_reader.h"

namespace dossier::importers {
namespace {

namespace fs = std::filesystem;

void Skip(const ArticleSink& sink, Status status) {
    if (sink.on_skip) sink.on_skip(status);
}

void Emit(const ArticleSink& sink, Result<Article> article) {
    if (!article.ok()) {
        Skip(sink, article.status());
    } else if (sink.on_article) {
        sink.on_article(std::move(article).value());
    }
}

ArticleFormat Sniff(std::string_view content) {
    const std::string_view t = TrimSpace(content.substr(0, 4096));
    if (!t.empty() && t.front() == '{') return ArticleFormat::kJsonLines;
    if (!t.empty() && t.front() == '<') return ArticleFormat::kHtml;
    return ArticleFormat::kPlainText;
}

void ReadJsonLines(std::string_view content, const std::string& origin, size_t max_bytes,
                   const ArticleSink& sink) {
    // Each line stands alone: a bad one is skipped, the rest is read.
    int line_no = 0;
    size_t pos = 0;
    while (pos < content.size()) {
        size_t nl = content.find('\n', pos);
        if (nl == std::string_view::npos) nl = content.size();
        ++line_no;
        const std::string_view line = content.substr(pos, nl - pos);
        pos = nl + 1;
        if (TrimSpace(line).empty()) continue;
        if (line.size() > max_bytes) {
            Skip(sink, Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                               ": too large (" + std::to_string(line.size()) +
                                               " bytes, limit " + std::to_string(max_bytes) + ")"));
            continue;
        }
        Emit(sink, ParseJsonArticle(line, origin + ":" + std::to_string(line_no)));
    }
}

}  // namespace

ArticleFormat FormatFromPath(std::string_view path) {
    if (AsciiEndsWithIgnoreCase(path, ".jsonl") || AsciiEndsWithIgnoreCase(path, ".ndjson") ||
        AsciiEndsWithIgnoreCase(path, ".json")) {
        return ArticleFormat::kJsonLines;
    }
    if (AsciiEndsWithIgnoreCase(path, ".html") || AsciiEndsWithIgnoreCase(path, ".htm") ||
        AsciiEndsWithIgnoreCase(path, ".xhtml")) {
        return ArticleFormat::kHtml;
    }
    return ArticleFormat::kPlainText;
}

std::string ArticleKey(std::string_view title, std::string_view text) {
    uint64_t h = 14695981039346656037ull;
    auto mix = [&h](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
    };
    mix(title);
    mix("\n");
    mix(text);
    char buf[17];
    std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

void ArticleReader::ReadContent(std::string_view content, const std::string& origin,
                                ArticleFormat format, const ArticleSink& sink) const {
    if (format == ArticleFormat::kAuto) format = Sniff(content);
    if (format != ArticleFormat::kJsonLines && content.size() > options_.max_bytes) {
        Skip(sink,
             Status::InvalidArgument(origin + ": too large (" + std::to_string(content.size()) +
                                     " bytes, limit " + std::to_string(options_.max_bytes) + ")"));
        return;
    }
    switch (format) {
        case ArticleFormat::kJsonLines:
            if (content.find('\0') != std::string_view::npos) {
                Skip(sink, CheckArticleText(content, origin));
                return;
            }
            ReadJsonLines(content, origin, options_.max_bytes, sink);
            return;
        case ArticleFormat::kHtml:
            Emit(sink, ParseHtmlArticle(content, origin));
            return;
        default:
            Emit(sink, ParsePlainTextArticle(content, origin));
            return;
    }
}

void ArticleReader::ReadFile(const std::string& path, ArticleFormat format,
                             const ArticleSink& sink) const {
    std::error_code ec;
    const uintmax_t size = fs::file_size(path, ec);
    if (ec) {
        Skip(sink, Status::IOError(path + ": " + ec.message()));
        return;
    }
    if (format == ArticleFormat::kAuto) format = FormatFromPath(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        Skip(sink, Status::IOError(path + ": cannot open for reading"));
        return;
    }
    if (format == ArticleFormat::kJsonLines) {
        // A corpus file may be far larger than one article: stream it, the limit is per line.
        StreamJsonLines(in, path, sink);
        return;
    }
    if (size > options_.max_bytes) {
        Skip(sink,
             Status::InvalidArgument(path + ": too large (" + std::to_string(size) +
                                     " bytes, limit " + std::to_string(options_.max_bytes) + ")"));
        return;
    }
    std::string content(static_cast<size_t>(size), '\0');
    in.read(content.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size)) {
        Skip(sink, Status::IOError(path + ": read failed"));
        return;
    }
    ReadContent(content, path, format, sink);
}

void ArticleReader::StreamJsonLines(std::istream& in, const std::string& path,
                                    const ArticleSink& sink) const {
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (TrimSpace(line).empty()) continue;
        const std::string origin = path + ":" + std::to_string(line_no);
        if (line.size() > options_.max_bytes) {
            Skip(sink, Status::InvalidArgument(origin + ": too large (" +
                                               std::to_string(line.size()) + " bytes, limit " +
                                               std::to_string(options_.max_bytes) + ")"));
            continue;
        }
        if (line.find('\0') != std::string::npos) {
            Skip(sink, Status::InvalidArgument(origin + ": binary content (NUL byte)"));
            continue;
        }
        Emit(sink, ParseJsonArticle(line, origin));
    }
    if (in.bad())
        Skip(sink, Status::IOError(path + ": read failed at line " + std::to_string(line_no)));
}

Status ArticleReader::Read(const std::string& path, const ArticleSink& sink,
                           ArticleFormat format) const {
    if (path == "-") {
        // Leading white space means nothing in any format; then '{' starts JSON Lines, which
        // are streamed like a file.
        while (std::isspace(std::cin.peek())) std::cin.get();
        if (format == ArticleFormat::kJsonLines ||
            (format == ArticleFormat::kAuto && std::cin.peek() == '{')) {
            StreamJsonLines(std::cin, "<stdin>", sink);
            return Status::OK();
        }
        std::string content((std::istreambuf_iterator<char>(std::cin)),
                            std::istreambuf_iterator<char>());
        ReadContent(content, "<stdin>", format, sink);
        return Status::OK();
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return Status::IOError(path + ": no such file or directory");
    if (!fs::is_directory(st)) {
        ReadFile(path, format, sink);
        return Status::OK();
    }
    std::vector<std::string> files;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) return Status::IOError(path + ": cannot list directory: " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) return Status::IOError(path + ": cannot list directory: " + ec.message());
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file()) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) ReadFile(file, format, sink);
    return Status::OK();
}

Result<std::vector<Article>> ReadArticles(const std::string& path, std::vector<Status>* skipped) {
    std::vector<Article> articles;
    ArticleSink sink;
    sink.on_article = [&articles](Article&& a) { articles.push_back(std::move(a)); };
    sink.on_skip = [skipped](const Status& s) {
        if (skipped) skipped->push_back(s);
    };
    DOSSIER_RETURN_IF_ERROR(ArticleReader().Read(path, sink));
    return articles;
}

}  // namespace dossier::importers
