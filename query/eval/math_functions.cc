// Numeric functions: abs ceil floor round sign sqrt exp log log10 sin cos tan asin acos atan atan2
// pi e rand. Rounding functions return floats and abs keeps the argument's type, as in openCypher.
#include <cmath>

#include "query/eval/functions.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Args = std::vector<Value>;

namespace {

template <double (*F)(double)>
Result<Value> Unary(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_number()) return InvalidArgumentType("a math function expects a number", a[0]);
    return Value(F(a[0].as_number()));
}

double RoundHalfUp(double d) {
    return std::floor(d + 0.5);
}

Result<Value> AbsFn(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (a[0].is_int()) {
        if (a[0].as_int() == INT64_MIN) return IntegerOverflow("abs", a[0], Value());
        return Value(std::abs(a[0].as_int()));
    }
    if (a[0].is_float()) return Value(std::fabs(a[0].as_float()));
    return InvalidArgumentType("abs() expects a number", a[0]);
}

Result<Value> SignFn(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_number()) return InvalidArgumentType("sign() expects a number", a[0]);
    const double d = a[0].as_number();
    return Value(int64_t{d > 0 ? 1 : (d < 0 ? -1 : 0)});
}

Result<Value> Atan2Fn(const Args& a, const FunctionContext&) {
    if (a[0].is_null() || a[1].is_null()) return Value();
    if (!a[0].is_number()) return InvalidArgumentType("atan2() expects numbers", a[0]);
    if (!a[1].is_number()) return InvalidArgumentType("atan2() expects numbers", a[1]);
    return Value(std::atan2(a[0].as_number(), a[1].as_number()));
}

Result<Value> PiFn(const Args&, const FunctionContext&) {
    return Value(M_PI);
}
Result<Value> EFn(const Args&, const FunctionContext&) {
    return Value(M_E);
}

Result<Value> RandFn(const Args&, const FunctionContext& ctx) {
    static thread_local std::mt19937_64 fallback{std::random_device{}()};
    std::uniform_real_distribution<double> dist(0.0, 1.0);
    return Value(dist(ctx.random ? *ctx.random : fallback));
}

double Sqrt(double d) {
    return std::sqrt(d);
}
double Ceil(double d) {
    return std::ceil(d);
}
double Floor(double d) {
    return std::floor(d);
}
double Exp(double d) {
    return std::exp(d);
}
double Log(double d) {
    return std::log(d);
}
double Log10(double d) {
    return std::log10(d);
}
double Sin(double d) {
    return std::sin(d);
}
double Cos(double d) {
    return std::cos(d);
}
double Tan(double d) {
    return std::tan(d);
}
double Asin(double d) {
    return std::asin(d);
}
double Acos(double d) {
    return std::acos(d);
}
double Atan(double d) {
    return std::atan(d);
}
double Degrees(double d) {
    return d * 180.0 / M_PI;
}
double Radians(double d) {
    return d * M_PI / 180.0;
}

}  // namespace

const std::vector<FunctionDef>& MathFunctions() {
    static const std::vector<FunctionDef> defs = {
        {"abs", 1, 1, AbsFn},
        {"ceil", 1, 1, Unary<Ceil>},
        {"floor", 1, 1, Unary<Floor>},
        {"round", 1, 1, Unary<RoundHalfUp>},
        {"sign", 1, 1, SignFn},
        {"sqrt", 1, 1, Unary<Sqrt>},
        {"exp", 1, 1, Unary<Exp>},
        {"log", 1, 1, Unary<Log>},
        {"log10", 1, 1, Unary<Log10>},
        {"sin", 1, 1, Unary<Sin>},
        {"cos", 1, 1, Unary<Cos>},
        {"tan", 1, 1, Unary<Tan>},
        {"asin", 1, 1, Unary<Asin>},
        {"acos", 1, 1, Unary<Acos>},
        {"atan", 1, 1, Unary<Atan>},
        {"atan2", 2, 2, Atan2Fn},
        {"degrees", 1, 1, Unary<Degrees>},
        {"radians", 1, 1, Unary<Radians>},
        {"pi", 0, 0, PiFn},
        {"e", 0, 0, EFn},
        {"rand", 0, 0, RandFn},
    };
    return defs;
}

}  // namespace dossier::query::eval
