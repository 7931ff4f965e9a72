#include "graph/export/label_style.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace dossier::graph {

namespace {

struct FixedStyle {
    std::string_view label;
    std::string_view colour;
    std::string_view shape;
};

constexpr std::array<FixedStyle, 11> kFixedStyles = {{
    {"Person", "#4e79a7", "ellipse"},
    {"Country", "#59a14f", "box"},
    {"City", "#8cd17d", "box"},
    {"Location", "#8cd17d", "box"},
    {"Organisation", "#f28e2b", "hexagon"},
    {"Organization", "#f28e2b", "hexagon"},
    {"Event", "#e15759", "diamond"},
    {"Quote", "#b07aa1", "note"},
    {"Article", "#9c755f", "folder"},
    {"Sentence", "#bab0ac", "plaintext"},
    {"Topic", "#edc948", "octagon"},
}};

constexpr std::array<std::string_view, 8> kFallbackColours = {
    "#76b7b2", "#ff9da7", "#d4a6c8", "#86bcb6", "#f1ce63", "#a0cbe8", "#ffbe7d", "#d37295"};

// FNV-1a: stable across runs and platforms, unlike std::hash.
uint32_t StableHash(std::string_view s) {
    uint32_t h = 2166136261u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

std::string CutTo(std::string_view s, size_t max_chars) {
    // Counts UTF-8 code points so that no character is cut in half.
    size_t chars = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (chars == max_chars) return std::string(s.substr(0, i)) + "…";
            ++chars;
        }
    }
    return std::string(s);
}

}  // namespace

LabelStyle StyleForLabels(const std::vector<std::string>& labels) {
    for (const std::string& label : labels) {
        for (const FixedStyle& style : kFixedStyles) {
            if (style.label == label) return {std::string(style.colour), std::string(style.shape)};
        }
    }
    if (labels.empty()) return {"#cccccc", "ellipse"};
    const uint32_t h = StableHash(labels.front());
    return {std::string(kFallbackColours[h % kFallbackColours.size()]), "ellipse"};
}

std::string NodeCaption(const Node& node) {
    for (const char* key : {"name", "title", "kind", "text"}) {
        const Value* v = node.Find(key);
        if (v != nullptr && v->is_string() && !v->as_string().empty()) {
            return CutTo(v->as_string(), 60);
        }
    }
    std::string caption = node.labels.empty() ? "node" : node.labels.front();
    return caption + " " + std::to_string(node.id);
}

std::string PlainText(const Value& value) {
    if (value.is_string()) return value.as_string();
    if (value.is_temporal() || value.is_duration()) return value.ToIso();
    return value.ToCypher();
}

}  // namespace dossier::graph
