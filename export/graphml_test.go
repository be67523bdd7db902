package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kg/graph"
	"kg/graph/conformance"
	"kg/graph/golden"
	"kg/graph/report"
)

// The tests of the interchange formats share two knowledge bases: the
// small fixture of the graph tests, and a fixture of awkward names under
// testdata/export/awkward. Their outputs are compared with golden files in
// testdata/export/golden; KG_UPDATE_GOLDEN=1 go test rewrites them.

var (
	smallFixtureDir = filepath.Join("..", "testdata", "fixture")
	awkwardDir      = filepath.Join("..", "testdata", "export", "awkward")
	exportGoldenDir = filepath.Join("..", "testdata", "export", "golden")
)

func loadExportKB(t testing.TB, dir string) *graph.KB {
	t.Helper()
	kb, err := graph.Load(graph.Options{DataDir: filepath.Join(dir, "data"), SeedsDir: filepath.Join(dir, "seeds")})
	if err != nil {
		t.Fatalf("loading %s: %v", dir, err)
	}
	if dir == awkwardDir {
		awkwardUnchecked(kb)
	}
	return kb
}

// awkwardUnchecked puts back into the awkward fixture the values that
// validation refuses (graph/text.go: line breaks in names, bidi overrides,
// control characters): data can reach the exports without passing
// validation (a program using package graph, an import), and the exports
// must still write it safely.
func awkwardUnchecked(kb *graph.KB) {
	kb.ActorByID["newline-party"].Names["en"] = "Line one\nLine two\r\nLine three"
	kb.ActorByID["rtl-person"].Names["en"] = "\u202eevil override\u202c and \u2066isolate\u2069"
	kb.ActorByID["formula-org"].Note = "tab\there; CR\r\nline; ]]> -- <!-- --> &amp; and a bell \a that XML cannot hold"
	kb.TypeByID["talks"].Label["en"] = "talks\nacross lines"
}

// smallFixtureNetwork is the small fixture's network in the default view.
func smallFixtureNetwork(t testing.TB) (*graph.KB, *graph.Network) {
	kb := loadExportKB(t, smallFixtureDir)
	return kb, kb.Network(graph.View{})
}

// awkwardNetwork is the awkward fixture's network with every modality.
func awkwardNetwork(t testing.TB) (*graph.KB, *graph.Network) {
	kb := loadExportKB(t, awkwardDir)
	n := kb.Network(graph.View{AllModalities: true})
	if len(n.Claims) != len(kb.Claims) {
		t.Fatalf("awkward view has %d claims, want all %d", len(n.Claims), len(kb.Claims))
	}
	return kb, n
}

// checkExportGolden compares got with testdata/export/golden/name
// (package kg/graph/golden).
func checkExportGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join(exportGoldenDir, name), got)
}

// render runs an export into a buffer.
func exportBytes(t *testing.T, fn func(io.Writer) error) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := fn(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// xmlValid is what an XML document can hold of s: characters outside
// XML 1.0's range become U+FFFD (docs/formats.md).
func xmlValid(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t', r == '\n', r == '\r',
			r >= 0x20 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return '\uFFFD'
	}, s)
}

// wellFormed reads an XML document to the end with encoding/xml.
func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			line, col := d.InputPos()
			t.Fatalf("not well-formed XML at %d:%d: %v", line, col, err)
		}
	}
}

// The GraphML document, as encoding/xml reads it back.
type gmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string    `xml:"edgedefault,attr"`
		Data        []gmlData `xml:"data"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []gmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string    `xml:"id,attr"`
			Source string    `xml:"source,attr"`
			Target string    `xml:"target,attr"`
			Data   []gmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// readGraphML parses a GraphML document and checks that every <data>
// names a declared key of its element class and holds a value of the
// key's type. It returns the values by element id and attribute name.
func readGraphML(t *testing.T, data []byte) (doc gmlDoc, nodes, edges map[string]map[string]string) {
	t.Helper()
	wellFormed(t, data)
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	type key struct{ name, typ, class string }
	keys := map[string]key{}
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %q declared twice", k.ID)
		}
		keys[k.ID] = key{k.Name, k.Type, k.For}
	}
	values := func(class, id string, ds []gmlData) map[string]string {
		m := map[string]string{}
		for _, d := range ds {
			k, ok := keys[d.Key]
			if !ok || k.class != class {
				t.Errorf("%s %q: data key %q is not a declared %s key", class, id, d.Key, class)
				continue
			}
			var err error
			switch k.typ {
			case "int":
				_, err = strconv.Atoi(d.Value)
			case "double":
				_, err = strconv.ParseFloat(d.Value, 64)
			case "boolean":
				_, err = strconv.ParseBool(d.Value)
			case "string":
			default:
				t.Errorf("key %q has type %q", d.Key, k.typ)
			}
			if err != nil {
				t.Errorf("%s %q: %s = %q is not a %s", class, id, k.name, d.Value, k.typ)
			}
			if d.Value == "" {
				t.Errorf("%s %q: empty %s (absent values have no <data>)", class, id, k.name)
			}
			m[k.name] = d.Value
		}
		return m
	}
	nodes, edges = map[string]map[string]string{}, map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = values("node", n.ID, n.Data)
	}
	for _, e := range doc.Graph.Edges {
		if _, dup := edges[e.ID]; dup {
			t.Errorf("edge id %q used twice", e.ID)
		}
		m := values("edge", e.ID, e.Data)
		m["<source>"], m["<target>"] = e.Source, e.Target
		edges[e.ID] = m
	}
	values("graph", "kg", doc.Graph.Data)
	return doc, nodes, edges
}

func TestGraphMLGolden(t *testing.T) {
	kb, n := smallFixtureNetwork(t)
	checkExportGolden(t, "fixture.graphml", exportBytes(t, func(w io.Writer) error { return GraphML(w, kb, n) }))
	kb, n = awkwardNetwork(t)
	checkExportGolden(t, "awkward.graphml", exportBytes(t, func(w io.Writer) error { return GraphML(w, kb, n) }))
}

// TestGraphMLContent reads the GraphML of both fixtures back with
// encoding/xml and finds every actor and claim with its attributes, the
// awkward names exactly as written (less what XML cannot hold).
func TestGraphMLContent(t *testing.T) {
	for _, load := range []func(testing.TB) (*graph.KB, *graph.Network){smallFixtureNetwork, awkwardNetwork} {
		kb, n := load(t)
		doc, nodes, edges := readGraphML(t, exportBytes(t, func(w io.Writer) error { return GraphML(w, kb, n) }))
		if doc.Graph.EdgeDefault != "directed" {
			t.Errorf("edgedefault = %q, want directed", doc.Graph.EdgeDefault)
		}
		if len(nodes) != len(n.Actors) || len(edges) != len(n.Claims) {
			t.Fatalf("%d nodes and %d edges, want %d and %d", len(nodes), len(edges), len(n.Actors), len(n.Claims))
		}
		for _, a := range n.Actors {
			got := nodes[a.ID]
			if got == nil {
				t.Errorf("no node %q", a.ID)
				continue
			}
			want := map[string]string{"label": a.Name("en"), "kind": a.Kind.String(), "part_of": a.PartOf, "note": a.Note}
			for l, s := range a.Names {
				want["name_"+l] = s
			}
			for k, v := range want {
				if got[k] != xmlValid(v) {
					t.Errorf("node %q: %s = %q, want %q", a.ID, k, got[k], xmlValid(v))
				}
			}
		}
		for _, c := range n.Claims {
			got := edges[c.Key()]
			if got == nil {
				t.Errorf("no edge %q", c.Key())
				continue
			}
			typ := kb.TypeByID[c.Type]
			when := kb.ClaimTime(c)
			want := map[string]string{
				"<source>": c.Source, "<target>": c.Target, "claim": c.Key(), "type": c.Type,
				"label": typ.Label["en"], "category": typ.Category.String(), "sign": strconv.Itoa(int(kb.ClaimSign(c))),
				"directed": strconv.FormatBool(typ.Directed), "modality": c.Modality.String(), "document": c.Document,
				"start": when.Start.String(), "end": when.End.String(), "era": c.Era, "confidence": c.Confidence.String(),
				"weight": strconv.FormatFloat(c.Weight, 'g', -1, 64), "note": c.Note,
				"attributed_to": c.AttributedTo,
			}
			if c.HasSign {
				want["own_sign"] = strconv.Itoa(int(c.Sign))
			}
			for k, v := range want {
				if got[k] != xmlValid(v) {
					t.Errorf("edge %q: %s = %q, want %q", c.Key(), k, got[k], xmlValid(v))
				}
			}
			if got["strength"] == "" || got["contested"] == "" || got["lines"] == "" {
				t.Errorf("edge %q lacks strength, contested or lines: %v", c.Key(), got)
			}
		}
	}
}

// TestConformance lets the real readers read what kg writes: NetworkX
// reads the GraphML, GEXF and node-link JSON and must find the same actors,
// ties and attributes as the JSON says; igraph reads the GraphML with the
// same counts (testdata/export/conformance.py). It runs on the repository's
// data and on the awkward fixture. Without NetworkX and igraph under
// /usr/bin/python3 it is skipped, unless KG_REQUIRE_CONFORMANCE=1 (CI)
// makes that a failure (package conformance).
func TestConformance(t *testing.T) {
	python := conformance.Python(t, "networkx", "igraph")
	script, err := filepath.Abs(filepath.Join("..", "testdata", "export", "conformance.py"))
	if err != nil {
		t.Fatal(err)
	}
	real := loadExportKB(t, "..")
	awkward := loadExportKB(t, awkwardDir)
	fixture := loadExportKB(t, smallFixtureDir)
	cases := []struct {
		name string
		kb   *graph.KB
		view graph.View
		opt  Options
	}{
		{"data", real, graph.View{}, Options{}},
		{"data-ties-metrics", real, graph.View{AllModalities: true}, Options{Ties: true, NodeAttrs: testNodeAttrs(real.Network(graph.View{AllModalities: true}))}},
		{"awkward-ties", awkward, graph.View{AllModalities: true}, Options{Ties: true}},
		{"data-all-modalities", real, graph.View{AllModalities: true}, Options{}},
		{"data-era", real, graph.View{Era: "post-saddam"}, Options{}},
		{"fixture", fixture, graph.View{}, Options{}},
		{"awkward", awkward, graph.View{AllModalities: true}, Options{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := tc.kb.Network(tc.view)
			if n.Empty() {
				t.Fatal("the view selects nothing")
			}
			dir := t.TempDir()
			for name, fn := range map[string]func(io.Writer) error{
				"kg.json":    func(w io.Writer) error { return JSONWith(w, tc.kb, n, tc.opt) },
				"kg.graphml": func(w io.Writer) error { return GraphMLWith(w, tc.kb, n, tc.opt) },
				"kg.gexf":    func(w io.Writer) error { return GEXFWith(w, tc.kb, n, tc.opt) },
			} {
				if err := os.WriteFile(filepath.Join(dir, name), exportBytes(t, fn), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			out, err := exec.Command(python, script, dir).CombinedOutput()
			if err != nil {
				t.Fatalf("%s %s: %v\n%s", filepath.Base(script), tc.name, err, out)
			}
			t.Logf("%s", out)
		})
	}
}

// failingWriter fails every write after the first n bytes.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// TestExportWriteErrors: a failing writer is reported by every format,
// wherever in the output it fails.
func TestExportWriteErrors(t *testing.T) {
	kb, n := awkwardNetwork(t)
	formats := map[string]func(io.Writer) error{
		"graphml":   func(w io.Writer) error { return GraphML(w, kb, n) },
		"gexf":      func(w io.Writer) error { return GEXF(w, kb, n) },
		"cytoscape": func(w io.Writer) error { return Cytoscape(w, kb, n) },
		"mermaid":   func(w io.Writer) error { return Mermaid(w, n, "en") },
		"elements":  func(w io.Writer) error { return KumuCSV(w, io.Discard, kb, n) },
		"connections": func(w io.Writer) error {
			return KumuCSV(io.Discard, w, kb, n)
		},
	}
	for name, fn := range formats {
		size := len(exportBytes(t, fn))
		for _, at := range []int{0, size / 2, size - 1} {
			if err := fn(&failingWriter{n: at}); err == nil {
				t.Errorf("%s: a write failing after %d of %d bytes is not reported", name, at, size)
			}
		}
	}
}

// testNodeAttrs are node attributes as kg export --with-metrics gives
// them: an int, a float and a group per actor.
func testNodeAttrs(n *graph.Network) []NodeAttr {
	m := report.ComputeMetrics(n, report.MetricsOptions{Seed: 1})
	deg, pr, comm := map[string]any{}, map[string]any{}, map[string]any{}
	for _, a := range m.Actors {
		deg[a.ID], pr[a.ID] = a.Degree, a.PageRank
	}
	for i, p := range n.Communities(1).Louvain.Communities {
		for _, id := range p {
			comm[id] = i + 1
		}
	}
	return []NodeAttr{{"degree", deg}, {"pagerank", pr}, {"community", comm}}
}
