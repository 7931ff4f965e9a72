// String functions: toLower toUpper trim ltrim rtrim replace substring left right split.
// Strings are UTF-8; case mapping and positions are per byte for ASCII-only data and per code
// unit otherwise (the news data is mostly ASCII; see README for the limitation).
#include <algorithm>
#include <cctype>

#include "query/eval/functions.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Args = std::vector<Value>;

namespace {

Status NeedString(const char* fn, const Value& v) {
    return InvalidArgumentType(std::string(fn) + "() expects a string", v);
}

Status NeedInt(const char* fn, const Value& v) {
    return InvalidArgumentType(std::string(fn) + "() expects an integer", v);
}

template <typename F>
Result<Value> MapChars(const char* fn, const Value& v, F f) {
    if (v.is_null()) return Value();
    if (!v.is_string()) return NeedString(fn, v);
    std::string s = v.as_string();
    std::transform(s.begin(), s.end(), s.begin(),
                   [&](unsigned char c) { return static_cast<char>(f(c)); });
    return Value(std::move(s));
}

bool IsSpace(unsigned char c) {
    return std::isspace(c) != 0;
}

Result<Value> Trim(const char* fn, const Value& v, bool left, bool right) {
    if (v.is_null()) return Value();
    if (!v.is_string()) return NeedString(fn, v);
    const std::string& s = v.as_string();
    size_t b = 0;
    size_t e = s.size();
    if (left) {
        while (b < e && IsSpace(s[b])) ++b;
    }
    if (right) {
        while (e > b && IsSpace(s[e - 1])) --e;
    }
    return Value(s.substr(b, e - b));
}

Result<Value> ToLowerFn(const Args& a, const FunctionContext&) {
    return MapChars("toLower", a[0], [](unsigned char c) { return std::tolower(c); });
}
Result<Value> ToUpperFn(const Args& a, const FunctionContext&) {
    return MapChars("toUpper", a[0], [](unsigned char c) { return std::toupper(c); });
}
Result<Value> TrimFn(const Args& a, const FunctionContext&) {
    return Trim("trim", a[0], true, true);
}
Result<Value> LTrimFn(const Args& a, const FunctionContext&) {
    return Trim("ltrim", a[0], true, false);
}
Result<Value> RTrimFn(const Args& a, const FunctionContext&) {
    return Trim("rtrim", a[0], false, true);
}

Result<Value> ReplaceFn(const Args& a, const FunctionContext&) {
    for (const Value& v : a) {
        if (v.is_null()) return Value();
        if (!v.is_string()) return NeedString("replace", v);
    }
    const std::string& from = a[1].as_string();
    const std::string& to = a[2].as_string();
    std::string s = a[0].as_string();
    if (from.empty()) return Value(s);
    std::string out;
    size_t pos = 0;
    for (size_t hit; (hit = s.find(from, pos)) != std::string::npos; pos = hit + from.size()) {
        out.append(s, pos, hit - pos).append(to);
    }
    out.append(s, pos);
    return Value(std::move(out));
}

Result<Value> SubstringFn(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_string()) return NeedString("substring", a[0]);
    if (!a[1].is_int()) return NeedInt("substring", a[1]);
    if (a.size() > 2 && !a[2].is_int()) return NeedInt("substring", a[2]);
    const std::string& s = a[0].as_string();
    const int64_t start = a[1].as_int();
    const int64_t len = a.size() > 2 ? a[2].as_int() : static_cast<int64_t>(s.size());
    if (start < 0 || len < 0) {
        return ArgumentError("NumberOutOfRange",
                             "substring() expects non-negative start and length");
    }
    if (static_cast<size_t>(start) >= s.size()) return Value(std::string());
    return Value(s.substr(static_cast<size_t>(start), static_cast<size_t>(len)));
}

Result<Value> LeftRight(const char* fn, const Args& a, bool left) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_string()) return NeedString(fn, a[0]);
    if (a[1].is_null())
        return ArgumentError("NumberOutOfRange", std::string(fn) + "() length is null");
    if (!a[1].is_int()) return NeedInt(fn, a[1]);
    if (a[1].as_int() < 0) {
        return ArgumentError("NumberOutOfRange",
                             std::string(fn) + "() expects a non-negative length");
    }
    const std::string& s = a[0].as_string();
    const size_t n = std::min<size_t>(s.size(), static_cast<size_t>(a[1].as_int()));
    return Value(left ? s.substr(0, n) : s.substr(s.size() - n));
}

Result<Value> LeftFn(const Args& a, const FunctionContext&) {
    return LeftRight("left", a, true);
}
Result<Value> RightFn(const Args& a, const FunctionContext&) {
    return LeftRight("right", a, false);
}

Result<Value> SplitFn(const Args& a, const FunctionContext&) {
    if (a[0].is_null() || a[1].is_null()) return Value();
    if (!a[0].is_string()) return NeedString("split", a[0]);
    if (!a[1].is_string()) return NeedString("split", a[1]);
    const std::string& s = a[0].as_string();
    const std::string& sep = a[1].as_string();
    graph::List out;
    if (sep.empty()) {
        for (char c : s) out.emplace_back(std::string(1, c));
        return Value(std::move(out));
    }
    size_t pos = 0;
    for (size_t hit; (hit = s.find(sep, pos)) != std::string::npos; pos = hit + sep.size()) {
        out.emplace_back(s.substr(pos, hit - pos));
    }
    out.emplace_back(s.substr(pos));
    return Value(std::move(out));
}

}  // namespace

const std::vector<FunctionDef>& StringFunctions() {
    static const std::vector<FunctionDef> defs = {
        {"tolower", 1, 1, ToLowerFn},     {"toupper", 1, 1, ToUpperFn},
        {"lower", 1, 1, ToLowerFn},       {"upper", 1, 1, ToUpperFn},
        {"trim", 1, 1, TrimFn},           {"ltrim", 1, 1, LTrimFn},
        {"rtrim", 1, 1, RTrimFn},         {"replace", 3, 3, ReplaceFn},
        {"substring", 2, 3, SubstringFn}, {"left", 2, 2, LeftFn},
        {"right", 2, 2, RightFn},         {"split", 2, 2, SplitFn},
    };
    return defs;
}

}  // namespace dossier::query::eval
