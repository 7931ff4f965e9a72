// DossierGraphView: draws a graph of Cytoscape.js elements (as the Cytoscape.js exporter writes
// them) with a colour per label, relationship types on the edges ("MET ×3" for parallel edges
// merged into one) and a force-directed layout. Shared by the export page and the entity report.
const DossierGraphView = (function () {
  "use strict";
  const style = [
    { selector: "node", style: {
        "background-color": "data(colour)", "label": "data(caption)", "font-size": 10,
        "text-valign": "bottom", "text-margin-y": 3, "width": 22, "height": 22,
        "text-wrap": "ellipsis", "text-max-width": 120, "min-zoomed-font-size": 7 } },
    { selector: "node[labels.0 = 'Quote'], node[labels.0 = 'Article']", style: {
        "width": 14, "height": 14, "font-size": 8, "text-max-width": 90 } },
    { selector: "edge", style: {
        "label": (e) => e.data("parallel_edges")
            ? e.data("type") + " ×" + e.data("parallel_edges") : e.data("type"),
        "font-size": 8, "color": "#555", "width": 1.5,
        "min-zoomed-font-size": 9,
        "line-color": "#aaa", "target-arrow-color": "#aaa", "target-arrow-shape": "triangle",
        "curve-style": "bezier", "text-rotation": "autorotate",
        "text-background-color": "#fff", "text-background-opacity": 0.8,
        "text-background-padding": 1 } },
    { selector: "edge[parallel_edges]", style: { "width": 3 } },
    { selector: ".faded", style: { "opacity": 0.15 } },
    { selector: ".match", style: { "border-width": 3, "border-color": "#222" } },
    { selector: ":selected", style: { "border-width": 3, "border-color": "#d62728",
                                      "line-color": "#d62728",
                                      "target-arrow-color": "#d62728" } }
  ];
  const layout = { name: "cose", animate: false, randomize: false, nodeRepulsion: 40000,
                   idealEdgeLength: 110, nodeOverlap: 20, numIter: 2500, padding: 20 };
  return {
    create(container, elements) {
      // The default wheel sensitivity: a custom one makes Cytoscape.js warn on the console.
      return cytoscape({ container: container, elements: elements,
                         style: style, layout: layout });
    }
  };
})();
