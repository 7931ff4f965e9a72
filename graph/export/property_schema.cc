#include "graph/export/property_schema.h"

#include <map>
#include <optional>

namespace dossier::graph {

namespace {

std::optional<PropertyType> ScalarType(const Value& v) {
    switch (v.kind()) {
        case Value::Kind::kBool:
            return PropertyType::kBool;
        case Value::Kind::kInt:
            return PropertyType::kInt;
        case Value::Kind::kFloat:
            return PropertyType::kFloat;
        case Value::Kind::kString:
            return PropertyType::kString;
        case Value::Kind::kDate:
            return PropertyType::kDate;
        case Value::Kind::kList:
            return PropertyType::kList;
        case Value::Kind::kNull:
            return std::nullopt;
        default:
            return PropertyType::kString;
    }
}

PropertyType Merge(std::optional<PropertyType> seen, PropertyType next) {
    if (!seen || *seen == next) return next;
    const bool numeric = (*seen == PropertyType::kInt || *seen == PropertyType::kFloat) &&
                         (next == PropertyType::kInt || next == PropertyType::kFloat);
    return numeric ? PropertyType::kFloat : PropertyType::kString;
}

}  // namespace

std::vector<PropertyColumn> InferColumns(const std::vector<const PropertyMap*>& maps) {
    struct Seen {
        std::optional<PropertyType> type;
        std::optional<PropertyType> element;
    };
    std::map<std::string, Seen> seen;
    for (const PropertyMap* map : maps) {
        for (const auto& [key, value] : *map) {
            Seen& s = seen[key];
            const std::optional<PropertyType> t = ScalarType(value);
            if (!t) continue;
            s.type = Merge(s.type, *t);
            if (*t != PropertyType::kList) continue;
            for (const Value& element : value.as_list()) {
                const std::optional<PropertyType> et = ScalarType(element);
                if (et)
                    s.element =
                        Merge(s.element, *et == PropertyType::kList ? PropertyType::kString : *et);
            }
        }
    }
    std::vector<PropertyColumn> columns;
    for (const auto& [key, s] : seen) {
        PropertyColumn c;
        c.key = key;
        c.type = s.type.value_or(PropertyType::kString);
        c.element_type = s.element.value_or(PropertyType::kString);
        columns.push_back(std::move(c));
    }
    return columns;
}

}  // namespace dossier::graph
