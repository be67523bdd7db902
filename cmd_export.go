package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"kg/export"
)

var exportFormats = []string{"json", "graphml", "gexf", "cytoscape", "csv", "mermaid"}

func cmdExport(e *env, args []string) error {
	fs := e.flags("export", "", "Write the graph of a view for other tools (docs/formats.md): json (node-link,\nNetworkX), graphml (Gephi, yEd, NetworkX, igraph), gexf (GEXF 1.3 with time\nintervals, Gephi), cytoscape (Cytoscape.js JSON), csv (Kumu's elements and\nconnections files), mermaid (flowchart for Markdown). One edge per claim.\ncsv needs -o: FILE.csv gives FILE-elements.csv and FILE-connections.csv, a\nfolder gives elements.csv and connections.csv in it.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := fs.String("format", "json", "output `format`: "+strings.Join(exportFormats, ", "))
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	lang := fs.String("lang", "en", "label `language` for mermaid: en, fa or ar")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	if !slices.Contains(exportFormats, *format) {
		return badChoice("format", *format, exportFormats)
	}
	if *format == "csv" && *out == "" {
		return usagef("--format csv writes two files: give -o FILE.csv or -o FOLDER")
	}
	kb, n, err := e.network(vf)
	if err != nil {
		return err
	}
	switch *format {
	case "graphml":
		return e.write(*out, func(w io.Writer) error { return export.GraphML(w, kb, n) })
	case "gexf":
		return e.write(*out, func(w io.Writer) error { return export.GEXF(w, kb, n) })
	case "cytoscape":
		return e.write(*out, func(w io.Writer) error { return export.Cytoscape(w, kb, n) })
	case "mermaid":
		return e.write(*out, func(w io.Writer) error { return export.Mermaid(w, n, *lang) })
	case "csv":
		var elements, connections bytes.Buffer
		if err := export.KumuCSV(&elements, &connections, kb, n); err != nil {
			return err
		}
		el, co := strings.TrimSuffix(*out, ".csv")+"-elements.csv", strings.TrimSuffix(*out, ".csv")+"-connections.csv"
		if st, err := os.Stat(*out); err == nil && st.IsDir() {
			el, co = filepath.Join(*out, "elements.csv"), filepath.Join(*out, "connections.csv")
		}
		for _, f := range []struct {
			path string
			b    *bytes.Buffer
		}{{el, &elements}, {co, &connections}} {
			if err := e.write(f.path, func(w io.Writer) error { _, err := w.Write(f.b.Bytes()); return err }); err != nil {
				return err
			}
		}
		e.notef("wrote %s and %s", el, co)
		return nil
	}
	return e.write(*out, func(w io.Writer) error { return export.JSON(w, kb, n) })
}
