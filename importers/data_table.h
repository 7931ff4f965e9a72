// Tables compiled in from importers/data/*.inc: one row a line, columns separated by tabs.
#pragma once

#include <string_view>
#include <vector>

namespace dossier::importers {

// Calls fn(columns) for each non-empty line of a tab-separated table.
template <typename Fn>
void ForEachRow(std::string_view table, Fn fn) {
    size_t pos = 0;
    while (pos < table.size()) {
        size_t nl = table.find('\n', pos);
        if (nl == std::string_view::npos) nl = table.size();
        const std::string_view line = table.substr(pos, nl - pos);
        pos = nl + 1;
        if (line.empty()) continue;
        std::vector<std::string_view> cols;
        size_t c = 0;
        while (true) {
            const size_t tab = line.find('\t', c);
            cols.push_back(
                line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c));
            if (tab == std::string_view::npos) break;
            c = tab + 1;
        }
        fn(cols);
    }
}

}  // namespace dossier::importers
