#include "tools/report/timeline_svg.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <utility>

#include "graph/dcheck.h"
#include "graph/export/xml_text.h"
#include "graph/value.h"

namespace dossier::report {

namespace {

// Drawing geometry, in SVG pixels.
constexpr int kWidth = 960;
constexpr int kMargin = 60;       // left and right, so that end labels fit
constexpr int kAxisY = 30;        // the axis line; ticks and their dates above it
constexpr int kLaneHeight = 18;   // marks stack downwards from the axis
constexpr int kLabelWidth = 120;  // room a mark's label takes before the next in its lane
constexpr int kMaxTicks = 12;     // tick marks on the axis at most
constexpr int kPadDays = 15;      // a single date is shown in a month-wide window

int DaysOf(const std::string& iso) {
    auto d = graph::Date::FromIso(iso);
    return d ? d->days : 0;
}

std::string Number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// Tick dates: the first of each year, or of each month, or every week, or every day, whichever
// gives at most kMaxTicks in [from, to].
std::vector<int> Ticks(int from, int to) {
    for (int step : {1, 7}) {
        if ((to - from) / step <= kMaxTicks) {
            std::vector<int> out;
            for (int d = from; d <= to; d += step) out.push_back(d);
            return out;
        }
    }
    for (int months : {1, 3, 12, 60}) {
        std::vector<int> out;
        int y, m, day;
        graph::Date{from}.ToYmd(&y, &m, &day);
        int index = y * 12 + (m - 1);
        index += months - index % months;  // the next boundary after `from`
        for (;; index += months) {
            const int d = graph::Date::FromYmd(index / 12, index % 12 + 1, 1).days;
            if (d > to) break;
            out.push_back(d);
        }
        if (out.size() <= kMaxTicks) return out;
    }
    return {from, to};
}

}  // namespace

std::vector<TimelineGroup> GroupTimeline(const std::vector<TimelineItem>& items) {
    std::vector<TimelineGroup> groups;
    if (items.empty()) return groups;
    const int first = DaysOf(items.front().date);
    for (int span : {1, 7, 30, 91, 365}) {
        groups.clear();
        std::map<std::pair<int, std::string>, size_t> index;  // (span number, kind) -> group
        for (size_t i = 0; i < items.size(); ++i) {
            const auto key = std::make_pair((DaysOf(items[i].date) - first) / span, items[i].kind);
            auto [it, added] = index.emplace(key, groups.size());
            if (added) groups.push_back({i, 0, items[i].kind, items[i].date, items[i].date});
            TimelineGroup& g = groups[it->second];
            ++g.count;
            g.to = items[i].date;
        }
        if (groups.size() <= kMaxTimelineGroups) break;
    }
    return groups;
}

std::string TimelineSvg(const std::vector<TimelineItem>& items,
                        const std::vector<std::string>& hrefs) {
    DOSSIER_DCHECK(items.size() == hrefs.size());
    if (items.empty()) return "";
    int from = DaysOf(items.front().date), to = from;
    for (const TimelineItem& item : items) {
        from = std::min(from, DaysOf(item.date));
        to = std::max(to, DaysOf(item.date));
    }
    from -= kPadDays;
    to += kPadDays;
    const double scale = static_cast<double>(kWidth - 2 * kMargin) / (to - from);
    auto x_of = [&](int days) { return kMargin + (days - from) * scale; };
    // Lanes: the right end of the last label in each.
    std::vector<double> lane_end;
    std::string marks;
    size_t marked = 0;
    for (const TimelineGroup& group : GroupTimeline(items)) {
        const TimelineItem& item = items[group.first];
        const double x = x_of(DaysOf(item.date));
        size_t lane = 0;
        while (lane < lane_end.size() && lane_end[lane] > x) ++lane;
        if (lane == lane_end.size()) lane_end.push_back(0);
        lane_end[lane] = x + kLabelWidth;
        const double y = kAxisY + kLaneHeight * (lane + 1);
        const bool quote = item.kind == "quote";
        const std::string label =
            group.count == 1 ? item.kind : std::to_string(group.count) + " × " + item.kind;
        std::string tooltip = group.from + (group.to != group.from ? " to " + group.to : "") +
                              ": " + label + "\n" + item.text;
        marks += "<a href=\"" + graph::XmlEscape(hrefs[group.first]) + "\" class=\"mark" +
                 (quote ? " quote" : " event") + "\"><title>" + graph::XmlEscape(tooltip) +
                 "</title>";
        marks += "<line x1=\"" + Number(x) + "\" y1=\"" + std::to_string(kAxisY) + "\" x2=\"" +
                 Number(x) + "\" y2=\"" + Number(y) + "\"/>";
        marks += "<circle cx=\"" + Number(x) + "\" cy=\"" + Number(y) + "\" r=\"5\"/>";
        marks += "<text x=\"" + Number(x + 8) + "\" y=\"" + Number(y + 4) + "\">" +
                 graph::XmlEscape(label) + "</text></a>\n";
        ++marked;
    }
    const int height = kAxisY + kLaneHeight * (static_cast<int>(lane_end.size()) + 1) + 10;
    std::string svg =
        "<svg id=\"timeline-axis\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
        std::to_string(kWidth) + " " + std::to_string(height) + "\" data-items=\"" +
        std::to_string(items.size()) + "\" data-marks=\"" + std::to_string(marked) + "\">\n";
    svg += "<line class=\"axis\" x1=\"" + std::to_string(kMargin) + "\" y1=\"" +
           std::to_string(kAxisY) + "\" x2=\"" + std::to_string(kWidth - kMargin) + "\" y2=\"" +
           std::to_string(kAxisY) + "\"/>\n";
    for (int tick : Ticks(from, to)) {
        const double x = x_of(tick);
        svg += "<line class=\"tick\" x1=\"" + Number(x) + "\" y1=\"" + std::to_string(kAxisY - 4) +
               "\" x2=\"" + Number(x) + "\" y2=\"" + std::to_string(kAxisY + 4) + "\"/>";
        svg += "<text class=\"tick\" x=\"" + Number(x) + "\" y=\"" + std::to_string(kAxisY - 8) +
               "\">" + graph::Date{tick}.ToIso() + "</text>\n";
    }
    return svg + marks + "</svg>";
}

}  // namespace dossier::report
