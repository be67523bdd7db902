package metrics

import "math/rand/v2"

// chunkSize is the number of sources whose contributions one task sums.
// It is fixed, not derived from the number of workers, so that every sum
// is formed in the same order whatever the parallelism.
const chunkSize = 32

// pathStats holds what one breadth-first search from every node gives.
type pathStats struct {
	n           int
	betweenness []float64 // normalized
	harmonic    []float64 // Σ 1/d(s,v) over sources s that reach v
	farness     []int64   // Σ d(s,v) over sources s that reach v
	reached     []int32   // number of sources s ≠ v that reach v
	distanceSum int64     // Σ d(s,t) over sources s in the largest component
	diameter    int32     // max d(s,t) over sources s in the largest component
}

// closeness is networkx.closeness_centrality with wf_improved: the
// distances are incoming ones (NetworkX reverses a directed graph).
func (p *pathStats) closeness(v int) float64 {
	r, far := float64(p.reached[v]), float64(p.farness[v])
	if far == 0 || p.n <= 1 {
		return 0
	}
	return r / far * (r / float64(p.n-1))
}

// choosePivots marks k of n sources chosen uniformly without replacement.
func choosePivots(n, k int, seed uint64) []bool {
	r := rand.New(rand.NewPCG(seed, 0x6b672f6d65747263)) // "kg/metrc"
	pivots := make([]bool, n)
	for _, s := range r.Perm(n)[:k] {
		pivots[s] = true
	}
	return pivots
}

// shortestPaths runs a breadth-first search from every node and Brandes'
// dependency accumulation from every pivot (every node when pivots is nil).
// Sources are cut into chunks of chunkSize; workers sum chunks into private
// partials, and the partials are added in chunk order, so the result is
// the same to the last bit for any number of workers.
func (nw *network) shortestPaths(label []int32, largest int32, pivots []bool, workers int) pathStats {
	n := nw.len()
	res := pathStats{
		n:           n,
		betweenness: make([]float64, n),
		harmonic:    make([]float64, n),
		farness:     make([]int64, n),
		reached:     make([]int32, n),
	}
	if n == 0 {
		return res
	}
	inv := make([]float64, n) // inv[d] = 1/d
	for d := 1; d < n; d++ {
		inv[d] = 1 / float64(d)
	}

	chunks := (n + chunkSize - 1) / chunkSize
	workers = max(1, min(workers, chunks))
	window := 2 * workers // partials in flight
	pool := make(chan *partial, window)
	for range window {
		pool <- newPartial(n)
	}
	type task struct {
		chunk int
		p     *partial
	}
	tasks := make(chan task)
	done := make(chan task)
	go func() {
		for c := range chunks {
			tasks <- task{c, <-pool}
		}
		close(tasks)
	}()
	for range workers {
		go func() {
			sc := newScratch(n)
			for t := range tasks {
				t.p.reset()
				lo, hi := t.chunk*chunkSize, min(n, (t.chunk+1)*chunkSize)
				for s := lo; s < hi; s++ {
					brandes := pivots == nil || pivots[s]
					sc.source(nw, int32(s), t.p, inv, brandes, label[s] == largest)
				}
				done <- t
			}
		}()
	}

	pending := make([]*partial, chunks)
	for next := 0; next < chunks; {
		t := <-done
		pending[t.chunk] = t.p
		for next < chunks && pending[next] != nil {
			p := pending[next]
			pending[next] = nil
			res.add(p)
			pool <- p
			next++
		}
	}

	if n > 2 {
		// networkx's _rescale: the same scale for directed and undirected
		// graphs, whose Brandes sums count each unordered pair twice.
		scale := 1 / (float64(n-1) * float64(n-2))
		if pivots != nil {
			k := 0
			for _, p := range pivots {
				if p {
					k++
				}
			}
			// n/k first, so that k = n leaves the exact values untouched.
			scale *= float64(n) / float64(k)
		}
		for i := range res.betweenness {
			res.betweenness[i] *= scale
		}
	}
	return res
}

// partial holds the contributions of one chunk of sources.
type partial struct {
	betweenness, harmonic []float64
	farness               []int64
	reached               []int32
	distanceSum           int64
	diameter              int32
}

func newPartial(n int) *partial {
	return &partial{
		betweenness: make([]float64, n),
		harmonic:    make([]float64, n),
		farness:     make([]int64, n),
		reached:     make([]int32, n),
	}
}

func (p *partial) reset() {
	clear(p.betweenness)
	clear(p.harmonic)
	clear(p.farness)
	clear(p.reached)
	p.distanceSum, p.diameter = 0, 0
}

func (r *pathStats) add(p *partial) {
	for i, x := range p.betweenness {
		r.betweenness[i] += x
	}
	for i, x := range p.harmonic {
		r.harmonic[i] += x
	}
	for i, x := range p.farness {
		r.farness[i] += x
	}
	for i, x := range p.reached {
		r.reached[i] += x
	}
	r.distanceSum += p.distanceSum
	r.diameter = max(r.diameter, p.diameter)
}

// scratch is one worker's search state: per node, its distance from the
// source (-1 before it is reached) and a value that holds σ, the number of
// shortest paths from the source, during the search and (1+δ)/σ once its
// dependency δ is known. Keeping both in one 16-byte record halves the
// cache lines a step touches.
type scratch struct {
	node  []nodeState
	order []int32 // nodes in order of discovery
}

type nodeState struct {
	val  float64
	dist int32
}

func newScratch(n int) *scratch {
	s := &scratch{node: make([]nodeState, n), order: make([]int32, 0, n)}
	for i := range s.node {
		s.node[i].dist = -1
	}
	return s
}

// source adds the contributions of the search from src to p: distances for
// closeness and harmonic centrality, and, when brandes is set, the
// dependencies δ(w) = Σ σ(w)/σ(x)·(1+δ(x)) over successors x of w on
// shortest paths (Brandes 2001), gathered by each w from its successors
// in increasing index order.
func (sc *scratch) source(nw *network, src int32, p *partial, inv []float64, brandes, inLargest bool) {
	node, out := sc.node, &nw.out
	order := append(sc.order[:0], src)
	node[src] = nodeState{val: 1, dist: 0}
	for head := 0; head < len(order); head++ {
		v := order[head]
		dv, sv := node[v].dist+1, node[v].val
		for _, w := range out.nbr[out.off[v]:out.off[v+1]] {
			nw := &node[w]
			switch nw.dist {
			case -1:
				nw.dist, nw.val = dv, sv
				order = append(order, w)
			case dv:
				nw.val += sv
			}
		}
	}

	var sum int64
	for _, t := range order[1:] {
		d := node[t].dist
		sum += int64(d)
		p.farness[t] += int64(d)
		p.reached[t]++
		p.harmonic[t] += inv[d]
	}
	if inLargest {
		p.distanceSum += sum
		p.diameter = max(p.diameter, node[order[len(order)-1]].dist)
	}

	if brandes {
		// In reverse order of discovery every successor x of w on a
		// shortest path is done, and its val holds (1+δ(x))/σ(x).
		for i := len(order) - 1; i > 0; i-- {
			w := order[i]
			dx := node[w].dist + 1
			var acc float64
			for _, x := range out.nbr[out.off[w]:out.off[w+1]] {
				if nx := &node[x]; nx.dist == dx {
					acc += nx.val
				}
			}
			sigma := node[w].val
			delta := sigma * acc
			node[w].val = (1 + delta) / sigma
			p.betweenness[w] += delta
		}
	}

	for _, v := range order {
		node[v] = nodeState{dist: -1}
	}
	sc.order = order
}
