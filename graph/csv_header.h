// The neo4j-admin import header convention for CSV files, as Dossier reads and writes it.
//
// Node files:  `id:ID,name,:LABEL,age:int,aliases:string[]`; edge files:
// `:START_ID,:END_ID,:TYPE,since:date`. An id column may name an id space, `:ID(Person)`, and
// edge ends refer to it, `:START_ID(Person)`. `:IGNORE` columns are skipped. Property columns
// are `name` (a string) or `name:type` with type one of string, int, long, short, byte, float,
// double, boolean, date, or any of those followed by `[]` for a list (elements split on ';').
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/csv_reader.h"
#include "graph/status.h"
#include "graph/value.h"

namespace dossier::graph {

enum class CsvRole { kProperty, kId, kLabel, kStartId, kEndId, kType, kIgnore };
enum class CsvType { kString, kInt, kFloat, kBool, kDate };

struct CsvColumn {
    std::string name;  // property name ("" for :ID etc. without a name)
    CsvRole role = CsvRole::kProperty;
    CsvType type = CsvType::kString;
    bool is_list = false;
    std::string id_space;  // for :ID / :START_ID / :END_ID
};

// Parses a header record. InvalidArgument naming the file and column for an unknown type or
// role, or a duplicate special column.
Result<std::vector<CsvColumn>> ParseCsvHeader(const std::vector<CsvField>& fields,
                                              const std::string& file);

// Converts a field to the column's value. An empty unquoted field gives null (the property is
// absent). InvalidArgument with a short reason ("'abc' is not an integer") otherwise.
Result<Value> ParseCsvValue(const CsvColumn& column, const CsvField& field);

// The header text of a property column for values of `kind` (e.g. "age:long", "tags:string[]").
std::string CsvHeaderFor(const std::string& name, Value::Kind kind, Value::Kind element_kind);

// A value in the textual form ParseCsvValue reads back.
std::string CsvText(const Value& value);

}  // namespace dossier::graph
