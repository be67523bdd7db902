package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"kg/export"
)

var exportFormats = []string{"json", "graphml", "gexf", "cytoscape", "csv", "mermaid"}

func cmdExport(e *env, args []string) int {
	fs := e.flags("export", "", "Write the graph of a view for other tools (docs/formats.md): json (node-link,\nNetworkX), graphml (Gephi, yEd, NetworkX, igraph), gexf (GEXF 1.3 with time\nintervals, Gephi), cytoscape (Cytoscape.js JSON), csv (Kumu's elements and\nconnections files), mermaid (flowchart for Markdown). One edge per claim.\ncsv needs -o: FILE.csv gives FILE-elements.csv and FILE-connections.csv, a\nfolder gives elements.csv and connections.csv in it.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := fs.String("format", "json", "output `format`: "+strings.Join(exportFormats, ", "))
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	lang := fs.String("lang", "en", "label `language` for mermaid: en, fa or ar")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if !slices.Contains(exportFormats, *format) {
		return e.badChoice("export", "format", *format, exportFormats)
	}
	if *format == "csv" && *out == "" {
		return e.usageError("export", "--format csv writes two files: give -o FILE.csv or -o FOLDER")
	}
	kb, n, code := e.network("export", vf)
	if kb == nil {
		return code
	}
	switch *format {
	case "graphml":
		return e.write("export", *out, func(w io.Writer) error { return export.GraphML(w, kb, n) })
	case "gexf":
		return e.write("export", *out, func(w io.Writer) error { return export.GEXF(w, kb, n) })
	case "cytoscape":
		return e.write("export", *out, func(w io.Writer) error { return export.Cytoscape(w, kb, n) })
	case "mermaid":
		return e.write("export", *out, func(w io.Writer) error { return export.Mermaid(w, n, *lang) })
	case "csv":
		var elements, connections bytes.Buffer
		if err := export.KumuCSV(&elements, &connections, kb, n); err != nil {
			fmt.Fprintf(e.stderr, "kg export: %v\n", err)
			return exitData
		}
		el, co := strings.TrimSuffix(*out, ".csv")+"-elements.csv", strings.TrimSuffix(*out, ".csv")+"-connections.csv"
		if st, err := os.Stat(*out); err == nil && st.IsDir() {
			el, co = filepath.Join(*out, "elements.csv"), filepath.Join(*out, "connections.csv")
		}
		for _, f := range []struct {
			path string
			b    *bytes.Buffer
		}{{el, &elements}, {co, &connections}} {
			if code := e.write("export", f.path, func(w io.Writer) error { _, err := w.Write(f.b.Bytes()); return err }); code != exitOK {
				return code
			}
		}
		fmt.Fprintf(e.stderr, "kg export: wrote %s and %s\n", el, co)
		return exitOK
	}
	return e.write("export", *out, func(w io.Writer) error { return export.JSON(w, kb, n) })
}
