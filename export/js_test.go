package export

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kg/graph"
	"kg/graph/conformance"
)

// npmModules returns the node_modules folder named by KG_NPM_MODULES that
// holds every package in pkgs, else skips the test (a failure under
// KG_REQUIRE_CONFORMANCE=1; .ci/run installs them, pinned).
func npmModules(t *testing.T, pkgs ...string) string {
	t.Helper()
	modules := os.Getenv("KG_NPM_MODULES")
	for _, m := range pkgs {
		if _, err := os.Stat(filepath.Join(modules, m, "package.json")); modules == "" || err != nil {
			conformance.Missing(t, "KG_NPM_MODULES=%q has no %s: set it to a node_modules folder with %v (see .ci/run for the versions)", modules, m, pkgs)
		}
	}
	return modules
}

// TestJSReaders lets the JavaScript readers read what kg writes
// (testdata/export/js_check.mjs): graphology-gexf with its default options
// and with Gephi Lite's, graphology-graphml, and Cytoscape.js, whose
// selectors must find every element by its id. Each must see the actors,
// claims and typed attributes of kg's node-link JSON of the same view.
func TestJSReaders(t *testing.T) {
	node := conformance.Tool(t, "node", "apt-get install nodejs npm")
	modules := npmModules(t, "graphology", "graphology-gexf", "graphology-graphml", "cytoscape")
	script := filepath.Join("..", "testdata", "export", "js_check.mjs")
	real := loadExportKB(t, "..")
	awkward := loadExportKB(t, awkwardDir)
	fixture := loadExportKB(t, smallFixtureDir)
	for _, tc := range []struct {
		name string
		kb   *graph.KB
		view graph.View
		opt  Options
	}{
		{"data-all-modalities", real, graph.View{AllModalities: true}, Options{}},
		{"data-ties-metrics", real, graph.View{}, Options{Ties: true, NodeAttrs: testNodeAttrs(real.Network(graph.View{}))}},
		{"fixture", fixture, graph.View{}, Options{}},
		{"awkward", awkward, graph.View{AllModalities: true}, Options{}},
		{"awkward-ties", awkward, graph.View{AllModalities: true}, Options{Ties: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := tc.kb.Network(tc.view)
			dir := t.TempDir()
			for name, fn := range map[string]func(io.Writer) error{
				"kg.json":    func(w io.Writer) error { return JSONWith(w, tc.kb, n, tc.opt) },
				"kg.graphml": func(w io.Writer) error { return GraphMLWith(w, tc.kb, n, tc.opt) },
				"kg.gexf":    func(w io.Writer) error { return GEXFWith(w, tc.kb, n, tc.opt) },
				"kg.cyjs":    func(w io.Writer) error { return CytoscapeWith(w, tc.kb, n, tc.opt) },
			} {
				if err := os.WriteFile(filepath.Join(dir, name), exportBytes(t, fn), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			out, err := exec.Command(node, script, modules, dir).CombinedOutput()
			if err != nil {
				t.Fatalf("js_check.mjs %s: %v\n%s", tc.name, err, out)
			}
			t.Logf("%s", out)
		})
	}
}

// TestTieExport: with Options.Ties every format has one edge per tie of
// the view, and the ties' claim keys are the view's claims, each once.
func TestTieExport(t *testing.T) {
	for _, load := range []func(testing.TB) (*graph.KB, *graph.Network){smallFixtureNetwork, awkwardNetwork} {
		kb, n := load(t)
		var doc struct {
			Links []struct {
				Key, Source, Target, Type string
				Sign, Claims              int
				ClaimKeys                 []string `json:"claim_keys"`
			}
		}
		if err := json.Unmarshal(exportBytes(t, func(w io.Writer) error { return JSONWith(w, kb, n, Options{Ties: true}) }), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Links) != len(n.Ties) {
			t.Fatalf("%d links, want %d ties", len(doc.Links), len(n.Ties))
		}
		seen := map[string]int{}
		for i, l := range doc.Links {
			tie := n.Ties[i]
			if l.Key != TieID(tie) || l.Source != tie.Source || l.Target != tie.Target || l.Type != tie.Type.ID ||
				l.Sign != int(tie.Sign()) || l.Claims != len(tie.Claims) || len(l.ClaimKeys) != len(tie.Claims) {
				t.Errorf("link %+v, want tie %s with %d claims", l, TieID(tie), len(tie.Claims))
			}
			for _, k := range l.ClaimKeys {
				seen[k]++
			}
		}
		for _, c := range n.Claims {
			if seen[c.Key()] != 1 {
				t.Errorf("claim %s is in %d ties", c.Key(), seen[c.Key()])
			}
		}
		for name, fn := range map[string]func(io.Writer) error{
			"graphml": func(w io.Writer) error { return GraphMLWith(w, kb, n, Options{Ties: true}) },
			"gexf":    func(w io.Writer) error { return GEXFWith(w, kb, n, Options{Ties: true}) },
		} {
			if got := strings.Count(string(exportBytes(t, fn)), "<edge "); got != len(n.Ties) {
				t.Errorf("%s: %d edges, want %d", name, got, len(n.Ties))
			}
		}
		var el, co strings.Builder
		if err := KumuCSVWith(&el, &co, kb, n, Options{Ties: true}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(co.String())).ReadAll()
		if err != nil || len(rows) != len(n.Ties)+1 {
			t.Errorf("connections: %d rows (%v), want %d", len(rows), err, len(n.Ties)+1)
		}
	}
}
