// The report's timeline as an inline SVG time axis: one mark per group of dated items (see
// GroupTimeline), placed by date, stacked in lanes where marks would overlap, each a link to the
// evidence of the group's first item.
#pragma once

#include <string>
#include <vector>

#include "tools/report/entity_report.h"

namespace dossier::report {

// Groups a timeline can show at most: beyond it a drawing and a list are no longer read.
inline constexpr size_t kMaxTimelineGroups = 40;

// Items of one kind within one span of days: `count` items from items[first] on.
struct TimelineGroup {
    size_t first = 0;
    size_t count = 0;
    std::string kind;
    std::string from, to;  // ISO dates of the first and last item
};

// Groups `items` (dated, oldest first) by kind within spans of 1, 7, 30, 91 or 365 days (counted
// from the first item), the shortest span that gives at most kMaxTimelineGroups groups (or 365
// days). Groups are in the order of their first item.
std::vector<TimelineGroup> GroupTimeline(const std::vector<TimelineItem>& items);

// `hrefs[i]` is the link target of `items[i]` ("#a-...-s3"). REQUIRES: items are dated (ISO
// dates), hrefs.size() == items.size(). Empty when there are no items.
std::string TimelineSvg(const std::vector<TimelineItem>& items,
                        const std::vector<std::string>& hrefs);

}  // namespace dossier::report
