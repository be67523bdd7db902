package diff

import (
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

// summary lists a report's tie changes one a line: "+ key", "- key",
// "~ key [changes]".
func summary(r *Report) []string {
	var out []string
	for _, d := range r.Ties.Added {
		out = append(out, "+ "+d.Key.String())
	}
	for _, d := range r.Ties.Removed {
		out = append(out, "- "+d.Key.String())
	}
	for _, d := range r.Ties.Changed {
		out = append(out, "~ "+d.Key.String()+" ["+strings.Join(d.Changes, " ")+"]")
	}
	return out
}

func TestMatch(t *testing.T) {
	kb := newKB(t, testTypes(),
		"d1 iran alliance iraq start=2003",
		"d1 iran war israel era=cold",
		"d1 iran support hezbollah",
		"d2 iran soft-alliance iraq start=2003",
		"d2 israel war iran start=1967",
		"d2 iran rivalry saudi",
		"d2 hezbollah support iran",
	)
	a, b := graph.View{Documents: []string{"d1"}}, graph.View{Documents: []string{"d2"}}
	tests := []struct {
		match Match
		want  []string
	}{
		{MatchType, []string{
			"+ hezbollah -> iran support",
			"+ iran -- iraq soft-alliance",
			"+ iran -- saudi rivalry",
			"- iran -> hezbollah support",
			"- iran -- iraq alliance",
			"~ iran -- israel war [time]",
		}},
		{MatchCategory, []string{
			"+ hezbollah -> iran support",
			"+ iran -- saudi rivalry",
			"- iran -> hezbollah support",
			"~ iran -- iraq alliance [type]",
			"~ iran -- israel war [time]",
		}},
		{MatchSign, []string{
			"+ hezbollah -> iran +",
			"+ iran -- saudi -",
			"- iran -> hezbollah +",
			"~ iran -- iraq + [type]",
			"~ iran -- israel - [time]",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.match.String(), func(t *testing.T) {
			r := compare(kb, a, kb, b, tc.match)
			if got := summary(r); !slices.Equal(got, tc.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if got := r.Actors.Added; len(got) != 1 || got[0].ID != "saudi" || got[0].Name != "Saudi" {
				t.Errorf("added actors %v, want saudi", got)
			}
			if len(r.Actors.Removed) != 0 {
				t.Errorf("removed actors %v, want none", r.Actors.Removed)
			}
			checkProperties(t, tc.match.String(), kb, kb.Network(a), kb, kb.Network(b), tc.match)
		})
	}
}

func TestJaccard(t *testing.T) {
	kb := newKB(t, testTypes(),
		"d1 a alliance b", "d1 b alliance c", "d1 c war d",
		"d2 a alliance b", "d2 b alliance c", "d2 a war d", "d2 b war d",
	)
	r := compare(kb, graph.View{Documents: []string{"d1"}}, kb, graph.View{Documents: []string{"d2"}}, MatchType)
	if s := r.Similarity; s.Common != 2 || s.Union != 5 || s.Jaccard != 0.4 {
		t.Errorf("similarity %+v, want 2 of 5, 0.4", s)
	}
	empty := newKB(t, testTypes())
	r = compare(empty, graph.View{}, empty, graph.View{}, MatchType)
	if s := r.Similarity; s.Jaccard != 1 || s.Union != 0 {
		t.Errorf("two empty graphs: similarity %+v, want 1", s)
	}
	r = compare(empty, graph.View{}, kb, graph.View{}, MatchType)
	if s := r.Similarity; s.Jaccard != 0 || s.Union != 5 || len(r.Ties.Added) != 5 || len(r.Actors.Added) != 4 {
		t.Errorf("empty to full: similarity %+v, %d ties added, want 0 and 5", s, len(r.Ties.Added))
	}
}

// TestChanges covers each kind of change of a tie matched on its type,
// across two versions of a knowledge base.
func TestChanges(t *testing.T) {
	redefined := testTypes()
	redefined[0] = &graph.RelationType{ID: "alliance", Category: graph.Coalition, Sign: graph.Positive}
	redefined[5] = &graph.RelationType{ID: "war", Category: graph.War, Sign: graph.Positive} // a curator's error, fixed in a
	a := newKB(t, testTypes(),
		"d a alliance b",
		"d b war c",
		"d c talks d modality=asserted",
		"d d rivalry e start=1990 end=2000",
		"d e alliance f confidence=high",
		"d f alliance g",
	)
	b := newKB(t, redefined,
		"d a alliance b",
		"d b war c",
		"d c talks d modality=negated",
		"d d rivalry e start=1990 end=2001",
		"d e alliance f confidence=low",
		"e f alliance g", // a second document asserts it: stronger
		"d f alliance g",
	)
	all := graph.View{AllModalities: true}
	r := compare(a, all, b, all, MatchType)
	want := []string{
		"~ a -- b alliance [category]",
		"~ b -- c war [sign]",
		"~ c -- d talks [modality]",
		"~ d -- e rivalry [time]",
		"~ e -- f alliance [category strength]",
		"~ f -- g alliance [category strength]",
	}
	if got := summary(r); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	d := r.Ties.Changed[5]
	if got := claimRefs(d.B); !slices.Equal(got, []string{"d/c06:6", "e/c01:1"}) {
		t.Errorf("claims behind f -- g on b: %v", got)
	}
	if got := claimRefs(d.A); !slices.Equal(got, []string{"d/c06:6"}) {
		t.Errorf("claims behind f -- g on a: %v", got)
	}
	checkProperties(t, "versions", a, a.Network(all), b, b.Network(all), MatchType)
}

func claimRefs(s *Side) []string {
	var out []string
	for _, c := range s.Claims {
		out = append(out, c.Ref())
	}
	return out
}

func TestTime(t *testing.T) {
	kb := newKB(t, testTypes(),
		"d1 a alliance b era=cold",
		"d1 a alliance b start=1945 end=1950-06",
		"d2 a alliance b",
	)
	ties := Ties(kb.Network(graph.View{Documents: []string{"d1"}}), kb, MatchType)
	if len(ties) != 1 || ties[0].Side.Time != "1945/1990" {
		t.Fatalf("time of d1's tie: %+v, want 1945/1990", ties)
	}
	// Without the knowledge base, an era is unknown: only claims' own
	// times count, and an undated claim leaves the tie open.
	ties = Ties(kb.Network(graph.View{Documents: []string{"d1"}}), nil, MatchType)
	if ties[0].Side.Time != "../.." {
		t.Errorf("time without a knowledge base: %q, want ../..", ties[0].Side.Time)
	}
	ties = Ties(kb.Network(graph.View{Documents: []string{"d2"}}), kb, MatchType)
	if ties[0].Side.Time != "1900/2020" { // the document's period
		t.Errorf("time of d2's tie: %q, want 1900/2020", ties[0].Side.Time)
	}
	for _, tc := range []struct {
		ivs  []graph.Interval
		want string
	}{
		{nil, "../.."},
		{[]graph.Interval{{Start: graph.Date{Year: 2003, Month: 4}, End: graph.Date{Year: 2003, Month: 2}}}, "2003-04/2003-02"},
		{[]graph.Interval{{Start: graph.Date{Year: 2003}}, {Start: graph.Date{Year: 2003, Month: 1, Day: 1}, End: graph.Date{Year: 2004}}}, "2003/.."},
		{[]graph.Interval{{End: graph.Date{Year: 2003}}, {Start: graph.Date{Year: 1990}, End: graph.Date{Year: 2004, Month: 2}}}, "../2004-02"},
		{[]graph.Interval{{Start: graph.Date{Year: 2004, Month: 2}, End: graph.Date{Year: 2004, Month: 2}},
			{Start: graph.Date{Year: 2004, Month: 2, Day: 29}, End: graph.Date{Year: 2004, Month: 2, Day: 29}}}, "2004-02/2004-02"},
	} {
		if got := hull(tc.ivs).String(); got != tc.want {
			t.Errorf("hull(%v) = %s, want %s", tc.ivs, got, tc.want)
		}
	}
}

// TestBlocs: a's blocs are {a, b, c} and {d, e}, two components; b joins
// them, and its split puts a and b against c: the larger overlap is with
// the numbers swapped, and a and b are the actors that changed bloc.
func TestBlocs(t *testing.T) {
	kb := newKB(t, testTypes(),
		"d1 a alliance b", "d1 c war d", "d1 d alliance e",
		"d2 a alliance b", "d2 b alliance d", "d2 c war d", "d2 d alliance e",
		"d1 x talks y", "d2 x talks y", // no signed tie: in no bloc
	)
	r := compare(kb, graph.View{Documents: []string{"d1"}}, kb, graph.View{Documents: []string{"d2"}}, MatchType)
	bl := r.Blocs
	if !slices.Equal(bl.A[0], []string{"a", "b", "c"}) || !slices.Equal(bl.A[1], []string{"d", "e"}) {
		t.Errorf("blocs of a: %v", bl.A)
	}
	if !slices.Equal(bl.B[0], []string{"a", "b", "d", "e"}) || !slices.Equal(bl.B[1], []string{"c"}) {
		t.Errorf("blocs of b: %v", bl.B)
	}
	if !bl.Swapped || bl.Compared != 5 {
		t.Errorf("swapped %v, compared %d; want true, 5", bl.Swapped, bl.Compared)
	}
	want := []BlocChange{{"a", 1, 1}, {"b", 1, 1}}
	if !slices.Equal(bl.Changed, want) {
		t.Errorf("changed %v, want %v", bl.Changed, want)
	}
	if bl.MatchedB(1) != 2 || bl.MatchedB(2) != 1 {
		t.Errorf("MatchedB does not swap")
	}
}

func TestBalance(t *testing.T) {
	kb := newKB(t, testTypes(),
		"d1 a alliance b", "d1 b alliance c", "d1 a alliance c",
		"d2 a alliance b", "d2 b alliance c", "d2 a war c",
	)
	r := compare(kb, graph.View{Documents: []string{"d1"}}, kb, graph.View{Documents: []string{"d2"}}, MatchCategory)
	bal := r.Balance
	if bal.A.Frustration != 0 || bal.B.Frustration != 1 || bal.Delta.Frustration != 1 {
		t.Errorf("frustration %d -> %d (delta %d), want 0 -> 1", bal.A.Frustration, bal.B.Frustration, bal.Delta.Frustration)
	}
	if bal.A.Strong != 1 || bal.B.Strong != 0 || bal.Delta.Strong != -1 || bal.B.Triangles["++-"] != 1 {
		t.Errorf("strong balance %v -> %v, triangles %v", bal.A.Strong, bal.B.Strong, bal.B.Triangles)
	}
}

// TestMetrics: a star around a in d1, around c in d2.
func TestMetrics(t *testing.T) {
	kb := newKB(t, testTypes(),
		"d1 a alliance b", "d1 a alliance c", "d1 a alliance d",
		"d2 c alliance a", "d2 c alliance b", "d2 c alliance d", "d2 c alliance e",
	)
	r := compare(kb, graph.View{Documents: []string{"d1"}}, kb, graph.View{Documents: []string{"d2"}}, MatchType)
	byID := map[string]ActorMetrics{}
	for _, am := range r.Metrics {
		byID[am.ID] = am
	}
	if ids := len(r.Metrics); ids != 5 {
		t.Fatalf("%d actors in metrics, want 5", ids)
	}
	a, c, e := byID["a"].Degree, byID["c"].Degree, byID["e"]
	if *a.A != 3 || *a.B != 1 || *a.Delta != -2 || a.RankA != 1 || a.RankB != 2 || a.Shift != -1 {
		t.Errorf("degree of a: %+v", a)
	}
	if *c.A != 1 || *c.B != 4 || c.RankA != 3 || c.RankB != 1 || c.Shift != 2 {
		t.Errorf("degree of c: %+v", c)
	}
	if e.Present != InB || e.Degree.A != nil || e.Degree.Delta != nil || e.Degree.RankA != 0 || e.Degree.RankB != 5 || e.Degree.Shift != 0 {
		t.Errorf("e, in b only: %+v %+v", e, e.Degree)
	}
	if bw := byID["c"].Betweenness; *bw.B != 1 || bw.RankB != 1 {
		t.Errorf("betweenness of c on b: %v (rank %d), want 1 (rank 1)", *bw.B, bw.RankB)
	}
	if !a.Changed() || !byID["b"].Degree.Changed() || byID["d"].Degree.Changed() {
		t.Errorf("Changed: a %v, b %v, d %v; want true, true (rank 2 -> 3), false", a.Changed(), byID["b"].Degree.Changed(), byID["d"].Degree.Changed())
	}
}

func TestApplyRejects(t *testing.T) {
	kb := newKB(t, testTypes(), "d1 a alliance b", "d2 a war b")
	a, b := graph.View{Documents: []string{"d1"}}, graph.View{Documents: []string{"d2"}}
	r := compare(kb, a, kb, b, MatchType)
	if _, err := apply(Ties(kb.Network(b), kb, MatchType), r); err == nil {
		t.Errorf("applying diff(a, b) to b succeeded")
	}
	if _, err := apply(nil, r); err == nil {
		t.Errorf("applying diff(a, b) to nothing succeeded")
	}
}

func TestCompareUnknownMatch(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("Compare with match mode 7 did not panic")
		}
	}()
	kb := newKB(t, testTypes())
	Compare(kb.Network(graph.View{}), kb.Network(graph.View{}), Options{Match: Match(7)})
}

func TestParseMatch(t *testing.T) {
	for _, m := range Matches() {
		got, err := ParseMatch(m.String())
		if err != nil || got != m {
			t.Errorf("ParseMatch(%q) = %v, %v", m, got, err)
		}
		if text, err := m.MarshalText(); err != nil || string(text) != m.String() {
			t.Errorf("%v.MarshalText() = %q, %v", m, text, err)
		}
	}
	if Match(0) != MatchType {
		t.Error("the zero Match is not the default, MatchType")
	}
	_, err := ParseMatch("categroy")
	se, ok := err.(*SpecError)
	if !ok || se.Error() != `unknown match mode "categroy" (want type, category, sign)` || se.Hint != `did you mean "category"?` {
		t.Errorf("ParseMatch(categroy) = %v", err)
	}
	if _, err := ParseMatch(""); err == nil {
		t.Error("ParseMatch accepts the empty string")
	}
}

// TestTiesOnly: the ties are compared as in full, the metrics, blocs and
// balance not, and the report says why.
func TestTiesOnly(t *testing.T) {
	kb := newKB(t, testTypes(),
		"d1 a alliance b", "d1 b alliance c", "d1 a alliance c",
		"d2 a alliance b", "d2 b alliance c", "d2 a war c",
	)
	va, vb := graph.View{Documents: []string{"d1"}}, graph.View{Documents: []string{"d2"}}
	full := Compare(kb.Network(va), kb.Network(vb), Options{KBA: kb, KBB: kb})
	r := Compare(kb.Network(va), kb.Network(vb), Options{KBA: kb, KBB: kb, TiesOnly: "too large"})
	if r.Skipped != "too large" || len(r.Metrics) != 0 || r.Balance.B.Frustration != 0 || r.Blocs.Compared != 0 {
		t.Errorf("ties only: skipped %q, %d metrics, frustration %d, %d compared in blocs; want all empty", r.Skipped, len(r.Metrics), r.Balance.B.Frustration, r.Blocs.Compared)
	}
	if full.Skipped != "" || len(full.Metrics) == 0 || full.Balance.B.Frustration != 1 {
		t.Errorf("full: skipped %q, %d metrics, frustration %d", full.Skipped, len(full.Metrics), full.Balance.B.Frustration)
	}
	if len(r.Ties.Added) != len(full.Ties.Added) || len(r.Ties.Removed) != len(full.Ties.Removed) || r.Similarity != full.Similarity {
		t.Errorf("ties only changed the ties: %+v vs %+v", r.Similarity, full.Similarity)
	}
}
