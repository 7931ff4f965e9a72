// The ResultWriter implementations behind MakeResultWriter (result_format.h).
#pragma once

#include <memory>
#include <ostream>

#include "tools/result_format.h"

namespace dossier::cli {

std::unique_ptr<ResultWriter> MakeTableWriter(const FormatOptions& options, std::ostream& out);
std::unique_ptr<ResultWriter> MakeMarkdownWriter(const FormatOptions& options, std::ostream& out);
std::unique_ptr<ResultWriter> MakeCsvWriter(std::ostream& out);
std::unique_ptr<ResultWriter> MakeJsonWriter(std::ostream& out);
std::unique_ptr<ResultWriter> MakeJsonlWriter(std::ostream& out);

}  // namespace dossier::cli
