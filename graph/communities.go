package graph

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// Partition is a division of a view's actors into communities.
type Partition struct {
	Communities [][]string // each sorted; sorted by first member
	Modularity  float64
}

// Communities holds both community analyses of a view.
type Communities struct {
	// Louvain is the Louvain partition of the positive ties (weighted by
	// strength), with its Newman-Girvan modularity.
	Louvain Partition
	// Signed is the Louvain partition of the signed graph, found by
	// gonum's ModularizeMultiplex with the positive ties as a layer of
	// weight +1 and the negative ties as a layer of weight -1: it rewards
	// positive ties inside communities and negative ties between them. Its
	// modularity is the sum of the layers' weighted scores.
	Signed Partition
}

// Communities runs both analyses with a seeded random source, so the same
// seed gives the same partition on every run. Louvain is run from several
// seeds derived from seed and the best partition kept: a single run can
// stop in a poor local optimum.
func (n *Network) Communities(seed uint64) Communities {
	const restarts = 8
	var out Communities
	if len(n.Actors) == 0 {
		return out
	}
	pos := orderedGraph{n.Undirected(PositiveTie)}
	// gonum's Louvain needs at least one edge; without one, every actor is
	// a community of its own, with modularity 0.
	if pos.Edges().Len() == 0 {
		out.Louvain = Partition{Communities: n.singletons()}
	} else {
		out.Louvain.Modularity = math.Inf(-1)
		for r := range uint64(restarts) {
			red := community.Modularize(pos, 1, rand.NewPCG(seed, r))
			comms := red.Communities()
			if q := community.Q(pos, comms, 1); q > out.Louvain.Modularity+1e-12 {
				out.Louvain = Partition{Communities: n.names(comms), Modularity: q}
			}
		}
	}

	layers := n.signedLayers()
	// The multiplex needs ties in both layers. With no negative tie the
	// signed blocs are the Louvain communities; with no positive tie,
	// negative ties are kept between blocs by putting every actor alone.
	switch {
	case layers[1].Edges().Len() == 0:
		out.Signed = out.Louvain
		return out
	case layers[0].Edges().Len() == 0:
		out.Signed = Partition{Communities: n.singletons()}
		return out
	}
	l, err := community.NewUndirectedLayers(orderedGraph{layers[0]}, orderedGraph{layers[1]})
	if err != nil {
		panic("graph: signed layers: " + err.Error()) // same node sets by construction
	}
	weights := []float64{1, -1}
	out.Signed.Modularity = math.Inf(-1)
	for r := range uint64(restarts) {
		red := community.ModularizeMultiplex(l, weights, nil, true, rand.NewPCG(seed, restarts+r))
		comms := red.Communities()
		q := 0.0
		for _, v := range community.QMultiplex(l, comms, weights, nil) {
			if !math.IsNaN(v) {
				q += v
			}
		}
		if q > out.Signed.Modularity+1e-12 {
			out.Signed = Partition{Communities: n.names(comms), Modularity: q}
		}
	}
	return out
}

// signedLayers splits the signed projection into a positive layer and a
// negative layer (negative weights), on the same nodes.
func (n *Network) signedLayers() [2]*simple.WeightedUndirectedGraph {
	var layers [2]*simple.WeightedUndirectedGraph
	for i := range layers {
		layers[i] = simple.NewWeightedUndirectedGraph(0, 0)
		for j := range n.Actors {
			layers[i].AddNode(simple.Node(j))
		}
	}
	for _, p := range n.Signed() {
		w := 0.0
		for _, t := range p.Ties {
			w += float64(t.Sign()) * t.Strength
		}
		l := layers[0]
		if p.Sign == Negative {
			l = layers[1]
		}
		l.SetWeightedEdge(l.NewWeightedEdge(simple.Node(p.A), simple.Node(p.B), w))
	}
	return layers
}

func (n *Network) singletons() [][]string {
	out := make([][]string, len(n.Actors))
	for i, a := range n.Actors {
		out[i] = []string{a.ID}
	}
	return out
}

func (n *Network) names(comms [][]gg.Node) [][]string {
	var out [][]string
	for _, c := range comms {
		var ids []string
		for _, v := range c {
			ids = append(ids, n.Actors[v.ID()].ID)
		}
		if len(ids) == 0 {
			continue
		}
		slices.Sort(ids)
		out = append(out, ids)
	}
	slices.SortFunc(out, func(a, b []string) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// orderedGraph hands gonum's Louvain its nodes and neighbours in ID order.
// gonum's simple graphs iterate maps, so the order Louvain first visits
// nodes in, and with it the partition it ends in, changed from run to run
// even with a seeded random source.
type orderedGraph struct {
	*simple.WeightedUndirectedGraph
}

func (g orderedGraph) Nodes() gg.Nodes { return sortedNodes(g.WeightedUndirectedGraph.Nodes()) }

func (g orderedGraph) From(id int64) gg.Nodes {
	return sortedNodes(g.WeightedUndirectedGraph.From(id))
}

func sortedNodes(it gg.Nodes) gg.Nodes {
	nodes := gg.NodesOf(it)
	slices.SortFunc(nodes, func(a, b gg.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	return iterator.NewOrderedNodes(nodes)
}
