package graph

import (
	"slices"
	"testing"
)

func TestParseFold(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Kind
		err  string
	}{
		{"none", nil, ""},
		{"persons", []Kind{Person}, ""},
		{"regions,persons", []Kind{Person, Region}, ""},
		{"all", []Kind{Party, Person, Region}, ""},
		{"parties, persons,parties", []Kind{Party, Person}, ""},
		{"persns", nil, `unknown fold "persns" (want persons, parties, regions, several comma-separated, all or none)`},
		{"none,persons", nil, "fold none cannot be combined with other kinds"},
	} {
		got, err := ParseFold(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("ParseFold(%q) error = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("ParseFold(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestFoldKeepsProvenance(t *testing.T) {
	kb, err := Load(Options{DataDir: "../testdata/fold/data", SeedsDir: "../testdata/fold/seeds"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id    string
		kinds []Kind
		want  string
	}{
		{"maliki", []Kind{Person}, "dawa"},
		{"maliki", []Kind{Party, Person}, "iraq"},
		{"maliki", []Kind{Party}, "maliki"},
		{"kadhimi", []Kind{Person}, "iraq"}, // the term's period is ignored
		{"sadr", []Kind{Person}, "sadr"},    // no part_of
		{"kurdistan", []Kind{Region}, "iraq"},
		{"iraq", []Kind{Party, Person, Region}, "iraq"},
	} {
		if got := kb.Fold(tc.id, tc.kinds); got != tc.want {
			t.Errorf("Fold(%s, %v) = %s, want %s", tc.id, tc.kinds, got, tc.want)
		}
	}
	before := map[string][2]string{}
	for _, c := range kb.Claims {
		before[c.ID] = [2]string{c.Source, c.Target}
	}
	n := kb.Network(View{Fold: []Kind{Party, Person, Region}})
	var loops []string
	for _, c := range n.SelfLoops {
		loops = append(loops, c.ID)
	}
	if !slices.Equal(loops, []string{"c05", "c06"}) {
		t.Errorf("self-loops = %v, want [c05 c06]", loops)
	}
	// c02 (kadhimi-raisi) joins c03 (iraq-iran) in one tie, and keeps its
	// key, evidence and the curated claim it stands for
	var tie *Tie
	for _, x := range n.Ties {
		if x.Source == "iran" && x.Target == "iraq" && x.Type.ID == "alliance" {
			tie = x
		}
	}
	if tie == nil || len(tie.Claims) != 2 {
		t.Fatalf("iran-iraq alliance tie = %+v, want two claims", tie)
	}
	c := tie.Claims[0]
	if c.Key() != "fold-doc/c02" || c.Source != "iraq" || c.Target != "iran" || c.FoldedFrom == nil ||
		c.FoldedFrom.Source != "kadhimi" || c.FoldedFrom.Target != "raisi" || c.Evidence[0].Start != 3 {
		t.Errorf("folded claim = %+v", c)
	}
	if tie.Claims[1].FoldedFrom != nil {
		t.Errorf("c03 names iraq and iran itself; it is not a folded copy")
	}
	if len(n.Claims) != 9 || slices.ContainsFunc(n.Claims, func(c *Claim) bool { return c.ID == "c05" || c.ID == "c06" }) {
		t.Errorf("network claims = %d, want 9 without the self-loops", len(n.Claims))
	}
	for _, c := range kb.Claims {
		if before[c.ID] != [2]string{c.Source, c.Target} || c.FoldedFrom != nil {
			t.Errorf("folding changed the curated claim %s", c.ID)
		}
	}
	if got := n.View.String(); got != "all documents, asserted; folded parties, persons, regions" {
		t.Errorf("view = %q", got)
	}
	// the sign in effect folds along: c01 is a mediation with sign "+"
	for _, x := range n.Ties {
		if x.Type.ID == "mediation" && (x.Source != "iraq" || x.Sign() != Positive) {
			t.Errorf("mediation tie %s -> %s sign %s", x.Source, x.Target, x.Sign())
		}
	}
}
