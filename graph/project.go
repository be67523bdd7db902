package graph

import (
	"cmp"
	"slices"

	"gonum.org/v1/gonum/graph/simple"
)

// The projections below turn a Network into gonum graphs for each kind of
// measure. Node IDs are positions in Network.Actors, so every actor of the
// view is a node, isolated or not.

// PositiveTie selects cooperative ties.
func PositiveTie(t *Tie) bool { return t.Sign() == Positive && t.Counts() }

// AnyTie selects every tie that counts (not negated).
func AnyTie(t *Tie) bool { return t.Counts() }

// Undirected returns the undirected simple graph of the ties sel accepts:
// one edge per pair of actors, weighted by the sum of the ties' strengths.
// Centrality, communities and friendly paths use it with PositiveTie;
// degree uses it with AnyTie.
func (n *Network) Undirected(sel func(*Tie) bool) *simple.WeightedUndirectedGraph {
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range n.Actors {
		g.AddNode(simple.Node(i))
	}
	n.arcs(sel, func(t *Tie, add func(a, b int)) {
		a, b := n.index[t.Source], n.index[t.Target]
		add(min(a, b), max(a, b))
	}, func(a, b int, w float64) {
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(a), simple.Node(b), w))
	})
	return g
}

// Directed returns the directed simple graph of the ties sel accepts: a
// directed tie is one arc, an undirected tie an arc each way; arcs on the
// same ordered pair are merged, their strengths added.
func (n *Network) Directed(sel func(*Tie) bool) *simple.WeightedDirectedGraph {
	g := simple.NewWeightedDirectedGraph(0, 0)
	for i := range n.Actors {
		g.AddNode(simple.Node(i))
	}
	n.arcs(sel, func(t *Tie, add func(a, b int)) {
		a, b := n.index[t.Source], n.index[t.Target]
		add(a, b)
		if !t.Type.Directed {
			add(b, a)
		}
	}, func(a, b int, w float64) {
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(a), simple.Node(b), w))
	})
	return g
}

// arcs turns the ties sel accepts into arcs: ends says which pairs of
// positions a tie makes, and set receives each pair once, in order of first
// appearance, with the summed strength of its ties.
func (n *Network) arcs(sel func(*Tie) bool, ends func(t *Tie, add func(a, b int)), set func(a, b int, w float64)) {
	w := map[[2]int]float64{}
	var order [][2]int
	for _, t := range n.Ties {
		if !sel(t) {
			continue
		}
		ends(t, func(a, b int) {
			k := [2]int{a, b}
			if _, ok := w[k]; !ok {
				order = append(order, k)
			}
			w[k] += t.Strength
		})
	}
	for _, k := range order {
		set(k[0], k[1], w[k])
	}
}

// SignedPair is one pair of actors in the signed projection.
type SignedPair struct {
	A, B int  // positions in Network.Actors, A < B
	Sign Sign // Positive or Negative
	Ties []*Tie
}

// Signed returns the signed projection used for structural balance: one
// signed edge per pair of actors, whose sign is that of the pair's net
// strength (positive ties' strengths minus negative ties'). Neutral ties are
// left out, and so is a pair whose positive and negative strengths cancel
// exactly. Pairs are sorted.
func (n *Network) Signed() []SignedPair {
	net := map[[2]int]float64{}
	ties := map[[2]int][]*Tie{}
	var order [][2]int
	for _, t := range n.Ties {
		if t.Sign() == Neutral || !t.Counts() {
			continue
		}
		a, b := n.index[t.Source], n.index[t.Target]
		if b < a {
			a, b = b, a
		}
		k := [2]int{a, b}
		if _, ok := ties[k]; !ok {
			order = append(order, k)
		}
		net[k] += float64(t.Sign()) * t.Strength
		ties[k] = append(ties[k], t)
	}
	var out []SignedPair
	for _, k := range order {
		switch {
		case net[k] > 0:
			out = append(out, SignedPair{k[0], k[1], Positive, ties[k]})
		case net[k] < 0:
			out = append(out, SignedPair{k[0], k[1], Negative, ties[k]})
		}
	}
	sortPairs(out)
	return out
}

func sortPairs(p []SignedPair) {
	slices.SortFunc(p, func(x, y SignedPair) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
}
