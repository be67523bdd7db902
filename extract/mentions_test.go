package extract

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"kg/graph/golden"
)

// checkGolden compares got with the file testdata/extract/golden/name
// (package kg/graph/golden: KG_UPDATE_GOLDEN=1 rewrites it).
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("..", "testdata", "extract", "golden", name), got)
}

func TestMentionsGolden(t *testing.T) {
	kb, c := loadFixture(t)
	m, err := Mentions(kb, c, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"table", "json"} {
		var b bytes.Buffer
		if err := WriteMentions(&b, m, format); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "mentions."+format, b.Bytes())
	}
}

// TestMentionsJSONContract checks the shape DESIGN.md promises for one
// document: {"document", "actors": [{"id", "count", "lines"}]}, actors by
// id, lines sorted and unique, count at least the number of lines.
func TestMentionsJSONContract(t *testing.T) {
	kb, c := loadFixture(t)
	m, err := Mentions(kb, c, []string{"demo"})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteMentions(&b, m, "json"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Document string `json:"document"`
		Actors   []struct {
			ID    string `json:"id"`
			Count int    `json:"count"`
			Lines []int  `json:"lines"`
		} `json:"actors"`
	}
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Document != "demo" || len(doc.Actors) == 0 {
		t.Fatalf("document %q with %d actors", doc.Document, len(doc.Actors))
	}
	for i, a := range doc.Actors {
		if i > 0 && doc.Actors[i-1].ID >= a.ID {
			t.Errorf("actors not sorted by id: %q before %q", doc.Actors[i-1].ID, a.ID)
		}
		for k := 1; k < len(a.Lines); k++ {
			if a.Lines[k-1] >= a.Lines[k] {
				t.Errorf("%s: lines not sorted and unique: %v", a.ID, a.Lines)
			}
		}
		if a.Count < len(a.Lines) || a.Lines[0] < 1 {
			t.Errorf("%s: count %d, lines %v", a.ID, a.Count, a.Lines)
		}
	}
}

func TestMentionsErrors(t *testing.T) {
	kb, c := loadFixture(t)
	if _, err := Mentions(kb, c, []string{"dem"}); err == nil || err.Error() != `unknown document "dem" (did you mean "demo"?)` {
		t.Errorf("unknown document: %v", err)
	}
	if err := WriteMentions(&bytes.Buffer{}, nil, "xml"); err == nil || !strings.Contains(err.Error(), `unknown format "xml"`) {
		t.Errorf("unknown format: %v", err)
	}
	empty, err := OpenCorpus(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Mentions(kb, empty, nil); err == nil {
		t.Error("a corpus without the text: no error")
	}
	var b bytes.Buffer
	if err := WriteMentions(&b, []DocumentMentions{{Document: "x"}}, "json"); err != nil || !strings.Contains(b.String(), `"actors": []`) {
		t.Errorf("a document without mentions: %v\n%s", err, b.String())
	}
}

// TestMentionsCorpus counts mentions over the real texts and checks them
// against Find line by line, for the parallel path too.
func TestMentionsCorpus(t *testing.T) {
	kb, c := realCorpus(t)
	m, err := Mentions(kb, c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != len(kb.Documents) {
		t.Fatalf("%d documents, want %d", len(m), len(kb.Documents))
	}
	g := NewGazetteer(kb)
	for k, d := range kb.Documents {
		txt, _ := c.Text(d)
		want := map[string]int{}
		for n := 1; n <= len(txt.Lines); n++ {
			for _, mt := range g.Find(txt.Normalized(n)) {
				want[mt.Actor]++
			}
		}
		got := map[string]int{}
		for _, a := range m[k].Actors {
			got[a.ID] = a.Count
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d actors, want %d", d.ID, len(got), len(want))
		}
		for a, n := range want {
			if got[a] != n {
				t.Errorf("%s: %s counted %d, want %d", d.ID, a, got[a], n)
			}
		}
	}
	// a text long enough to be split between processors
	var big []string
	for len(big) < 2*parallelLines {
		for _, d := range kb.Documents {
			txt, _ := c.Text(d)
			big = append(big, txt.Lines...)
		}
	}
	txt := &Text{Lines: big}
	par := g.mentionsIn(txt)
	seq := map[string][]int{}
	for n := 1; n <= len(big); n++ {
		for a := range g.Mentions(Normalize(big[n-1])) {
			seq[a] = append(seq[a], n)
		}
	}
	for _, a := range par {
		if len(a.Lines) != len(seq[a.ID]) {
			t.Errorf("%s: %d lines in parallel, %d in sequence", a.ID, len(a.Lines), len(seq[a.ID]))
		}
	}
}
