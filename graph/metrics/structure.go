package metrics

import "slices"

// components are the connected components of a network, weakly connected
// ones for a directed network. Components are numbered in order of their
// smallest node, and members lists each one's nodes in increasing order.
type components struct {
	label   []int32
	members [][]int32
}

func (nw *network) components() components {
	n := nw.len()
	c := components{label: make([]int32, n)}
	for i := range c.label {
		c.label[i] = -1
	}
	var queue []int32
	for s := range n {
		if c.label[s] >= 0 {
			continue
		}
		id := int32(len(c.members))
		c.label[s] = id
		queue = append(queue[:0], int32(s))
		for head := 0; head < len(queue); head++ {
			v := queue[head]
			for _, adj := range [2][]int32{nw.out.of(v), nw.in.of(v)} {
				for _, w := range adj {
					if c.label[w] < 0 {
						c.label[w] = id
						queue = append(queue, w)
					}
				}
			}
		}
		members := make([]int32, len(queue))
		copy(members, queue)
		c.members = append(c.members, members)
	}
	for _, m := range c.members {
		slices.Sort(m)
	}
	return c
}

// largest returns the number of the largest component, the first (the one
// with the smallest node) among equally large ones, or -1 for an empty
// network.
func (c components) largest() int32 {
	best := int32(-1)
	for i, m := range c.members {
		if best < 0 || len(m) > len(c.members[best]) {
			best = int32(i)
		}
	}
	return best
}

// degree counts the distinct neighbours of v: the union of its successors
// and predecessors, both sorted.
func (nw *network) degree(v int32) int {
	out, in := nw.out.of(v), nw.in.of(v)
	if !nw.directed {
		return len(out)
	}
	d, i, j := 0, 0, 0
	for i < len(out) && j < len(in) {
		switch {
		case out[i] < in[j]:
			i++
		case out[i] > in[j]:
			j++
		default:
			i++
			j++
		}
		d++
	}
	return d + len(out) - i + len(in) - j
}

func (nw *network) weightedDegree(v int32) float64 {
	var s float64
	for _, w := range nw.out.weights(v) {
		s += w
	}
	if nw.directed {
		for _, w := range nw.in.weights(v) {
			s += w
		}
	}
	return s
}

func (nw *network) edges() int {
	if nw.directed {
		return len(nw.out.nbr)
	}
	return len(nw.out.nbr) / 2
}

// density is networkx.density: m/(n(n-1)) for a directed graph, twice that
// for an undirected one, and 0 without edges or with fewer than two nodes.
func density(n, m int, directed bool) float64 {
	if m == 0 || n <= 1 {
		return 0
	}
	d := float64(m) / (float64(n) * float64(n-1))
	if !directed {
		d *= 2
	}
	return d
}

// transitivity is networkx.transitivity: the sum over nodes v of the
// number of ordered pairs of distinct neighbours (u, w) of v with w a
// neighbour of u, over the sum of d(d-1). For a directed graph NetworkX
// reads neighbours as successors, and so does this.
func (nw *network) transitivity() float64 {
	n := nw.len()
	mark := make([]bool, n)
	var closed, triples int64
	for v := range n {
		nbrs := nw.out.of(int32(v))
		d := int64(len(nbrs))
		triples += d * (d - 1)
		for _, u := range nbrs {
			mark[u] = true
		}
		for _, u := range nbrs {
			for _, w := range nw.out.of(u) {
				if mark[w] && w != u {
					closed++
				}
			}
		}
		for _, u := range nbrs {
			mark[u] = false
		}
	}
	if closed == 0 {
		return 0
	}
	return float64(closed) / float64(triples)
}

// reciprocity is networkx.overall_reciprocity: the fraction of arcs u->v
// for which v->u is an arc too. It is 0 for undirected graphs and graphs
// without arcs, where NetworkX raises an error.
func (nw *network) reciprocity() float64 {
	if !nw.directed || len(nw.out.nbr) == 0 {
		return 0
	}
	var mutual int
	for u := range nw.len() {
		for _, v := range nw.out.of(int32(u)) {
			if _, ok := slices.BinarySearch(nw.out.of(v), int32(u)); ok {
				mutual++
			}
		}
	}
	return float64(mutual) / float64(len(nw.out.nbr))
}
