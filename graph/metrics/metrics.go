package metrics

import (
	"math"
	"runtime"
	"slices"

	"gonum.org/v1/gonum/graph"
)

// Node holds the measures of one node. The centralities follow NetworkX's
// defaults; see the package documentation for each convention.
type Node struct {
	// ID is the gonum node ID.
	ID int64

	// Degree counts distinct neighbours: for a directed graph, the nodes
	// joined to this one by an arc in either direction, so a reciprocal
	// pair counts once (NetworkX's degree counts it twice). InDegree and
	// OutDegree count distinct predecessors and successors; for an
	// undirected graph both equal Degree.
	Degree, InDegree, OutDegree int

	// WeightedDegree sums the weights of the incident edges (arcs in both
	// directions for a directed graph), each weight 1 in an unweighted graph.
	WeightedDegree float64

	Betweenness float64 // normalized by 1/((n-1)(n-2))
	Closeness   float64 // Wasserman-Faust: ((r-1)/Σd)·((r-1)/(n-1)), incoming distances
	Harmonic    float64 // Σ 1/d over the nodes that reach this one, unnormalized
	Eigenvector float64 // unweighted, unit Euclidean norm, in-edges for directed graphs
	PageRank    float64 // alpha 0.85, weighted, dangling mass spread uniformly
	Hub         float64 // HITS, weighted, sums to 1
	Authority   float64 // HITS, weighted, sums to 1
}

// Summary holds the graph-level measures.
type Summary struct {
	Nodes int
	// Edges counts undirected edges or directed arcs; self-loops and
	// parallel edges are not counted.
	Edges   int
	Density float64
	// Components counts connected components, weakly connected ones for
	// a directed graph; an isolated node is a component.
	Components int
	// Diameter is the longest shortest path, in hops, within the largest
	// component (the one with the smallest node ID among equally large
	// ones). For a directed graph it is the longest finite directed
	// distance in the largest weakly connected component, which equals
	// NetworkX's diameter when that component is strongly connected.
	// NetworkX raises an error on a disconnected graph instead.
	Diameter int
	// AvgPathLength is NetworkX's average_shortest_path_length of the
	// largest component: the sum of the (finite) distances between its
	// ordered pairs of nodes divided by c(c-1), for c nodes; 0 when c < 2.
	AvgPathLength float64
	// Transitivity is three times the number of triangles over the number
	// of connected triples; for a directed graph, NetworkX's version on
	// successor sets (see the package documentation).
	Transitivity float64
	// Reciprocity is the fraction of arcs whose reverse arc also exists.
	// It is 0 for an undirected graph (NetworkX raises) and for a graph
	// without arcs (NetworkX raises).
	Reciprocity float64
	// Sampled is set when Options.Samples asked for fewer pivots than
	// there are nodes. Every node's Betweenness, Closeness and Harmonic
	// and AvgPathLength are then estimates from the pivots' searches, and
	// Diameter is the longest distance from a pivot in the largest
	// component, a lower bound; see the package documentation's
	// "Sampling" for their error bounds.
	Sampled bool
}

// Options tunes Compute.
type Options struct {
	// Samples, when positive and less than the number of nodes, runs the
	// shortest-path searches from that many pivots chosen at random
	// without replacement instead of from every node, and estimates
	// betweenness, closeness, harmonic centrality and the average path
	// length from them (Brandes and Pich 2007; Eppstein and Wang 2004);
	// the diameter is then a lower bound. Otherwise every value is exact.
	Samples int
	// Seed seeds the choice of pivots.
	Seed uint64
	// Workers is the number of goroutines of the shortest-path pass; 0 or
	// less means runtime.GOMAXPROCS(0). Results do not depend on it.
	Workers int
}

// Compute returns the measures of every node of g, sorted by ID, and of the
// whole graph. The graph is directed when it implements graph.Directed and
// not graph.Undirected. Edge weights come from graph.Weighted when g
// implements it and are 1 otherwise; they are tie strengths, used by the
// weighted degree, PageRank and HITS only.
func Compute(g graph.Graph, opt Options) ([]Node, Summary) {
	nw := newNetwork(g)
	n := nw.len()
	workers := opt.workers()

	comps := nw.components()
	largest := comps.largest()
	sources := opt.sources(n)
	paths := nw.shortestPaths(comps, sources, workers, true)
	eig := nw.eigenvector(comps)
	pr := nw.pageRank()
	hub, auth := nw.hits()

	nodes := make([]Node, n)
	for i := range nodes {
		v := int32(i)
		out, in := nw.out.of(v), nw.in.of(v)
		nodes[i] = Node{
			ID:             nw.ids[i],
			Degree:         nw.degree(v),
			InDegree:       len(in),
			OutDegree:      len(out),
			WeightedDegree: nw.weightedDegree(v),
			Betweenness:    paths.betweenness[i],
			Closeness:      paths.closeness(i),
			Harmonic:       paths.harmonic[i],
			Eigenvector:    eig[i],
			PageRank:       pr[i],
			Hub:            hub[i],
			Authority:      auth[i],
		}
	}

	sum := Summary{
		Nodes:        n,
		Edges:        nw.edges(),
		Components:   len(comps.members),
		Diameter:     int(paths.diameter),
		Transitivity: nw.transitivity(),
		Reciprocity:  nw.reciprocity(),
		Sampled:      sources != nil,
	}
	sum.Density = density(n, sum.Edges, nw.directed)
	if largest >= 0 {
		sum.AvgPathLength = paths.avgPathLength(len(comps.members[largest]))
	}
	return nodes, sum
}

// Betweenness returns the betweenness of every node of g by node ID, equal
// to the last bit to what Compute returns with the same Options, and
// faster, since it skips every other measure. Unlike gonum's
// network.Betweenness it keeps the nodes whose betweenness is 0.
func Betweenness(g graph.Graph, opt Options) map[int64]float64 {
	nw := newNetwork(g)
	paths := nw.shortestPaths(nw.components(), opt.sources(nw.len()), opt.workers(), false)
	b := make(map[int64]float64, nw.len())
	for i, id := range nw.ids {
		b[id] = paths.betweenness[i]
	}
	return b
}

// sources returns the pivots of a sampled pass over n nodes, or nil when
// every node is a source.
func (opt Options) sources(n int) []int32 {
	if opt.Samples > 0 && opt.Samples < n {
		return choosePivots(n, opt.Samples, opt.Seed)
	}
	return nil
}

func (opt Options) workers() int {
	if opt.Workers > 0 {
		return opt.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// SamplingError returns the ε of the package documentation's "Sampling"
// for k pivots out of n nodes: with probability at least 1-delta, every
// node's estimated Betweenness is within ε of the exact value, and so is
// its estimated Harmonic divided by n-1; for farness, the sum of the
// distances to the node, divided by n-1, the bound is ε times the largest
// finite distance. It is 0 when k <= 0 or k >= n, where Compute is exact.
func SamplingError(n, k int, delta float64) float64 {
	if k <= 0 || k >= n || n < 2 {
		return 0
	}
	return float64(n) / float64(n-1) * math.Sqrt(math.Log(2*float64(n)/delta)/(2*float64(k)))
}

// network is a graph with nodes renumbered 0..n-1 in increasing ID order
// and its arcs in compressed adjacency lists, so that the algorithms run on
// slices rather than on gonum's map-backed iterators.
type network struct {
	directed bool
	ids      []int64
	// out lists the successors of each node, in increasing index order;
	// in lists the predecessors. For an undirected graph both are the
	// neighbours and share storage.
	out, in adjacency
}

// adjacency is a compressed sparse row adjacency list: the neighbours of v
// are nbr[off[v]:off[v+1]] with weights w[off[v]:off[v+1]].
type adjacency struct {
	off []int
	nbr []int32
	w   []float64
}

func (a *adjacency) of(v int32) []int32 { return a.nbr[a.off[v]:a.off[v+1]] }

func (a *adjacency) weights(v int32) []float64 { return a.w[a.off[v]:a.off[v+1]] }

func (nw *network) len() int { return len(nw.ids) }

type arc struct {
	to int32
	w  float64
}

func newNetwork(g graph.Graph) *network {
	nodes := graph.NodesOf(g.Nodes())
	ids := make([]int64, len(nodes))
	for i, nd := range nodes {
		ids[i] = nd.ID()
	}
	slices.Sort(ids)
	// Node IDs are often consecutive; then a node's index is its ID less
	// the first, and the map, a tenth of the time on large graphs, is not
	// needed.
	var index map[int64]int32
	consecutive := len(ids) == 0 || ids[len(ids)-1]-ids[0] == int64(len(ids)-1)
	if !consecutive {
		index = make(map[int64]int32, len(ids))
		for i, id := range ids {
			index[id] = int32(i)
		}
	}

	_, undirected := g.(graph.Undirected)
	_, directed := g.(graph.Directed)
	nw := &network{directed: directed && !undirected, ids: ids}
	wg, weighted := g.(graph.Weighted)

	out := adjacency{off: make([]int, len(ids)+1)}
	var arcs []arc
	for i, id := range ids {
		arcs = arcs[:0]
		to := g.From(id)
		for to.Next() {
			vid := to.Node().ID()
			if vid == id {
				continue // self-loops take no part
			}
			var j int32
			var ok bool
			if consecutive {
				j, ok = int32(vid-ids[0]), vid >= ids[0] && vid <= ids[len(ids)-1]
			} else {
				j, ok = index[vid]
			}
			if !ok {
				panic("metrics: From returned a node that Nodes did not")
			}
			w := 1.0
			if weighted {
				if x, ok := wg.Weight(id, vid); ok {
					w = x
				}
			}
			arcs = append(arcs, arc{j, w})
		}
		slices.SortFunc(arcs, func(a, b arc) int { return int(a.to) - int(b.to) })
		for k, a := range arcs {
			if k > 0 && arcs[k-1].to == a.to {
				continue
			}
			out.nbr = append(out.nbr, a.to)
			out.w = append(out.w, a.w)
		}
		out.off[i+1] = len(out.nbr)
	}
	nw.out = out
	if !nw.directed {
		nw.in = out
		return nw
	}

	// Transpose: scanning sources in increasing order leaves every
	// predecessor list sorted.
	in := adjacency{
		off: make([]int, len(ids)+1),
		nbr: make([]int32, len(out.nbr)),
		w:   make([]float64, len(out.nbr)),
	}
	for _, v := range out.nbr {
		in.off[v+1]++
	}
	for i := range ids {
		in.off[i+1] += in.off[i]
	}
	next := slices.Clone(in.off[:len(ids)])
	for u := range ids {
		for k, v := range out.of(int32(u)) {
			in.nbr[next[v]] = int32(u)
			in.w[next[v]] = out.weights(int32(u))[k]
			next[v]++
		}
	}
	nw.in = in
	return nw
}
