package imports_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"kg/export"
	"kg/export/imports"
	"kg/graph"
)

// The round trip: a view exported as GraphML and as Kumu CSV, imported
// back, written as kg YAML and loaded again is the same graph: the same
// actors with their kinds, names and part_of, the same ties (source,
// target, type, sign, direction, modality) and every claim with its
// attributes and time (its own sign and whose view it reports included).
// What a format cannot hold is the only difference
// allowed: XML has no place for most control characters (they become
// U+FFFD), and CSV reads a CR LF inside a value as LF.

func loadKB(t *testing.T, dir string) *graph.KB {
	t.Helper()
	kb, err := graph.Load(graph.Options{DataDir: filepath.Join(dir, "data"), SeedsDir: filepath.Join(dir, "seeds")})
	if err != nil {
		t.Fatalf("loading %s: %v", dir, err)
	}
	return kb
}

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

func csvValue(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

var originRE = regexp.MustCompile(`^imported from \S+ \(([^()]+)\)(?:\. (?s)(.*))?$`)

func TestRoundTrip(t *testing.T) {
	fixture := loadKB(t, filepath.Join("..", "..", "testdata", "fixture"))
	awkward := loadKB(t, filepath.Join("..", "..", "testdata", "export", "awkward"))
	real := loadKB(t, filepath.Join("..", ".."))
	type format struct {
		name  string
		read  func(kb *graph.KB, n *graph.Network) (*imports.Draft, error)
		value func(string) string
	}
	formats := []format{
		{"graphml", func(kb *graph.KB, n *graph.Network) (*imports.Draft, error) {
			var b bytes.Buffer
			if err := export.GraphML(&b, kb, n); err != nil {
				return nil, err
			}
			return imports.ReadGraphML(&b)
		}, xmlValid},
		{"csv", func(kb *graph.KB, n *graph.Network) (*imports.Draft, error) {
			var e, c bytes.Buffer
			if err := export.KumuCSV(&e, &c, kb, n); err != nil {
				return nil, err
			}
			return imports.ReadCSV(&e, &c)
		}, csvValue},
	}
	for _, tc := range []struct {
		name string
		kb   *graph.KB
		view graph.View
	}{
		{"fixture", fixture, graph.View{}},
		{"awkward", awkward, graph.View{AllModalities: true}},
		{"data", real, graph.View{AllModalities: true}},
		{"data-doc", real, graph.View{Documents: []string{"kadhimi-foreign-policy-report"}}},
	} {
		for _, f := range formats {
			t.Run(tc.name+"/"+f.name, func(t *testing.T) {
				n := tc.kb.Network(tc.view)
				d, err := f.read(tc.kb, n)
				if err != nil {
					t.Fatal(err)
				}
				dir := t.TempDir()
				if err := imports.WriteYAML(dir, d, "round-trip"); err != nil {
					t.Fatal(err)
				}
				kb2 := loadKB(t, dir)
				n2 := kb2.Network(graph.View{AllModalities: true})
				compareRoundTrip(t, tc.kb, n, kb2, n2, f.value)
				compareDocuments(t, n, dir)
			})
		}
	}
}

func compareRoundTrip(t *testing.T, kb *graph.KB, n *graph.Network, kb2 *graph.KB, n2 *graph.Network, value func(string) string) {
	t.Helper()
	if len(n2.Actors) != len(n.Actors) || len(n2.Ties) != len(n.Ties) || len(n2.Claims) != len(n.Claims) {
		t.Fatalf("%d actors, %d ties, %d claims; want %d, %d, %d", len(n2.Actors), len(n2.Ties), len(n2.Claims), len(n.Actors), len(n.Ties), len(n.Claims))
	}
	for i, a := range n.Actors {
		b := n2.Actors[i]
		partOf := a.PartOf
		if n.Index(partOf) < 0 {
			partOf = "" // the view does not hold it: dropped, and said so in the note
		}
		if b.ID != a.ID || b.Kind != a.Kind || b.PartOf != partOf || len(b.Names) != len(a.Names) {
			t.Errorf("actor %s (%s, part of %q, %d names) reads back as %s (%s, part of %q, %d names)",
				a.ID, a.Kind, partOf, len(a.Names), b.ID, b.Kind, b.PartOf, len(b.Names))
			continue
		}
		for l, s := range a.Names {
			if b.Names[l] != value(s) {
				t.Errorf("actor %s name %s %q reads back as %q", a.ID, l, value(s), b.Names[l])
			}
		}
		if partOf == a.PartOf && b.Note != value(a.Note) {
			t.Errorf("actor %s note %q reads back as %q", a.ID, value(a.Note), b.Note)
		}
	}
	type tieKey struct {
		s, t, typ string
		sign      graph.Sign
		directed  bool
		m         graph.Modality
	}
	ties := map[tieKey]bool{}
	for _, tie := range n.Ties {
		ties[tieKey{tie.Source, tie.Target, tie.Type.ID, tie.Sign(), tie.Type.Directed, tie.Modality}] = true
	}
	for _, tie := range n2.Ties {
		k := tieKey{tie.Source, tie.Target, tie.Type.ID, tie.Sign(), tie.Type.Directed, tie.Modality}
		if !ties[k] {
			t.Errorf("tie %+v is not in the original", k)
		}
		a, b := kb.TypeByID[tie.Type.ID], tie.Type
		if a == nil || b.Category != a.Category || b.Label["en"] != value(a.Label["en"]) {
			t.Errorf("type %s reads back as %+v, was %+v", b.ID, b, a)
		}
	}
	byKey := map[string]*graph.Claim{}
	for _, c := range n.Claims {
		byKey[c.Key()] = c
	}
	for _, c2 := range n2.Claims {
		m := originRE.FindStringSubmatch(c2.Note)
		if m == nil {
			t.Errorf("claim %s: note %q does not name its origin", c2.ID, c2.Note)
			continue
		}
		c := byKey[m[1]]
		if c == nil {
			t.Errorf("claim %s comes from %q, which the view does not hold", c2.ID, m[1])
			continue
		}
		delete(byKey, m[1])
		if c2.Key() != c.Key() {
			t.Errorf("claim %s reads back as %s", c.Key(), c2.Key())
		}
		if !sameEvidence(c2.Evidence, c.Evidence, value) {
			t.Errorf("claim %s evidence %v reads back as %v", c.Key(), c.Evidence, c2.Evidence)
		}
		// Exports write a claim's time clipped to its document's window
		// (the time rule), and the import gives an era the period of the
		// first claim naming it: a claim whose document clips the era
		// differently comes back with its own dates, the same time, no era.
		eraOK := c2.Era == c.Era || c2.Era == "" && kb2.ClaimTime(c2) == kb.ClaimTime(c)
		if c2.Source != c.Source || c2.Target != c.Target || c2.Type != c.Type || !eraOK ||
			c2.Modality != c.Modality || c2.Confidence != c.Confidence || c2.Weight != c.Weight ||
			c2.AttributedTo != value(c.AttributedTo) || c2.AttributedActor != c.AttributedActor ||
			c2.HasSign != c.HasSign || c2.HasSign && c2.Sign != c.Sign ||
			kb2.ClaimTime(c2) != kb.ClaimTime(c) || m[2] != value(c.Note) {
			t.Errorf("claim %s = %+v (time %s)\nreads back as %+v (time %s)", c.Key(), c, kb.ClaimTime(c), c2, kb2.ClaimTime(c2))
		}
	}
	for k := range byKey {
		t.Errorf("claim %s did not come back", k)
	}
}

func sameEvidence(got, want []graph.Evidence, value func(string) string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range want {
		if got[i].Start != want[i].Start || got[i].End != want[i].End || got[i].Cue != value(want[i].Cue) {
			return false
		}
	}
	return true
}

// compareDocuments checks that the import wrote one claims file and one
// registry entry per document of the view, and nothing else.
func compareDocuments(t *testing.T, n *graph.Network, dir string) {
	t.Helper()
	var want []string
	for _, c := range n.Claims {
		if !slices.Contains(want, c.Document+".yaml") {
			want = append(want, c.Document+".yaml")
		}
	}
	slices.Sort(want)
	for _, sub := range []string{filepath.Join("data", "claims"), "seeds"} {
		entries, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range entries {
			got = append(got, e.Name())
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s holds %v; want one file per document of the view, %v", sub, got, want)
		}
	}
}
