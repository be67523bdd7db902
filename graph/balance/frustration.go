package balance

import "math/rand/v2"

// DefaultExactLimit is the largest connected component, in nodes, whose
// frustration index Frustration computes exactly unless told otherwise.
const DefaultExactLimit = 30

// MaxExactLimit is the largest exact limit honoured: the exact search keeps
// a component's nodes in one 64-bit word.
const MaxExactLimit = 64

// DefaultStarts is the number of starts of the heuristics unless told
// otherwise.
const DefaultStarts = 32

// Options tune Frustration and Blocs. The zero value asks for the defaults.
type Options struct {
	// ExactLimit is the largest connected component, in nodes, solved
	// exactly. 0 means DefaultExactLimit, a negative value means that every
	// component goes to the heuristic, and values above MaxExactLimit count
	// as MaxExactLimit. The exact search takes milliseconds at 30 nodes but
	// grows exponentially: random 64-node components took seconds. Blocs
	// ignores it.
	ExactLimit int

	// Seed seeds the heuristics; the same seed gives the same result.
	Seed uint64

	// Starts is the number of starts of the heuristics; 0 means
	// DefaultStarts.
	Starts int
}

func (o Options) withDefaults() Options {
	switch {
	case o.ExactLimit == 0:
		o.ExactLimit = DefaultExactLimit
	case o.ExactLimit > MaxExactLimit:
		o.ExactLimit = MaxExactLimit
	}
	if o.Starts <= 0 {
		o.Starts = DefaultStarts
	}
	return o
}

// Split is a division of a signed graph's nodes into two blocs, with the
// ties it leaves frustrated: positive ties between the blocs and negative
// ties inside one.
type Split struct {
	// Side[v] is 0 or 1, the bloc of node v. In every connected component
	// the smallest node is in bloc 0, so isolated nodes are in bloc 0.
	Side []int8

	// Flips lists, ascending, the indices into Graph.Edges of the ties that
	// the split violates: flipping their signs makes the graph balanced.
	Flips []int

	// Index is len(Flips). When Exact it is the frustration index,
	// otherwise an upper bound on it.
	Index int

	// Lower is a lower bound on the frustration index; it equals Index
	// when Exact.
	Lower int

	// Exact reports whether Index is proven minimal: every component was
	// searched exactly, or the heuristic met its lower bound.
	Exact bool
}

// Blocs returns the nodes of bloc 0 and of bloc 1, each ascending. Either
// may be empty.
func (s Split) Blocs() [2][]int {
	b := [2][]int{{}, {}}
	for v, side := range s.Side {
		b[side] = append(b[side], v)
	}
	return b
}

// Frustration finds a two-bloc split of g that violates as few ties as
// possible. Each connected component is solved on its own: exactly by
// branch and bound when it has at most opt.ExactLimit nodes, otherwise by a
// seeded multi-start local search whose result carries a lower bound from
// a packing of edge-disjoint unbalanced cycles.
func Frustration(g Graph, opt Options) Split {
	mustValidate(g)
	opt = opt.withDefaults()
	a := newAdjacency(g)
	side := make([]int8, g.N)
	res := Split{Exact: true}
	local := make([]int, g.N)
	for ci, comp := range components(a) {
		if len(comp) < 2 {
			continue
		}
		c := a.sub(comp, local)
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(ci)))
		var s []int8
		var low int
		if len(comp) <= opt.ExactLimit {
			// A brief heuristic run gives the search its first bound;
			// the search, not the hint, guarantees the optimum.
			h, hv := heuristicSplit(c, rng, 2)
			var v int
			s, v = exactSplit(c, h, hv)
			low = v
		} else {
			var v int
			s, v = heuristicSplit(c, rng, opt.Starts)
			low = cyclePacking(c)
			if low < v {
				res.Exact = false
			}
		}
		res.Lower += low
		flip := s[0] // comp[0] is the smallest node of the component
		for i, v := range comp {
			side[v] = s[i] ^ flip
		}
	}
	for i, e := range g.Edges {
		if violated(e.Sign, side[e.U], side[e.V]) {
			res.Flips = append(res.Flips, i)
		}
	}
	res.Side = side
	res.Index = len(res.Flips)
	return res
}
