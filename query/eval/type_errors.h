// Run-time error constructors of the expression evaluator. Every error names the offending value
// so that a user can find it in the data ("toInteger() expects a string or number, got [1, 2]").
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query::eval {

// A value of the wrong type: TypeError with openCypher detail InvalidArgumentType.
Status InvalidArgumentType(std::string_view what, const graph::Value& got);
// A value of the right type outside the domain: ArgumentError with detail `detail`
// (NumberOutOfRange, InvalidArgumentValue, ...).
Status ArgumentError(std::string_view detail, std::string message);
// A value that a function or operator rejects: TypeError with detail InvalidArgumentValue.
Status InvalidArgumentValue(std::string message);
// Integer arithmetic that leaves int64: ArgumentError IntegerOverflow.
Status IntegerOverflow(std::string_view op, const graph::Value& a, const graph::Value& b);

// Short printable name of a value's kind: "Integer", "String", "Node", ...
const char* KindName(const graph::Value& v);

}  // namespace dossier::query::eval
