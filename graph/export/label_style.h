// How exports draw a node: a caption and a colour and shape chosen from its labels, so that every
// format (DOT, GEXF, HTML) shows the same entity kind in the same colour.
#pragma once

#include <string>
#include <vector>

#include "graph/value.h"

namespace dossier::graph {

struct LabelStyle {
    std::string colour;     // "#rrggbb"
    std::string dot_shape;  // a Graphviz node shape
};

// The style of the first label with a fixed style (Person, Country, City, Organisation, Event,
// Quote, Article, ...); other labels get a stable colour derived from the label text.
LabelStyle StyleForLabels(const std::vector<std::string>& labels);

// A short human caption: the node's `name`, else `title`, else an event's `kind`, else `text` (cut
// to 60 characters), else its first label and id.
std::string NodeCaption(const Node& node);

// A property value as plain text for formats without typed values: strings as they are, dates as
// ISO dates, everything else in Cypher notation.
std::string PlainText(const Value& value);

}  // namespace dossier::graph
