package balance

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
)

// bruteFrustration returns the fewest ties violated by any two-bloc split
// of g, trying all 2^(N-1) splits.
func bruteFrustration(g Graph) int {
	if g.N == 0 {
		return 0
	}
	best := len(g.Edges)
	for mask := 0; mask < 1<<(g.N-1); mask++ {
		v := 0
		for _, e := range g.Edges {
			if violated(e.Sign, int8(mask>>e.U&1), int8(mask>>e.V&1)) {
				v++
			}
		}
		best = min(best, v)
	}
	return best
}

// balancedAfter flips the given ties of g and reports whether the result is
// balanced, by 2-colouring it breadth first: a positive tie joins nodes of
// one colour, a negative tie nodes of two.
func balancedAfter(g Graph, flips []int) bool {
	flipped := make([]bool, len(g.Edges))
	for _, i := range flips {
		flipped[i] = true
	}
	type arc struct {
		to   int
		same bool
	}
	adj := make([][]arc, g.N)
	for i, e := range g.Edges {
		same := (e.Sign > 0) != flipped[i]
		adj[e.U] = append(adj[e.U], arc{e.V, same})
		adj[e.V] = append(adj[e.V], arc{e.U, same})
	}
	colour := make([]int, g.N)
	for i := range colour {
		colour[i] = -1
	}
	for s := range g.N {
		if colour[s] >= 0 {
			continue
		}
		colour[s] = 0
		queue := []int{s}
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			for _, a := range adj[v] {
				want := colour[v]
				if !a.same {
					want = 1 - want
				}
				if colour[a.to] < 0 {
					colour[a.to] = want
					queue = append(queue, a.to)
				} else if colour[a.to] != want {
					return false
				}
			}
		}
	}
	return true
}

// checkSplit checks the invariants of a Split of g: the flips are exactly
// the ties the sides violate, flipping them balances g, and every component
// has its smallest node in bloc 0.
func checkSplit(t *testing.T, g Graph, s Split) {
	t.Helper()
	if len(s.Side) != g.N {
		t.Fatalf("len(Side) = %d, want %d", len(s.Side), g.N)
	}
	var want []int
	for i, e := range g.Edges {
		if violated(e.Sign, s.Side[e.U], s.Side[e.V]) {
			want = append(want, i)
		}
	}
	if !slices.Equal(s.Flips, want) {
		t.Fatalf("Flips = %v, but the sides violate %v", s.Flips, want)
	}
	if s.Index != len(s.Flips) {
		t.Fatalf("Index = %d, len(Flips) = %d", s.Index, len(s.Flips))
	}
	if !balancedAfter(g, s.Flips) {
		t.Fatalf("flipping %v leaves the graph unbalanced", s.Flips)
	}
	if s.Lower > s.Index || s.Exact && s.Lower != s.Index {
		t.Fatalf("Lower = %d, Index = %d, Exact = %v", s.Lower, s.Index, s.Exact)
	}
	for _, comp := range components(newAdjacency(g)) {
		if s.Side[comp[0]] != 0 {
			t.Fatalf("component %v: smallest node in bloc %d", comp, s.Side[comp[0]])
		}
	}
}

func TestFrustrationKnown(t *testing.T) {
	// Two blocs {0,1,2} and {3,4,5}, every pair tied: positive inside,
	// negative between.
	k6 := Graph{N: 6}
	for u := range 6 {
		for v := u + 1; v < 6; v++ {
			s := int8(1)
			if u/3 != v/3 {
				s = -1
			}
			k6.Edges = append(k6.Edges, Edge{u, v, s})
		}
	}
	k6flip := Graph{N: 6, Edges: slices.Clone(k6.Edges)}
	k6flip.Edges[4].Sign = -k6flip.Edges[4].Sign // tie 0-5, now positive across

	for _, tc := range []struct {
		name   string
		g      Graph
		index  int
		flips  []int // nil: not checked
		blocs  [2][]int
		strong float64
		weak   float64
	}{
		{"empty", Graph{}, 0, nil, [2][]int{{}, {}}, 1, 1},
		{"isolated nodes", Graph{N: 3}, 0, nil, [2][]int{{0, 1, 2}, {}}, 1, 1},
		{"balanced K6", k6, 0, nil, [2][]int{{0, 1, 2}, {3, 4, 5}}, 1, 1},
		{"K6 with one tie flipped", k6flip, 1, []int{4}, [2][]int{{0, 1, 2}, {3, 4, 5}}, 16.0 / 20, 16.0 / 20},
		{"---", Graph{N: 3, Edges: []Edge{{0, 1, -1}, {1, 2, -1}, {0, 2, -1}}}, 1, nil, [2][]int{}, 0, 1},
		{"++-", Graph{N: 3, Edges: []Edge{{0, 1, 1}, {1, 2, 1}, {0, 2, -1}}}, 1, nil, [2][]int{}, 0, 0},
		{"+--", Graph{N: 3, Edges: []Edge{{0, 1, 1}, {1, 2, -1}, {0, 2, -1}}}, 0, nil, [2][]int{{0, 1}, {2}}, 1, 1},
		// K4 with all ties negative: any 2+2 split keeps one negative tie in
		// each bloc, 3+1 keeps three, 4+0 all six.
		{"K4 all negative", Graph{N: 4, Edges: []Edge{{0, 1, -1}, {0, 2, -1}, {0, 3, -1}, {1, 2, -1}, {1, 3, -1}, {2, 3, -1}}}, 2, nil, [2][]int{}, 0, 1},
		// K4 with only 1-3 negative: triangles 013 and 123 are ++-, 012 and
		// 023 are +++; putting 3 alone would break three positive ties, so
		// the cheapest fix is flipping 1-3 itself.
		{"K4 one negative", Graph{N: 4, Edges: []Edge{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, -1}, {2, 3, 1}}}, 1, []int{4}, [2][]int{{0, 1, 2, 3}, {}}, 0.5, 0.5},
		// Two components, the second a path 3-4-5 with ties - and +: its
		// smallest node 3 goes in bloc 0.
		{"two components", Graph{N: 6, Edges: []Edge{{0, 1, -1}, {1, 2, -1}, {0, 2, 1}, {4, 3, -1}, {4, 5, 1}}}, 0, nil, [2][]int{{0, 2, 3}, {1, 4, 5}}, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Frustration(tc.g, Options{})
			checkSplit(t, tc.g, s)
			if s.Index != tc.index || !s.Exact {
				t.Errorf("Index = %d (exact %v), want %d", s.Index, s.Exact, tc.index)
			}
			if tc.flips != nil && !slices.Equal(s.Flips, tc.flips) {
				t.Errorf("Flips = %v, want %v", s.Flips, tc.flips)
			}
			if tc.blocs[0] != nil {
				if b := s.Blocs(); !slices.Equal(b[0], tc.blocs[0]) || !slices.Equal(b[1], tc.blocs[1]) {
					t.Errorf("Blocs = %v, want %v", b, tc.blocs)
				}
			}
			c := Triangles(tc.g)
			if c.Strong() != tc.strong || c.Weak() != tc.weak {
				t.Errorf("Strong, Weak = %v, %v, want %v, %v", c.Strong(), c.Weak(), tc.strong, tc.weak)
			}
		})
	}
}

// TestFrustrationBruteForce compares the exact index with every split of
// small random graphs.
func TestFrustrationBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		n := 2 + rng.IntN(9)
		g := randomGraph(rng, n, rng.IntN(n*(n-1)/2+1), rng.Float64())
		s := Frustration(g, Options{})
		checkSplit(t, g, s)
		if want := bruteFrustration(g); s.Index != want || !s.Exact {
			t.Fatalf("graph %d %v: Index = %d (exact %v), brute force %d", i, g, s.Index, s.Exact, want)
		}
	}
}

// TestFrustrationBruteForceLarger does the same on fewer, larger graphs,
// where the branch and bound prunes deeper.
func TestFrustrationBruteForceLarger(t *testing.T) {
	if testing.Short() {
		t.Skip("brute force over 2^17 splits")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 12 {
		n := 14 + rng.IntN(5)
		g := randomGraph(rng, n, n+rng.IntN(3*n), 0.2+0.6*rng.Float64())
		s := Frustration(g, Options{})
		checkSplit(t, g, s)
		if want := bruteFrustration(g); s.Index != want || !s.Exact {
			t.Fatalf("graph %d %v: Index = %d (exact %v), brute force %d", i, g, s.Index, s.Exact, want)
		}
	}
}

// TestHeuristicBounds checks that the heuristic's value and lower bound
// enclose the exact index.
func TestHeuristicBounds(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	proven, optimal := 0, 0
	for i := range 200 {
		n := 3 + rng.IntN(22)
		g := randomGraph(rng, n, rng.IntN(3*n), rng.Float64())
		exact := Frustration(g, Options{})
		h := Frustration(g, Options{ExactLimit: -1, Seed: uint64(i)})
		checkSplit(t, g, h)
		if h.Index < exact.Index || h.Lower > exact.Index {
			t.Fatalf("graph %d %v: heuristic between %d and %d, exact %d", i, g, h.Lower, h.Index, exact.Index)
		}
		if h.Exact {
			proven++
		}
		if h.Index == exact.Index {
			optimal++
		}
	}
	// On graphs this small the heuristic should nearly always be optimal.
	if proven == 0 || optimal < 190 {
		t.Errorf("the heuristic met its lower bound %d times and the optimum %d times in 200", proven, optimal)
	}
}

// TestCyclePacking checks the lower bound on graphs whose unbalanced cycles
// are known.
func TestCyclePacking(t *testing.T) {
	// One long cycle with a single negative tie: only one unbalanced cycle,
	// beyond the exact limit.
	ring := Graph{N: 40}
	for v := range 40 {
		s := int8(1)
		if v == 17 {
			s = -1
		}
		ring.Edges = append(ring.Edges, Edge{v, (v + 1) % 40, s})
	}
	s := Frustration(ring, Options{})
	checkSplit(t, ring, s)
	if s.Index != 1 || s.Lower != 1 || !s.Exact {
		t.Errorf("ring: Index %d, Lower %d, Exact %v, want 1, 1, true", s.Index, s.Lower, s.Exact)
	}

	// Twelve disjoint "---" triangles joined in a chain by positive ties:
	// twelve edge-disjoint unbalanced cycles, fixed by twelve flips.
	chain := Graph{N: 36}
	for i := range 12 {
		a, b, c := 3*i, 3*i+1, 3*i+2
		chain.Edges = append(chain.Edges, Edge{a, b, -1}, Edge{b, c, -1}, Edge{a, c, -1})
		if i > 0 {
			chain.Edges = append(chain.Edges, Edge{a - 1, a, 1})
		}
	}
	s = Frustration(chain, Options{})
	checkSplit(t, chain, s)
	if s.Index != 12 || s.Lower != 12 || !s.Exact {
		t.Errorf("chain: Index %d, Lower %d, Exact %v, want 12, 12, true", s.Index, s.Lower, s.Exact)
	}
}

// TestFrustrationLarge runs the heuristic on a planted two-bloc graph with
// a few flipped ties, where the planted split is optimal or nearly so.
func TestFrustrationLarge(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	g := Graph{N: 300}
	seen := make(map[[2]int]bool)
	for len(g.Edges) < 1500 {
		u, v := rng.IntN(300), rng.IntN(300)
		if u == v || seen[[2]int{min(u, v), max(u, v)}] {
			continue
		}
		seen[[2]int{min(u, v), max(u, v)}] = true
		s := int8(1)
		if u%2 != v%2 {
			s = -1
		}
		g.Edges = append(g.Edges, Edge{u, v, s})
	}
	for i := 0; i < len(g.Edges); i += 100 {
		g.Edges[i].Sign = -g.Edges[i].Sign // 15 ties against the planted split
	}
	s := Frustration(g, Options{})
	checkSplit(t, g, s)
	if s.Index > 15 || s.Lower > s.Index || s.Lower < 10 {
		t.Errorf("Index %d, Lower %d; want at most 15 and a bound near it", s.Index, s.Lower)
	}
}

// TestDeterministic checks that results do not depend on GOMAXPROCS or on
// the run.
func TestDeterministic(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	g := randomGraph(rng, 80, 300, 0.4)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	s1, p1 := Frustration(g, Options{Seed: 3}), Blocs(g, 4, DefaultAlpha, Options{Seed: 3})
	runtime.GOMAXPROCS(8)
	s2, p2 := Frustration(g, Options{Seed: 3}), Blocs(g, 4, DefaultAlpha, Options{Seed: 3})
	if !slices.Equal(s1.Side, s2.Side) || !slices.Equal(s1.Flips, s2.Flips) || s1.Lower != s2.Lower {
		t.Errorf("Frustration differs between runs")
	}
	if !slices.Equal(p1.Bloc, p2.Bloc) || p1.P != p2.P {
		t.Errorf("Blocs differs between runs")
	}
}

func TestInvalidGraphPanics(t *testing.T) {
	for _, g := range []Graph{
		{N: -1},
		{N: 2, Edges: []Edge{{0, 2, 1}}},
		{N: 2, Edges: []Edge{{1, 1, 1}}},
		{N: 2, Edges: []Edge{{0, 1, 0}}},
		{N: 2, Edges: []Edge{{0, 1, 1}, {1, 0, -1}}},
	} {
		if g.Validate() == nil {
			t.Errorf("Validate(%v) = nil", g)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Frustration(%v) did not panic", g)
				}
			}()
			Frustration(g, Options{})
		}()
	}
}

// TestExactSearchPoorHint runs the exact search from the all-in-one-bloc
// split rather than the heuristic's, so that the branch and bound itself,
// not the hint, must find the optimum.
func TestExactSearchPoorHint(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for i := range 150 {
		n := 2 + rng.IntN(15)
		g := randomGraph(rng, n, n-1+rng.IntN(2*n), rng.Float64())
		a := newAdjacency(g)
		comps := components(a)
		if len(comps) != 1 {
			continue
		}
		hint := make([]int8, n)
		hv := 0
		for _, e := range g.Edges {
			if e.Sign < 0 {
				hv++
			}
		}
		side, v := exactSplit(a.sub(comps[0], make([]int, n)), hint, hv)
		got := 0
		for _, e := range g.Edges {
			if violated(e.Sign, side[e.U], side[e.V]) {
				got++
			}
		}
		if want := bruteFrustration(g); v != want || got != want {
			t.Fatalf("graph %d %v: exact search says %d, its split violates %d, brute force %d", i, g, v, got, want)
		}
	}
}
