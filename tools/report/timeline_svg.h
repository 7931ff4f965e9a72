// The report's timeline as an inline SVG time axis: one mark per dated item, placed by date,
// stacked in lanes where marks would overlap, each a link to its evidence. Items of one kind on
// one date share a mark.
#pragma once

#include <string>
#include <vector>

#include "tools/report/entity_report.h"

namespace dossier::report {

// `hrefs[i]` is the link target of `items[i]` ("#a-...-s3"). REQUIRES: items are dated (ISO
// dates), hrefs.size() == items.size(). Empty when there are no items.
std::string TimelineSvg(const std::vector<TimelineItem>& items,
                        const std::vector<std::string>& hrefs);

}  // namespace dossier::report
