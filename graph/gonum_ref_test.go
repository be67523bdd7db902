package graph

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// gonumCommunities is Communities as kg computed it before louvain.go:
// gonum's Modularize and ModularizeMultiplex on graphs that hand out their
// nodes in ID order. It is the reference louvain must match.
func (n *Network) gonumCommunities(seed uint64) Communities {
	const restarts = 8
	var out Communities
	if len(n.Actors) == 0 {
		return out
	}
	pos := orderedGraph{n.Undirected(PositiveTie)}
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
		panic(err)
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

// TestLouvainMatchesGonum: louvain.go must end in the partitions gonum's
// search ends in, seed for seed, with the same modularity up to rounding,
// on every view of the real data and on random signed graphs.
func TestLouvainMatchesGonum(t *testing.T) {
	kb, err := Load(Options{DataDir: "../data", SeedsDir: "../seeds"})
	if err != nil {
		t.Fatal(err)
	}
	views := map[string]*Network{"all": kb.Network(View{})}
	for _, d := range kb.Documents {
		views["document "+d.ID] = kb.Network(View{Documents: []string{d.ID}})
	}
	for _, e := range kb.Eras {
		views["era "+e.ID] = kb.Network(View{Era: e.ID})
	}
	for i := range 40 {
		views[fmt.Sprintf("random %d", i)] = randomNetwork(t, uint64(i), 10+i*3, 2+i%4)
	}
	for name, n := range views {
		for _, seed := range []uint64{1, 7} {
			got, want := n.Communities(seed), n.gonumCommunities(seed)
			for _, p := range []struct {
				what      string
				got, want Partition
			}{{"louvain", got.Louvain, want.Louvain}, {"signed", got.Signed, want.Signed}} {
				if fmt.Sprint(p.got.Communities) != fmt.Sprint(p.want.Communities) {
					t.Errorf("%s, seed %d, %s:\n got %v\nwant %v", name, seed, p.what, p.got.Communities, p.want.Communities)
				}
				if math.Abs(p.got.Modularity-p.want.Modularity) > 1e-9 {
					t.Errorf("%s, seed %d, %s: modularity %v, want %v", name, seed, p.what, p.got.Modularity, p.want.Modularity)
				}
			}
		}
	}
}

// randomNetwork makes a network of n actors in k clusters: ties inside a
// cluster mostly positive, across clusters mostly negative.
func randomNetwork(t *testing.T, seed uint64, n, k int) *Network {
	rng := rand.New(rand.NewPCG(seed, 99))
	types := []string{"alliance", "war", "support", "talks"}
	var claims [][8]string
	for range n * 3 {
		a, b := rng.IntN(n), rng.IntN(n)
		if a == b {
			continue
		}
		typ := types[rng.IntN(len(types))]
		if a%k == b%k && rng.IntN(4) > 0 {
			typ = "alliance"
		} else if a%k != b%k && rng.IntN(3) > 0 {
			typ = "war"
		}
		doc := fmt.Sprintf("d%d", rng.IntN(3)+1)
		claims = append(claims, [8]string{doc, fmt.Sprintf("x%02d", a), typ, fmt.Sprintf("x%02d", b), "asserted", []string{"high", "medium", "low"}[rng.IntN(3)], "", ""})
	}
	return testKB(t, claims...).Network(View{})
}
