#include "query/eval/arithmetic.h"

#include <cmath>

#include "query/eval/temporal_values.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;

namespace {

Status NotNumbers(std::string_view op, const Value& a, const Value& b) {
    const Value& bad = a.is_number() ? b : a;
    return InvalidArgumentType("operator " + std::string(op) + " expects numbers", bad);
}

// Applies `int_op` (with overflow detection) or `float_op` after promotion.
template <typename IntOp, typename FloatOp>
Result<Value> Numeric(std::string_view op, const Value& a, const Value& b, IntOp int_op,
                      FloatOp float_op) {
    if (a.is_null() || b.is_null()) return Value();
    if (!a.is_number() || !b.is_number()) return NotNumbers(op, a, b);
    if (a.is_int() && b.is_int()) {
        int64_t out = 0;
        if (int_op(a.as_int(), b.as_int(), &out)) return IntegerOverflow(op, a, b);
        return Value(out);
    }
    return Value(float_op(a.as_number(), b.as_number()));
}

}  // namespace

Result<Value> Add(const Value& a, const Value& b) {
    if (a.is_null() || b.is_null()) return Value();
    if (auto r = TemporalArithmetic('+', a, b)) return std::move(*r);
    if (a.is_list() && b.is_list()) {
        graph::List out = a.as_list();
        out.insert(out.end(), b.as_list().begin(), b.as_list().end());
        return Value(std::move(out));
    }
    if (a.is_list()) {
        graph::List out = a.as_list();
        out.push_back(b);
        return Value(std::move(out));
    }
    if (b.is_list()) {
        graph::List out;
        out.reserve(b.as_list().size() + 1);
        out.push_back(a);
        out.insert(out.end(), b.as_list().begin(), b.as_list().end());
        return Value(std::move(out));
    }
    if (a.is_string() && b.is_string()) return Value(a.as_string() + b.as_string());
    if (a.is_string() && (b.is_number() || b.is_bool())) {
        return Value(a.as_string() + b.ToCypher());
    }
    if (b.is_string() && (a.is_number() || a.is_bool())) {
        return Value(a.ToCypher() + b.as_string());
    }
    if (a.is_date() && b.is_int()) return Value(graph::Date{a.as_date().days + b.as_int()});
    return Numeric(
        "+", a, b, [](int64_t x, int64_t y, int64_t* o) { return __builtin_add_overflow(x, y, o); },
        [](double x, double y) { return x + y; });
}

Result<Value> Subtract(const Value& a, const Value& b) {
    if (auto r = TemporalArithmetic('-', a, b)) return std::move(*r);
    if (a.is_date() && b.is_int()) return Value(graph::Date{a.as_date().days - b.as_int()});
    if (a.is_date() && b.is_date()) return Value(int64_t{a.as_date().days - b.as_date().days});
    return Numeric(
        "-", a, b, [](int64_t x, int64_t y, int64_t* o) { return __builtin_sub_overflow(x, y, o); },
        [](double x, double y) { return x - y; });
}

Result<Value> Multiply(const Value& a, const Value& b) {
    if (auto r = TemporalArithmetic('*', a, b)) return std::move(*r);
    return Numeric(
        "*", a, b, [](int64_t x, int64_t y, int64_t* o) { return __builtin_mul_overflow(x, y, o); },
        [](double x, double y) { return x * y; });
}

Result<Value> Divide(const Value& a, const Value& b) {
    if (auto r = TemporalArithmetic('/', a, b)) return std::move(*r);
    if (a.is_int() && b.is_int() && b.as_int() == 0) {
        return ArgumentError("DivisionByZero", "division by zero: " + a.ToCypher() + " / 0");
    }
    return Numeric(
        "/", a, b,
        [](int64_t x, int64_t y, int64_t* o) {
            if (x == INT64_MIN && y == -1) return true;
            *o = x / y;
            return false;
        },
        [](double x, double y) { return x / y; });
}

Result<Value> Modulo(const Value& a, const Value& b) {
    if (a.is_int() && b.is_int() && b.as_int() == 0) {
        return ArgumentError("DivisionByZero", "modulo by zero: " + a.ToCypher() + " % 0");
    }
    return Numeric(
        "%", a, b,
        [](int64_t x, int64_t y, int64_t* o) {
            *o = (y == -1) ? 0 : x % y;
            return false;
        },
        [](double x, double y) { return std::fmod(x, y); });
}

Result<Value> Power(const Value& a, const Value& b) {
    if (a.is_null() || b.is_null()) return Value();
    if (!a.is_number() || !b.is_number()) return NotNumbers("^", a, b);
    return Value(std::pow(a.as_number(), b.as_number()));
}

Result<Value> Negate(const Value& a) {
    if (a.is_null()) return Value();
    if (a.is_int()) {
        if (a.as_int() == INT64_MIN) return IntegerOverflow("-", Value(0), a);
        return Value(-a.as_int());
    }
    if (a.is_float()) return Value(-a.as_float());
    return InvalidArgumentType("unary minus expects a number", a);
}

}  // namespace dossier::query::eval
