#include "importers/extraction_json.h"

#include <nlohmann/json.hpp>

namespace dossier::importers {
namespace {

using nlohmann::json;

json Ref(int index) {
    return index >= 0 ? json(index) : json(nullptr);
}

json ToJson(const graph::Value& v) {
    switch (v.kind()) {
        case graph::Value::Kind::kBool:
            return v.as_bool();
        case graph::Value::Kind::kInt:
            return v.as_int();
        case graph::Value::Kind::kFloat:
            return v.as_float();
        case graph::Value::Kind::kString:
            return v.as_string();
        case graph::Value::Kind::kDate:
        case graph::Value::Kind::kLocalTime:
        case graph::Value::Kind::kTime:
        case graph::Value::Kind::kLocalDateTime:
        case graph::Value::Kind::kDateTime:
        case graph::Value::Kind::kDuration:
            return v.ToIso();
        case graph::Value::Kind::kList: {
            json a = json::array();
            for (const auto& x : v.as_list()) a.push_back(ToJson(x));
            return a;
        }
        case graph::Value::Kind::kMap: {
            json o = json::object();
            for (const auto& [k, x] : v.as_map()) o[k] = ToJson(x);
            return o;
        }
        default:
            return nullptr;
    }
}

json ToJson(const graph::Map& m) {
    json o = json::object();
    for (const auto& [k, v] : m) o[k] = ToJson(v);
    return o;
}

}  // namespace

std::string ExtractionJson(const Document& doc) {
    json j;
    j["text"] = doc.article.text;
    j["article"] = {{"key", doc.article.key},
                    {"title", doc.article.title},
                    {"date", doc.article.date},
                    {"source", doc.article.source}};
    if (!doc.article.author.empty()) j["article"]["author"] = doc.article.author;
    json sentences = json::array();
    for (const Sentence& s : doc.sentences) {
        sentences.push_back({{"start", s.span.start}, {"end", s.span.end}});
    }
    j["sentences"] = std::move(sentences);
    json mentions = json::array();
    for (const Mention& m : doc.mentions) {
        json o = {{"start", m.span.start},
                  {"end", m.span.end},
                  {"text", m.text},
                  {"type", EntityTypeName(m.type)},
                  {"form", MentionFormName(m.form)},
                  {"entity", Ref(m.entity)},
                  {"sentence", m.sentence},
                  {"rule", m.rule}};
        if (!m.attributes.empty()) o["attributes"] = ToJson(m.attributes);
        mentions.push_back(std::move(o));
    }
    j["mentions"] = std::move(mentions);
    json entities = json::array();
    for (const Entity& e : doc.entities) {
        json o = {{"id", e.id},
                  {"label", EntityTypeName(e.label)},
                  {"name", e.name},
                  {"aliases", e.aliases},
                  {"mentions", e.mentions}};
        if (!e.attributes.empty()) o["attributes"] = ToJson(e.attributes);
        entities.push_back(std::move(o));
    }
    j["entities"] = std::move(entities);
    json quotes = json::array();
    for (const Quote& q : doc.quotes) {
        quotes.push_back({{"start", q.span.start},
                          {"end", q.span.end},
                          {"text", q.text},
                          {"direct", q.direct},
                          {"speaker", Ref(q.speaker)},
                          {"cue", q.cue.empty() ? json(nullptr) : json(q.cue)},
                          {"sentence", q.sentence},
                          {"about", q.about},
                          {"rule", q.rule}});
    }
    j["quotes"] = std::move(quotes);
    json relations = json::array();
    for (const Relation& r : doc.relations) {
        json o = {{"type", r.type},
                  {"source", Ref(r.source)},
                  {"target", Ref(r.target)},
                  {"negated", r.negated},
                  {"attributed_to", Ref(r.attributed_to)},
                  {"verb", r.verb.empty() ? json(nullptr) : json(r.verb)},
                  {"sentence", r.sentence},
                  {"start", r.span.start},
                  {"end", r.span.end},
                  {"rule", r.rule}};
        if (!r.properties.empty()) o["properties"] = ToJson(r.properties);
        relations.push_back(std::move(o));
    }
    j["relations"] = std::move(relations);
    json dropped = json::array();
    for (const DroppedRelation& d : doc.dropped_relations) {
        dropped.push_back({{"type", d.type},
                           {"rule", d.rule},
                           {"source_label", d.source_label},
                           {"target_label", d.target_label},
                           {"sentence", d.sentence}});
    }
    j["dropped_relations"] = std::move(dropped);
    json events = json::array();
    for (const Event& e : doc.events) {
        json participants = json::array();
        for (const auto& p : e.participants) {
            participants.push_back({{"entity", Ref(p.entity)}, {"role", p.role}});
        }
        json o = {{"id", e.id},
                  {"kind", e.kind},
                  {"date", e.date.empty() ? json(nullptr) : json(e.date)},
                  {"date_text", e.date_text.empty() ? json(nullptr) : json(e.date_text)},
                  {"place", Ref(e.place)},
                  {"participants", std::move(participants)},
                  {"sentence", e.sentence},
                  {"start", e.span.start},
                  {"end", e.span.end},
                  {"rule", e.rule}};
        if (!e.properties.empty()) o["properties"] = ToJson(e.properties);
        events.push_back(std::move(o));
    }
    j["events"] = std::move(events);
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace dossier::importers
