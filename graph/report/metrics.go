package report

import (
	"fmt"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"

	"kg/graph"
	"kg/graph/metrics"
)

// MetricsOptions choose the projection the centralities are computed on.
type MetricsOptions struct {
	AllTies  bool   // all ties that count, not only positive ones
	Directed bool   // the directed projection (undirected ties both ways)
	Weighted bool   // tie strengths as weights (weighted degree, PageRank, HITS)
	Samples  int    // sampled betweenness from this many pivots; 0 exact
	Seed     uint64 // seeds the pivots
}

// Projection names the options' projection, for reports.
func (o MetricsOptions) Projection() string {
	s := "positive ties"
	if o.AllTies {
		s = "all ties"
	}
	if o.Directed {
		s = "directed, " + s
	} else {
		s = "undirected, " + s
	}
	if o.Weighted {
		s += ", weighted by strength"
	}
	if o.Samples > 0 {
		s += fmt.Sprintf(", path measures sampled from %d pivots", o.Samples)
	}
	return s
}

// Actor holds one actor's metrics.
type Actor struct {
	ID             string  `json:"id"`
	Degree         int     `json:"degree"`
	InDegree       int     `json:"in_degree"`
	OutDegree      int     `json:"out_degree"`
	PositiveDegree int     `json:"positive_degree"`
	NegativeDegree int     `json:"negative_degree"`
	WeightedDegree float64 `json:"weighted_degree"`
	Betweenness    float64 `json:"betweenness"`
	Closeness      float64 `json:"closeness"`
	Harmonic       float64 `json:"harmonic"`
	Eigenvector    float64 `json:"eigenvector"`
	PageRank       float64 `json:"pagerank"`
	Hub            float64 `json:"hub"`
	Authority      float64 `json:"authority"`
}

// Graph holds the whole network's metrics. Nodes to Reciprocity describe
// the projection; the tie counts describe the view.
type Graph struct {
	Nodes          int     `json:"nodes"`
	Edges          int     `json:"edges"`
	Density        float64 `json:"density"`
	Components     int     `json:"components"`
	Diameter       int     `json:"diameter"`
	AvgPathLength  float64 `json:"average_path_length"`
	Transitivity   float64 `json:"transitivity"`
	Reciprocity    float64 `json:"reciprocity"`
	Ties           int     `json:"ties"`
	PositiveTies   int     `json:"positive_ties"`
	NegativeTies   int     `json:"negative_ties"`
	NeutralTies    int     `json:"neutral_ties"`
	ContestedPairs int     `json:"contested_pairs"`
	// FoldedSelfLoops counts the claims a folded view left out because
	// both their actors fold into one (graph.Network.SelfLoops).
	FoldedSelfLoops int `json:"folded_self_loops,omitempty"`
	// Sampled says that betweenness, closeness, harmonic centrality and the
	// average path length are estimates from random pivots, and the diameter
	// a lower bound; SamplingError is the ε that, with probability 0.999,
	// bounds every betweenness and every harmonic/(n-1) (graph/metrics).
	Sampled       bool    `json:"sampled,omitempty"`
	SamplingError float64 `json:"sampling_error,omitempty"`
}

// Metrics is the metrics report of a view.
type Metrics struct {
	View       map[string]any `json:"view"`
	Projection string         `json:"projection"`
	Graph      Graph          `json:"graph"`
	Actors     []Actor        `json:"actors"`
}

// ComputeMetrics computes the metrics of the network.
func ComputeMetrics(n *graph.Network, opt MetricsOptions) Metrics {
	sel := graph.PositiveTie
	if opt.AllTies {
		sel = graph.AnyTie
	}
	var g gg.Graph
	switch {
	case opt.Directed && opt.Weighted:
		g = n.Directed(sel)
	case opt.Directed:
		g = unweightedDirected(n.Directed(sel))
	case opt.Weighted:
		g = n.Undirected(sel)
	default:
		g = unweightedUndirected(n.Undirected(sel))
	}
	nodes, sum := metrics.Compute(g, metrics.Options{Samples: opt.Samples, Seed: opt.Seed})

	out := Metrics{View: n.View.Map(), Projection: opt.Projection(), Actors: []Actor{}}
	out.Graph = Graph{Nodes: sum.Nodes, Edges: sum.Edges, Density: sum.Density, Components: sum.Components,
		Diameter: sum.Diameter, AvgPathLength: sum.AvgPathLength, Transitivity: sum.Transitivity, Reciprocity: sum.Reciprocity,
		Sampled: sum.Sampled}
	if sum.Sampled {
		out.Graph.SamplingError = metrics.SamplingError(sum.Nodes, opt.Samples, 0.001)
	}

	// Degrees over all ties, positive ties and negative ties, and the
	// directed projection of all ties.
	all, pos, neg := neighbours(n, graph.AnyTie), neighbours(n, graph.PositiveTie), neighbours(n, func(t *graph.Tie) bool {
		return t.Counts() && t.Sign() == graph.Negative
	})
	dir := n.Directed(graph.AnyTie)
	contested := map[[2]string]bool{}
	for _, t := range n.Ties {
		out.Graph.Ties++
		switch t.Sign() {
		case graph.Positive:
			out.Graph.PositiveTies++
		case graph.Negative:
			out.Graph.NegativeTies++
		default:
			out.Graph.NeutralTies++
		}
		if t.Contested {
			contested[[2]string{min(t.Source, t.Target), max(t.Source, t.Target)}] = true
		}
	}
	out.Graph.ContestedPairs = len(contested)
	out.Graph.FoldedSelfLoops = len(n.SelfLoops)
	for _, m := range nodes {
		i := int(m.ID)
		out.Actors = append(out.Actors, Actor{
			ID: n.Actors[i].ID, Degree: len(all[i]),
			InDegree: dir.To(m.ID).Len(), OutDegree: dir.From(m.ID).Len(),
			PositiveDegree: len(pos[i]), NegativeDegree: len(neg[i]),
			WeightedDegree: m.WeightedDegree, Betweenness: m.Betweenness, Closeness: m.Closeness,
			Harmonic: m.Harmonic, Eigenvector: m.Eigenvector, PageRank: m.PageRank, Hub: m.Hub, Authority: m.Authority,
		})
	}
	return out
}

func neighbours(n *graph.Network, sel func(*graph.Tie) bool) []map[int]bool {
	out := make([]map[int]bool, len(n.Actors))
	for i := range out {
		out[i] = map[int]bool{}
	}
	for _, t := range n.Ties {
		if !sel(t) {
			continue
		}
		a, b := n.Index(t.Source), n.Index(t.Target)
		out[a][b], out[b][a] = true, true
	}
	return out
}

func unweightedUndirected(w *simple.WeightedUndirectedGraph) *simple.UndirectedGraph {
	g := simple.NewUndirectedGraph()
	copyUnweighted(w, g)
	return g
}

func unweightedDirected(w *simple.WeightedDirectedGraph) *simple.DirectedGraph {
	g := simple.NewDirectedGraph()
	copyUnweighted(w, g)
	return g
}

// copyUnweighted copies the nodes and edges of w into g, without weights.
func copyUnweighted(w interface {
	Nodes() gg.Nodes
	Edges() gg.Edges
}, g gg.Builder) {
	for _, n := range gg.NodesOf(w.Nodes()) {
		g.AddNode(n)
	}
	for _, e := range gg.EdgesOf(w.Edges()) {
		g.SetEdge(g.NewEdge(e.From(), e.To()))
	}
}
