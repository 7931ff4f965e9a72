#include "tests/tck/result_comparison.h"

#include <algorithm>

#include "tests/tck/tck_value.h"

namespace dossier::tck {
namespace {

std::string Join(const std::vector<std::string>& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i > 0 ? ", " : "") + v[i];
    return out;
}

std::string RowToString(const query::Row& row) {
    std::string out = "|";
    for (const auto& v : row) out += " " + v.ToCypher() + " |";
    return out;
}

bool RowMatches(const std::vector<TckValue>& expected, const query::Row& actual,
                const std::vector<size_t>& column_of, bool ignore_list_order) {
    for (size_t i = 0; i < expected.size(); ++i) {
        if (!Matches(expected[i], actual[column_of[i]], ignore_list_order)) return false;
    }
    return true;
}

}  // namespace

bool CompareResult(const Table& expected, const query::QueryResult& actual, CompareMode mode,
                   std::string* why) {
    if (expected.empty()) {
        *why = "the expected table has no header";
        return false;
    }
    const auto& header = expected[0];
    std::vector<std::string> want_cols = header, got_cols = actual.columns;
    std::sort(want_cols.begin(), want_cols.end());
    std::sort(got_cols.begin(), got_cols.end());
    if (want_cols != got_cols) {
        *why = "expected columns [" + Join(header) + "], got [" + Join(actual.columns) + "]";
        return false;
    }
    std::vector<size_t> column_of(header.size());
    for (size_t i = 0; i < header.size(); ++i) {
        column_of[i] = std::find(actual.columns.begin(), actual.columns.end(), header[i]) -
                       actual.columns.begin();
    }
    std::vector<std::vector<TckValue>> rows;
    for (size_t r = 1; r < expected.size(); ++r) {
        std::vector<TckValue> row;
        for (const auto& cell : expected[r]) {
            Result<TckValue> v = ParseTckValue(cell);
            if (!v.ok()) {
                *why = v.status().ToString();
                return false;
            }
            row.push_back(std::move(v).value());
        }
        if (row.size() != header.size()) {
            *why = "expected row " + std::to_string(r) + " has the wrong number of cells";
            return false;
        }
        rows.push_back(std::move(row));
    }
    if (rows.size() != actual.rows.size()) {
        *why = "expected " + std::to_string(rows.size()) + " row(s), got " +
               std::to_string(actual.rows.size());
        for (size_t i = 0; i < actual.rows.size() && i < 5; ++i) {
            *why += "\n      got " + RowToString(actual.rows[i]);
        }
        return false;
    }
    std::vector<bool> used(actual.rows.size(), false);
    for (size_t r = 0; r < rows.size(); ++r) {
        bool found = false;
        if (mode.in_order) {
            found = RowMatches(rows[r], actual.rows[r], column_of, mode.ignore_list_order);
        } else {
            for (size_t a = 0; a < actual.rows.size() && !found; ++a) {
                if (!used[a] &&
                    RowMatches(rows[r], actual.rows[a], column_of, mode.ignore_list_order)) {
                    used[a] = found = true;
                }
            }
        }
        if (!found) {
            std::string want = "|";
            for (const auto& v : rows[r]) want += " " + v.ToString() + " |";
            *why = "expected row " + want + " not found" +
                   (mode.in_order ? " at position " + std::to_string(r + 1) : "");
            for (size_t i = 0; i < actual.rows.size() && i < 5; ++i) {
                *why += "\n      got " + RowToString(actual.rows[i]);
            }
            return false;
        }
    }
    return true;
}

}  // namespace dossier::tck
