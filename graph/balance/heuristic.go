package balance

import "math/rand/v2"

// flipper keeps a two-bloc split of a component together with, for every
// node, how many more of its ties are violated than kept: moving a node
// whose gain is positive lowers the number of violated ties by the gain.
type flipper struct {
	a     *adjacency
	side  []int8
	gain  []int
	value int // violated ties

	queue []int
	inQ   []bool
	log   []int // nodes flipped since the log was last cleared
}

func newFlipper(a *adjacency) *flipper {
	n := a.n()
	return &flipper{a: a, side: make([]int8, n), gain: make([]int, n), inQ: make([]bool, n)}
}

// reset recomputes gains and value from f.side.
func (f *flipper) reset() {
	a := f.a
	f.value = 0
	for v := range a.n() {
		g := 0
		for k := a.start[v]; k < a.start[v+1]; k++ {
			if violated(a.sign[k], f.side[v], f.side[a.nbr[k]]) {
				g++
			} else {
				g--
			}
		}
		f.gain[v] = g
		f.value += (g + (a.start[v+1] - a.start[v])) / 2
	}
	f.value /= 2
	f.log = f.log[:0]
}

// flip moves v to the other bloc.
func (f *flipper) flip(v int) {
	a := f.a
	f.value -= f.gain[v]
	f.gain[v] = -f.gain[v]
	f.side[v] ^= 1
	for k := a.start[v]; k < a.start[v+1]; k++ {
		u := a.nbr[k]
		if violated(a.sign[k], f.side[v], f.side[u]) {
			f.gain[u] += 2
		} else {
			f.gain[u] -= 2
		}
	}
	f.log = append(f.log, v)
}

func (f *flipper) push(v int) {
	if f.gain[v] > 0 && !f.inQ[v] {
		f.inQ[v] = true
		f.queue = append(f.queue, v)
	}
}

// descend moves queued nodes, and the neighbours they make worth moving,
// until no single move lowers the number of violated ties.
func (f *flipper) descend() {
	a := f.a
	for i := 0; i < len(f.queue); i++ {
		v := f.queue[i]
		f.inQ[v] = false
		if f.gain[v] <= 0 {
			continue
		}
		f.flip(v)
		for _, u := range a.nbr[a.start[v]:a.start[v+1]] {
			f.push(u)
		}
	}
	f.queue = f.queue[:0]
}

// undo reverts the logged flips.
func (f *flipper) undo() {
	log := f.log
	for i := len(log) - 1; i >= 0; i-- {
		f.flip(log[i])
	}
	f.log = log[:0]
}

// heuristicSplit returns a good two-bloc split of the connected component a
// and the number of ties it violates, by local search from starts starting
// points, each improved further by random perturbations. Starts alternate
// between the split induced by a spanning tree from a random root (which
// is optimal when the component is balanced) and a random split.
func heuristicSplit(a *adjacency, rng *rand.Rand, starts int) ([]int8, int) {
	n := a.n()
	f := newFlipper(a)
	best := make([]int8, n)
	bestValue := -1
	kicks := min(4*n, 400)
	ball := make([]int, 0, 8)
	inBall := make([]bool, n)
	for t := range starts {
		if t%2 == 0 {
			treeSplit(a, rng.IntN(n), f.side)
		} else {
			for v := range f.side {
				f.side[v] = int8(rng.IntN(2))
			}
		}
		f.reset()
		for v := range n {
			f.push(v)
		}
		f.descend()
		for range kicks {
			if f.value == 0 {
				break
			}
			// Move a small connected set of nodes together, settle, and keep
			// the result unless it is worse.
			before := f.value
			f.log = f.log[:0]
			ball = ball[:0]
			root := rng.IntN(n)
			ball = append(ball, root)
			inBall[root] = true
			size := 1 + rng.IntN(min(n, 6))
			for i := 0; i < len(ball) && len(ball) < size; i++ {
				v := ball[i]
				deg := a.start[v+1] - a.start[v]
				off := rng.IntN(deg)
				for j := range deg {
					u := a.nbr[a.start[v]+(off+j)%deg]
					if !inBall[u] && len(ball) < size {
						inBall[u] = true
						ball = append(ball, u)
					}
				}
			}
			for _, v := range ball {
				inBall[v] = false
				f.flip(v)
			}
			for _, v := range ball {
				f.push(v)
				for _, u := range a.nbr[a.start[v]:a.start[v+1]] {
					f.push(u)
				}
			}
			f.descend()
			if f.value > before {
				f.undo()
			}
		}
		if bestValue < 0 || f.value < bestValue {
			bestValue = f.value
			copy(best, f.side)
		}
		if bestValue == 0 {
			break
		}
	}
	return best, bestValue
}

// treeSplit fills side with the split that keeps every tie of a
// breadth-first spanning tree from root.
func treeSplit(a *adjacency, root int, side []int8) {
	seen := make([]bool, a.n())
	seen[root] = true
	side[root] = 0
	queue := []int{root}
	for i := 0; i < len(queue); i++ {
		v := queue[i]
		for k := a.start[v]; k < a.start[v+1]; k++ {
			u := a.nbr[k]
			if seen[u] {
				continue
			}
			seen[u] = true
			side[u] = side[v]
			if a.sign[k] < 0 {
				side[u] ^= 1
			}
			queue = append(queue, u)
		}
	}
}

// cyclePacking returns the number of edge-disjoint unbalanced cycles
// (cycles with an odd number of negative ties) that it finds in the
// connected component a. Every such cycle needs one of its ties flipped,
// so the count is a lower bound on the frustration index. Short cycles go
// first: the search runs in rounds that allow ever longer cycles.
func cyclePacking(a *adjacency) int {
	n := a.n()
	p := &packer{
		a:       a,
		removed: make([]bool, a.m),
		seen:    make([]int, 2*n),
		parent:  make([]int, 2*n),
		pedge:   make([]int, 2*n),
		pdist:   make([]int, 2*n),
		onStack: make([]int, n),
	}
	for i := range p.onStack {
		p.onStack[i] = -1
	}
	count := 0
	for limit := 3; ; limit += max(1, limit/2) {
		if limit >= 2*n {
			limit = 2 * n
		}
		for v := range n {
			for {
				cycle := p.oddCycle(v, limit)
				if p.work > packingWork {
					// any packing is a lower bound: stop with what is found
					return count
				}
				if cycle == nil {
					break
				}
				for _, e := range cycle {
					p.removed[e] = true
				}
				count++
			}
		}
		if limit == 2*n {
			return count
		}
	}
}

// packingWork bounds the cycle packing's search, in adjacency entries
// scanned: each round of searches from every node costs about nodes times
// ties, which on 10,000 actors and 100,000 ties ran for minutes. Past the
// budget the packing stops with the cycles found so far, still a lower
// bound, only a weaker one. The repository's views need a few thousand.
const packingWork = 30_000_000

// packer finds unbalanced cycles by breadth-first search on the double
// cover of the graph, whose states are (node, parity of negative ties on
// the way): an unbalanced closed walk from v leads from (v, 0) to (v, 1).
type packer struct {
	a       *adjacency
	removed []bool
	stamp   int
	seen    []int // state -> stamp of the search that reached it
	parent  []int // state -> previous state
	pedge   []int // state -> edge from the previous state
	pdist   []int // state -> walk length
	queue   []int
	onStack []int // node -> position on the cycle stack, or -1
	work    int   // adjacency entries scanned (packingWork)
}

// oddCycle returns the edges of an unbalanced cycle of at most limit edges
// through or near v among the edges not yet removed, or nil.
func (p *packer) oddCycle(v, limit int) []int {
	a := p.a
	p.stamp++
	src, dst := 2*v, 2*v+1
	p.seen[src], p.pdist[src] = p.stamp, 0
	p.queue = append(p.queue[:0], src)
	found := false
	for i := 0; i < len(p.queue) && !found; i++ {
		s := p.queue[i]
		if p.pdist[s] >= limit {
			continue
		}
		u, par := s/2, s%2
		p.work += a.start[u+1] - a.start[u]
		if p.work > packingWork {
			return nil
		}
		for k := a.start[u]; k < a.start[u+1]; k++ {
			if p.removed[a.edge[k]] {
				continue
			}
			np := par
			if a.sign[k] < 0 {
				np ^= 1
			}
			t := 2*a.nbr[k] + np
			if p.seen[t] == p.stamp {
				continue
			}
			p.seen[t], p.parent[t], p.pedge[t], p.pdist[t] = p.stamp, s, a.edge[k], p.pdist[s]+1
			if t == dst {
				found = true
				break
			}
			p.queue = append(p.queue, t)
		}
	}
	if !found {
		return nil
	}
	// The walk, from v back to v.
	var nodes, edges []int
	var odd []bool
	for s := dst; s != src; s = p.parent[s] {
		nodes = append(nodes, s/2)
		edges = append(edges, p.pedge[s])
		odd = append(odd, s%2 != p.parent[s]%2)
	}
	// Walk it forwards keeping a simple path on a stack; a node met again
	// closes a cycle, which is the answer if unbalanced and is dropped
	// otherwise (dropping a balanced loop keeps the walk's parity odd).
	stack, sedge, spar := []int{v}, []int{}, []bool{false}
	p.onStack[v] = 0
	var cycle []int
	for i := len(nodes) - 1; i >= 0 && cycle == nil; i-- {
		w, e := nodes[i], edges[i]
		par := spar[len(spar)-1] != odd[i]
		if j := p.onStack[w]; j >= 0 {
			if par != spar[j] {
				cycle = append(append(cycle, sedge[j:]...), e)
				break
			}
			for _, x := range stack[j+1:] {
				p.onStack[x] = -1
			}
			stack, sedge, spar = stack[:j+1], sedge[:j], spar[:j+1]
			continue
		}
		p.onStack[w] = len(stack)
		stack, sedge, spar = append(stack, w), append(sedge, e), append(spar, par)
	}
	for _, x := range stack {
		p.onStack[x] = -1
	}
	if cycle == nil {
		panic("balance: internal error: unbalanced walk without unbalanced cycle")
	}
	return cycle
}
