package balance

import (
	"math/bits"
	"slices"
)

// exactSplit returns a split of the connected component a (at most 64
// nodes) that violates as few ties as possible, and that number. hint is a
// split violating hintValue ties, used as the first upper bound.
//
// The search is a Russian doll search: with the nodes in a fixed order, it
// solves the subgraphs induced by the last node, the last two, and so on up
// to the whole component, each by branch and bound over the nodes in order.
// While the first j nodes of a subproblem are placed, the ties split into
// three disjoint sets, each with its own lower bound: ties among placed
// nodes (counted), ties from an unplaced node to placed ones (the node's
// cheaper side), and ties among unplaced nodes (the optimum of the smaller
// subproblem, already solved).
func exactSplit(a *adjacency, hint []int8, hintValue int) ([]int8, int) {
	n := a.n()
	if n > MaxExactLimit {
		panic("balance: internal error: exact search on too large a component")
	}
	order := searchOrder(a)
	at := make([]int, n) // node -> position in order
	for i, v := range order {
		at[v] = i
	}
	s := &doll{n: n, pos: make([]uint64, n), neg: make([]uint64, n), f: make([]int, n+1)}
	var hintMask uint64
	for i, v := range order {
		for k := a.start[v]; k < a.start[v+1]; k++ {
			bit := uint64(1) << at[a.nbr[k]]
			if a.sign[k] > 0 {
				s.pos[i] |= bit
			} else {
				s.neg[i] |= bit
			}
		}
		if hint[v] == 1 {
			hintMask |= 1 << i
		}
	}
	var prev uint64 // optimal split of the previous, smaller subproblem
	for i := n - 1; i >= 0; i-- {
		suffix := ^uint64(0) << i
		if n < 64 {
			suffix &= (1 << n) - 1
		}
		// First upper bounds: the previous optimum with node i added on its
		// cheaper side, and the hint restricted to the subproblem.
		c0, c1 := s.cost(i, prev, suffix&^(1<<i))
		s.best, s.bestMask = s.f[i+1]+c0, prev
		if c1 < c0 {
			s.best, s.bestMask = s.f[i+1]+c1, prev|1<<i
		}
		if v := s.within(hintMask, suffix); v < s.best {
			s.best, s.bestMask = v, hintMask&suffix
		}
		if s.bestMask&(1<<i) != 0 {
			s.bestMask ^= suffix // node i on side 0
		}
		s.lower = s.f[i+1]
		if s.best > s.lower {
			s.search(i+1, 1<<i, 0, 0)
		}
		s.f[i] = s.best
		prev = s.bestMask
	}
	if s.f[0] > hintValue {
		panic("balance: internal error: exact search worse than its hint")
	}
	side := make([]int8, n)
	for i, v := range order {
		side[v] = int8(prev >> i & 1)
	}
	return side, s.f[0]
}

// doll is the state of the Russian doll search. Node masks are over
// positions in the search order; a set bit in a side mask means side 1.
type doll struct {
	n        int
	pos, neg []uint64 // ties of each position
	f        []int    // f[i]: optimum of the subproblem on positions i..n-1
	best     int      // best value of the current subproblem so far
	bestMask uint64
	lower    int // value at which the search can stop
}

// cost returns the ties from position j to the positions in placed that
// are violated with j on side 0 and with j on side 1, given sides.
func (s *doll) cost(j int, sides, placed uint64) (c0, c1 int) {
	p, q := s.pos[j]&placed, s.neg[j]&placed
	c0 = bits.OnesCount64(p&sides) + bits.OnesCount64(q&^sides)
	c1 = bits.OnesCount64(p&^sides) + bits.OnesCount64(q&sides)
	return c0, c1
}

// within counts the ties among the positions in set violated by sides.
func (s *doll) within(sides, set uint64) int {
	v := 0
	for j := range s.n {
		if set&(1<<j) == 0 {
			continue
		}
		later := set &^ (uint64(1)<<(j+1) - 1)
		c0, c1 := s.cost(j, sides, later)
		if sides&(1<<j) == 0 {
			v += c0
		} else {
			v += c1
		}
	}
	return v
}

// search places position j onwards, given the placed positions, their
// sides and the ties they violate. It reports whether the search may stop.
func (s *doll) search(j int, placed, sides uint64, cost int) bool {
	if j == s.n {
		s.best, s.bestMask = cost, sides
		return s.best <= s.lower
	}
	c0, c1 := s.cost(j, sides, placed)
	first := 0
	if c1 < c0 {
		first = 1
	}
	for t := range 2 {
		side := first ^ t
		c := cost + c0
		if side == 1 {
			c = cost + c1
		}
		if c+s.f[j+1] >= s.best {
			continue
		}
		np, ns := placed|1<<j, sides|uint64(side)<<j
		bound := c + s.f[j+1]
		for y := j + 1; y < s.n && bound < s.best; y++ {
			d0, d1 := s.cost(y, ns, np)
			bound += min(d0, d1)
		}
		if bound >= s.best {
			continue
		}
		if s.search(j+1, np, ns, c) {
			return true
		}
	}
	return false
}

// searchOrder orders the nodes of a for the search. It picks a node of
// highest degree, then repeatedly the node with most ties to those already
// picked (ties broken by degree, then by number), so that placed nodes
// constrain the next ones early; the Russian doll search then solves the
// subproblems from the end of this order.
func searchOrder(a *adjacency) []int {
	n := a.n()
	deg := func(v int) int { return a.start[v+1] - a.start[v] }
	links := make([]int, n)
	picked := make([]bool, n)
	order := make([]int, 0, n)
	for range n {
		best := -1
		for v := range n {
			if picked[v] {
				continue
			}
			if best < 0 || links[v] > links[best] || links[v] == links[best] && deg(v) > deg(best) {
				best = v
			}
		}
		picked[best] = true
		order = append(order, best)
		for _, u := range a.nbr[a.start[best]:a.start[best+1]] {
			links[u]++
		}
	}
	return slices.Clip(order)
}
