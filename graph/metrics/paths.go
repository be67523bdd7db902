package metrics

import (
	"math"
	"math/rand/v2"
)

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

// scratch is one worker's search state. Between sources every dist is -1
// and every sigma 0.
type scratch struct {
	dist  []int32
	sigma []float64 // number of shortest paths from the source
	coeff []float64 // (1+δ(w))/σ(w) during accumulation
	order []int32   // nodes in order of discovery
}

func newScratch(n int) *scratch {
	s := &scratch{
		dist:  make([]int32, n),
		sigma: make([]float64, n),
		coeff: make([]float64, n),
		order: make([]int32, 0, n),
	}
	for i := range s.dist {
		s.dist[i] = -1
	}
	return s
}

// source adds the contributions of the search from src to p: distances for
// closeness and harmonic centrality, and, when brandes is set, the
// dependencies δ(w) = Σ σ(w)/σ(x)·(1+δ(x)) over successors x of w on
// shortest paths (Brandes 2001), gathered by each w from its successors
// in increasing index order.
func (sc *scratch) source(nw *network, src int32, p *partial, inv []float64, brandes, inLargest bool) {
	dist, sigma, out := sc.dist, sc.sigma, &nw.out
	order := append(sc.order[:0], src)
	dist[src], sigma[src] = 0, 1
	for head := 0; head < len(order); head++ {
		v := order[head]
		dv, sv := dist[v]+1, sigma[v]
		svBits := math.Float64bits(sv)
		for _, w := range out.nbr[out.off[v]:out.off[v+1]] {
			dw := dist[w]
			if dw < 0 {
				dist[w], dw = dv, dv
				order = append(order, w)
			}
			// σ(w) += σ(v) when w is one step beyond v, else += 0.
			sigma[w] += math.Float64frombits(svBits & mask(dw == dv))
		}
	}

	var sum int64
	for _, t := range order[1:] {
		d := dist[t]
		sum += int64(d)
		p.farness[t] += int64(d)
		p.reached[t]++
		p.harmonic[t] += inv[d]
	}
	if inLargest {
		p.distanceSum += sum
		p.diameter = max(p.diameter, dist[order[len(order)-1]])
	}

	if brandes {
		coeff := sc.coeff
		for i := len(order) - 1; i > 0; i-- {
			w := order[i]
			dx := dist[w] + 1
			var acc float64
			for _, x := range out.nbr[out.off[w]:out.off[w+1]] {
				// coeff[x] when x is one step beyond w, else 0.
				acc += math.Float64frombits(math.Float64bits(coeff[x]) & mask(dist[x] == dx))
			}
			delta := sigma[w] * acc
			coeff[w] = (1 + delta) / sigma[w]
			p.betweenness[w] += delta
		}
	}

	for _, v := range order {
		dist[v], sigma[v] = -1, 0
	}
	sc.order = order
}

// mask is all ones when b holds and 0 otherwise, computed with a conditional
// move rather than a branch. The searches' distance tests are too random to
// predict, and masking the bits of a float64 instead of branching on the
// test made the pass a third faster. Adding +0 leaves every sum bit for bit
// as skipping would.
func mask(b bool) uint64 {
	var m uint64
	if b {
		m = ^uint64(0)
	}
	return m
}
