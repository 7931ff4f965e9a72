#include "tools/html_assets.h"

#include <string_view>

// The files are pulled in by the assembler; DOSSIER_HTML_ASSETS_HASH (their checksums) is part
// of this file's compile command so that a build cache notices when they change.
static_assert(sizeof(DOSSIER_HTML_ASSETS_HASH) > 1);
#define DOSSIER_INCBIN(name, path)  \
    ".global " name "_begin\n" name \
    "_begin:\n"                     \
    ".incbin \"" path               \
    "\"\n"                          \
    ".global " name "_end\n" name "_end:\n"
asm(".pushsection .rodata\n" DOSSIER_INCBIN("dossier_html_library", DOSSIER_HTML_LIBRARY_PATH)
        DOSSIER_INCBIN("dossier_html_template", DOSSIER_HTML_TEMPLATE_PATH)
            DOSSIER_INCBIN("dossier_html_view", DOSSIER_HTML_VIEW_PATH)
                DOSSIER_INCBIN("dossier_report_template",
                               DOSSIER_REPORT_TEMPLATE_PATH) ".popsection\n");

extern "C" {
extern const char dossier_html_library_begin[];
extern const char dossier_html_library_end[];
extern const char dossier_html_template_begin[];
extern const char dossier_html_template_end[];
extern const char dossier_html_view_begin[];
extern const char dossier_html_view_end[];
extern const char dossier_report_template_begin[];
extern const char dossier_report_template_end[];
}

namespace dossier::cli {

graph::HtmlAssets EmbeddedHtmlAssets() {
    return {
        std::string_view(dossier_html_template_begin,
                         dossier_html_template_end - dossier_html_template_begin),
        std::string_view(dossier_html_library_begin,
                         dossier_html_library_end - dossier_html_library_begin),
        std::string_view(dossier_html_view_begin, dossier_html_view_end - dossier_html_view_begin)};
}

graph::HtmlAssets EmbeddedReportAssets() {
    graph::HtmlAssets assets = EmbeddedHtmlAssets();
    assets.page_template = std::string_view(
        dossier_report_template_begin, dossier_report_template_end - dossier_report_template_begin);
    return assets;
}

}  // namespace dossier::cli
