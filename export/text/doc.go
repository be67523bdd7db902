// Package text writes the reports people read: tables, text, Markdown and
// JSON for kg list, show, stats, metrics, balance, path, communities and
// diff.
//
// # Files
//
//   - list.go, show.go: the knowledge base's entities (List, Show, Stats).
//   - report.go: the metrics and balance reports (Metrics, Balance).
//   - path.go, communities.go: paths between two actors, communities.
//   - diff.go: a diff report as text, Markdown or JSON (docs/diff.md).
//
// Formats for other tools (GraphML, GEXF, ...) are in package export,
// diagrams in export/diagram.
//
// # Determinism
//
// Every writer sorts what it writes: the same input gives the same bytes.
package text
