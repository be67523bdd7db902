package main

import (
	"crypto/sha256"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"kg/export/output"
	"kg/extract"
	"kg/graph"
	"kg/graph/conformance"
	"kg/graph/golden"
)

func TestMain(m *testing.M) {
	testscript.Main(withRenderer{m}, map[string]func(){
		"kg": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI scripts in testdata/script. In them, the command
// "fixture" copies the small valid knowledge base of testdata/fixture into
// the work folder without overwriting the files a script brings, so each
// script holds only what it breaks.
func TestScripts(t *testing.T) {
	fixture, err := filepath.Abs("testdata/fixture")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: golden.Update(),
		Setup: func(env *testscript.Env) error {
			// the renderer and the private cache of this test binary
			// (withRenderer), so a script that draws SVG compiles
			// go-graphviz's WebAssembly once, not once per command
			env.Setenv("KG_RENDER", os.Getenv("KG_RENDER"))
			env.Setenv("XDG_CACHE_HOME", os.Getenv("XDG_CACHE_HOME"))
			return nil
		},
		// [root]: the test runs as root (mknod can make a device).
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"fixture": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 0 {
					ts.Fatalf("usage: fixture")
				}
				ts.Check(copyMissing(fixture, ts.Getenv("WORK")))
			},
		},
	})
}

// copyMissing copies the tree at src into dst, leaving files that already
// exist in dst alone.
func copyMissing(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if _, err := os.Stat(target); err == nil {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// TestRealData loads the repository's own knowledge base. With KG_CORPUS set
// (as .ci/run does) it also checks every claim's evidence against the texts.
func TestRealData(t *testing.T) {
	kb, err := graph.Load(graph.Options{DataDir: "data", SeedsDir: "seeds"})
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("KG_CORPUS"); dir != "" {
		c, err := extract.OpenCorpus(dir)
		if err != nil {
			t.Fatal(err)
		}
		if errs := extract.CheckEvidence(kb, c); len(errs) > 0 {
			t.Fatalf("evidence problems:\n%v", errs)
		}
	} else {
		t.Log("KG_CORPUS not set: evidence not checked")
	}
	used := map[string]bool{}
	for _, c := range kb.Claims {
		used["document:"+c.Document] = true
		used["actor:"+c.Source] = true
		used["actor:"+c.Target] = true
		used["type:"+c.Type] = true
		if c.Era != "" {
			used["era:"+c.Era] = true
		}
	}
	for _, a := range kb.Actors {
		if a.PartOf != "" {
			used["actor:"+a.PartOf] = true
		}
	}
	// An era is used when a claim names it or a claim's time overlaps it.
	for _, e := range kb.Eras {
		for _, c := range kb.Claims {
			if c.Modality == graph.Asserted && kb.ClaimTime(c).Overlaps(e.Period) {
				used["era:"+e.ID] = true
				break
			}
		}
	}
	for _, d := range kb.Documents {
		if !used["document:"+d.ID] {
			t.Errorf("document %s has no claims", d.ID)
		}
	}
	for _, a := range kb.Actors {
		if !used["actor:"+a.ID] {
			t.Errorf("actor %s is defined but no claim uses it", a.ID)
		}
	}
	for _, ty := range kb.Types {
		if !used["type:"+ty.ID] {
			t.Errorf("relation type %s is defined but no claim uses it", ty.ID)
		}
	}
	for _, e := range kb.Eras {
		if !used["era:"+e.ID] {
			t.Errorf("era %s is defined but no claim falls in it", e.ID)
		}
	}
	// Every category of the vocabulary has a relation type.
	cats := map[graph.Category]bool{}
	for _, ty := range kb.Types {
		cats[ty.Category] = true
	}
	for _, c := range graph.Categories() {
		if !cats[c] {
			t.Errorf("no relation type in category %s", c)
		}
	}
}

// goldenFixture is the knowledge base the CLI goldens run on: the first
// version of the diff fixture (8 actors, 22 claims, 2 documents, 2 eras),
// so that curating data/ does not churn them.
var goldenFixture = []string{"--data", "testdata/diff/v1/data", "--seeds", "testdata/diff/v1/seeds"}

// goldenCases run kg on goldenFixture; their output is compared byte for
// byte with testdata/golden (KG_UPDATE_GOLDEN=1 go test rewrites them).
var goldenCases = []struct {
	name string
	args []string
}{
	{"path-doc.json", []string{"path", "--doc", "doc-a", "--k", "3", "--format", "json", "iran", "united-states"}},
	{"path-era.txt", []string{"path", "--era", "post-saddam", "--positive", "--k", "2", "iraq", "russia"}},
	{"communities-doc.json", []string{"communities", "--doc", "doc-b", "--format", "json"}},
	{"communities-era.json", []string{"communities", "--era", "post-saddam", "--format", "json"}},
	{"export-doc.json", []string{"export", "--doc", "doc-a"}},
	{"metrics-doc.json", []string{"metrics", "--doc", "doc-a", "--format", "json"}},
	{"metrics-era.json", []string{"metrics", "--era", "post-saddam", "--format", "json"}},
	{"metrics-era.csv", []string{"metrics", "--era", "post-saddam", "--format", "csv", "--all-ties", "--directed", "--weighted"}},
	{"balance-doc.json", []string{"balance", "--doc", "doc-b", "--format", "json"}},
	{"balance-era.json", []string{"balance", "--era", "post-saddam", "--format", "json", "--k", "3"}},
	{"render-doc.dot", []string{"render", "--doc", "doc-b"}},
	{"render-era-fa.dot", []string{"render", "--era", "iran-iraq-war", "--lang", "fa", "--modality", "all"}},
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			args := append(slices.Clone(goldenFixture), tc.args...)
			var stdout, stderr strings.Builder
			if code := run(args, &stdout, &stderr); code != 0 {
				t.Fatalf("kg %v: exit %d\n%s", args, code, stderr.String())
			}
			golden.Check(t, filepath.Join("testdata", "golden", tc.name), []byte(stdout.String()))
		})
	}
}

// realSnapshots run kg on the repository's own data/: a few snapshots of
// what the curated knowledge base gives, which change when the curation
// does. After a change to data/, read what changed and update them:
//
//	KG_UPDATE_GOLDEN=1 go test -run TestRealSnapshots .
//	git diff testdata/golden/real/
var realSnapshots = []struct {
	name string
	args []string
}{
	{"metrics-doc.json", []string{"metrics", "--doc", "pourhassan-seifi-soft-alliance", "--format", "json"}},
	{"balance-era.json", []string{"balance", "--era", "post-saddam", "--format", "json", "--k", "3"}},
	{"render-doc.dot", []string{"render", "--doc", "kadhimi-foreign-policy-report"}},
}

func TestRealSnapshots(t *testing.T) {
	for _, tc := range realSnapshots {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr strings.Builder
			if code := run(tc.args, &stdout, &stderr); code != 0 {
				t.Fatalf("kg %v: exit %d\n%s", tc.args, code, stderr.String())
			}
			golden.Check(t, filepath.Join("testdata", "golden", "real", tc.name), []byte(stdout.String()))
		})
	}
}

// conformanceNetworks are classic networks kept as kg data under
// testdata/networks/kg, generated from the edge lists next to them
// (KG_UPDATE_GOLDEN=1 go test -run TestNetworkXConformance . regenerates
// them). Their expected
// values come from NetworkX (testdata/networks/networkx_metrics.py).
var conformanceNetworks = []string{"florentine", "karate"}

// TestNetworkXConformance runs "kg metrics --format json" on each network
// expressed as kg data and compares every measure with NetworkX's:
// 1e-9 for exact measures, 1e-6 for iterative ones.
func TestNetworkXConformance(t *testing.T) {
	for _, name := range conformanceNetworks {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", "networks", "kg", name)
			if golden.Update() {
				if err := writeNetworkKB(filepath.Join("testdata", "networks", name+".edges"), dir, name); err != nil {
					t.Fatal(err)
				}
			}
			var stdout, stderr strings.Builder
			args := []string{"--data", filepath.Join(dir, "data"), "--seeds", filepath.Join(dir, "seeds"), "metrics", "--format", "json"}
			if code := run(args, &stdout, &stderr); code != 0 {
				t.Fatalf("kg %v: exit %d\n%s", args, code, stderr.String())
			}
			var got struct {
				Graph  map[string]float64
				Actors []map[string]any
			}
			if err := json.Unmarshal([]byte(stdout.String()), &got); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(filepath.Join("testdata", "networks", name+".expected.json"))
			if err != nil {
				t.Fatal(err)
			}
			var want struct {
				Graph map[string]any
				Nodes map[string]map[string]float64
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			if len(got.Actors) != len(want.Nodes) {
				t.Fatalf("%d actors, NetworkX has %d nodes", len(got.Actors), len(want.Nodes))
			}
			exact := []string{"degree", "betweenness", "closeness", "harmonic"}
			iterative := map[string]string{"eigenvector": "eigenvector_converged", "pagerank": "pagerank_converged", "hub": "hub", "authority": "authority"}
			byID := map[string]map[string]float64{}
			for node, m := range want.Nodes {
				byID[actorIDFor(node)] = m
			}
			for _, a := range got.Actors {
				id := a["id"].(string)
				w, ok := byID[id]
				if !ok {
					t.Errorf("actor %s is not a NetworkX node", id)
					continue
				}
				for _, k := range exact {
					if g := a[k].(float64); math.Abs(g-w[k]) > 1e-9 {
						t.Errorf("%s %s = %v, NetworkX %v", id, k, g, w[k])
					}
				}
				for k, wk := range iterative {
					if g := a[k].(float64); math.Abs(g-w[wk]) > 1e-6 {
						t.Errorf("%s %s = %v, NetworkX %v", id, k, g, w[wk])
					}
				}
			}
			for _, k := range []string{"nodes", "edges", "density", "components", "diameter", "transitivity"} {
				if g, w := got.Graph[k], want.Graph[k].(float64); math.Abs(g-w) > 1e-9 {
					t.Errorf("graph %s = %v, NetworkX %v", k, g, w)
				}
			}
			if g, w := got.Graph["average_path_length"], want.Graph["avg_path_length"].(float64); math.Abs(g-w) > 1e-9 {
				t.Errorf("average path length = %v, NetworkX %v", g, w)
			}
		})
	}
}

// actorIDFor turns a node name of the edge lists into a kg actor id.
func actorIDFor(node string) string {
	id := strings.ToLower(node)
	if id != "" && id[0] >= '0' && id[0] <= '9' {
		id = "member-" + id
	}
	return id
}

// writeNetworkKB expresses an undirected, unweighted edge list as a kg
// knowledge base: one actor per node, one claim per edge, citing the edge's
// line of the edge list itself, which serves as the document's text.
func writeNetworkKB(edgesPath, dir, name string) error {
	text, err := os.ReadFile(edgesPath)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	for _, d := range []string{"data/claims", "seeds", "corpus"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return err
		}
	}
	var actors, claims strings.Builder
	actors.WriteString("actors:\n")
	claims.WriteString("document: " + name + "\nclaims:\n")
	seen := map[string]bool{}
	for i, line := range strings.Split(string(text), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		for _, node := range f[:min(2, len(f))] {
			if id := actorIDFor(node); !seen[id] {
				seen[id] = true
				fmt.Fprintf(&actors, "  - id: %s\n    kind: person\n    names: {en: %q}\n", id, node)
			}
		}
		if len(f) < 2 {
			continue
		}
		fmt.Fprintf(&claims, "  - id: e%d\n    source: %s\n    target: %s\n    type: tie\n    modality: asserted\n    confidence: high\n    evidence: [{lines: %d, cue: %q}]\n    note: Edge of the published network.\n",
			i+1, actorIDFor(f[0]), actorIDFor(f[1]), i+1, f[0]+" "+f[1])
	}
	sum := sha256.Sum256(text)
	files := map[string]string{
		"data/actors.yaml":              actors.String(),
		"data/relation-types.yaml":      "types:\n  - id: tie\n    label: {en: tie}\n    category: other\n    sign: \"+\"\n    directed: false\n",
		"data/eras.yaml":                "eras: []\n",
		"data/claims/" + name + ".yaml": claims.String(),
		"seeds/" + name + ".yaml": fmt.Sprintf("id: %s\nfile: %s.edges\nsha256: %x\nlanguage: en\ntitle: {en: %s network}\nkind: other\nnote: Generated from testdata/networks/%s.edges for the NetworkX conformance test.\n",
			name, name, sum, name, name),
		"corpus/" + name + ".edges": string(text),
	}
	for p, body := range files {
		if err := os.WriteFile(filepath.Join(dir, p), []byte(body), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// diagramArgs render the style fixture: every actor kind, line style,
// modality, a directed type, a contested pair, node sizes and blocs.
var diagramArgs = []string{"--data", "testdata/diagram/data", "--seeds", "testdata/diagram/seeds",
	"render", "--modality", "all", "--size-by", "betweenness", "--blocs"}

func TestDiagramGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"diagram-styles.dot", diagramArgs},
		{"diagram-styles-fa.dot", append(slices.Clone(diagramArgs), "--lang", "fa")},
	} {
		var stdout, stderr strings.Builder
		if code := run(tc.args, &stdout, &stderr); code != 0 {
			t.Fatalf("kg %v: exit %d\n%s", tc.args, code, stderr.String())
		}
		checkGolden(t, tc.name, stdout.String())
	}
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "golden", name), []byte(got))
}

// TestDiagramSVG renders the style fixture to SVG with go-graphviz and
// checks the drawing's structure: well-formed XML, one node group per actor
// with the actor's id as title, one edge group per tie, the bloc clusters
// and the legend.
func TestDiagramSVG(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "d.svg")
	args := append(slices.Clone(diagramArgs), "--format", "svg", "-o", out)
	var stdout, stderr strings.Builder
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("kg %v: exit %d\n%s", args, code, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	type g struct {
		Class string `xml:"class,attr"`
		Title string `xml:"title"`
		G     []g    `xml:"g"`
	}
	var doc struct {
		G []g `xml:"g"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("SVG is not well-formed XML: %v", err)
	}
	var nodes, edges, clusters []string
	var walk func([]g)
	walk = func(gs []g) {
		for _, x := range gs {
			switch x.Class {
			case "node":
				nodes = append(nodes, x.Title)
			case "edge":
				edges = append(edges, x.Title)
			case "cluster":
				clusters = append(clusters, x.Title)
			}
			walk(x.G)
		}
	}
	walk(doc.G)
	slices.Sort(nodes)
	wantNodes := []string{"_legend", "alpha", "beta", "delta", "epsilon", "eta", "gamma", "iota", "theta", "zeta"}
	if !slices.Equal(nodes, wantNodes) {
		t.Errorf("node groups %v, want %v", nodes, wantNodes)
	}
	kb, err := graph.Load(graph.Options{DataDir: "testdata/diagram/data", SeedsDir: "testdata/diagram/seeds"})
	if err != nil {
		t.Fatal(err)
	}
	n := kb.Network(graph.View{AllModalities: true})
	var wantEdges []string
	for _, tie := range n.Ties {
		wantEdges = append(wantEdges, tie.Source+"->"+tie.Target)
	}
	slices.Sort(wantEdges)
	slices.Sort(edges)
	if !slices.Equal(edges, wantEdges) {
		t.Errorf("edge groups %v, want one per tie %v", edges, wantEdges)
	}
	for _, c := range []string{"cluster_legend", "cluster_bloc_1"} {
		if !slices.Contains(clusters, c) {
			t.Errorf("no %s among clusters %v", c, clusters)
		}
	}
	if !strings.Contains(string(data), ">Legend<") {
		t.Error("the legend's title is missing")
	}
}

// TestBuildNativeDot runs kg build on the repository's data and feeds every
// DOT file it writes to Debian's native Graphviz, which must accept it.
// Graphviz's warnings (a font it lacks, a layout it had to adjust) depend on
// the machine and its Graphviz version and are logged; errors fail.
func TestBuildNativeDot(t *testing.T) {
	dotExe := conformance.Tool(t, "dot", "apt-get install graphviz")
	// The rule itself, on native dot: a warning passes, an error fails.
	dir := t.TempDir()
	for _, c := range []struct {
		name, dot string
		ok        bool
	}{
		{"warning", "digraph { a [shape=blob]; a -> b }", true},
		{"syntax", "digraph { a -> }", false},
	} {
		f := filepath.Join(dir, c.name+".dot")
		if err := os.WriteFile(f, []byte(c.dot), 0o644); err != nil {
			t.Fatal(err)
		}
		problem, warnings := runDot(dotExe, f)
		if (problem == "") != c.ok || (c.name == "warning" && len(warnings) == 0) {
			t.Fatalf("dot on %q: error %q, warnings %q; the rule cannot tell them apart", c.dot, problem, warnings)
		}
	}
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	// a previous build's folder (it carries the marker) is replaced as a whole
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"stale.txt", output.BuildMarker} {
		if err := os.WriteFile(filepath.Join(out, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr strings.Builder
	if code := run([]string{"build", "--no-svg", "-o", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("kg build: exit %d\n%s", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(out, "stale.txt")); err == nil {
		t.Error("the previous output was not replaced")
	}
	if left, _ := os.ReadDir(parent); len(left) != 1 {
		t.Errorf("temporary folders left beside the output: %v", left)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*", "*", "graph.dot"))
	more, _ := filepath.Glob(filepath.Join(out, "*", "graph.dot"))
	files = append(files, more...)
	if len(files) < 3 {
		t.Fatalf("kg build wrote %d DOT files", len(files))
	}
	for _, f := range files {
		problem, warnings := runDot(dotExe, f)
		if problem != "" {
			t.Errorf("dot rejects %s: %s", f, problem)
		}
		for _, w := range warnings {
			t.Logf("%s: %s", f, w)
		}
	}
	index, err := os.ReadFile(filepath.Join(out, "index.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"all/", "documents/pourhassan-seifi-soft-alliance/", "eras/post-saddam/"} {
		if !strings.Contains(string(index), "("+d+"graph.dot)") {
			t.Errorf("index.md does not link %sgraph.dot", d)
		}
	}
}

// runDot runs native dot on a DOT file. It returns why dot rejects it (a
// non-zero exit or a line that starts "Error"), or "" and the warnings dot
// printed (its other lines).
func runDot(dotExe, file string) (problem string, warnings []string) {
	out, err := exec.Command(dotExe, "-Tsvg", "-o", os.DevNull, file).CombinedOutput()
	var errs []string
	for line := range strings.Lines(string(out)) {
		line = strings.TrimRight(line, "\n")
		switch {
		case strings.HasPrefix(line, "Error"):
			errs = append(errs, line)
		case strings.TrimSpace(line) != "":
			warnings = append(warnings, line)
		}
	}
	if err != nil {
		errs = append([]string{err.Error()}, append(errs, warnings...)...)
	}
	return strings.Join(errs, "\n"), warnings
}

// TestLayoutFrom draws two documents' diagrams on positions computed on
// their union: every actor they share must sit at the same place, and the
// two drawings must have the same frame.
func TestLayoutFrom(t *testing.T) {
	dir := t.TempDir()
	a, b := "pourhassan-seifi-soft-alliance", "mehr-iran-iraq-regional-balance"
	render := func(doc, other, out string) string {
		args := []string{"render", "--doc", doc, "--layout-from", "doc=" + other, "--format", "svg", "-o", out}
		var stdout, stderr strings.Builder
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("kg %v: exit %d\n%s", args, code, stderr.String())
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	sa := render(a, b, filepath.Join(dir, "a.svg"))
	sb := render(b, a, filepath.Join(dir, "b.svg"))
	fa, pa := svgLayout(t, sa)
	fb, pb := svgLayout(t, sb)
	if fa == "" || fa != fb {
		t.Errorf("frames differ: %q vs %q", fa, fb)
	}
	for _, id := range []string{"iran", "iraq", "united-states", "isis"} {
		if pa[id] == "" || pa[id] != pb[id] {
			t.Errorf("%s drawn at %q in one diagram and %q in the other", id, pa[id], pb[id])
		}
	}
}

// svgLayout parses an SVG written by Graphviz: its frame (the svg
// element's width, height and viewBox, and the transform of the graph's
// group) and, per node title, the attributes of the node's first shape.
func svgLayout(t *testing.T, svg string) (frame string, places map[string]string) {
	t.Helper()
	attrs := func(e xml.StartElement, names ...string) string {
		var b strings.Builder
		for _, a := range e.Attr {
			if len(names) == 0 || slices.Contains(names, a.Name.Local) {
				fmt.Fprintf(&b, "%s=%q ", a.Name.Local, a.Value)
			}
		}
		return b.String()
	}
	places = map[string]string{}
	d := xml.NewDecoder(strings.NewReader(svg))
	d.Entity = xml.HTMLEntity
	var (
		depth     int    // of open elements
		nodeDepth int    // depth of the open node group, or 0
		title     string // of the open node
		inTitle   bool
		shape     string // of the open node
	)
	for {
		tok, err := d.Token()
		if err != nil {
			if err != io.EOF {
				t.Fatalf("the SVG does not parse: %v", err)
			}
			break
		}
		switch e := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case e.Name.Local == "svg":
				frame += attrs(e, "width", "height", "viewBox")
			case e.Name.Local == "g" && attrs(e, "id") == `id="graph0" `:
				frame += attrs(e, "transform")
			case e.Name.Local == "g" && attrs(e, "class") == `class="node" ` && nodeDepth == 0:
				nodeDepth, title, shape = depth, "", ""
			case nodeDepth > 0 && e.Name.Local == "title":
				inTitle = true
			case nodeDepth > 0 && shape == "" && slices.Contains([]string{"ellipse", "polygon", "path", "rect"}, e.Name.Local):
				shape = e.Name.Local + " " + attrs(e)
			}
		case xml.CharData:
			if inTitle {
				title += string(e)
			}
		case xml.EndElement:
			inTitle = false
			if depth == nodeDepth {
				places[title] = shape
				nodeDepth = 0
			}
			depth--
		}
	}
	return frame, places
}

// TestRenderTimeout builds the kg binary, whose renders run in child
// processes with a time limit: past it, the render is abandoned, kg says so
// and writes nothing.
func TestRenderTimeout(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kg binary")
	}
	dir := t.TempDir()
	exe := kgBinary(t, false)
	svg := filepath.Join(dir, "all.svg")
	cmd := exec.Command(exe, "render", "--format", "svg", "--timeout", "1ms", "-o", svg)
	out, err := cmd.CombinedOutput()
	// the engine depends on the view's size (dot up to 100 actors, then
	// neato); the fallback names both
	if err == nil || !regexp.MustCompile(`render timed out after 1ms with (dot|neato), and again with (neato|sfdp)`).Match(out) {
		t.Fatalf("a 1ms limit gave %v:\n%s", err, out)
	}
	if _, err := os.Stat(svg); err == nil {
		t.Error("a timed-out render left a file")
	}
	cmd = exec.Command(exe, "render", "--doc", "mehr-iran-iraq-regional-balance", "--format", "svg", "--timeout", "1m", "-o", svg)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("render: %v\n%s", err, out)
	}
	if data, err := os.ReadFile(svg); err != nil || !strings.Contains(string(data), "</svg>") {
		t.Errorf("no SVG written: %v", err)
	}
}

// TestBuildViewFails: a view whose render runs out of time (a limit of a
// millisecond for that view only) is listed in the index with the command
// that draws it; every other view, and that view's DOT, metrics and
// balance, are written, and the build exits 0.
func TestBuildViewFails(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kg binary")
	}
	out := filepath.Join(t.TempDir(), "out")
	cmd := exec.Command(kgBinary(t, false), "build", "-o", out)
	cmd.Env = append(os.Environ(), "KG_TEST_RENDER_TIMEOUTS=all=1ms")
	msg, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("kg build: %v\n%s", err, msg)
	}
	if !strings.Contains(string(msg), "1 diagram not drawn") {
		t.Errorf("no warning of the failed view:\n%s", msg)
	}
	if _, err := os.Stat(filepath.Join(out, "all", "graph.svg")); err == nil {
		t.Error("the failed view has an SVG")
	}
	for _, f := range []string{"all/graph.dot", "all/metrics.json", "all/balance.txt", "eras/syrian-civil-war/graph.svg", "documents/mehr-iran-iraq-regional-balance/graph.svg"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("not written: %v", err)
		}
	}
	index, err := os.ReadFile(filepath.Join(out, "index.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`not drawn: render timed out after 1ms with (dot|neato), and again with (neato|sfdp)`).Match(index) ||
		!strings.Contains(string(index), "kg render --format svg\\` draws it") {
		t.Errorf("index.md does not list the failure:\n%s", index)
	}
	if strings.Contains(string(index), "[svg](all/graph.svg)") {
		t.Error("index.md links the missing SVG")
	}
}
