// Package export writes what kg knows for people and other tools: tables
// and listings of the knowledge base; diagrams (DOT through gonum's
// encoding/dot, SVG through the kg-render program, which links
// go-graphviz so that kg does not); metrics, balance and diff
// reports; graph formats other tools open (node-link JSON, GraphML, GEXF
// 1.3, Cytoscape.js, Kumu's CSV, Mermaid); and the build's output folder.
// Package export/imports reads maps made in other tools back into kg YAML.
//
// # Determinism
//
// Every writer sorts what it writes: the same knowledge base and view give
// the same bytes, whatever GOMAXPROCS.
package export
