// Scope: the variables a row carries, by slot. Row r's value for variable names[i] is r[i].
// Planner-generated variables (anonymous pattern elements, hidden sort keys) start with a space
// so that they can never clash with a user's name and never show up in RETURN *.
//
// A scope made from a bound statement also maps each variable id (VariableIds, assigned by
// semantic::Bind) to its slot, so that the evaluator reads a variable by index, never by name.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dossier::query::eval {

// The variable names of one bound statement, each with a dense id (0, 1, ...). Written by
// semantic::Bind, then read-only; the AST's VariableExpr::variable_id (and the ids of
// comprehension variables) index it.
class VariableIds {
  public:
    // The id of `name`, or -1 when no expression of the statement names it.
    int Find(std::string_view name) const {
        auto it = ids_.find(std::string(name));
        return it == ids_.end() ? -1 : it->second;
    }
    // The id of `name`, made when it is new.
    int Intern(const std::string& name) {
        return ids_.emplace(name, static_cast<int>(ids_.size())).first->second;
    }
    int size() const { return static_cast<int>(ids_.size()); }

  private:
    std::unordered_map<std::string, int> ids_;
};

class Scope {
  public:
    Scope() = default;
    // `ids` is borrowed and must outlive the scope (and its copies); null: names only.
    explicit Scope(const VariableIds* ids) : ids_(ids) {}

    const std::vector<std::string>& names() const { return names_; }
    const VariableIds* ids() const { return ids_; }

    // The slot of `name`, or -1. The first occurrence wins. A linear scan: for planning only.
    int Find(std::string_view name) const {
        for (size_t i = 0; i < names_.size(); ++i) {
            if (names_[i] == name) return static_cast<int>(i);
        }
        return -1;
    }
    // The slot of the variable with id `id` (the first occurrence of its name), or -1.
    int SlotOf(int id) const {
        return id >= 0 && id < static_cast<int>(slot_of_id_.size()) ? slot_of_id_[id] : -1;
    }
    int Add(std::string name) {
        const int slot = size();
        const int id = ids_ ? ids_->Find(name) : -1;
        if (id >= 0) {
            if (id >= static_cast<int>(slot_of_id_.size())) slot_of_id_.resize(id + 1, -1);
            if (slot_of_id_[id] < 0) slot_of_id_[id] = slot;
        }
        names_.push_back(std::move(name));
        return slot;
    }
    // Adds every variable of `other` after this scope's own.
    void Append(const Scope& other) {
        for (const auto& n : other.names_) Add(n);
    }
    // Keeps the first `width` slots.
    void Truncate(int width) {
        names_.resize(static_cast<size_t>(width));
        for (int& slot : slot_of_id_) {
            if (slot >= width) slot = -1;
        }
    }
    int size() const { return static_cast<int>(names_.size()); }
    static bool IsHidden(std::string_view name) { return !name.empty() && name[0] == ' '; }

  private:
    std::vector<std::string> names_;
    std::vector<int> slot_of_id_;  // variable id -> slot, -1 when not in this scope
    const VariableIds* ids_ = nullptr;
};

}  // namespace dossier::query::eval
