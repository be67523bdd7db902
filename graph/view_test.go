package graph

import (
	"slices"
	"testing"
)

// testKB builds a knowledge base in memory: claims given as
// "doc source type target modality confidence start end".
func testKB(t *testing.T, claims ...[8]string) *KB {
	t.Helper()
	parts := KB{
		Types: []*RelationType{
			{ID: "alliance", Category: Alliance, Sign: Positive},
			{ID: "war", Category: War, Sign: Negative},
			{ID: "support", Category: Support, Sign: Positive, Directed: true},
			{ID: "talks", Category: Diplomatic, Sign: Neutral},
		},
		Eras: []*Era{{ID: "war-years", Period: Interval{Date{1980, 9, 22}, Date{1988, 8, 20}}}},
	}
	seen := map[string]bool{}
	for i, c := range claims {
		for _, a := range []string{c[1], c[3]} {
			if !seen["actor:"+a] {
				seen["actor:"+a] = true
				parts.Actors = append(parts.Actors, &Actor{ID: a, Names: map[string]string{"en": a}})
			}
		}
		if !seen["document:"+c[0]] {
			seen["document:"+c[0]] = true
			parts.Documents = append(parts.Documents, &Document{ID: c[0], Covers: Interval{Date{1900, 0, 0}, Date{2020, 0, 0}}})
		}
		m, _ := ParseModality(c[4])
		cf, _ := ParseConfidence(c[5])
		cl := &Claim{ID: "c" + string(rune('a'+i)), Document: c[0], Source: c[1], Type: c[2], Target: c[3],
			Modality: m, Confidence: cf, Weight: 1, Evidence: []Evidence{{Start: i + 1, End: i + 1}}}
		if c[6] != "" {
			cl.Time.Start, _ = ParseDate(c[6])
		}
		if c[7] != "" {
			cl.Time.End, _ = ParseDate(c[7])
		}
		parts.Claims = append(parts.Claims, cl)
	}
	kb, err := Build(parts)
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

func TestSelect(t *testing.T) {
	kb := testKB(t,
		[8]string{"d1", "a", "war", "b", "asserted", "high", "1980", "1988"},
		[8]string{"d1", "a", "alliance", "b", "prospective", "high", "2030", ""},
		[8]string{"d2", "b", "support", "c", "asserted", "low", "1988-08", "1988-08"},
		[8]string{"d2", "a", "alliance", "c", "asserted", "medium", "", ""},
	)
	ids := func(v View) []string {
		var out []string
		for _, c := range kb.Select(v) {
			out = append(out, c.ID)
		}
		return out
	}
	tests := []struct {
		name string
		v    View
		want []string
	}{
		{"asserted by default", View{}, []string{"ca", "cc", "cd"}},
		{"all modalities", View{AllModalities: true}, []string{"ca", "cb", "cc", "cd"}},
		{"prospective", View{Modalities: []Modality{Prospective}}, []string{"cb"}},
		{"document", View{Documents: []string{"d2"}}, []string{"cc", "cd"}},
		// the era ends 1988-08-20; a claim dated 1988-08 overlaps it, and an
		// undated claim takes its document's period
		{"era", View{Era: "war-years"}, []string{"ca", "cc", "cd"}},
		{"at", View{At: Date{1988, 12, 0}}, []string{"ca", "cd"}},
		{"sign", View{Signs: []Sign{Negative}}, []string{"ca"}},
		{"category", View{Categories: []Category{Support}}, []string{"cc"}},
		{"confidence", View{MinConfidence: Medium}, []string{"ca", "cd"}},
		{"type", View{Types: []string{"alliance"}, AllModalities: true}, []string{"cb", "cd"}},
	}
	for _, tc := range tests {
		if got := ids(tc.v); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	if err := kb.Check(View{Era: "war-year"}); err == nil || err.(*ViewError).Hint != `did you mean "war-years"?` {
		t.Errorf("Check on a misspelt era = %v", err)
	}
}

func TestNetworkMergeAndContested(t *testing.T) {
	kb := testKB(t,
		[8]string{"d1", "a", "alliance", "b", "asserted", "high", "2000", "2010"},
		[8]string{"d1", "b", "alliance", "a", "asserted", "low", "2001", "2002"},
		[8]string{"d2", "a", "alliance", "b", "asserted", "medium", "2005", ""},
		[8]string{"d2", "a", "war", "c", "asserted", "high", "1990", "1991"},
		[8]string{"d3", "c", "alliance", "a", "asserted", "high", "2000", ""},
		[8]string{"d1", "b", "war", "a", "asserted", "high", "1980", "1988"},
	)
	n := kb.Network(View{})
	if len(n.Ties) != 4 {
		t.Fatalf("%d ties, want 4 (a-b alliance merged, a-b war, a-c war, a-c alliance)", len(n.Ties))
	}
	ab := n.Ties[0]
	if ab.Source != "a" || ab.Target != "b" || ab.Type.ID != "alliance" || len(ab.Claims) != 3 {
		t.Fatalf("first tie = %s %s %s with %d claims", ab.Source, ab.Type.ID, ab.Target, len(ab.Claims))
	}
	// d1 contributes its strongest claim (1.0), d2 its only one (0.6)
	if ab.Strength != 1.6 {
		t.Errorf("strength = %v, want 1.6", ab.Strength)
	}
	if !slices.Equal(ab.Documents, []string{"d1", "d2"}) {
		t.Errorf("documents = %v", ab.Documents)
	}
	// a-b: the only negative claim is d1's own 1980s war: change, not
	// disagreement. a-c: d2's war (1990-91) and d3's alliance (2000-)
	// do not overlap in time either.
	for _, tie := range n.Ties {
		if tie.Contested {
			t.Errorf("tie %s %s %s marked contested", tie.Source, tie.Type.ID, tie.Target)
		}
	}
	kb2 := testKB(t,
		[8]string{"d1", "a", "alliance", "b", "asserted", "high", "2000", "2010"},
		[8]string{"d2", "b", "war", "a", "asserted", "high", "2009", ""},
		[8]string{"d2", "a", "talks", "c", "asserted", "high", "", ""},
	)
	n2 := kb2.Network(View{})
	if !n2.Ties[0].Contested || !n2.Ties[1].Contested || n2.Ties[2].Contested {
		t.Errorf("contested = %v %v %v, want true true false", n2.Ties[0].Contested, n2.Ties[1].Contested, n2.Ties[2].Contested)
	}
	// equal positive and negative strength cancel: no signed edge; the
	// neutral talks are left out too
	if signed := n2.Signed(); len(signed) != 0 {
		t.Errorf("signed projection = %+v, want none", signed)
	}
	// the stronger side decides the sign
	kb3 := testKB(t,
		[8]string{"d1", "a", "alliance", "b", "asserted", "low", "", ""},
		[8]string{"d2", "b", "war", "a", "asserted", "high", "", ""},
	)
	if s := kb3.Network(View{}).Signed(); len(s) != 1 || s[0].Sign != Negative || len(s[0].Ties) != 2 {
		t.Errorf("signed projection = %+v, want one negative edge over two ties", s)
	}
}

func TestPaths(t *testing.T) {
	kb := testKB(t,
		[8]string{"d1", "a", "alliance", "b", "asserted", "high", "", ""},
		[8]string{"d1", "b", "alliance", "d", "asserted", "high", "", ""},
		[8]string{"d1", "a", "alliance", "c", "asserted", "low", "", ""},
		[8]string{"d1", "c", "war", "d", "asserted", "low", "", ""},
		[8]string{"d1", "d", "alliance", "e", "asserted", "high", "", ""},
		[8]string{"d1", "f", "alliance", "g", "asserted", "high", "", ""},
	)
	n := kb.Network(View{})
	actors := func(ps []Path) [][]string {
		var out [][]string
		for _, p := range ps {
			out = append(out, p.Actors)
		}
		return out
	}
	// two paths of two hops; the one through stronger ties comes first
	got := actors(n.Paths("a", "d", PathOptions{K: 3}))
	want := [][]string{{"a", "b", "d"}, {"a", "c", "d"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("paths a-d = %v, want %v", got, want)
	}
	// friendly ties only: the war tie c-d is not a way through
	got = actors(n.Paths("c", "e", PathOptions{K: 2, Positive: true}))
	want = [][]string{{"c", "a", "b", "d", "e"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("positive paths c-e = %v, want %v", got, want)
	}
	if p := n.Paths("a", "g", PathOptions{}); p != nil {
		t.Errorf("a and g are not connected, got %v", actors(p))
	}
	// by strength: a-c-d costs 1/0.3+1/0.3, a-b-d costs 2
	p := n.Paths("a", "d", PathOptions{ByStrength: true})
	if len(p) != 1 || p[0].Cost != 2 || len(p[0].Hops) != 2 || len(p[0].Hops[0].Ties) != 1 {
		t.Errorf("strongest path = %+v", p)
	}
}
