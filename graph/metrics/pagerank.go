package metrics

import "math"

const (
	// damping is NetworkX's default alpha.
	damping = 0.85
	// pageRankTol stops the iteration when the L1 change of one step is
	// below it; the distance to the fixed point is then below
	// pageRankTol·damping/(1-damping) ≈ 6e-14. NetworkX stops at n·1e-6.
	pageRankTol     = 1e-14
	pageRankMaxIter = 1000
)

// pageRank is networkx.pagerank with its defaults other than the
// tolerance: the power iteration x ← α(xP + (Σ dangling x)/n) + (1-α)/n
// from the uniform vector, where P divides each arc's weight by its
// source's total out-weight and a node with no out-weight is dangling. An
// undirected edge is an arc each way.
func (nw *network) pageRank() []float64 {
	n := nw.len()
	x := make([]float64, n)
	if n == 0 {
		return x
	}
	invOut := make([]float64, n) // 1/out-weight, 0 for dangling nodes
	var dangling []int32
	for u := range n {
		s := sum(nw.out.weights(int32(u)))
		if s == 0 {
			dangling = append(dangling, int32(u))
			continue
		}
		invOut[u] = 1 / s
	}
	// Per-arc transition probabilities, in the order of the in-lists.
	p := make([]float64, len(nw.in.nbr))
	for i, u := range nw.in.nbr {
		p[i] = nw.in.w[i] * invOut[u]
	}

	uniform := 1 / float64(n)
	for i := range x {
		x[i] = uniform
	}
	y := make([]float64, n)
	for range pageRankMaxIter {
		var ds float64
		for _, u := range dangling {
			ds += x[u]
		}
		ds *= uniform
		var diff float64
		for v := range n {
			var s float64
			lo, hi := nw.in.off[v], nw.in.off[v+1]
			for i, u := range nw.in.nbr[lo:hi] {
				s += x[u] * p[lo+i]
			}
			y[v] = damping*(s+ds) + (1-damping)*uniform
			diff += math.Abs(y[v] - x[v])
		}
		x, y = y, x
		if diff < pageRankTol {
			break
		}
	}
	return x
}
