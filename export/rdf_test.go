package export

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"kg/graph"
	"kg/graph/conformance"
)

// docQueries are the SPARQL examples of docs/formats.md, by the name on
// their first line ("# kg: NAME").
func docQueries(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "docs", "formats.md"))
	if err != nil {
		t.Fatal(err)
	}
	qs := map[string]string{}
	for _, m := range regexp.MustCompile("(?s)```sparql\n# kg: ([a-z-]+)\n(.*?)```").FindAllSubmatch(data, -1) {
		qs[string(m[1])] = string(m[2])
	}
	if len(qs) < 5 {
		t.Fatalf("docs/formats.md has %d SPARQL examples named \"# kg: NAME\", want at least 5", len(qs))
	}
	return qs
}

// rdfExpected is kg's own answer to each example of docs/formats.md, as
// rows of lexical forms.
func rdfExpected(t *testing.T, kb *graph.KB, n *graph.Network) map[string][][]string {
	t.Helper()
	byModality := map[string]int{}
	direct := map[[3]string]bool{}
	hostile := map[string]int{}
	var wikidata [][]string
	for _, c := range n.Claims {
		byModality[c.Modality.String()]++
		if c.Modality == graph.Asserted {
			direct[[3]string{c.Source, c.Type, c.Target}] = true
			if kb.ClaimSign(c) == graph.Negative && (c.Source == "iran" || c.Target == "iran") {
				hostile[nsType+c.Type]++
			}
		}
	}
	for _, a := range n.Actors {
		if a.Codes.Wikidata != "" {
			wikidata = append(wikidata, []string{nsActor + a.ID, nsWD + a.Codes.Wikidata})
		}
	}
	counted := func(m map[string]int) [][]string {
		var rows [][]string
		for _, k := range slices.Sorted(mapKeysOf(m)) {
			rows = append(rows, []string{k, strconv.Itoa(m[k])})
		}
		return rows
	}
	var evidence [][]string
	c := findClaim(t, n, "ghani-asgarian-russia-coalition/china-iran-bargaining-card")
	for _, e := range c.Evidence {
		evidence = append(evidence, []string{e.Lines(), e.Cue})
	}
	slices.SortFunc(evidence, func(a, b []string) int { return compareStrings(a[0], b[0]) })
	return map[string][][]string{
		"claims-by-modality": counted(byModality),
		"asserted-claims":    {{strconv.Itoa(byModality["asserted"])}},
		"direct-statements":  {{strconv.Itoa(len(direct))}},
		"evidence":           evidence,
		"wikidata":           wikidata,
		"iran-hostile":       counted(hostile),
	}
}

func mapKeysOf(m map[string]int) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func findClaim(t *testing.T, n *graph.Network, key string) *graph.Claim {
	t.Helper()
	for _, c := range n.Claims {
		if c.Key() == key {
			return c
		}
	}
	t.Fatalf("the view has no claim %s", key)
	return nil
}

// TestRDFStores loads kg's Turtle and N-Triples of the repository's data
// (all modalities) into rdflib (testdata/export/rdf_check.py) and
// Oxigraph (testdata/export/rdf_check.mjs), and runs every SPARQL example
// of docs/formats.md in both: each must give kg's own figures (asserted
// claims, direct statements for asserted claims only, a claim's evidence
// spans and cues, Wikidata links). Without rdflib or the npm modules it is
// skipped, unless KG_REQUIRE_CONFORMANCE=1 (CI).
func TestRDFStores(t *testing.T) {
	kb := loadExportKB(t, "..")
	n := kb.Network(graph.View{AllModalities: true})
	dir := t.TempDir()
	files := map[string]func(io.Writer) error{
		"kg.ttl": func(w io.Writer) error { return Turtle(w, kb, n) },
		"kg.nt":  func(w io.Writer) error { return NTriples(w, kb, n) },
	}
	for name, fn := range files {
		if err := os.WriteFile(filepath.Join(dir, name), exportBytes(t, fn), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	queries := docQueries(t)
	qdata, _ := json.Marshal(queries)
	qpath := filepath.Join(dir, "queries.json")
	if err := os.WriteFile(qpath, qdata, 0o644); err != nil {
		t.Fatal(err)
	}
	want := rdfExpected(t, kb, n)
	for name := range queries {
		if _, ok := want[name]; !ok {
			t.Errorf("docs/formats.md example %q has no expected answer in this test", name)
		}
	}
	ttl, nt := filepath.Join(dir, "kg.ttl"), filepath.Join(dir, "kg.nt")
	check := func(t *testing.T, store string, out []byte) {
		var got map[string]any
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("%s: %v\n%s", store, err, out)
		}
		for name, rows := range want {
			if _, ok := queries[name]; !ok {
				continue
			}
			if g, w := fmt.Sprint(got[name]), fmt.Sprint(rows); g != w {
				t.Errorf("%s: %s gives %s, kg says %s", store, name, g, w)
			}
		}
		t.Logf("%s: %v triples, %d queries", store, got["triples"], len(queries))
	}
	// The awkward fixture's names (quotes, line breaks, directional marks)
	// must load too, the same triples from both files.
	awk := loadExportKB(t, awkwardDir)
	an := awk.Network(graph.View{AllModalities: true})
	awkDir := t.TempDir()
	for name, fn := range map[string]func(io.Writer) error{
		"kg.ttl": func(w io.Writer) error { return Turtle(w, awk, an) },
		"kg.nt":  func(w io.Writer) error { return NTriples(w, awk, an) },
	} {
		if err := os.WriteFile(filepath.Join(awkDir, name), exportBytes(t, fn), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	noQueries := filepath.Join(awkDir, "queries.json")
	if err := os.WriteFile(noQueries, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	awkTTL, awkNT := filepath.Join(awkDir, "kg.ttl"), filepath.Join(awkDir, "kg.nt")
	t.Run("rdflib", func(t *testing.T) {
		python := conformance.Python(t, "rdflib")
		out, err := exec.Command(python, filepath.Join("..", "testdata", "export", "rdf_check.py"), ttl, nt, qpath).Output()
		if err != nil {
			t.Fatalf("rdf_check.py: %v\n%s", err, exitStderr(err))
		}
		check(t, "rdflib", out)
		if out, err := exec.Command(python, filepath.Join("..", "testdata", "export", "rdf_check.py"), awkTTL, awkNT, noQueries).Output(); err != nil {
			t.Errorf("rdf_check.py on the awkward fixture: %v\n%s%s", err, out, exitStderr(err))
		}
	})
	t.Run("oxigraph", func(t *testing.T) {
		node := conformance.Tool(t, "node", "apt-get install nodejs npm")
		modules := npmModules(t, "oxigraph")
		out, err := exec.Command(node, filepath.Join("..", "testdata", "export", "rdf_check.mjs"), modules, ttl, nt, qpath).Output()
		if err != nil {
			t.Fatalf("rdf_check.mjs: %v\n%s", err, exitStderr(err))
		}
		check(t, "oxigraph", out)
		if out, err := exec.Command(node, filepath.Join("..", "testdata", "export", "rdf_check.mjs"), modules, awkTTL, awkNT, noQueries).Output(); err != nil {
			t.Errorf("rdf_check.mjs on the awkward fixture: %v\n%s%s", err, out, exitStderr(err))
		}
	})
}

func exitStderr(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}
