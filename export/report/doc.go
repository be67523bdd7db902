// Package report writes kg's HTML report: one self-contained page to
// explore the graph of a view and check every tie against the lines of
// the documents behind it, offline.
//
// Build computes the page's data from a knowledge base and a view; Write
// writes the page, with the data as JSON, the drawing library
// (Cytoscape.js and fCoSE, vendored in assets/vendor.js) and the app
// embedded. docs/report.md describes the page, its window.kg API and the
// data's schema.
//
// # Offline
//
// The page loads nothing: no fetch, no modules, no fonts or images from
// elsewhere, and a Content-Security-Policy that allows only its own inline
// scripts and style, by their sha256 hashes computed at Write time, and
// forbids every connection. It works from file://.
//
// # Consistency with package graph
//
// The page recomputes ties, metrics and the triangle census for every
// filter change with package graph's rules (graph.KB.Select,
// graph.KB.Network, graph/metrics' conventions, graph.Network.Signed). The
// browser tests check the page against them for a set of views.
package report
