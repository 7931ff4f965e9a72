// List functions: size head last tail range reverse coalesce.
#include <algorithm>

#include "query/eval/functions.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Args = std::vector<Value>;

namespace {

Result<Value> SizeFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (v.is_list()) return Value(static_cast<int64_t>(v.as_list().size()));
    if (v.is_string()) return Value(static_cast<int64_t>(v.as_string().size()));
    if (v.is_map()) return Value(static_cast<int64_t>(v.as_map().size()));
    return InvalidArgumentType("size() expects a list or a string", v);
}

Result<Value> HeadFn(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_list()) return InvalidArgumentType("head() expects a list", a[0]);
    const auto& l = a[0].as_list();
    return l.empty() ? Value() : l.front();
}

Result<Value> LastFn(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_list()) return InvalidArgumentType("last() expects a list", a[0]);
    const auto& l = a[0].as_list();
    return l.empty() ? Value() : l.back();
}

Result<Value> TailFn(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_list()) return InvalidArgumentType("tail() expects a list", a[0]);
    const auto& l = a[0].as_list();
    if (l.empty()) return Value(graph::List{});
    return Value(graph::List(l.begin() + 1, l.end()));
}

Result<Value> RangeFn(const Args& a, const FunctionContext&) {
    for (const Value& v : a) {
        if (!v.is_int()) {
            return Status(Status::Code::kArgumentError,
                          "range() expects integers, got " + v.ToCypher(), "InvalidArgumentType");
        }
    }
    const int64_t from = a[0].as_int();
    const int64_t to = a[1].as_int();
    const int64_t step = a.size() > 2 ? a[2].as_int() : 1;
    if (step == 0) return ArgumentError("NumberOutOfRange", "range() step must not be zero");
    graph::List out;
    if ((step > 0 && from <= to) || (step < 0 && from >= to)) {
        const uint64_t count = static_cast<uint64_t>((to - from) / step) + 1;
        if (count > 100'000'000) return ArgumentError("NumberOutOfRange", "range() is too long");
        out.reserve(count);
        for (uint64_t i = 0; i < count; ++i)
            out.emplace_back(from + static_cast<int64_t>(i) * step);
    }
    return Value(std::move(out));
}

Result<Value> ReverseFn(const Args& a, const FunctionContext&) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (v.is_string()) return Value(std::string(v.as_string().rbegin(), v.as_string().rend()));
    if (v.is_list()) return Value(graph::List(v.as_list().rbegin(), v.as_list().rend()));
    return InvalidArgumentType("reverse() expects a string or a list", v);
}

Result<Value> CoalesceFn(const Args& a, const FunctionContext&) {
    for (const Value& v : a) {
        if (!v.is_null()) return v;
    }
    return Value();
}

}  // namespace

const std::vector<FunctionDef>& ListFunctions() {
    static const std::vector<FunctionDef> defs = {
        {"size", 1, 1, SizeFn},          {"head", 1, 1, HeadFn},   {"last", 1, 1, LastFn},
        {"tail", 1, 1, TailFn},          {"range", 2, 3, RangeFn}, {"reverse", 1, 1, ReverseFn},
        {"coalesce", 1, -1, CoalesceFn},
    };
    return defs;
}

}  // namespace dossier::query::eval
