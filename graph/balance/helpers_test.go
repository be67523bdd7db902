package balance

import "math/rand/v2"

// randomGraph returns a graph on n nodes with m distinct random ties (fewer
// if n is small), each negative with probability neg.
func randomGraph(rng *rand.Rand, n, m int, neg float64) Graph {
	g := Graph{N: n}
	var pairs [][2]int
	for u := range n {
		for v := u + 1; v < n; v++ {
			pairs = append(pairs, [2]int{u, v})
		}
	}
	rng.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
	for _, p := range pairs[:min(m, len(pairs))] {
		s := int8(1)
		if rng.Float64() < neg {
			s = -1
		}
		g.Edges = append(g.Edges, Edge{U: p[0], V: p[1], Sign: s})
	}
	return g
}
