package imports_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"kg/export"
	"kg/export/imports"
	"kg/graph"
)

// Evidence as kg's exports write it comes back: lines "12-18, 20"
// (GraphML) or "12-18|20" (CSV), cues joined by export.JoinCues, a "|" or
// backslash inside a cue included; claims keep their documents and ids,
// the same id in two documents included.
func TestImportEvidenceAndDocuments(t *testing.T) {
	cues := []string{`a|b`, `back\slash`, "plain, with a comma"}
	conn := "ID,From,To,Type,document,lines,cues\n" +
		"doc-a/ties,a,b,ally,doc-a,3-4|7|9," + csvQuote(export.JoinCues(cues)) + "\n" +
		"doc-b/ties,a,b,ally,doc-b,2,\n" +
		"x,a,b,ally,,,\n"
	d, err := imports.ReadCSV(nil, strings.NewReader(conn))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range d.Claims {
		var ev []string
		for _, e := range c.Evidence {
			ev = append(ev, e.Lines()+":"+e.Cue)
		}
		got = append(got, c.Document+"/"+c.ID+" "+strings.Join(ev, ";"))
	}
	want := []string{`doc-a/ties 3-4:a|b;7:back\slash;9:plain, with a comma`, "doc-b/ties 2:TODO", "/x "}
	if !slices.Equal(got, want) {
		t.Errorf("claims\n got %q\nwant %q", got, want)
	}
	dir := t.TempDir()
	if err := imports.WriteYAML(dir, d, "doc-a"); err != nil {
		t.Fatal(err)
	}
	kb := loadKB(t, dir)
	var keys []string
	for _, c := range kb.Claims {
		keys = append(keys, c.Key())
	}
	slices.Sort(keys)
	// The claim without a document goes to --doc, doc-a here.
	if want := []string{"doc-a/ties", "doc-a/x", "doc-b/ties"}; !slices.Equal(keys, want) {
		t.Errorf("claims %q, want %q", keys, want)
	}
	if len(kb.Documents) != 2 {
		t.Errorf("%d documents, want 2", len(kb.Documents))
	}
	for _, c := range kb.Claims {
		todo := slices.ContainsFunc(c.Evidence, func(e graph.Evidence) bool { return e.Cue == "TODO" })
		if todo != (c.Key() != "doc-a/ties") {
			t.Errorf("claim %s evidence %v", c.Key(), c.Evidence)
		}
	}
}

func csvQuote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func TestImportEvidenceErrors(t *testing.T) {
	conn := "From,To,lines,cues,document\n" +
		"a,b,3-x,,\n" +
		"a,b,3|4,one,\n" +
		"a,b,,cue,\n" +
		"a,b,5,one two three four five six seven,\n" +
		"a,b,5,,Doc A\n"
	_, err := imports.ReadCSV(nil, strings.NewReader(conn))
	var list graph.ErrorList
	if err == nil || !errors.As(err, &list) {
		t.Fatalf("err = %v, want a list", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Pos.String()+": "+e.Msg)
	}
	want := []string{
		`connections.csv:2:5: invalid evidence span "3-x" in lines (want a line number or a span such as 12-18)`,
		`connections.csv:3:9: 1 cues for 2 evidence spans: give one cue per span, joined with "|"`,
		`connections.csv:4:6: cues without lines: each cue belongs to an evidence span`,
		`connections.csv:5:7: cue "one two three four five six seven" has 7 words; kg takes at most 6`,
		`connections.csv:6:8: invalid document id "Doc A"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors\n got %q\nwant %q", got, want)
	}
}
