// Command kg-render lays out a Graphviz DOT graph with go-graphviz (Graphviz
// compiled to WebAssembly, no system Graphviz needed) and writes it in one
// output format:
//
//	kg-render [svg|plain] < graph.dot > graph.svg
//
// The format defaults to svg; plain is Graphviz's plain text layout, which kg
// reads node positions from. Errors go to standard error, prefixed with
// "kg-render:"; the exit status is 0 on success, 1 when the graph cannot be
// rendered and 2 for a usage error.
//
// kg runs kg-render as a child process for every diagram it draws, so that
// the kg binary does not link go-graphviz: go-graphviz compiles its
// WebAssembly in its package initialization, before main runs, and caches
// the machine code in $TMPDIR/go-graphviz. kg starts kg-render with TMPDIR
// set to a private folder of its own, checked before use (docs/security.md).
// Run by hand, kg-render uses whatever TMPDIR says, like any program built on
// go-graphviz; set TMPDIR to a folder only you can write.
//
// `go install . ./export/diagram/kg-render` in kg's source folder installs
// kg-render beside kg; kg also finds it through $KG_RENDER or PATH, and
// builds it itself when it runs from its source tree (docs/diagrams.md).
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/goccy/go-graphviz"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// formats are the outputs kg asks for.
var formats = map[string]graphviz.Format{"svg": graphviz.SVG, "plain": graphviz.Format("plain")}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	format := "svg"
	switch {
	case len(args) == 1:
		format = args[0]
	case len(args) > 1:
		fmt.Fprintf(stderr, "kg-render: too many arguments\nusage: kg-render [svg|plain] < graph.dot\n")
		return 2
	}
	f, ok := formats[format]
	if !ok {
		fmt.Fprintf(stderr, "kg-render: unknown format %q\n\thint: use svg or plain\n", format)
		return 2
	}
	src, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "kg-render: reading the graph: %v\n", err)
		return 1
	}
	out, err := render(src, f)
	if err != nil {
		fmt.Fprintf(stderr, "kg-render: %v\n", err)
		return 1
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "kg-render: writing the output: %v\n", err)
		return 1
	}
	return 0
}

// render lays out DOT source and renders it. One process renders one graph:
// go-graphviz is not safe for concurrent use, and kg gets parallel renders
// by running several kg-render processes. The context is never cancelled,
// since a cancelled render can leave go-graphviz broken; kg enforces its
// time limit by killing the process.
func render(src []byte, format graphviz.Format) ([]byte, error) {
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(src)
	if err != nil {
		return nil, fmt.Errorf("graphviz: %w", err)
	}
	defer g.Close()
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, format, &buf); err != nil {
		return nil, fmt.Errorf("graphviz: %w", err)
	}
	return buf.Bytes(), nil
}
