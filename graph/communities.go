package graph

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph/simple"
)

// Partition is a division of a view's actors into communities.
type Partition struct {
	Communities [][]string // each sorted; sorted by first member
	Modularity  float64
	// Restricted says the signed search tried, for each actor, only the
	// communities it has ties to and one empty one (views of more than
	// SignedSearchAllMax actors), not every community.
	Restricted bool
}

// SignedSearchAllMax is the largest view whose signed blocs are searched
// with every community a candidate for every actor (gonum's all): 1,500
// actors take about a second (docs/performance.md).
const SignedSearchAllMax = 1500

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
// stop in a poor local optimum. The search is gonum's, move for move
// (louvain.go), without its cost on large graphs.
func (n *Network) Communities(seed uint64) Communities {
	const restarts = 8
	var out Communities
	if len(n.Actors) == 0 {
		return out
	}
	pos := lvLayerOf(n.Undirected(PositiveTie), len(n.Actors), 1)
	// Louvain needs at least one edge; without one, every actor is a
	// community of its own, with modularity 0.
	if !pos.hasEdge() {
		out.Louvain = Partition{Communities: n.singletons()}
	} else {
		out.Louvain.Modularity = math.Inf(-1)
		for r := range uint64(restarts) {
			member := louvain(len(n.Actors), []lvLayer{pos}, lvOptions{}, rand.New(rand.NewPCG(seed, r)).IntN)
			q, m2 := lvQ(pos, member)
			if q /= m2; q > out.Louvain.Modularity+1e-12 {
				out.Louvain = Partition{Communities: n.groups(member), Modularity: q}
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
	ls := []lvLayer{lvLayerOf(layers[0], len(n.Actors), 1), lvLayerOf(layers[1], len(n.Actors), -1)}
	weights := []float64{1, -1}
	// gonum's search with all tries every community for every actor, on
	// every sweep: its time grows with the square of the actors. Above
	// SignedSearchAllMax actors an actor tries the communities it has ties
	// to (either sign) and one empty community (a bloc of its own) only.
	opt := lvOptions{multiplex: true, weights: weights, all: len(n.Actors) <= SignedSearchAllMax}
	out.Signed.Restricted = !opt.all
	out.Signed.Modularity = math.Inf(-1)
	for r := range uint64(restarts) {
		member := louvain(len(n.Actors), ls, opt, rand.New(rand.NewPCG(seed, restarts+r)).IntN)
		q := 0.0
		for l, ly := range ls {
			if v, _ := lvQ(ly, member); !math.IsNaN(v) {
				q += weights[l] * v
			}
		}
		if q > out.Signed.Modularity+1e-12 {
			out.Signed = Partition{Communities: n.groups(member), Modularity: q}
		}
	}
	return out
}

// lvLayerOf turns a weighted graph on the nodes 0..n-1 into a layer for
// louvain, neighbours in ID order; sign -1 stores the weights' magnitudes
// of a negative layer.
func lvLayerOf(g *simple.WeightedUndirectedGraph, n int, sign float64) lvLayer {
	ly := lvLayer{adj: make([][]int, n), w: make([][]float64, n), self: make([]float64, n)}
	for u := range n {
		it := g.From(int64(u))
		for it.Next() {
			ly.adj[u] = append(ly.adj[u], int(it.Node().ID()))
		}
		slices.Sort(ly.adj[u])
		ly.w[u] = make([]float64, len(ly.adj[u]))
		for j, v := range ly.adj[u] {
			w, _ := g.Weight(int64(u), int64(v))
			ly.w[u][j] = sign * w
		}
	}
	return ly
}

func (ly lvLayer) hasEdge() bool {
	for _, a := range ly.adj {
		if len(a) > 0 {
			return true
		}
	}
	return false
}

// groups turns community numbers by actor position into sorted id lists.
func (n *Network) groups(member []int) [][]string {
	by := map[int][]string{}
	for i, c := range member {
		by[c] = append(by[c], n.Actors[i].ID)
	}
	out := make([][]string, 0, len(by))
	for _, ids := range by {
		slices.Sort(ids)
		out = append(out, ids)
	}
	slices.SortFunc(out, func(a, b []string) int { return cmp.Compare(a[0], b[0]) })
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
