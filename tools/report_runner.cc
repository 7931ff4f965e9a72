#include "tools/report_runner.h"

#include <cstdlib>
#include <sstream>

#include "graph/export/json_value.h"
#include "tools/atomic_file.h"
#include "tools/html_assets.h"
#include "tools/report/html_report.h"
#include "tools/report/markdown_report.h"
#include "tools/report/report_candidates.h"

namespace dossier::cli {

namespace {

std::string FormatOf(const ReportRequest& r) {
    if (!r.format.empty()) return r.format;
    const std::string& o = r.output;
    return o.size() >= 3 && o.compare(o.size() - 3, 3, ".md") == 0 ? "md" : "html";
}

// The node the request names, or a status whose message says why not. `ambiguous` tells a name
// of several entities apart from an unknown one.
Result<graph::NodeId> Resolve(const graph::GraphReader& reader, const ReportRequest& r,
                              bool* ambiguous) {
    *ambiguous = false;
    if (!r.id.empty()) {
        char* end = nullptr;
        const long long id = std::strtoll(r.id.c_str(), &end, 10);
        if (end == r.id.c_str() || *end != '\0') {
            return Status::InvalidArgument("--id takes an integer, as id() returns it: " + r.id);
        }
        const auto node = static_cast<graph::NodeId>(id);
        if (!reader.HasNode(node)) return Status::NotFound("no node with id " + r.id);
        return node;
    }
    DOSSIER_ASSIGN_OR_RETURN(auto candidates, report::FindCandidates(reader, r.name));
    if (candidates.empty()) return Status::NotFound("no entity named '" + r.name + "'");
    if (candidates.size() == 1) return candidates.front().id;
    *ambiguous = true;
    std::string message = "'" + r.name + "' names " + std::to_string(candidates.size()) +
                          " entities; choose one with --id:";
    for (const report::Candidate& c : candidates) {
        message += "\n  --id " + graph::IdText(c.id) + "  " + c.name + " (" + c.label + ", " +
                   std::to_string(c.articles) + (c.articles == 1 ? " article)" : " articles)");
    }
    return Status::InvalidArgument(message);
}

Status Write(const report::EntityReport& report, const std::string& format, std::ostream& out) {
    if (format == "md") return report::WriteMarkdownReport(report, out);
    return report::WriteHtmlReport(report, EmbeddedReportAssets(), out);
}

}  // namespace

Status ValidateReportRequest(const ReportRequest& r) {
    if (r.name.empty() && r.id.empty()) return Status::InvalidArgument("give a NAME or --id");
    if (!r.format.empty() && r.format != "html" && r.format != "md" && r.format != "markdown") {
        return Status::InvalidArgument("unknown report format '" + r.format + "' (html or md)");
    }
    if (r.options.hops < 0 || r.options.hops > kMaxReportHops) {
        return Status::InvalidArgument("--hops takes 0 to " + std::to_string(kMaxReportHops));
    }
    for (const auto* date : {&r.options.since, &r.options.until}) {
        if (*date && !graph::Date::FromIso(**date)) {
            return Status::InvalidArgument("not a date (YYYY-MM-DD): " + **date);
        }
    }
    return Status::OK();
}

int RunReport(const graph::GraphReader& reader, const ReportRequest& request, std::ostream& out,
              std::ostream& err, std::string_view prefix) {
    bool ambiguous = false;
    Result<graph::NodeId> id = Resolve(reader, request, &ambiguous);
    if (!id.ok()) {
        err << prefix << id.status().message() << "\n";
        return ambiguous ? kReportAmbiguous : kReportNotFound;
    }
    Result<report::EntityReport> report = report::CollectEntityReport(reader, *id, request.options);
    if (!report.ok()) {
        err << prefix << report.status().ToString() << "\n";
        return kReportNotFound;
    }
    const std::string format = FormatOf(request) == "markdown" ? "md" : FormatOf(request);
    if (request.output.empty()) {
        const Status s = Write(*report, format, out);
        if (!s.ok()) err << prefix << s.ToString() << "\n";
        return s.ok() ? 0 : kReportNotFound;
    }
    AtomicFile file(request.output);
    Status s = file.CheckOpened();
    if (s.ok()) s = Write(*report, format, file.stream());
    if (s.ok()) s = file.Commit();
    if (!s.ok()) {
        err << prefix << s.ToString() << "\n";
        return kReportNotFound;
    }
    err << "report on " << report->name << " (" << report->articles.size() << " articles, "
        << report->quotes.size() << " quotes, " << report->connections.size()
        << " relationships) written to " << request.output << "\n";
    return 0;
}

Result<ReportRequest> ParseReportArguments(std::string_view args) {
    ReportRequest r;
    std::istringstream words{std::string(args)};
    std::string word;
    auto value = [&](const std::string& option) -> Result<std::string> {
        std::string v;
        if (!(words >> v)) return Status::InvalidArgument(option + " takes a value");
        return v;
    };
    while (words >> word) {
        if (word == "-o" || word == "--output") {
            DOSSIER_ASSIGN_OR_RETURN(r.output, value(word));
        } else if (word == "--format" || word == "-f") {
            DOSSIER_ASSIGN_OR_RETURN(r.format, value(word));
        } else if (word == "--id") {
            DOSSIER_ASSIGN_OR_RETURN(r.id, value(word));
        } else if (word == "--hops") {
            DOSSIER_ASSIGN_OR_RETURN(std::string hops, value(word));
            char* end = nullptr;
            r.options.hops = static_cast<int>(std::strtol(hops.c_str(), &end, 10));
            if (end == hops.c_str() || *end != '\0') r.options.hops = -1;  // rejected below
        } else if (word == "--since") {
            DOSSIER_ASSIGN_OR_RETURN(r.options.since, value(word));
        } else if (word == "--until") {
            DOSSIER_ASSIGN_OR_RETURN(r.options.until, value(word));
        } else {
            r.name += (r.name.empty() ? "" : " ") + word;
        }
    }
    if (r.output.empty() && r.format.empty()) r.format = "md";
    DOSSIER_RETURN_IF_ERROR(ValidateReportRequest(r));
    return r;
}

}  // namespace dossier::cli
