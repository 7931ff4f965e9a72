// What the binder knows about the kind of value an expression or variable holds before any
// data is seen. kAny means "unknown": every check accepts it.
#pragma once

#include <map>
#include <string>

#include "query/ast/expression.h"

namespace dossier::query::semantic {

enum class StaticType {
    kAny,
    kNull,
    kBool,
    kInt,
    kFloat,
    kString,
    kList,
    kMap,
    kNode,
    kRelationship,
    kPath,
};
const char* StaticTypeName(StaticType t);  // "Node", "Integer", ...

// Variables in scope and their kinds.
using VariableScope = std::map<std::string, StaticType>;

StaticType TypeOf(const ast::Expression& e, const VariableScope& scope);

// True when a value of type `t` may be used where one of `allowed` is required: unknown and null
// values always may.
bool TypeFits(StaticType t, std::initializer_list<StaticType> allowed);

}  // namespace dossier::query::semantic
