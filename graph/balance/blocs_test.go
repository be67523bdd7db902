package balance

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// criterion computes the Doreian-Mrvar criterion of the partition given by
// bloc, directly from the ties.
func criterion(g Graph, bloc []int, alpha float64) float64 {
	neg, pos := 0, 0
	for _, e := range g.Edges {
		if bloc[e.U] == bloc[e.V] && e.Sign < 0 {
			neg++
		}
		if bloc[e.U] != bloc[e.V] && e.Sign > 0 {
			pos++
		}
	}
	return alpha*float64(neg) + (1-alpha)*float64(pos)
}

// checkPartition checks that p is a well-formed partition of g into at most
// k blocs whose stated scores match a direct count.
func checkPartition(t *testing.T, g Graph, k int, alpha float64, p Partition) {
	t.Helper()
	if len(p.Blocs) > k || len(p.Bloc) != g.N {
		t.Fatalf("%d blocs for k = %d, len(Bloc) = %d", len(p.Blocs), k, len(p.Bloc))
	}
	seen := 0
	for i, b := range p.Blocs {
		if len(b) == 0 || !slices.IsSorted(b) || i > 0 && p.Blocs[i-1][0] >= b[0] {
			t.Fatalf("blocs not normalised: %v", p.Blocs)
		}
		for _, v := range b {
			if p.Bloc[v] != i {
				t.Fatalf("Bloc[%d] = %d, but %d is in bloc %d", v, p.Bloc[v], v, i)
			}
			seen++
		}
	}
	if seen != g.N {
		t.Fatalf("blocs hold %d nodes, want %d", seen, g.N)
	}
	if want := criterion(g, p.Bloc, alpha); p.P != want || p.P != alpha*float64(p.NegInside)+(1-alpha)*float64(p.PosBetween) {
		t.Fatalf("P = %v (neg %d, pos %d), direct count %v", p.P, p.NegInside, p.PosBetween, want)
	}
}

// planted returns a graph on 3*size nodes in three blocs, node v in bloc
// v%3, with random ties that are positive inside blocs and negative
// between them.
func planted(rng *rand.Rand, size, m int) Graph {
	g := Graph{N: 3 * size}
	for _, e := range randomGraph(rng, g.N, m, 0).Edges {
		if e.U%3 != e.V%3 {
			e.Sign = -1
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

func TestBlocsPlanted(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	for i := range 20 {
		g := planted(rng, 5+rng.IntN(20), 300)
		p := Blocs(g, 3, DefaultAlpha, Options{Seed: uint64(i)})
		checkPartition(t, g, 3, DefaultAlpha, p)
		if p.P != 0 {
			t.Errorf("graph %d: P = %v, want 0", i, p.P)
		}
		if len(p.Blocs) == 3 {
			for _, b := range p.Blocs {
				for _, v := range b {
					if v%3 != b[0]%3 {
						t.Errorf("graph %d: bloc %v mixes planted blocs", i, b)
						break
					}
				}
			}
		}
		// With two blocs some negative ties must fall inside one.
		if p2 := Blocs(g, 2, DefaultAlpha, Options{}); p2.P == 0 {
			t.Errorf("graph %d: k = 2 gives P = 0 on three hostile blocs", i)
		}
	}
}

// TestBlocsBalanced checks that k = 2 finds P = 0 on balanced graphs, also
// when they are disconnected or entirely positive.
func TestBlocsBalanced(t *testing.T) {
	rng := rand.New(rand.NewPCG(33, 34))
	for i := range 50 {
		n := 2 + rng.IntN(60)
		g := randomGraph(rng, n, rng.IntN(3*n), 0)
		cut := rng.IntN(n + 1)
		for j, e := range g.Edges {
			if (e.U < cut) != (e.V < cut) {
				g.Edges[j].Sign = -1
			}
		}
		for _, alpha := range []float64{0, 0.3, DefaultAlpha, 1} {
			p := Blocs(g, 2, alpha, Options{Seed: 1})
			checkPartition(t, g, 2, alpha, p)
			if p.P != 0 {
				t.Fatalf("graph %d, alpha %v: P = %v on a balanced graph", i, alpha, p.P)
			}
		}
	}
}

// TestBlocsSmall checks k = 1 and k above N against direct counts, and
// k = 2 against the frustration index: with alpha 0.5 the criterion of a
// two-bloc partition is half the number of ties it violates.
func TestBlocsSmall(t *testing.T) {
	rng := rand.New(rand.NewPCG(35, 36))
	for i := range 100 {
		n := 1 + rng.IntN(10)
		g := randomGraph(rng, n, rng.IntN(n*(n-1)/2+1), rng.Float64())
		neg := 0
		for _, e := range g.Edges {
			if e.Sign < 0 {
				neg++
			}
		}
		p1 := Blocs(g, 1, 0.7, Options{})
		checkPartition(t, g, 1, 0.7, p1)
		if p1.NegInside != neg || p1.PosBetween != 0 {
			t.Fatalf("graph %d, k = 1: %+v, want %d negative inside", i, p1, neg)
		}
		pn := Blocs(g, n+3, 0.5, Options{})
		checkPartition(t, g, n+3, 0.5, pn)
		p2 := Blocs(g, 2, 0.5, Options{})
		checkPartition(t, g, 2, 0.5, p2)
		f := Frustration(g, Options{})
		if p2.P != float64(f.Index)/2 {
			t.Fatalf("graph %d: k = 2 gives P = %v, frustration index %d", i, p2.P, f.Index)
		}
	}
}

func TestBlocsPanics(t *testing.T) {
	for _, tc := range []struct {
		k     int
		alpha float64
	}{{0, 0.5}, {2, -0.1}, {2, 1.5}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Blocs(k %d, alpha %v) did not panic", tc.k, tc.alpha)
				}
			}()
			Blocs(Graph{N: 3}, tc.k, tc.alpha, Options{})
		}()
	}
}
