#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;

const char* KindName(const Value& v) {
    switch (v.kind()) {
        case Value::Kind::kNull:
            return "Null";
        case Value::Kind::kBool:
            return "Boolean";
        case Value::Kind::kInt:
            return "Integer";
        case Value::Kind::kFloat:
            return "Float";
        case Value::Kind::kString:
            return "String";
        case Value::Kind::kDate:
            return "Date";
        case Value::Kind::kLocalTime:
            return "LocalTime";
        case Value::Kind::kTime:
            return "Time";
        case Value::Kind::kLocalDateTime:
            return "LocalDateTime";
        case Value::Kind::kDateTime:
            return "DateTime";
        case Value::Kind::kDuration:
            return "Duration";
        case Value::Kind::kList:
            return "List";
        case Value::Kind::kMap:
            return "Map";
        case Value::Kind::kNode:
            return "Node";
        case Value::Kind::kEdge:
            return "Relationship";
        case Value::Kind::kPath:
            return "Path";
    }
    return "Unknown";
}

Status InvalidArgumentType(std::string_view what, const Value& got) {
    return Status(Status::Code::kTypeError,
                  std::string(what) + ", got " + KindName(got) + " " + got.ToCypher(),
                  "InvalidArgumentType");
}

Status ArgumentError(std::string_view detail, std::string message) {
    return Status(Status::Code::kArgumentError, std::move(message), std::string(detail));
}

Status InvalidArgumentValue(std::string message) {
    return Status(Status::Code::kTypeError, std::move(message), "InvalidArgumentValue");
}

Status IntegerOverflow(std::string_view op, const Value& a, const Value& b) {
    return Status(
        Status::Code::kArgumentError,
        "integer overflow in " + a.ToCypher() + " " + std::string(op) + " " + b.ToCypher(),
        "IntegerOverflow");
}

}  // namespace dossier::query::eval
