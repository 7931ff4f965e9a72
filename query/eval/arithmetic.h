// Arithmetic operators with openCypher semantics: null in, null out; int op int stays an integer
// (overflow is an error, not a wrap); a float on either side promotes to float. `+` also
// concatenates strings and lists (a list plus an element appends or prepends it), and adds
// integer days to dates.
#pragma once

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query::eval {

Result<graph::Value> Add(const graph::Value& a, const graph::Value& b);
Result<graph::Value> Subtract(const graph::Value& a, const graph::Value& b);
Result<graph::Value> Multiply(const graph::Value& a, const graph::Value& b);
// Integer division truncates toward zero; integer division by zero is an ArgumentError.
Result<graph::Value> Divide(const graph::Value& a, const graph::Value& b);
Result<graph::Value> Modulo(const graph::Value& a, const graph::Value& b);
// Always a float, as in openCypher.
Result<graph::Value> Power(const graph::Value& a, const graph::Value& b);
Result<graph::Value> Negate(const graph::Value& a);

}  // namespace dossier::query::eval
