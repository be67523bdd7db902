package balance

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestTrianglesKnown(t *testing.T) {
	// K4 with every tie negative: four "---" triangles, all unbalanced.
	k4 := Graph{N: 4, Edges: []Edge{{0, 1, -1}, {2, 0, -1}, {0, 3, -1}, {1, 2, -1}, {3, 1, -1}, {2, 3, -1}}}
	c := Triangles(k4)
	want := Census{NNN: 4, Unbalanced: [][3]int{{0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3}}}
	if c.PPP != 0 || c.PPN != 0 || c.PNN != 0 || c.NNN != 4 || !slices.Equal(c.Unbalanced, want.Unbalanced) {
		t.Errorf("Triangles(K4 all negative) = %+v, want %+v", c, want)
	}
	if c.Strong() != 0 || c.Weak() != 1 {
		t.Errorf("Strong, Weak = %v, %v, want 0, 1", c.Strong(), c.Weak())
	}

	// One triangle of each kind, sharing no tie; a path adds no triangle.
	g := Graph{N: 14, Edges: []Edge{
		{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, // +++
		{3, 4, 1}, {4, 5, 1}, {3, 5, -1}, // ++-
		{8, 7, 1}, {7, 6, -1}, {6, 8, -1}, // +--
		{9, 10, -1}, {10, 11, -1}, {9, 11, -1}, // ---
		{11, 12, -1}, {12, 13, 1},
	}}
	c = Triangles(g)
	if c.PPP != 1 || c.PPN != 1 || c.PNN != 1 || c.NNN != 1 || c.Total() != 4 {
		t.Errorf("counts = %d %d %d %d, want 1 each", c.PPP, c.PPN, c.PNN, c.NNN)
	}
	if !slices.Equal(c.Unbalanced, [][3]int{{3, 4, 5}, {9, 10, 11}}) {
		t.Errorf("Unbalanced = %v", c.Unbalanced)
	}
	if c.Strong() != 0.5 || c.Weak() != 0.75 {
		t.Errorf("Strong, Weak = %v, %v, want 0.5, 0.75", c.Strong(), c.Weak())
	}

	// No triangles: both ratios are 1 by convention.
	c = Triangles(Graph{N: 3, Edges: []Edge{{0, 1, -1}, {1, 2, 1}}})
	if c.Total() != 0 || c.Strong() != 1 || c.Weak() != 1 || c.Unbalanced != nil {
		t.Errorf("path: %+v, Strong %v, Weak %v", c, c.Strong(), c.Weak())
	}
}

// TestTrianglesRandom compares the census with a loop over all node
// triples.
func TestTrianglesRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	for i := range 100 {
		n := 3 + rng.IntN(20)
		g := randomGraph(rng, n, rng.IntN(n*(n-1)/2+1), rng.Float64())
		sign := make([][]int8, n)
		for u := range sign {
			sign[u] = make([]int8, n)
		}
		for _, e := range g.Edges {
			sign[e.U][e.V], sign[e.V][e.U] = e.Sign, e.Sign
		}
		var want [4]int
		var unbalanced [][3]int
		for u := range n {
			for v := u + 1; v < n; v++ {
				for w := v + 1; w < n; w++ {
					if sign[u][v] == 0 || sign[v][w] == 0 || sign[u][w] == 0 {
						continue
					}
					negs := 0
					for _, s := range []int8{sign[u][v], sign[v][w], sign[u][w]} {
						if s < 0 {
							negs++
						}
					}
					want[negs]++
					if sign[u][v]*sign[v][w]*sign[u][w] < 0 {
						unbalanced = append(unbalanced, [3]int{u, v, w})
					}
				}
			}
		}
		c := Triangles(g)
		if got := [4]int{c.PPP, c.PPN, c.PNN, c.NNN}; got != want || !slices.Equal(c.Unbalanced, unbalanced) {
			t.Fatalf("graph %d: counts %v, unbalanced %v; want %v, %v", i, got, c.Unbalanced, want, unbalanced)
		}
	}
}
