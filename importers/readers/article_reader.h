// ArticleReader: news articles in from files, directory trees and stdin.
//
// Formats: plain text like the seed article (optional dateline, title, body), JSON Lines with the
// field names news crawlers use, and HTML pages. A bad item (binary or empty file, invalid UTF-8,
// a file over the size limit, a malformed JSON line) is reported through ArticleSink::on_skip with
// a message naming the file and line, and reading continues with the next item.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "importers/document.h"

namespace dossier::importers {

enum class ArticleFormat : uint8_t { kAuto, kPlainText, kJsonLines, kHtml };

// ".jsonl"/".ndjson"/".json" -> JSON Lines, ".html"/".htm" -> HTML, anything else -> plain text.
ArticleFormat FormatFromPath(std::string_view path);

// The Article key: 16 hex digits of the 64-bit FNV-1a hash of title, a newline, and text. Stable
// across runs and platforms, so importing the same article twice finds the same key.
std::string ArticleKey(std::string_view title, std::string_view text);

struct ArticleSink {
    std::function<void(Article&&)> on_article;
    // Receives one InvalidArgument/IOError status per skipped item; its message starts with the
    // item's origin ("dir/a.jsonl:3: malformed JSON ..."). May be empty to ignore skips.
    std::function<void(const Status&)> on_skip;
};

struct ReadOptions {
    // Larger articles are skipped as "too large": whole files for plain text and HTML, single
    // lines for JSON Lines (whose files are streamed, whatever their size).
    size_t max_bytes = size_t{20} << 20;
};

class ArticleReader {
  public:
    explicit ArticleReader(ReadOptions options = {}) : options_(options) {}

    // Reads `path`: a file, a directory (recursively, files in sorted path order, hidden entries
    // skipped) or "-" for stdin. Returns non-OK only when `path` itself cannot be read or listed;
    // everything below that is reported per item through the sink.
    Status Read(const std::string& path, const ArticleSink& sink,
                ArticleFormat format = ArticleFormat::kAuto) const;

    // Parses content already in memory; `origin` names it in messages and Article::origin.
    // kAuto sniffs the content: '{' first -> JSON Lines, '<' first -> HTML, else plain text.
    void ReadContent(std::string_view content, const std::string& origin, ArticleFormat format,
                     const ArticleSink& sink) const;

  private:
    void ReadFile(const std::string& path, ArticleFormat format, const ArticleSink& sink) const;
    void StreamJsonLines(std::istream& in, const std::string& path, const ArticleSink& sink) const;

    const ReadOptions options_;
};

// Convenience for tests and small tools: every article under `path`, with the skip messages
// appended to `skipped` when it is not null.
Result<std::vector<Article>> ReadArticles(const std::string& path,
                                          std::vector<Status>* skipped = nullptr);

}  // namespace dossier::importers
