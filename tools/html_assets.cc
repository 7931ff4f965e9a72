#include "tools/html_assets.h"

#include <string_view>

// The files are pulled in by the assembler; DOSSIER_HTML_ASSETS_HASH (their checksums) is part
// of this file's compile command so that a build cache notices when they change.
static_assert(sizeof(DOSSIER_HTML_ASSETS_HASH) > 1);
asm(".pushsection .rodata\n"
    ".global dossier_html_library_begin\n"
    "dossier_html_library_begin:\n"
    ".incbin \"" DOSSIER_HTML_LIBRARY_PATH
    "\"\n"
    ".global dossier_html_library_end\n"
    "dossier_html_library_end:\n"
    ".global dossier_html_template_begin\n"
    "dossier_html_template_begin:\n"
    ".incbin \"" DOSSIER_HTML_TEMPLATE_PATH
    "\"\n"
    ".global dossier_html_template_end\n"
    "dossier_html_template_end:\n"
    ".popsection\n");

extern "C" {
extern const char dossier_html_library_begin[];
extern const char dossier_html_library_end[];
extern const char dossier_html_template_begin[];
extern const char dossier_html_template_end[];
}

namespace dossier::cli {

graph::HtmlAssets EmbeddedHtmlAssets() {
    return {std::string_view(dossier_html_template_begin,
                             dossier_html_template_end - dossier_html_template_begin),
            std::string_view(dossier_html_library_begin,
                             dossier_html_library_end - dossier_html_library_begin)};
}

}  // namespace dossier::cli
