// Scope: the variables a row carries, by slot. Row r's value for variable names[i] is r[i].
// Planner-generated variables (anonymous pattern elements, hidden sort keys) start with a space
// so that they can never clash with a user's name and never show up in RETURN *.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier::query::eval {

struct Scope {
    std::vector<std::string> names;

    // The slot of `name`, or -1. The first occurrence wins.
    int Find(std::string_view name) const {
        for (size_t i = 0; i < names.size(); ++i) {
            if (names[i] == name) return static_cast<int>(i);
        }
        return -1;
    }
    int Add(std::string name) {
        names.push_back(std::move(name));
        return static_cast<int>(names.size()) - 1;
    }
    int size() const { return static_cast<int>(names.size()); }
    static bool IsHidden(std::string_view name) { return !name.empty() && name[0] == ' '; }
};

}  // namespace dossier::query::eval
