#include "query/eval/predicates.h"

#include <regex>

#include "query/eval/comparison.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;

namespace {

Status CheckBool(std::string_view op, const Value& v) {
    if (v.is_null() || v.is_bool()) return Status::OK();
    return InvalidArgumentType(std::string(op) + " expects booleans", v);
}

}  // namespace

Result<Value> And(const Value& a, const Value& b) {
    DOSSIER_RETURN_IF_ERROR(CheckBool("AND", a));
    DOSSIER_RETURN_IF_ERROR(CheckBool("AND", b));
    if ((a.is_bool() && !a.as_bool()) || (b.is_bool() && !b.as_bool())) return Value(false);
    if (a.is_null() || b.is_null()) return Value();
    return Value(true);
}

Result<Value> Or(const Value& a, const Value& b) {
    DOSSIER_RETURN_IF_ERROR(CheckBool("OR", a));
    DOSSIER_RETURN_IF_ERROR(CheckBool("OR", b));
    if (IsTrue(a) || IsTrue(b)) return Value(true);
    if (a.is_null() || b.is_null()) return Value();
    return Value(false);
}

Result<Value> Xor(const Value& a, const Value& b) {
    DOSSIER_RETURN_IF_ERROR(CheckBool("XOR", a));
    DOSSIER_RETURN_IF_ERROR(CheckBool("XOR", b));
    if (a.is_null() || b.is_null()) return Value();
    return Value(a.as_bool() != b.as_bool());
}

Result<Value> Not(const Value& a) {
    DOSSIER_RETURN_IF_ERROR(CheckBool("NOT", a));
    if (a.is_null()) return Value();
    return Value(!a.as_bool());
}

Result<Value> In(const Value& x, const Value& list) {
    if (list.is_null()) return Value();
    if (!list.is_list()) return InvalidArgumentType("IN expects a list on its right", list);
    bool saw_null = false;
    for (const Value& e : list.as_list()) {
        Value eq = Equals(x, e);
        if (eq.is_null()) {
            saw_null = true;
        } else if (eq.as_bool()) {
            return Value(true);
        }
    }
    return saw_null ? Value() : Value(false);
}

Value StartsWith(const Value& s, const Value& prefix) {
    if (!s.is_string() || !prefix.is_string()) return Value();
    return Value(s.as_string().starts_with(prefix.as_string()));
}

Value EndsWith(const Value& s, const Value& suffix) {
    if (!s.is_string() || !suffix.is_string()) return Value();
    return Value(s.as_string().ends_with(suffix.as_string()));
}

Value Contains(const Value& s, const Value& part) {
    if (!s.is_string() || !part.is_string()) return Value();
    return Value(s.as_string().find(part.as_string()) != std::string::npos);
}

Result<Value> RegexMatch(const Value& s, const Value& pattern) {
    if (!s.is_string() || !pattern.is_string()) return Value();
    try {
        const std::regex re(pattern.as_string(), std::regex::ECMAScript);
        return Value(std::regex_match(s.as_string(), re));
    } catch (const std::regex_error& e) {
        return ArgumentError("InvalidArgumentValue",
                             "invalid regular expression " + pattern.ToCypher() + ": " + e.what());
    }
}

}  // namespace dossier::query::eval
