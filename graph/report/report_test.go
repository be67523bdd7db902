package report

import (
	"testing"

	"kg/graph"
)

func loadDiagramFixture(t *testing.T) *graph.Network {
	t.Helper()
	kb, err := graph.Load(graph.Options{DataDir: "../../testdata/diagram/data", SeedsDir: "../../testdata/diagram/seeds"})
	if err != nil {
		t.Fatal(err)
	}
	return kb.Network(graph.View{})
}

// TestBalanceReport checks the report against a direct count on the signed
// projection: the triangle census, and that flipping the ties the
// frustration split contradicts leaves no unbalanced triangle.
func TestBalanceReport(t *testing.T) {
	for _, view := range []graph.View{{}, {AllModalities: true}} {
		kb, err := graph.Load(graph.Options{DataDir: "../../data", SeedsDir: "../../seeds"})
		if err != nil {
			t.Fatal(err)
		}
		n := kb.Network(view)
		r := ComputeBalance(n, BalanceOptions{})
		sign := map[[2]string]string{}
		for _, p := range n.Signed() {
			sign[[2]string{n.Actors[p.A].ID, n.Actors[p.B].ID}] = p.Sign.String()
		}
		get := func(a, b string) string {
			if b < a {
				a, b = b, a
			}
			return sign[[2]string{a, b}]
		}
		census := map[string]int{}
		for i, a := range n.Actors {
			for j := i + 1; j < len(n.Actors); j++ {
				for k := j + 1; k < len(n.Actors); k++ {
					s := []string{get(a.ID, n.Actors[j].ID), get(a.ID, n.Actors[k].ID), get(n.Actors[j].ID, n.Actors[k].ID)}
					if s[0] == "" || s[1] == "" || s[2] == "" {
						continue
					}
					neg := 0
					for _, x := range s {
						if x == "-" {
							neg++
						}
					}
					census[[]string{"+++", "++-", "+--", "---"}[neg]]++
				}
			}
		}
		for k, v := range census {
			if r.Triangles[k] != v {
				t.Errorf("%v: %s triangles %d, counted %d", view, k, r.Triangles[k], v)
			}
		}
		if len(r.Unbalanced) != census["++-"]+census["---"] {
			t.Errorf("%d unbalanced triangles listed, %d counted", len(r.Unbalanced), census["++-"]+census["---"])
		}
		for _, tr := range r.Unbalanced {
			for _, tie := range tr.Ties {
				if len(tie.Claims) == 0 {
					t.Errorf("tie %s-%s of an unbalanced triangle has no claims", tie.Source, tie.Target)
				}
			}
		}
		if r.Frustration.Index != len(r.Frustration.Flips) || r.Frustration.Lower > r.Frustration.Index {
			t.Errorf("frustration %+v", r.Frustration)
		}
		// after flipping the contradicted ties, the split is a balanced one
		bloc := map[string]int{}
		for i, b := range r.Frustration.Blocs {
			for _, id := range b {
				bloc[id] = i
			}
		}
		flipped := map[[2]string]bool{}
		for _, f := range r.Frustration.Flips {
			flipped[[2]string{f.Source, f.Target}] = true
		}
		for pair, s := range sign {
			same := bloc[pair[0]] == bloc[pair[1]]
			ok := (s == "+") == same
			if ok == flipped[pair] {
				t.Errorf("%s %s %s: same bloc %v, flipped %v", pair[0], s, pair[1], same, flipped[pair])
			}
		}
	}
}

// TestMetricsDegrees checks the degree columns against the ties.
func TestMetricsDegrees(t *testing.T) {
	n := loadDiagramFixture(t)
	m := ComputeMetrics(n, MetricsOptions{})
	want := map[string][3]int{} // degree, positive, negative
	seen := map[[3]string]bool{}
	for _, tie := range n.Ties {
		if !tie.Counts() {
			continue
		}
		for _, end := range [][2]string{{tie.Source, tie.Target}, {tie.Target, tie.Source}} {
			w := want[end[0]]
			if !seen[[3]string{end[0], end[1], "any"}] {
				seen[[3]string{end[0], end[1], "any"}] = true
				w[0]++
			}
			s := tie.Sign().String()
			if s != "0" && !seen[[3]string{end[0], end[1], s}] {
				seen[[3]string{end[0], end[1], s}] = true
				if s == "+" {
					w[1]++
				} else {
					w[2]++
				}
			}
			want[end[0]] = w
		}
	}
	if len(m.Actors) != len(n.Actors) {
		t.Fatalf("%d actors in the report, %d in the view", len(m.Actors), len(n.Actors))
	}
	for _, a := range m.Actors {
		w := want[a.ID]
		if a.Degree != w[0] || a.PositiveDegree != w[1] || a.NegativeDegree != w[2] {
			t.Errorf("%s: degree %d/%d/%d, want %v", a.ID, a.Degree, a.PositiveDegree, a.NegativeDegree, w)
		}
	}
	if m.Graph.ContestedPairs != 1 {
		t.Errorf("contested pairs %d, want 1 (alpha-beta)", m.Graph.ContestedPairs)
	}
}
