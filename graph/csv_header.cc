#include "graph/csv_header.h"

#include <charconv>
#include <cmath>
#include <map>

#include "graph/ascii.h"

namespace dossier::graph {

namespace {

Status HeaderError(const std::string& file, size_t column, const std::string& what) {
    return Status::InvalidArgument(file + ": line 1, column " + std::to_string(column + 1) + ": " +
                                   what);
}

const std::map<std::string, CsvType, std::less<>>& TypeNames() {
    static const auto* names = new std::map<std::string, CsvType, std::less<>>{
        {"string", CsvType::kString}, {"int", CsvType::kInt},      {"long", CsvType::kInt},
        {"short", CsvType::kInt},     {"byte", CsvType::kInt},     {"float", CsvType::kFloat},
        {"double", CsvType::kFloat},  {"boolean", CsvType::kBool}, {"date", CsvType::kDate}};
    return *names;
}

Result<Value> ParseScalar(CsvType type, std::string_view text) {
    switch (type) {
        case CsvType::kString:
            return Value(std::string(text));
        case CsvType::kInt: {
            int64_t v = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (ec != std::errc() || end != text.data() + text.size()) {
                return Status::InvalidArgument("'" + std::string(text) + "' is not an integer");
            }
            return Value(v);
        }
        case CsvType::kFloat: {
            double v = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (ec != std::errc() || end != text.data() + text.size()) {
                return Status::InvalidArgument("'" + std::string(text) + "' is not a number");
            }
            return Value(v);
        }
        case CsvType::kBool: {
            const std::string lower = AsciiLower(text);
            if (lower == "true") return Value(true);
            if (lower == "false") return Value(false);
            return Status::InvalidArgument("'" + std::string(text) + "' is not true or false");
        }
        case CsvType::kDate: {
            auto d = Date::FromIso(text);
            if (!d)
                return Status::InvalidArgument("'" + std::string(text) +
                                               "' is not a YYYY-MM-DD date");
            return Value(*d);
        }
    }
    return Status::InvalidArgument("unknown type");
}

const char* TypeName(Value::Kind kind) {
    switch (kind) {
        case Value::Kind::kInt:
            return "long";
        case Value::Kind::kFloat:
            return "double";
        case Value::Kind::kBool:
            return "boolean";
        case Value::Kind::kDate:
            return "date";
        default:
            return "string";
    }
}

std::string ScalarText(const Value& v) {
    switch (v.kind()) {
        case Value::Kind::kString:
            return v.as_string();
        case Value::Kind::kInt:
            return std::to_string(v.as_int());
        case Value::Kind::kFloat: {
            char buf[64];
            const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v.as_float());
            return ec == std::errc() ? std::string(buf, end) : "0";
        }
        case Value::Kind::kBool:
            return v.as_bool() ? "true" : "false";
        case Value::Kind::kDate:
        case Value::Kind::kLocalTime:
        case Value::Kind::kTime:
        case Value::Kind::kLocalDateTime:
        case Value::Kind::kDateTime:
        case Value::Kind::kDuration:
            return v.ToIso();
        case Value::Kind::kNull:
            return "";
        default:
            return v.ToCypher();
    }
}

}  // namespace

Result<std::vector<CsvColumn>> ParseCsvHeader(const std::vector<CsvField>& fields,
                                              const std::string& file) {
    std::vector<CsvColumn> columns;
    std::map<CsvRole, size_t> specials;
    for (size_t i = 0; i < fields.size(); ++i) {
        const std::string& text = fields[i].text;
        CsvColumn column;
        const size_t colon = text.rfind(':');
        column.name = colon == std::string::npos ? text : text.substr(0, colon);
        std::string spec = colon == std::string::npos ? "" : text.substr(colon + 1);
        if (const size_t paren = spec.find('('); paren != std::string::npos) {
            if (spec.back() != ')')
                return HeaderError(file, i, "malformed id space in '" + text + "'");
            column.id_space = spec.substr(paren + 1, spec.size() - paren - 2);
            spec = spec.substr(0, paren);
        }
        if (spec == "ID") {
            column.role = CsvRole::kId;
        } else if (spec == "LABEL") {
            column.role = CsvRole::kLabel;
        } else if (spec == "START_ID") {
            column.role = CsvRole::kStartId;
        } else if (spec == "END_ID") {
            column.role = CsvRole::kEndId;
        } else if (spec == "TYPE") {
            column.role = CsvRole::kType;
        } else if (spec == "IGNORE") {
            column.role = CsvRole::kIgnore;
        } else {
            if (column.name.empty())
                return HeaderError(file, i, "column '" + text + "' has no name");
            if (spec.ends_with("[]")) {
                column.is_list = true;
                spec.resize(spec.size() - 2);
            }
            if (!spec.empty()) {
                auto it = TypeNames().find(spec);
                if (it == TypeNames().end()) {
                    return HeaderError(file, i, "unknown type '" + spec + "' in '" + text + "'");
                }
                column.type = it->second;
            }
        }
        if (column.role != CsvRole::kProperty && column.role != CsvRole::kIgnore &&
            !specials.emplace(column.role, i).second) {
            return HeaderError(file, i, "'" + text + "' appears twice");
        }
        columns.push_back(std::move(column));
    }
    return columns;
}

Result<Value> ParseCsvValue(const CsvColumn& column, const CsvField& field) {
    if (field.text.empty()) {
        if (!field.quoted) return Value();  // absent
        if (column.is_list) return Value(List{});
        if (column.type != CsvType::kString) return Value();
    }
    if (!column.is_list) return ParseScalar(column.type, field.text);
    List list;
    std::string_view rest = field.text;
    while (true) {
        const size_t semi = rest.find(';');
        DOSSIER_ASSIGN_OR_RETURN(Value v, ParseScalar(column.type, rest.substr(0, semi)));
        list.push_back(std::move(v));
        if (semi == std::string_view::npos) break;
        rest.remove_prefix(semi + 1);
    }
    return Value(std::move(list));
}

std::string CsvHeaderFor(const std::string& name, Value::Kind kind, Value::Kind element_kind) {
    if (kind == Value::Kind::kList) return name + ":" + TypeName(element_kind) + "[]";
    return name + ":" + TypeName(kind);
}

std::string CsvText(const Value& value) {
    if (!value.is_list()) return ScalarText(value);
    std::string out;
    for (size_t i = 0; i < value.as_list().size(); ++i) {
        if (i) out.push_back(';');
        out += ScalarText(value.as_list()[i]);
    }
    return out;
}

}  // namespace dossier::graph
