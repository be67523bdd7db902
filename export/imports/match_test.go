package imports_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kg/export"
	"kg/export/imports"
	"kg/graph"
	"kg/graph/conformance"
)

// importKB is the small knowledge base the matching tests match against.
func importKB(t *testing.T) *graph.KB {
	t.Helper()
	return loadKB(t, filepath.Join("..", "..", "testdata", "import", "kb"))
}

// networkxScript writes NetworkX's karate club and Les Misérables graphs
// as GraphML, Les Misérables with one self-loop added (Valjean to
// himself; NetworkX's own has none), and prints what the test expects.
const networkxScript = `
import json, sys
import networkx as nx
out = sys.argv[1]
k = nx.karate_club_graph()
nx.write_graphml(k, out + "/karate.graphml")
g = nx.les_miserables_graph()
g.add_edge("Valjean", "Valjean", weight=1)
nx.write_graphml(g, out + "/lesmis.graphml")
clubs = {}
for _, d in k.nodes(data=True):
    clubs[d["club"]] = clubs.get(d["club"], 0) + 1
json.dump({
    "karate": {"nodes": k.number_of_nodes(), "edges": k.number_of_edges(), "clubs": clubs,
               "over10": sum(1 for _, _, w in k.edges(data="weight") if w > 10)},
    "lesmis": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "selfloops": nx.number_of_selfloops(g),
               "over10": sorted(int(w) for u, v, w in g.edges(data="weight") if w > 10)},
}, sys.stdout)
`

// TestImportNetworkX: NetworkX's karate club and Les Misérables import:
// the self-loop is skipped and weights over 10 are capped, each with a
// warning at its line, karate's club is kept in the actors' notes, and
// the draft writes a knowledge base that loads.
func TestImportNetworkX(t *testing.T) {
	py := conformance.Python(t, "networkx")
	dir := t.TempDir()
	out, err := exec.Command(py, "-c", networkxScript, dir).Output()
	if err != nil {
		t.Fatalf("networkx: %v", err)
	}
	var want struct {
		Karate struct {
			Nodes, Edges, Over10 int
			Clubs                map[string]int
		}
		Lesmis struct {
			Nodes, Edges, Selfloops int
			Over10                  []int
		}
	}
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}

	t.Run("karate", func(t *testing.T) {
		d, err := imports.ReadGraphMLFile(filepath.Join(dir, "karate.graphml"))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Actors) != want.Karate.Nodes || len(d.Claims) != want.Karate.Edges {
			t.Fatalf("%d actors, %d claims; NetworkX has %d nodes, %d edges", len(d.Actors), len(d.Claims), want.Karate.Nodes, want.Karate.Edges)
		}
		clubs := map[string]int{}
		for _, a := range d.Actors {
			club, ok := strings.CutPrefix(a.Note, "club: ")
			if !ok {
				t.Errorf("actor %s note %q does not keep the club", a.ID, a.Note)
			}
			clubs[club]++
		}
		if !mapsEqual(clubs, want.Karate.Clubs) {
			t.Errorf("clubs %v, want %v", clubs, want.Karate.Clubs)
		}
		if len(d.Kept) != 1 || d.Kept[0].Name != "club" || d.Kept[0].Count != want.Karate.Nodes {
			t.Errorf("kept %v", d.Kept)
		}
		// The one type ("related": NetworkX's edges have none) has no sign.
		if len(d.Types) != 1 || !hasWarning(d, `relation type "related" has no sign in the input`) {
			t.Errorf("types %v, warnings %v", d.Types, d.Warnings)
		}
		checkLoads(t, d)
	})

	t.Run("lesmis", func(t *testing.T) {
		path := filepath.Join(dir, "lesmis.graphml")
		d, err := imports.ReadGraphMLFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if want.Lesmis.Selfloops != 1 {
			t.Fatalf("the script made %d self-loops", want.Lesmis.Selfloops)
		}
		if len(d.Actors) != want.Lesmis.Nodes || len(d.Claims) != want.Lesmis.Edges-1 {
			t.Fatalf("%d actors, %d claims; want %d, %d (the self-loop skipped)", len(d.Actors), len(d.Claims), want.Lesmis.Nodes, want.Lesmis.Edges-1)
		}
		data, _ := os.ReadFile(path)
		lines := strings.Split(string(data), "\n")
		var loops, capped []int
		for _, w := range d.Warnings {
			line := ""
			if w.Pos.Line > 0 && w.Pos.Line <= len(lines) {
				line = lines[w.Pos.Line-1]
			}
			switch {
			case strings.Contains(w.Msg, "to itself skipped"):
				if !strings.Contains(line, `source="Valjean" target="Valjean"`) {
					t.Errorf("self-loop warning at %s, line %q", w.Pos, line)
				}
				loops = append(loops, w.Pos.Line)
			case strings.Contains(w.Msg, "is over 10"):
				if !strings.Contains(line, "<data") {
					t.Errorf("weight warning at %s, line %q", w.Pos, line)
				}
				capped = append(capped, w.Pos.Line)
			}
		}
		if len(loops) != 1 || len(capped) != len(want.Lesmis.Over10) {
			t.Errorf("%d self-loop and %d weight warnings; want 1 and %d: %v", len(loops), len(capped), len(want.Lesmis.Over10), d.Warnings)
		}
		var weights []int
		for _, c := range d.Claims {
			if c.Weight > 10 {
				t.Errorf("claim %s weight %v", c.ID, c.Weight)
			}
			if _, w, ok := strings.Cut(c.Note, "weight in the input: "); ok {
				if c.Weight != 10 {
					t.Errorf("claim %s: weight %v with note %q", c.ID, c.Weight, c.Note)
				}
				f := strings.TrimSuffix(w, ".0")
				n := 0
				for _, r := range f {
					n = n*10 + int(r-'0')
				}
				weights = append(weights, n)
			}
		}
		slices.Sort(weights)
		if !slices.Equal(weights, want.Lesmis.Over10) {
			t.Errorf("weights kept in notes %v, NetworkX's over 10 %v", weights, want.Lesmis.Over10)
		}
		checkLoads(t, d)
	})
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func hasWarning(d *imports.Draft, prefix string) bool {
	return slices.ContainsFunc(d.Warnings, func(e *graph.Error) bool { return strings.HasPrefix(e.Msg, prefix) })
}

// checkLoads writes the draft and loads it, as kg validate does without a
// corpus.
func checkLoads(t *testing.T, d *imports.Draft) *graph.KB {
	t.Helper()
	dir := t.TempDir()
	if err := imports.WriteYAML(dir, d, "imported"); err != nil {
		t.Fatal(err)
	}
	kb := loadKB(t, dir)
	if len(kb.Claims) != len(d.Claims) || len(kb.Actors) != len(d.Actors) {
		t.Errorf("loaded %d claims, %d actors; the draft has %d, %d", len(kb.Claims), len(kb.Actors), len(d.Claims), len(d.Actors))
	}
	return kb
}

// A Kumu map with tags and strength, matched against testdata/import/kb.
const (
	kumuTagged = `Label,Type,Tags,ISO3
Iran,State,Middle East|Gulf,
Türkiye,Country,NATO,TUR
Hizbullah,Armed group,,
ایران,State,,
Lebanon,State,Levant,
`
	kumuTaggedConn = `From,To,Type,Strength,Tags,sign
Iran,Hizbullah,Support,3,arms|money,
Türkiye,Iran,Rivalry,,,
Hizbullah,Lebanon,Fights,1,,
Iran,Lebanon,Pressure,,,-
Iran,ایران,Rivalry,,,
`
)

func TestImportKumuMatched(t *testing.T) {
	d, err := imports.ReadCSV(strings.NewReader(kumuTagged), strings.NewReader(kumuTaggedConn))
	if err != nil {
		t.Fatal(err)
	}
	// Kept before matching: Tags on both files, Strength on connections.
	var kept []string
	for _, k := range d.Kept {
		kept = append(kept, k.String())
	}
	wantKept := []string{
		`node or element attribute "Tags" kept in the notes of 3 actors`,
		`edge or connection attribute "Strength" kept in the notes of 2 claims`,
		`edge or connection attribute "Tags" kept in the notes of 1 claim`,
	}
	if !slices.Equal(kept, wantKept) {
		t.Errorf("kept\n got %q\nwant %q", kept, wantKept)
	}
	// Before matching, the types without a sign column value are signless.
	for _, typ := range []string{"support", "rivalry", "fights"} {
		if !hasWarning(d, `relation type "`+typ+`" has no sign`) {
			t.Errorf("no warning for %s's sign: %v", typ, d.Warnings)
		}
	}
	if hasWarning(d, `relation type "pressure" has no sign`) {
		t.Errorf("pressure has a sign column value: %v", d.Warnings)
	}

	kb := importKB(t)
	var got []string
	for _, m := range d.Match(kb) {
		got = append(got, m.String())
	}
	want := []string{
		`elements.csv:2: actor "Iran" matches iran by id`,
		`elements.csv:3: actor "Türkiye" matches turkey by iso3 code`,
		`elements.csv:4: actor "Hizbullah" matches hezbollah by alias`,
		`elements.csv:5: actor "ایران" matches iran by name`,
		`connections.csv:2: type "Support" matches support by label`,
		`connections.csv:3: type "Rivalry" matches rivalry by label`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("matches\n got %q\nwant %q", got, want)
	}
	// Only fights stays without a sign; Iran -> ایران merged is skipped.
	var warnings []string
	for _, w := range d.Warnings {
		warnings = append(warnings, w.Pos.String()+": "+w.Msg)
	}
	wantWarnings := []string{
		`connections.csv:4: relation type "fights" has no sign in the input (no sign or goldstein value) and matches no type of a knowledge base: it is neutral, sign "0", and its claims form no signed ties`,
		`connections.csv:6: claim "iran-actor-rivalry" skipped: both its actors match iran`,
	}
	if !slices.Equal(warnings, wantWarnings) {
		t.Errorf("warnings\n got %q\nwant %q", warnings, wantWarnings)
	}
	var actors []string
	for _, a := range d.Actors {
		actors = append(actors, a.ID+":"+a.Names["en"]+":"+a.Note)
	}
	wantActors := []string{
		"hezbollah:Hezbollah:",
		"iran:Iran:Tags: Middle East|Gulf",
		"lebanon:Lebanon:Tags: Levant",
		"turkey:Turkey:type in the input: Country; Tags: NATO",
	}
	if !slices.Equal(actors, wantActors) {
		t.Errorf("actors\n got %q\nwant %q", actors, wantActors)
	}
	var claims []string
	for _, c := range d.Claims {
		claims = append(claims, c.Source+">"+c.Target+":"+c.Type+":"+c.Note)
	}
	wantClaims := []string{
		"iran>hezbollah:support:imported from connections.csv:2; add evidence. Strength: 3; Tags: arms|money",
		"turkey>iran:rivalry:imported from connections.csv:3; add evidence",
		"hezbollah>lebanon:fights:imported from connections.csv:4; add evidence. Strength: 1",
		"iran>lebanon:pressure:imported from connections.csv:5; add evidence",
	}
	if !slices.Equal(claims, wantClaims) {
		t.Errorf("claims\n got %q\nwant %q", claims, wantClaims)
	}
	kb2 := checkLoads(t, d)
	if s := kb2.TypeByID["support"]; s == nil || s.Sign != graph.Positive || !s.Directed {
		t.Errorf("support = %+v, want the knowledge base's", s)
	}
	if s := kb2.TypeByID["pressure"]; s == nil || s.Sign != graph.Negative {
		t.Errorf("pressure = %+v, want its sign column's", s)
	}
	if a := kb2.ActorByID["turkey"]; a == nil || a.Codes.Wikidata != "Q43" {
		t.Errorf("turkey = %+v, want the knowledge base's codes", a)
	}
}

// A kg export imported with the knowledge base it came from keeps the
// documents' registry entries.
func TestImportMatchedDocuments(t *testing.T) {
	kb := loadKB(t, filepath.Join("..", "..", "testdata", "fixture"))
	d, err := readExport(kb)
	if err != nil {
		t.Fatal(err)
	}
	ms := d.Match(kb)
	if !slices.ContainsFunc(ms, func(m imports.Match) bool { return m.Class == "document" && m.ID == "doc-a" }) {
		t.Errorf("matches %v: no document doc-a", ms)
	}
	for _, m := range ms {
		if m.By != "id" {
			t.Errorf("match %s: a kg export's elements match by id", m)
		}
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
	kb2 := checkLoads(t, d)
	a, b := kb.DocumentByID["doc-a"], kb2.DocumentByID["doc-a"]
	if b == nil || b.SHA256 != a.SHA256 || b.File != a.File || b.Covers != a.Covers || b.Published != a.Published || b.Title["en"] != a.Title["en"] {
		t.Errorf("doc-a = %+v, want %+v", b, a)
	}
}

// readExport exports kb's default view as GraphML and reads it back.
func readExport(kb *graph.KB) (*imports.Draft, error) {
	var b bytes.Buffer
	if err := export.GraphML(&b, kb, kb.Network(graph.View{})); err != nil {
		return nil, err
	}
	return imports.ReadGraphML(&b)
}
