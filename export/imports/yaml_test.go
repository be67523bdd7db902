package imports

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

var goldenDir = filepath.Join("..", "..", "testdata", "export", "golden")

// checkWritable writes a draft as kg YAML and loads it back with
// graph.Load, as kg validate does without a corpus: it must load without
// a problem and hold what the draft holds.
func checkWritable(t *testing.T, d *Draft) *graph.KB {
	t.Helper()
	return checkWritableIn(t, t.TempDir(), d)
}

// checkWritableIn is checkWritable writing under dir.
func checkWritableIn(t *testing.T, dir string, d *Draft) *graph.KB {
	t.Helper()
	if err := WriteYAML(dir, d, "imported"); err != nil {
		t.Fatal(err)
	}
	kb, err := graph.Load(graph.Options{DataDir: filepath.Join(dir, "data"), SeedsDir: filepath.Join(dir, "seeds")})
	if err != nil {
		files, _ := filepath.Glob(filepath.Join(dir, "*", "*.yaml"))
		more, _ := filepath.Glob(filepath.Join(dir, "data", "claims", "*.yaml"))
		var b strings.Builder
		for _, f := range append(files, more...) {
			data, _ := os.ReadFile(f)
			b.WriteString("--- " + f + "\n" + string(data))
		}
		t.Fatalf("the written draft does not load: %v\n%s", err, b.String())
	}
	if len(kb.Actors) != len(d.Actors) || len(kb.Types) != len(d.Types) || len(kb.Eras) != len(d.Eras) || len(kb.Claims) != len(d.Claims) {
		t.Fatalf("loaded %d actors, %d types, %d eras, %d claims; the draft has %d, %d, %d, %d",
			len(kb.Actors), len(kb.Types), len(kb.Eras), len(kb.Claims), len(d.Actors), len(d.Types), len(d.Eras), len(d.Claims))
	}
	for i, a := range d.Actors {
		b := kb.Actors[i]
		if a.ID != b.ID || a.Kind != b.Kind || a.PartOf != b.PartOf || a.Note != b.Note || len(a.Names) != len(b.Names) {
			t.Errorf("actor %+v loads as %+v", a, b)
		}
		for l, s := range a.Names {
			if b.Names[l] != s {
				t.Errorf("actor %s name %s %q loads as %q", a.ID, l, s, b.Names[l])
			}
		}
	}
	byKey := map[string]*graph.Claim{}
	for _, c := range kb.Claims {
		byKey[c.Key()] = c
	}
	docs := map[string]bool{}
	for _, c := range d.Claims {
		doc := c.Document
		if doc == "" {
			doc = "imported"
		}
		docs[doc] = true
		got := byKey[doc+"/"+c.ID]
		if got == nil {
			t.Errorf("claim %s/%s does not load", doc, c.ID)
			continue
		}
		evOK := len(got.Evidence) == 1 && got.Evidence[0].Cue == "TODO" && got.Evidence[0].Start == 1
		if len(c.Evidence) > 0 {
			evOK = len(got.Evidence) == len(c.Evidence)
			for i, e := range c.Evidence {
				evOK = evOK && got.Evidence[i].Start == e.Start && got.Evidence[i].End == e.End && got.Evidence[i].Cue == e.Cue
			}
		}
		if got.Source != c.Source || got.Target != c.Target || got.Type != c.Type || got.Era != c.Era || got.Time != c.Time ||
			got.Modality != c.Modality || got.Confidence != c.Confidence || got.Weight != c.Weight || got.Note != c.Note || !evOK {
			t.Errorf("claim %+v loads as %+v", c, got)
		}
	}
	if len(d.Claims) == 0 {
		docs["imported"] = true
	}
	if len(kb.Documents) != len(docs) {
		t.Errorf("%d documents; want %d, one per document the claims name", len(kb.Documents), len(docs))
	}
	for id := range docs {
		doc := kb.DocumentByID[id]
		if known := d.Documents[id]; known != nil {
			if doc == nil || doc.File != known.File || doc.SHA256 != known.SHA256 || doc.Covers != known.Covers || doc.Published != known.Published {
				t.Errorf("document %s = %+v; want the knowledge base's %+v", id, doc, known)
			}
		} else if doc == nil || doc.File != id+".txt" || doc.SHA256 != emptySHA256 || !strings.Contains(doc.Note, "Placeholder") {
			t.Errorf("placeholder document %s = %+v", id, doc)
		}
	}
	return kb
}

// TestWriteYAMLAwkward writes a draft whose values YAML must quote:
// ids that read as numbers, booleans or null, names with YAML's anchor and
// alias characters, quotes, colons and directional marks.
func TestWriteYAMLAwkward(t *testing.T) {
	d := &Draft{Source: "a test"}
	names := []string{"true", "null", "1e5", "2003", "yes", "no", "on"}
	for i, id := range names {
		d.Actors = append(d.Actors, &graph.Actor{ID: id, Kind: graph.Kind(1 + i%8),
			Names: map[string]string{"en": []string{"*alias &anchor", "a: b", "- dash", "'quoted' \"twice\"", "# hash", "\u200fرتل", "  spaced  "}[i], "fa": "ک\u200cی"}})
	}
	slices.SortFunc(d.Actors, func(a, b *graph.Actor) int { return strings.Compare(a.ID, b.ID) })
	d.Actors[1].PartOf = "true"
	d.Actors[2].Note = "a note\nover lines: with a colon"
	d.Types = []*graph.RelationType{{ID: "off", Label: map[string]string{"en": "~"}, Category: graph.War, Sign: graph.Negative, Directed: true}}
	d.Eras = []*graph.Era{{ID: "null", Label: map[string]string{"en": "null"}, Period: graph.Interval{Start: graph.Date{Year: 1999, Month: 2}}}}
	d.Claims = []*graph.Claim{
		{ID: "true", Source: "true", Target: "null", Type: "off", Era: "null", Modality: graph.Negated, Confidence: graph.Low, Weight: 2.5, Note: "imported from x; add evidence"},
		{ID: "2", Source: "yes", Target: "no", Type: "off", Time: graph.Interval{End: graph.Date{Year: 2003}}, Modality: graph.Asserted, Confidence: graph.High, Weight: 10, Note: "a: note\n- with lines"},
	}
	checkWritable(t, d)
}

func TestWriteYAMLRefusesToReplace(t *testing.T) {
	d := &Draft{}
	dir := t.TempDir()
	if err := WriteYAML(dir, d, "doc"); err != nil {
		t.Fatal(err)
	}
	err := WriteYAML(dir, d, "other")
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "data")+" already exists") {
		t.Errorf("second WriteYAML into the same folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "seeds", "other.yaml")); err == nil {
		t.Error("a refused WriteYAML wrote files")
	}
	if err := WriteYAML(t.TempDir(), d, "Bad_ID"); err == nil || !strings.Contains(err.Error(), `invalid document id "Bad_ID"`) {
		t.Errorf("WriteYAML with a bad document id: %v", err)
	}
}

func TestSlugAndIDs(t *testing.T) {
	for in, want := range map[string]string{
		"Saudi Arabia":            "saudi-arabia",
		"  Türkiye (Turkey)  ":    "turkiye-turkey",
		"Côte d’Ivoire":           "cote-d-ivoire",
		"ایران":                   "",
		"__x__":                   "x",
		strings.Repeat("ab ", 60): strings.TrimSuffix(strings.Repeat("ab-", 30), "-"),
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
	u := ids{}
	got := []string{u.make("actor", "iran"), u.make("actor", "iran"), u.make("actor", "Iran"), u.make("actor", "ایران"), u.make("actor", "ایران"), u.make("actor", "x", "ignored")}
	want := []string{"iran", "iran-2", "iran-3", "actor", "actor-2", "x"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("ids %q, want %q", got, want)
	}
}
