package export

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
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
	}{
		{"data-all-modalities", real, graph.View{AllModalities: true}},
		{"fixture", fixture, graph.View{}},
		{"awkward", awkward, graph.View{AllModalities: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := tc.kb.Network(tc.view)
			dir := t.TempDir()
			for name, fn := range map[string]func(io.Writer) error{
				"kg.json":    func(w io.Writer) error { return JSON(w, tc.kb, n) },
				"kg.graphml": func(w io.Writer) error { return GraphML(w, tc.kb, n) },
				"kg.gexf":    func(w io.Writer) error { return GEXF(w, tc.kb, n) },
				"kg.cyjs":    func(w io.Writer) error { return Cytoscape(w, tc.kb, n) },
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
