package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"kg/export"
	"kg/graph"
)

// exportFormat writes the graph of a view in one format.
type exportFormat struct {
	twoFiles bool // writes two files, named after -o
	write    func(e *env, x exportJob) error
}

// exportJob is what an export format is given.
type exportJob struct {
	kb   *graph.KB
	n    *graph.Network
	lang string
	out  string // -o, or "" for stdout
}

// oneFile makes an exportFormat that writes one stream to -o or stdout.
func oneFile(fn func(w io.Writer, x exportJob) error) exportFormat {
	return exportFormat{write: func(e *env, x exportJob) error {
		return e.write(x.out, func(w io.Writer) error { return fn(w, x) })
	}}
}

var exportFormats = &choices[exportFormat]{what: "format", items: []choice[exportFormat]{
	{"json", oneFile(func(w io.Writer, x exportJob) error { return export.JSON(w, x.kb, x.n) })},
	{"graphml", oneFile(func(w io.Writer, x exportJob) error { return export.GraphML(w, x.kb, x.n) })},
	{"gexf", oneFile(func(w io.Writer, x exportJob) error { return export.GEXF(w, x.kb, x.n) })},
	{"cytoscape", oneFile(func(w io.Writer, x exportJob) error { return export.Cytoscape(w, x.kb, x.n) })},
	{"csv", exportFormat{twoFiles: true, write: exportKumu}},
	{"mermaid", oneFile(func(w io.Writer, x exportJob) error { return export.Mermaid(w, x.n, x.lang) })},
}}

func cmdExport(e *env, args []string) error {
	fs := e.flags("export", "", "Write the graph of a view for other tools (docs/formats.md): json (node-link,\nNetworkX), graphml (Gephi, yEd, NetworkX, igraph), gexf (GEXF 1.3 with time\nintervals, Gephi), cytoscape (Cytoscape.js JSON), csv (Kumu's elements and\nconnections files), mermaid (flowchart for Markdown). One edge per claim.\ncsv needs -o: FILE.csv gives FILE-elements.csv and FILE-connections.csv, a\nfolder gives elements.csv and connections.csv in it.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := exportFormats.flag(fs, "format", "json", "output `format`")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	lang := languages.flag(fs, "lang", "en", "label `language` for mermaid")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	l, err := lang.value()
	if err != nil {
		return err
	}
	if f.twoFiles && *out == "" {
		return usagef("--format %s writes two files: give -o FILE.csv or -o FOLDER", format.raw)
	}
	kb, n, err := e.network(vf)
	if err != nil {
		return err
	}
	return f.write(e, exportJob{kb: kb, n: n, lang: l, out: *out})
}

// exportKumu writes Kumu's elements and connections files beside -o.
func exportKumu(e *env, x exportJob) error {
	var elements, connections bytes.Buffer
	if err := export.KumuCSV(&elements, &connections, x.kb, x.n); err != nil {
		return err
	}
	el, co := strings.TrimSuffix(x.out, ".csv")+"-elements.csv", strings.TrimSuffix(x.out, ".csv")+"-connections.csv"
	if st, err := os.Stat(x.out); err == nil && st.IsDir() {
		el, co = filepath.Join(x.out, "elements.csv"), filepath.Join(x.out, "connections.csv")
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
