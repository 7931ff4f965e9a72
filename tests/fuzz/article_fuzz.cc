// Fuzz target: an article through each reader (plain text, JSON Lines, HTML, and the sniffing
// kAuto) and then the whole extraction pipeline. The first byte picks the reader; the rest is the
// file's content. Readers skip what they cannot read with a message; nothing may crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "importers/document.h"
#include "importers/pipeline.h"
#include "importers/readers/article_reader.h"

namespace {

using dossier::importers::Article;
using dossier::importers::ArticleFormat;

constexpr ArticleFormat kFormats[] = {ArticleFormat::kAuto, ArticleFormat::kPlainText,
                                      ArticleFormat::kJsonLines, ArticleFormat::kHtml};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static std::unique_ptr<dossier::importers::Pipeline> pipeline = [] {
        auto created = dossier::importers::Pipeline::Create();
        if (!created.ok()) std::abort();
        return std::move(created).value();
    }();
    if (size == 0) return 0;
    const ArticleFormat format = kFormats[data[0] % std::size(kFormats)];
    std::string_view content(reinterpret_cast<const char*>(data + 1), size - 1);

    dossier::importers::ArticleSink sink;
    sink.on_article = [](Article&& article) {
        dossier::importers::Document doc;
        doc.article = std::move(article);
        pipeline->Run(&doc);
    };
    sink.on_skip = [](const dossier::Status& status) {
        if (status.ok()) std::abort();  // a skip always says why
    };
    dossier::importers::ArticleReader reader;
    reader.ReadContent(content, "fuzz-input", format, sink);
    return 0;
}
