package balance

import (
	"math"
	"math/rand/v2"
)

// DefaultAlpha is the usual weight of negative ties inside blocs in the
// Doreian-Mrvar criterion: both kinds of violation count the same.
const DefaultAlpha = 0.5

// Partition is a division of a signed graph's nodes into blocs, scored by
// the Doreian-Mrvar criterion.
type Partition struct {
	// Blocs lists the non-empty blocs, each ascending, ordered by their
	// smallest node.
	Blocs [][]int

	// Bloc[v] is the index in Blocs of node v's bloc.
	Bloc []int

	NegInside  int     // negative ties inside a bloc
	PosBetween int     // positive ties between two blocs
	P          float64 // alpha*NegInside + (1-alpha)*PosBetween
}

// Blocs divides the nodes of g into at most k blocs so as to make the
// Doreian-Mrvar criterion alpha*(negative ties inside blocs) +
// (1-alpha)*(positive ties between blocs) small. It runs a relocation local
// search, which moves single nodes to another bloc while that lowers the
// criterion, from opt.Starts starting points: the split found by the
// frustration heuristic (so a balanced graph with k >= 2 gets P = 0), then
// random partitions drawn from opt.Seed. The result is the best local
// optimum found, the first one on ties, so it is not proven optimal.
//
// Blocs may be left empty when that lowers the criterion or when k exceeds
// the number of nodes; they are dropped from the result. Blocs panics if k
// is less than 1 or alpha lies outside [0, 1].
func Blocs(g Graph, k int, alpha float64, opt Options) Partition {
	mustValidate(g)
	if k < 1 {
		panic("balance: Blocs: k must be at least 1")
	}
	if !(alpha >= 0 && alpha <= 1) {
		panic("balance: Blocs: alpha outside [0, 1]")
	}
	opt = opt.withDefaults()
	n := g.N
	k = min(k, max(n, 1))
	a := newAdjacency(g)
	r := &relocator{a: a, k: k, alpha: alpha, bloc: make([]int, n), size: make([]int, k),
		pos: make([]int, n*k), neg: make([]int, n*k)}
	best := make([]int, n)
	bestP := math.Inf(1)
	rng := rand.New(rand.NewPCG(opt.Seed, 1<<32))
	starts := opt.Starts
	if k == 1 {
		starts = 1
	}
	for t := range starts {
		switch {
		case k == 1:
			clear(r.bloc)
		case t == 0:
			for v, s := range heuristicSides(g, a, opt) {
				r.bloc[v] = int(s)
			}
		default:
			for v := range r.bloc {
				r.bloc[v] = rng.IntN(k)
			}
		}
		r.settle()
		if p := r.criterion(); p < bestP-1e-9 {
			bestP = p
			copy(best, r.bloc)
		}
	}
	return newPartition(g, best, alpha)
}

// heuristicSides returns the two-bloc split of g found by the frustration
// heuristic, component by component.
func heuristicSides(g Graph, a *adjacency, opt Options) []int8 {
	side := make([]int8, g.N)
	local := make([]int, g.N)
	for ci, comp := range components(a) {
		if len(comp) < 2 {
			continue
		}
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(ci)))
		s, _ := heuristicSplit(a.sub(comp, local), rng, max(opt.Starts/4, 2))
		for i, v := range comp {
			side[v] = s[i]
		}
	}
	return side
}

// relocator holds a partition into k blocs and, for each node and bloc, the
// number of the node's positive and negative ties into that bloc.
type relocator struct {
	a        *adjacency
	k        int
	alpha    float64
	bloc     []int
	size     []int
	pos, neg []int // [v*k+b]
}

// settle computes the tie counts for r.bloc, then moves single nodes, in
// ascending order and in repeated sweeps, to the bloc that lowers the
// criterion most, until no move lowers it.
func (r *relocator) settle() {
	a, k := r.a, r.k
	clear(r.size)
	clear(r.pos)
	clear(r.neg)
	for v, b := range r.bloc {
		r.size[b]++
		for j := a.start[v]; j < a.start[v+1]; j++ {
			if a.sign[j] > 0 {
				r.pos[a.nbr[j]*k+b]++
			} else {
				r.neg[a.nbr[j]*k+b]++
			}
		}
	}
	for moved := true; moved; {
		moved = false
		for v, from := range r.bloc {
			to, gain := -1, -1e-9
			seenEmpty := false
			for b := range k {
				if b == from || r.size[b] == 0 && seenEmpty {
					continue
				}
				seenEmpty = seenEmpty || r.size[b] == 0
				d := r.alpha*float64(r.neg[v*k+b]-r.neg[v*k+from]) +
					(1-r.alpha)*float64(r.pos[v*k+from]-r.pos[v*k+b])
				if d < gain {
					to, gain = b, d
				}
			}
			if to < 0 {
				continue
			}
			moved = true
			r.bloc[v] = to
			r.size[from]--
			r.size[to]++
			for j := a.start[v]; j < a.start[v+1]; j++ {
				u := a.nbr[j]
				if a.sign[j] > 0 {
					r.pos[u*k+from]--
					r.pos[u*k+to]++
				} else {
					r.neg[u*k+from]--
					r.neg[u*k+to]++
				}
			}
		}
	}
}

// criterion returns the Doreian-Mrvar criterion of r.bloc.
func (r *relocator) criterion() float64 {
	a := r.a
	neg, pos := 0, 0
	for v, b := range r.bloc {
		for j := a.start[v]; j < a.start[v+1]; j++ {
			u := a.nbr[j]
			if u < v {
				continue
			}
			if a.sign[j] < 0 && r.bloc[u] == b {
				neg++
			} else if a.sign[j] > 0 && r.bloc[u] != b {
				pos++
			}
		}
	}
	return r.alpha*float64(neg) + (1-r.alpha)*float64(pos)
}

// newPartition renumbers the blocs of bloc by smallest node and scores the
// result.
func newPartition(g Graph, bloc []int, alpha float64) Partition {
	p := Partition{Blocs: [][]int{}, Bloc: make([]int, g.N)}
	index := make([]int, g.N) // bloc number -> 1 + index in p.Blocs
	for v, b := range bloc {
		i := index[b] - 1
		if i < 0 {
			i = len(p.Blocs)
			index[b] = i + 1
			p.Blocs = append(p.Blocs, nil)
		}
		p.Blocs[i] = append(p.Blocs[i], v)
		p.Bloc[v] = i
	}
	for _, e := range g.Edges {
		same := p.Bloc[e.U] == p.Bloc[e.V]
		switch {
		case e.Sign < 0 && same:
			p.NegInside++
		case e.Sign > 0 && !same:
			p.PosBetween++
		}
	}
	p.P = alpha*float64(p.NegInside) + (1-alpha)*float64(p.PosBetween)
	return p
}
