package metrics

import (
	"math/rand/v2"
	"slices"
)

// chunkSize is the number of sources whose contributions one task sums.
// It is fixed, not derived from the number of workers, so that every sum
// is formed in the same order whatever the parallelism.
const chunkSize = 32

// pathStats holds what the breadth-first searches from a set of sources
// give: every node, or k sampled pivots.
type pathStats struct {
	n int
	// sampled is set when the sources are k pivots rather than every
	// node; scale is then n/k, the factor that turns a sum over the
	// pivots into an estimate of the sum over all sources.
	sampled  bool
	directed bool
	scale    float64
	// betweenness is normalized and, when sampled, scaled by n/k;
	// harmonic, Σ 1/d(s,v) over the sources s that reach v, is scaled by
	// n/k too. farness, Σ d(s,v), and reached, the number of sources
	// s ≠ v that reach v, are the raw sums over the sources, except that
	// a sampled undirected network's reached holds the exact count, the
	// size of v's component less one.
	betweenness []float64
	harmonic    []float64
	farness     []int64
	reached     []int32
	// distanceSum and diameter are the sum and the largest of the
	// distances from the sources in the largest component, of which there
	// are largestSources.
	distanceSum    int64
	diameter       int32
	largestSources int
}

// closeness is networkx.closeness_centrality with wf_improved,
// ((r-1)/Σd)·((r-1)/(n-1)) on incoming distances (NetworkX reverses a
// directed graph). When sampled, the pivots' sums estimate Σd and, for a
// directed network, r-1, each scaled by n/k.
func (p *pathStats) closeness(v int) float64 {
	r, far := float64(p.reached[v]), float64(p.farness[v])
	if far == 0 || p.n <= 1 {
		return 0
	}
	if p.sampled {
		far *= p.scale
		if p.directed {
			r *= p.scale
		}
	}
	return r / far * (r / float64(p.n-1))
}

// avgPathLength is the mean of the distances from the sources in the
// largest component, of c nodes, to the other nodes of that component: the
// exact average when every node is a source.
func (p *pathStats) avgPathLength(c int) float64 {
	if c < 2 || p.largestSources == 0 {
		return 0
	}
	return float64(p.distanceSum) / float64(int64(p.largestSources)*int64(c-1))
}

// choosePivots returns k of the n nodes chosen uniformly without
// replacement, in increasing order.
func choosePivots(n, k int, seed uint64) []int32 {
	r := rand.New(rand.NewPCG(seed, 0x6b672f6d65747263)) // "kg/metrc"
	pivots := make([]int32, k)
	for i, s := range r.Perm(n)[:k] {
		pivots[i] = int32(s)
	}
	slices.Sort(pivots)
	return pivots
}

// shortestPaths runs a breadth-first search and Brandes' dependency
// accumulation from every source: the given pivots, or every node when
// sources is nil. Unless distances is false, it also gathers the distances
// of closeness, harmonic centrality, the diameter and the average path
// length; the betweenness is the same either way. Sources are cut into
// chunks of chunkSize; workers sum chunks into private partials, and the
// partials are added in chunk order, so the result is the same to the last
// bit for any number of workers.
func (nw *network) shortestPaths(comps components, sources []int32, workers int, distances bool) pathStats {
	n := nw.len()
	res := pathStats{
		n:           n,
		sampled:     sources != nil,
		directed:    nw.directed,
		scale:       1,
		betweenness: make([]float64, n),
	}
	if distances {
		res.harmonic = make([]float64, n)
		res.farness = make([]int64, n)
		res.reached = make([]int32, n)
	}
	if n == 0 {
		return res
	}
	k := n
	if sources != nil {
		k = len(sources)
		res.scale = float64(n) / float64(k)
	}
	largest := comps.largest()
	inv := make([]float64, n) // inv[d] = 1/d
	for d := 1; d < n; d++ {
		inv[d] = 1 / float64(d)
	}

	compArcs := make([]int, len(comps.members)) // arcs into each component's nodes
	for c, members := range comps.members {
		for _, v := range members {
			compArcs[c] += nw.in.off[v+1] - nw.in.off[v]
		}
	}

	chunks := (k + chunkSize - 1) / chunkSize
	workers = max(1, min(workers, chunks))
	window := 2 * workers // partials in flight
	pool := make(chan *partial, window)
	for range window {
		pool <- newPartial(n, distances)
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
			sc := newScratch(n, len(nw.out.nbr))
			for t := range tasks {
				t.p.reset()
				lo, hi := t.chunk*chunkSize, min(k, (t.chunk+1)*chunkSize)
				for i := lo; i < hi; i++ {
					s := int32(i)
					if sources != nil {
						s = sources[i]
					}
					c := comps.label[s]
					sc.search(nw, s, comps.members[c], compArcs[c])
					sc.accumulate(t.p)
					if distances {
						sc.distances(t.p, inv, comps.label[s] == largest)
					}
					sc.clear()
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
		if res.sampled {
			// n/k last, so that k = n leaves the exact values untouched.
			scale *= res.scale
		}
		for i := range res.betweenness {
			res.betweenness[i] *= scale
		}
	}
	if distances && res.sampled {
		for i := range res.harmonic {
			res.harmonic[i] *= res.scale
		}
		if !nw.directed {
			for i := range res.reached {
				res.reached[i] = int32(len(comps.members[comps.label[i]]) - 1)
			}
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
	largestSources        int
}

func newPartial(n int, distances bool) *partial {
	p := &partial{betweenness: make([]float64, n)}
	if distances {
		p.harmonic = make([]float64, n)
		p.farness = make([]int64, n)
		p.reached = make([]int32, n)
	}
	return p
}

func (p *partial) reset() {
	clear(p.betweenness)
	clear(p.harmonic)
	clear(p.farness)
	clear(p.reached)
	p.distanceSum, p.diameter, p.largestSources = 0, 0, 0
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
	r.largestSources += p.largestSources
}

// scratch is one worker's search state. Between searches every dist is -1
// and every sigma 0.
type scratch struct {
	dist  []int32
	sigma []float64 // number of shortest paths from the source
	coeff []float64 // (1+δ(w))/σ(w), set during accumulation
	// order holds the nodes reached, in order of discovery, in
	// order[:reached]; level d is order[level[d]:level[d+1]].
	order   []int32
	reached int
	level   []int32
	// succ[start[i]:start[i+1]] are the successors on shortest paths of
	// order[i], in increasing index order.
	succ, start []int32
	// For bottomUp: count is 0 between uses; pred lists predecessors,
	// and found the nodes they lead to with the ends of their lists.
	count, pred, found, ends []int32
}

// newScratch returns the state of searches on a network of n nodes and
// the given number of arcs.
func newScratch(n, arcs int) *scratch {
	s := &scratch{
		dist:  make([]int32, n),
		sigma: make([]float64, n),
		coeff: make([]float64, n),
		// One spare slot: the search writes order[reached] and
		// succ[len] for every arc it scans and keeps the write only for
		// a new node, or a successor.
		order: make([]int32, n+1),
		succ:  make([]int32, arcs+1),
		start: make([]int32, n+1),
		count: make([]int32, n),
		pred:  make([]int32, 0, arcs),
		found: make([]int32, 0, n),
		ends:  make([]int32, 0, n),
	}
	for i := range s.dist {
		s.dist[i] = -1
	}
	return s
}

// search is a breadth-first search from src, level by level, that counts
// the shortest paths σ(w) to every node w: σ(w) is the sum of σ(v) over the
// v one step before w, added in the order in which the v are dequeued. It
// also lists every node's successors, for accumulate. comp lists the nodes
// of src's component, which has compArcs arcs into its nodes.
//
// Once the whole component is reached, the last level is complete, and its
// arcs, which lead to no new node and so add nothing to any σ, are not
// scanned. And when the arcs into the nodes not yet reached are fewer than
// the arcs out of the level, the next level is found from the former
// (bottomUp: Beamer, Asanović and Patterson 2012). On random graphs the
// last two levels hold most of the arcs.
func (sc *scratch) search(nw *network, src int32, comp []int32, compArcs int) {
	dist, sigma, order := sc.dist, sc.sigma, sc.order
	out, in := &nw.out, &nw.in
	order[0] = src
	dist[src], sigma[src] = 0, 1
	sc.start[0] = 0
	level := append(sc.level[:0], 0)
	tail, k := 1, int32(0)
	reachedArcs := 0 // arcs into the nodes of order[:lo]
	for lo, hi, dv := 0, 1, int32(1); lo < hi; lo, hi, dv = hi, tail, dv+1 {
		level = append(level, int32(hi))
		if hi == len(comp) {
			break
		}
		var outArcs int
		for _, v := range order[lo:hi] {
			reachedArcs += in.off[v+1] - in.off[v]
			outArcs += out.off[v+1] - out.off[v]
		}
		if 2*(compArcs-reachedArcs)+len(comp)/2 < outArcs {
			tail, k = sc.bottomUp(in, comp, lo, hi, tail, k, dv)
			continue
		}
		// An arc finds a new node about as often as a node of the
		// component is not yet reached. Where that is neither rare nor
		// common, the test is a coin toss for the branch predictor and
		// the search runs faster without the branch (by a tenth on
		// random graphs).
		scan := scanBranching
		if unseen := len(comp) - tail; unseen >= len(comp)/10 && unseen <= len(comp)-len(comp)/10 {
			scan = scanBranchless
		}
		tail, k = scan(sc, out, lo, hi, tail, k, dv)
	}
	sc.reached, sc.level = tail, level
}

// bottomUp finds the next level, at distance dv, from the arcs into the
// nodes of comp not yet reached, and leaves the same state as a scan of the
// arcs out of order[lo:hi]: the successor lists of the level's nodes, in
// increasing index order; the new nodes in order, each after the first
// node of the level (in order) that leads to it; and σ(w) summed over the
// nodes that lead to w in the same order.
func (sc *scratch) bottomUp(in *adjacency, comp []int32, lo, hi, tail int, k, dv int32) (int, int32) {
	dist, sigma, order, succ, start, count := sc.dist, sc.sigma, sc.order, sc.succ, sc.start, sc.count
	pred, found, ends := sc.pred[:0], sc.found[:0], sc.ends[:0]
	d := dv - 1
	for _, w := range comp {
		if dist[w] >= 0 {
			continue
		}
		n := len(pred)
		for _, v := range in.nbr[in.off[w]:in.off[w+1]] {
			if dist[v] == d {
				pred = append(pred, v)
				count[v]++
			}
		}
		if len(pred) > n {
			found = append(found, w)
			ends = append(ends, int32(len(pred)))
		}
	}
	// Lay out the successor lists of the level in order; count becomes
	// each list's next free slot.
	for i := lo; i < hi; i++ {
		v := order[i]
		start[i+1] = start[i] + count[v]
		count[v] = start[i]
	}
	// Fill them in increasing index order of the successors.
	var from int32
	for j, w := range found {
		for _, v := range pred[from:ends[j]] {
			succ[count[v]] = w
			count[v]++
		}
		from = ends[j]
	}
	for _, v := range order[lo:hi] {
		count[v] = 0
	}
	for i := lo; i < hi; i++ {
		sv := sigma[order[i]]
		for _, w := range succ[start[i]:start[i+1]] {
			if dist[w] < 0 {
				dist[w] = dv
				order[tail] = w
				tail++
			}
			sigma[w] += sv
		}
	}
	sc.pred, sc.found, sc.ends = pred, found, ends
	return tail, start[hi]
}

// scanBranching scans the arcs from the nodes v of order[lo:hi], at
// distance dv-1: a new node gets distance dv and is appended to order at
// tail; every w at distance dv is listed among the successors of v (the
// list is always written at k and kept only for those), and then gets
// σ(w) += σ(v). It returns the new tail and length of the successor lists.
// Kept out of line, the scans have few enough live values to stay in
// registers, which made the pass a tenth faster.
//
//go:noinline
func scanBranching(sc *scratch, out *adjacency, lo, hi, tail int, k, dv int32) (int, int32) {
	dist, sigma, order, succ, start := sc.dist, sc.sigma, sc.order, sc.succ, sc.start
	off, nbr := out.off, out.nbr
	for i := lo; i < hi; i++ {
		v := order[i]
		sv := sigma[v]
		first := k
		for _, w := range nbr[off[v]:off[v+1]] {
			dw := dist[w]
			if dw < 0 {
				dist[w], dw = dv, dv
				order[tail] = w
				tail++
			}
			succ[k] = w
			k += int32(b2i(dw == dv))
		}
		start[i+1] = k
		for _, w := range succ[first:k] {
			sigma[w] += sv
		}
	}
	return tail, k
}

// scanBranchless is scanBranching without a branch: w is always written at
// order[tail], and kept only when new.
//
//go:noinline
func scanBranchless(sc *scratch, out *adjacency, lo, hi, tail int, k, dv int32) (int, int32) {
	dist, sigma, order, succ, start := sc.dist, sc.sigma, sc.order, sc.succ, sc.start
	off, nbr := out.off, out.nbr
	for i := lo; i < hi; i++ {
		v := order[i]
		sv := sigma[v]
		first := k
		for _, w := range nbr[off[v]:off[v+1]] {
			dw := dist[w]
			fresh := dw < 0
			if fresh {
				dw = dv
			}
			dist[w] = dw
			order[tail] = w
			tail += b2i(fresh)
			succ[k] = w
			k += int32(b2i(dw == dv))
		}
		start[i+1] = k
		for _, w := range succ[first:k] {
			sigma[w] += sv
		}
	}
	return tail, k
}

// accumulate adds to p.betweenness the dependencies of the last search
// (Brandes 2001): δ(w) = σ(w)·Σ (1+δ(x))/σ(x) over the successors x of w
// on shortest paths, in increasing index order, deepest level first.
func (sc *scratch) accumulate(p *partial) {
	sigma, coeff, order, succ, start := sc.sigma, sc.coeff, sc.order, sc.succ, sc.start
	deepest := len(sc.level) - 2
	for d := deepest; d >= 1; d-- {
		lo, hi := sc.level[d], sc.level[d+1]
		if d == deepest {
			// No successors: δ = 0.
			for _, w := range order[lo:hi] {
				coeff[w] = 1 / sigma[w]
			}
			continue
		}
		for i := lo; i < hi; i++ {
			w := order[i]
			var acc float64
			for _, x := range succ[start[i]:start[i+1]] {
				acc += coeff[x]
			}
			delta := sigma[w] * acc
			coeff[w] = (1 + delta) / sigma[w]
			p.betweenness[w] += delta
		}
	}
}

// distances adds the distances of the last search to p: for closeness and
// harmonic centrality, and, for a source in the largest component, for the
// average path length and the diameter.
func (sc *scratch) distances(p *partial, inv []float64, inLargest bool) {
	var sum int64
	for d := 1; d < len(sc.level)-1; d++ {
		nodes := sc.order[sc.level[d]:sc.level[d+1]]
		for _, t := range nodes {
			p.farness[t] += int64(d)
			p.reached[t]++
			p.harmonic[t] += inv[d]
		}
		sum += int64(d) * int64(len(nodes))
	}
	if inLargest {
		p.distanceSum += sum
		p.diameter = max(p.diameter, int32(len(sc.level)-2))
		p.largestSources++
	}
}

// clear restores the between-searches state of the nodes the last search
// reached.
func (sc *scratch) clear() {
	for _, v := range sc.order[:sc.reached] {
		sc.dist[v], sc.sigma[v] = -1, 0
	}
}

// b2i is 1 when b holds and 0 otherwise, without a branch.
func b2i(b bool) int {
	var i int
	if b {
		i = 1
	}
	return i
}
