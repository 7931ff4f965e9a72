// Conversion functions: toString toInteger toFloat toBoolean, and their *OrNull forms.
// Unparsable strings convert to null; values of a kind that has no conversion are a TypeError
// (InvalidArgumentValue), as the openCypher TCK expects.
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "graph/ascii.h"
#include "query/eval/functions.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Args = std::vector<Value>;

namespace {

Status Unconvertible(const char* fn, const Value& v) {
    return InvalidArgumentValue(std::string(fn) + "() cannot convert " + KindName(v) + " " +
                                v.ToCypher());
}

std::optional<double> ParseDouble(const std::string& s) {
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const double d = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || *end != '\0') return std::nullopt;
    return d;
}

Result<Value> ToStringFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    switch (v.kind()) {
        case Value::Kind::kNull:
            return Value();
        case Value::Kind::kString:
            return v;
        case Value::Kind::kInt:
        case Value::Kind::kFloat:
        case Value::Kind::kBool:
            return Value(v.ToCypher());
        case Value::Kind::kDate:
        case Value::Kind::kLocalTime:
        case Value::Kind::kTime:
        case Value::Kind::kLocalDateTime:
        case Value::Kind::kDateTime:
        case Value::Kind::kDuration:
            return Value(v.ToIso());
        default:
            return Unconvertible("toString", v);
    }
}

Result<Value> ToIntegerFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null() || v.is_int()) return v;
    if (v.is_bool()) return Value(int64_t{v.as_bool() ? 1 : 0});
    if (v.is_float()) {
        const double d = v.as_float();
        if (std::isnan(d) || d >= 9.223372036854775807e18 || d < -9.223372036854775808e18) {
            return Value();
        }
        return Value(static_cast<int64_t>(std::trunc(d)));
    }
    if (v.is_string()) {
        const std::string& s = v.as_string();
        char* end = nullptr;
        errno = 0;
        const long long i = std::strtoll(s.c_str(), &end, 10);
        if (!s.empty() && *end == '\0' && errno == 0) return Value(static_cast<int64_t>(i));
        auto d = ParseDouble(s);
        if (!d || std::isnan(*d) || std::fabs(*d) >= 9.2e18) return Value();
        return Value(static_cast<int64_t>(std::trunc(*d)));
    }
    return Unconvertible("toInteger", v);
}

Result<Value> ToFloatFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null() || v.is_float()) return v;
    if (v.is_int()) return Value(static_cast<double>(v.as_int()));
    if (v.is_string()) {
        auto d = ParseDouble(v.as_string());
        return d ? Value(*d) : Value();
    }
    return Unconvertible("toFloat", v);
}

Result<Value> ToBooleanFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null() || v.is_bool()) return v;
    if (v.is_string()) {
        const std::string s = AsciiLower(v.as_string());
        if (s == "true") return Value(true);
        if (s == "false") return Value(false);
        return Value();
    }
    if (v.is_int()) return Value(v.as_int() != 0);
    return Unconvertible("toBoolean", v);
}

template <Result<Value> (*F)(const Args&, const FunctionContext&)>
Result<Value> OrNull(const Args& a, const FunctionContext& ctx) {
    auto r = F(a, ctx);
    if (!r.ok()) return Value();
    return r;
}

}  // namespace

const std::vector<FunctionDef>& ConversionFunctions() {
    static const std::vector<FunctionDef> defs = {
        {"tostring", 1, 1, ToStringFn},
        {"tointeger", 1, 1, ToIntegerFn},
        {"tofloat", 1, 1, ToFloatFn},
        {"toboolean", 1, 1, ToBooleanFn},
        {"tostringornull", 1, 1, OrNull<ToStringFn>},
        {"tointegerornull", 1, 1, OrNull<ToIntegerFn>},
        {"tofloatornull", 1, 1, OrNull<ToFloatFn>},
        {"tobooleanornull", 1, 1, OrNull<ToBooleanFn>},
    };
    return defs;
}

}  // namespace dossier::query::eval
