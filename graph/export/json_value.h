// JSON forms of values, shared by `dossier query --format json` and the JSON-based exporters.
//
// The shapes are fixed by the query-language spec: null, booleans, integers as JSON integers,
// floats as JSON numbers that always carry a fraction or exponent (non-finite floats become null,
// which JSON cannot express otherwise), strings, dates as "YYYY-MM-DD" strings, lists, maps,
// nodes {"id", "labels", "properties"}, relationships {"id", "type", "start", "end",
// "properties"}, paths {"nodes", "relationships"}. Node and relationship ids ("id", "start",
// "end") are strings holding the decimal integer that id() returns for them: the importer's
// hashed ids use all 64 bits, and JavaScript's JSON.parse would round a number beyond 2^53 to
// a different id.
#pragma once

#include <nlohmann/json.hpp>

#include "graph/value.h"

namespace dossier::graph {

// The decimal text of the same integer the query function id() returns (the id's bits read as a
// signed 64-bit integer), so that a client can hand it back as a parameter. Every JSON output
// (query results, JSON Lines and Cytoscape.js exports) writes ids this way.
std::string IdText(uint64_t id);

nlohmann::ordered_json ValueToJson(const Value& value);
nlohmann::ordered_json NodeToJson(const Node& node);
nlohmann::ordered_json EdgeToJson(const Edge& edge);
nlohmann::ordered_json PropertiesToJson(const PropertyMap& properties);

// The JSON text of `json`, safe to paste inside an HTML <script> element: every '<' is written
// as \u003c so that no "</script>" can end the element early.
std::string DumpForScript(const nlohmann::ordered_json& json);

}  // namespace dossier::graph
