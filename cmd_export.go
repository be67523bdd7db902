package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"kg/export"
	"kg/export/output"
	"kg/graph"
	"kg/graph/report"
)

// exportFormat writes the graph of a view in one format.
type exportFormat struct {
	twoFiles bool // writes two files, named after -o
	folder   bool // writes a folder, -o
	write    func(e *env, x exportJob) error
}

// exportJob is what an export format is given.
type exportJob struct {
	kb   *graph.KB
	n    *graph.Network
	lang string
	out  string // -o, or "" for stdout
	opt  export.Options
}

// oneFile makes an exportFormat that writes one stream to -o or stdout.
func oneFile(fn func(w io.Writer, x exportJob) error) exportFormat {
	return exportFormat{write: func(e *env, x exportJob) error {
		return e.write(x.out, func(w io.Writer) error { return fn(w, x) })
	}}
}

var exportFormats = &choices[exportFormat]{what: "format", items: []choice[exportFormat]{
	{"json", oneFile(func(w io.Writer, x exportJob) error { return export.JSONWith(w, x.kb, x.n, x.opt) })},
	{"graphml", oneFile(func(w io.Writer, x exportJob) error { return export.GraphMLWith(w, x.kb, x.n, x.opt) })},
	{"gexf", oneFile(func(w io.Writer, x exportJob) error { return export.GEXFWith(w, x.kb, x.n, x.opt) })},
	{"cytoscape", oneFile(func(w io.Writer, x exportJob) error { return export.CytoscapeWith(w, x.kb, x.n, x.opt) })},
	{"csv", exportFormat{twoFiles: true, write: exportKumu}},
	{"neo4j", exportFormat{folder: true, write: exportNeo4j}},
	{"turtle", oneFile(func(w io.Writer, x exportJob) error { return export.Turtle(w, x.kb, x.n) })},
	{"ntriples", oneFile(func(w io.Writer, x exportJob) error { return export.NTriples(w, x.kb, x.n) })},
	{"mermaid", oneFile(func(w io.Writer, x exportJob) error { return export.Mermaid(w, x.n, x.lang) })},
}}

func cmdExport(e *env, args []string) error {
	fs := e.flags("export", "", "Write the graph of a view for other tools (docs/formats.md): json (node-link,\nNetworkX), graphml (Gephi, yEd, NetworkX, igraph), gexf (GEXF 1.3 with time\nintervals, Gephi), cytoscape (Cytoscape.js JSON), csv (Kumu's elements and\nconnections files), turtle and ntriples (RDF for triple stores), mermaid\n(flowchart for Markdown). One edge per claim;\n--ties gives one per tie (pair, type, sign, modality) with its claim count\nand claim keys (mermaid draws ties always); --with-metrics adds the view's\ncentralities, communities and k-bloc to the nodes.\ncsv needs -o: FILE.csv gives FILE-elements.csv and FILE-connections.csv, a\nfolder gives elements.csv and connections.csv in it. neo4j needs -o FOLDER:\nactors.csv and claims.csv for neo4j-admin database import, written as a\nwhole (a temporary folder renamed).\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := exportFormats.flag(fs, "format", "json", "output `format`")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	lang := languages.flag(fs, "lang", "en", "label `language` for mermaid")
	ties := fs.Bool("ties", false, "one edge per tie (pair, type, sign, modality) instead of per claim")
	withMetrics := fs.Bool("with-metrics", false, "add centralities, communities and the k-bloc to the nodes")
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
	if f.folder && (*out == "" || *out == "-") {
		return usagef("--format %s writes a folder: give -o FOLDER", format.raw)
	}
	kb, n, err := e.network(vf)
	if err != nil {
		return err
	}
	opt := export.Options{Ties: *ties}
	if *withMetrics {
		opt.NodeAttrs = nodeMetrics(n)
	}
	return f.write(e, exportJob{kb: kb, n: n, lang: l, out: *out, opt: opt})
}

// nodeMetrics are the node attributes of --with-metrics: kg metrics'
// defaults (docs/analysis.md), the Louvain and signed communities of kg
// communities (seed 1, numbered from 1 in their order) and the k-bloc of
// kg balance (k 2).
func nodeMetrics(n *graph.Network) []export.NodeAttr {
	m := report.ComputeMetrics(n, report.MetricsOptions{Seed: 1})
	attr := func(name string, f func(a report.Actor) any) export.NodeAttr {
		v := map[string]any{}
		for _, a := range m.Actors {
			v[a.ID] = f(a)
		}
		return export.NodeAttr{Name: name, Values: v}
	}
	out := []export.NodeAttr{
		attr("degree", func(a report.Actor) any { return a.Degree }),
		attr("weighted_degree", func(a report.Actor) any { return a.WeightedDegree }),
		attr("betweenness", func(a report.Actor) any { return a.Betweenness }),
		attr("closeness", func(a report.Actor) any { return a.Closeness }),
		attr("harmonic", func(a report.Actor) any { return a.Harmonic }),
		attr("eigenvector", func(a report.Actor) any { return a.Eigenvector }),
		attr("pagerank", func(a report.Actor) any { return a.PageRank }),
	}
	groups := func(name string, parts [][]string) export.NodeAttr {
		v := map[string]any{}
		for i, p := range parts {
			for _, id := range p {
				v[id] = i + 1
			}
		}
		return export.NodeAttr{Name: name, Values: v}
	}
	c := n.Communities(1)
	b := report.ComputeBalance(n, report.BalanceOptions{Seed: 1})
	return append(out, groups("community", c.Louvain.Communities), groups("signed_community", c.Signed.Communities),
		groups("bloc", b.KBlocs.Blocs))
}

// exportKumu writes Kumu's elements and connections files beside -o.
func exportKumu(e *env, x exportJob) error {
	var elements, connections bytes.Buffer
	if err := export.KumuCSVWith(&elements, &connections, x.kb, x.n, x.opt); err != nil {
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

// exportNeo4j writes neo4j-admin's actors.csv and claims.csv into the
// folder -o, as a whole.
func exportNeo4j(e *env, x exportJob) error {
	var actors, claims bytes.Buffer
	if err := export.Neo4jCSV(&actors, &claims, x.kb, x.n, x.opt); err != nil {
		return err
	}
	copyOf := func(b *bytes.Buffer) func(io.Writer) error {
		return func(w io.Writer) error { _, err := w.Write(b.Bytes()); return err }
	}
	if err := output.WriteFolderAtomic(x.out, []output.FolderFile{{Name: "actors.csv", Write: copyOf(&actors)}, {Name: "claims.csv", Write: copyOf(&claims)}}); err != nil {
		return err
	}
	e.notef("wrote %s and %s", filepath.Join(x.out, "actors.csv"), filepath.Join(x.out, "claims.csv"))
	return nil
}
