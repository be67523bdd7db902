// Package build writes kg build's output folder: for the combined graph,
// every document and every era, the diagram (export/diagram), the metrics
// and balance reports (export/text), the diffs of related views, and an
// index.md listing them with their figures.
//
// # Files
//
//   - build.go: the views, the diffs, rendering in parallel, and replacing
//     the output folder as a whole (export/output).
//   - index.go: index.md.
//
// Only package main imports build.
package build
