// Package diagram draws networks: Graphviz DOT through gonum's encoding/dot
// (DOT), the visual diff of two views (DiffDOT), and SVG and layouts through
// kg-render, a child process that links go-graphviz so that kg does not
// (Renderer).
//
// # Files
//
//   - dot.go: the visual encoding (docs/diagrams.md) and the legend.
//   - diffsvg.go: one diagram of a diff, on the union of its two views.
//   - layout.go: the layout engine by size, and a view's title.
//   - render.go: rendering with a time limit in child processes, node
//     positions for diagrams that line up.
//   - kgrender.go: finding, building and sandboxing kg-render
//     (docs/security.md); its main package is kg-render/.
//   - child_*.go, owner_*.go: the operating system's part of the above.
//
// # Determinism
//
// DOT output is sorted: the same network and options give the same bytes.
package diagram
