package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kg/graph/report"
)

// fixtureArgs point kg at the small valid knowledge base of testdata/fixture.
var fixtureArgs = []string{"--data", "testdata/fixture/data", "--seeds", "testdata/fixture/seeds", "--corpus", "testdata/fixture/corpus"}

// kgOK runs kg on the fixture and returns what it printed; it fails the
// test unless kg exits 0.
func kgOK(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr strings.Builder
	all := append(slices.Clone(fixtureArgs), args...)
	if code := run(all, &stdout, &stderr); code != 0 {
		t.Fatalf("kg %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.String()
}

// distinct runs kg once per name of a table, with the name substituted for
// "{}" in args, and checks that every name gives output of its own: a name
// added to a table without its own handler falls back to another's output
// (or fails) and is caught here.
func distinct(t *testing.T, names []string, args ...string) {
	t.Helper()
	seen := map[string]string{}
	for _, name := range names {
		a := slices.Clone(args)
		for i := range a {
			a[i] = strings.ReplaceAll(a[i], "{}", name)
		}
		out := kgOK(t, a...)
		if out == "" {
			t.Errorf("kg %s wrote nothing", strings.Join(a, " "))
		}
		if prev, ok := seen[out]; ok {
			t.Errorf("kg %s writes the same as with %q", strings.Join(a, " "), prev)
		}
		seen[out] = name
	}
}

// TestChoicesDispatch runs every name of every table through its command.
func TestChoicesDispatch(t *testing.T) {
	t.Run("export formats", func(t *testing.T) {
		dir := t.TempDir()
		seen := map[string]string{}
		for _, it := range exportFormats.items {
			var out string
			switch {
			case it.val.folder:
				kgOK(t, "export", "--format", it.name, "-o", filepath.Join(dir, "x-"+it.name))
				entries, err := os.ReadDir(filepath.Join(dir, "x-"+it.name))
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range entries {
					data, err := os.ReadFile(filepath.Join(dir, "x-"+it.name, e.Name()))
					if err != nil {
						t.Fatal(err)
					}
					out += string(data)
				}
			case it.val.twoFiles:
				kgOK(t, "export", "--format", it.name, "-o", filepath.Join(dir, "x.csv"))
				for _, f := range []string{"x-elements.csv", "x-connections.csv"} {
					data, err := os.ReadFile(filepath.Join(dir, f))
					if err != nil {
						t.Fatal(err)
					}
					out += string(data)
				}
			default:
				out = kgOK(t, "export", "--format", it.name)
			}
			if prev, ok := seen[out]; ok || out == "" {
				t.Errorf("export --format %s writes the same as %q", it.name, prev)
			}
			seen[out] = it.name
		}
	})
	t.Run("diagram formats", func(t *testing.T) { distinct(t, diagramFormats.names(), "render", "--format", "{}") })
	t.Run("languages", func(t *testing.T) {
		distinct(t, languages.names(), "render", "--lang", "{}")
		distinct(t, languages.names(), "export", "--format", "mermaid", "--lang", "{}")
	})
	t.Run("list", func(t *testing.T) {
		for _, f := range tableFormats.names() {
			distinct(t, listKinds.names(), "list", "--format", f, "{}")
		}
		distinct(t, tableFormats.names(), "list", "--format", "{}", "actors")
	})
	t.Run("show", func(t *testing.T) {
		ids := map[string]string{"actor": "iran", "type": "alliance", "era": "iran-iraq-war", "document": "doc-a"}
		for _, kind := range showKinds.names() {
			if ids[kind] == "" {
				t.Fatalf("no id to show for kind %q", kind)
			}
			if out := kgOK(t, "show", kind, ids[kind]); !strings.Contains(out, ids[kind]) {
				t.Errorf("kg show %s %s does not name it:\n%s", kind, ids[kind], out)
			}
		}
	})
	t.Run("stats formats", func(t *testing.T) { distinct(t, tableFormats.names(), "stats", "--format", "{}") })
	t.Run("text formats", func(t *testing.T) {
		distinct(t, textFormats.names(), "path", "--format", "{}", "iran", "iraq")
		distinct(t, textFormats.names(), "balance", "--format", "{}")
		distinct(t, textFormats.names(), "communities", "--format", "{}")
	})
	t.Run("metrics formats", func(t *testing.T) { distinct(t, metricsFormats.names(), "metrics", "--format", "{}") })
	t.Run("sort keys", func(t *testing.T) {
		for _, name := range sortKeys.names() {
			if _, ok := report.ParseMeasure(name); !ok && name != "id" {
				t.Errorf("sort key %q is not a measure", name)
			}
			kgOK(t, "metrics", "--sort", name)
		}
	})
	t.Run("size by", func(t *testing.T) {
		for _, m := range measures.items {
			if out := kgOK(t, "render", "--size-by", m.name); !strings.Contains(out, "), "+m.val.String()+" ") {
				t.Errorf("render --size-by %s does not say so in the legend", m.name)
			}
		}
	})
	t.Run("diff formats", func(t *testing.T) {
		dir := t.TempDir()
		seen := map[string]string{}
		for _, name := range diffFormats.names() {
			out := filepath.Join(dir, "d."+name)
			kgOK(t, "diff", "--a", "era=iran-iraq-war", "--b", "era=post-saddam", "--format", name, "-o", out)
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if prev, ok := seen[string(data)]; ok {
				t.Errorf("diff --format %s writes the same as %q", name, prev)
			}
			seen[string(data)] = name
		}
	})
	t.Run("match modes", func(t *testing.T) {
		for _, m := range matchModes.items {
			out := kgOK(t, "diff", "--a", "era=iran-iraq-war", "--b", "era=post-saddam", "--match", m.name)
			if !strings.Contains(out, "ties matched by "+m.val.String()) {
				t.Errorf("diff --match %s:\n%s", m.name, out)
			}
		}
	})
	t.Run("extract kinds", func(t *testing.T) {
		distinct(t, extractKinds.names(), "extract", "--doc", "doc-a", "{}")
	})
	t.Run("import formats", func(t *testing.T) {
		dir := t.TempDir()
		kgOK(t, "export", "--format", "csv", "-o", filepath.Join(dir, "map.csv"))
		kgOK(t, "export", "--format", "graphml", "-o", filepath.Join(dir, "map.graphml"))
		inputs := map[string][]string{
			"csv":     {filepath.Join(dir, "map-elements.csv"), filepath.Join(dir, "map-connections.csv")},
			"graphml": {filepath.Join(dir, "map.graphml")},
		}
		for _, name := range importFormats.names() {
			if inputs[name] == nil {
				t.Fatalf("no input for import format %q", name)
			}
			out := filepath.Join(dir, "kb-"+name)
			kgOK(t, append([]string{"import", "--format", name, "-o", out}, inputs[name]...)...)
			var stdout, stderr strings.Builder
			if code := run([]string{"--data", filepath.Join(out, "data"), "--seeds", filepath.Join(out, "seeds"), "--corpus", "", "validate"}, &stdout, &stderr); code != 0 {
				t.Errorf("import --format %s: the result does not validate:\n%s", name, stderr.String())
			}
		}
	})
	t.Run("view vocabularies", func(t *testing.T) {
		for _, name := range categories.names() {
			kgOK(t, "export", "--category", name)
		}
		for _, name := range signs.names() {
			kgOK(t, "export", "--sign", name)
		}
		for _, name := range viewModalities.names() {
			kgOK(t, "export", "--modality", name)
		}
		for _, name := range confidences.names() {
			kgOK(t, "export", "--min-confidence", name)
		}
	})
}

// TestChoiceTables checks every table: names unique and not empty, and each
// value able to act (no nil handler).
func TestChoiceTables(t *testing.T) {
	tables := map[string][]string{
		"listKinds": listKinds.names(), "showKinds": showKinds.names(), "tableFormats": tableFormats.names(),
		"textFormats": textFormats.names(), "metricsFormats": metricsFormats.names(), "sortKeys": sortKeys.names(),
		"languages": languages.names(), "measures": measures.names(), "matchModes": matchModes.names(),
		"diagramFormats": diagramFormats.names(), "diffFormats": diffFormats.names(), "exportFormats": exportFormats.names(),
		"importFormats": importFormats.names(), "extractKinds": extractKinds.names(), "categories": categories.names(),
		"signs": signs.names(), "viewModalities": viewModalities.names(), "confidences": confidences.names(),
	}
	for name, names := range tables {
		if len(names) == 0 {
			t.Errorf("%s is empty", name)
		}
		seen := map[string]bool{}
		for _, n := range names {
			if n == "" || seen[n] {
				t.Errorf("%s: empty or repeated name %q", name, n)
			}
			seen[n] = true
		}
	}
	for _, it := range exportFormats.items {
		if it.val.write == nil {
			t.Errorf("export format %q has no writer", it.name)
		}
	}
	for _, it := range importFormats.items {
		if it.val.read == nil {
			t.Errorf("import format %q has no reader", it.name)
		}
	}
	for _, it := range extractKinds.items {
		if it.val.run == nil {
			t.Errorf("extract kind %q has no handler", it.name)
		}
	}
}
