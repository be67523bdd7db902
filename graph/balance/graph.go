package balance

import (
	"fmt"
	"slices"
)

// Graph is a signed undirected simple graph on nodes 0..N-1.
type Graph struct {
	N     int
	Edges []Edge // at most one edge per unordered pair; U != V
}

// Edge is a signed tie between nodes U and V. Callers drop neutral ties
// before building a Graph.
type Edge struct {
	U, V int
	Sign int8 // +1 or -1
}

// Validate reports the first way g fails to be a signed simple graph: a
// negative N, an endpoint outside 0..N-1, a self-loop, a sign other than +1
// or -1, or a second edge between the same pair. The functions of this
// package panic on a graph that Validate rejects.
func (g Graph) Validate() error {
	if g.N < 0 {
		return fmt.Errorf("negative node count %d", g.N)
	}
	pairs := make([][2]int, 0, len(g.Edges))
	for i, e := range g.Edges {
		switch {
		case e.U < 0 || e.U >= g.N || e.V < 0 || e.V >= g.N:
			return fmt.Errorf("edge %d: endpoint outside 0..%d: %d-%d", i, g.N-1, e.U, e.V)
		case e.U == e.V:
			return fmt.Errorf("edge %d: self-loop on node %d", i, e.U)
		case e.Sign != 1 && e.Sign != -1:
			return fmt.Errorf("edge %d: sign %d is neither +1 nor -1", i, e.Sign)
		}
		pairs = append(pairs, [2]int{min(e.U, e.V), max(e.U, e.V)})
	}
	slices.SortFunc(pairs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	for i := 1; i < len(pairs); i++ {
		if pairs[i] == pairs[i-1] {
			return fmt.Errorf("two edges between nodes %d and %d", pairs[i][0], pairs[i][1])
		}
	}
	return nil
}

// mustValidate panics if g is not a valid graph: passing one is a programming
// error of the caller, who builds the Graph from already validated data.
func mustValidate(g Graph) {
	if err := g.Validate(); err != nil {
		panic("balance: invalid graph: " + err.Error())
	}
}

// violated says whether a tie of the given sign between nodes on sides su
// and sv disagrees with the split: a positive tie across it or a negative
// tie within a side.
func violated(sign int8, su, sv int8) bool {
	return (sign > 0) == (su != sv)
}

// adjacency is a compressed neighbour list. The neighbours of v are
// nbr[start[v]:start[v+1]], ascending, with the sign and edge number of each
// tie alongside.
type adjacency struct {
	start []int
	nbr   []int
	sign  []int8
	edge  []int
	m     int // number of edges; edge numbers are 0..m-1
}

func (a *adjacency) n() int { return len(a.start) - 1 }

// newAdjacency builds the neighbour lists of g; edge numbers are indices
// into g.Edges.
func newAdjacency(g Graph) *adjacency {
	a := &adjacency{start: make([]int, g.N+1), m: len(g.Edges)}
	for _, e := range g.Edges {
		a.start[e.U+1]++
		a.start[e.V+1]++
	}
	for v := range g.N {
		a.start[v+1] += a.start[v]
	}
	a.nbr = make([]int, 2*len(g.Edges))
	a.sign = make([]int8, 2*len(g.Edges))
	a.edge = make([]int, 2*len(g.Edges))
	fill := slices.Clone(a.start[:g.N])
	for i, e := range g.Edges {
		for _, p := range [2][2]int{{e.U, e.V}, {e.V, e.U}} {
			k := fill[p[0]]
			fill[p[0]]++
			a.nbr[k], a.sign[k], a.edge[k] = p[1], e.Sign, i
		}
	}
	for v := range g.N {
		a.sortNeighbours(v)
	}
	return a
}

// sortNeighbours orders the neighbour list of v by neighbour.
func (a *adjacency) sortNeighbours(v int) {
	lo, hi := a.start[v], a.start[v+1]
	idx := make([]int, hi-lo)
	for i := range idx {
		idx[i] = lo + i
	}
	slices.SortFunc(idx, func(x, y int) int { return a.nbr[x] - a.nbr[y] })
	nbr, sign, edge := make([]int, len(idx)), make([]int8, len(idx)), make([]int, len(idx))
	for i, k := range idx {
		nbr[i], sign[i], edge[i] = a.nbr[k], a.sign[k], a.edge[k]
	}
	copy(a.nbr[lo:hi], nbr)
	copy(a.sign[lo:hi], sign)
	copy(a.edge[lo:hi], edge)
}

// components lists the connected components of a, each ascending, ordered
// by smallest node.
func components(a *adjacency) [][]int {
	n := a.n()
	seen := make([]bool, n)
	var comps [][]int
	for s := range n {
		if seen[s] {
			continue
		}
		seen[s] = true
		comp := []int{s}
		for i := 0; i < len(comp); i++ {
			v := comp[i]
			for _, w := range a.nbr[a.start[v]:a.start[v+1]] {
				if !seen[w] {
					seen[w] = true
					comp = append(comp, w)
				}
			}
		}
		slices.Sort(comp)
		comps = append(comps, comp)
	}
	return comps
}

// sub returns the neighbour lists of the subgraph induced by comp, with
// comp[i] renumbered i and edges renumbered 0..m-1. local is scratch space
// of length a.n().
func (a *adjacency) sub(comp []int, local []int) *adjacency {
	for i, v := range comp {
		local[v] = i
	}
	in := make(map[int]int) // edge of a -> edge of the subgraph
	s := &adjacency{start: make([]int, len(comp)+1)}
	for i, v := range comp {
		for k := a.start[v]; k < a.start[v+1]; k++ {
			w := a.nbr[k]
			lw := local[w]
			if lw >= len(comp) || comp[lw] != w {
				continue // not in comp
			}
			e, ok := in[a.edge[k]]
			if !ok {
				e = s.m
				in[a.edge[k]] = e
				s.m++
			}
			s.nbr = append(s.nbr, lw)
			s.sign = append(s.sign, a.sign[k])
			s.edge = append(s.edge, e)
		}
		s.start[i+1] = len(s.nbr)
	}
	return s
}
