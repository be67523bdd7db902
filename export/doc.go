// Package export writes graph formats other tools open: node-link JSON,
// GraphML, GEXF 1.3, Cytoscape.js, Kumu's CSV, neo4j-admin CSV, RDF and Mermaid
// (docs/formats.md). Package export/imports reads maps made in other tools
// back into kg YAML.
//
// The rest of kg's output is in sub-packages, by reason to change:
// export/diagram (DOT, SVG through kg-render, the diff diagram),
// export/text (the reports people read: tables, Markdown, JSON),
// export/output (writing files and the build folder safely) and
// export/build (kg build's output folder).
//
// # Determinism
//
// Every writer sorts what it writes: the same knowledge base and view give
// the same bytes, whatever GOMAXPROCS.
package export
