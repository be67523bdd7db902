package metrics

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// networksDir holds the edge lists and NetworkX's values for them, written
// by networkx_metrics.py there.
var networksDir = filepath.Join("..", "..", "testdata", "networks")

// edgeList is a parsed .edges file (format in networkx_metrics.py).
type edgeList struct {
	directed, weighted bool
	names              []string // in order of first appearance
	index              map[string]int
	edges              []struct {
		u, v int
		w    float64
	}
}

// nodeID is the gonum ID of the i-th node of an edge list: increasing, as
// the tie rule for the largest component assumes, but not 0..n-1.
func nodeID(i int) int64 { return int64(10*i + 3) }

func readEdges(t testing.TB, path string) *edgeList {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	el := &edgeList{index: map[string]int{}}
	node := func(name string) int {
		i, ok := el.index[name]
		if !ok {
			i = len(el.names)
			el.index[name] = i
			el.names = append(el.names, name)
		}
		return i
	}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "# graph: directed" {
			el.directed = true
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fields := strings.Fields(s)
		switch len(fields) {
		case 1:
			node(fields[0])
		case 2, 3:
			w := 1.0
			if len(fields) == 3 {
				el.weighted = true
				if w, err = strconv.ParseFloat(fields[2], 64); err != nil {
					t.Fatalf("%s:%d: %v", path, line, err)
				}
			}
			u := node(fields[0])
			v := node(fields[1])
			el.edges = append(el.edges, struct {
				u, v int
				w    float64
			}{u, v, w})
		default:
			t.Fatalf("%s:%d: want 1 to 3 fields, got %d", path, line, len(fields))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return el
}

// graph builds the gonum graph of the edge list: simple, weighted when the
// file has weights, directed when it says so.
func (el *edgeList) graph() graph.Graph {
	type builder interface {
		graph.NodeAdder
		SetWeightedEdge(graph.WeightedEdge)
	}
	var g graph.Graph
	switch {
	case el.directed && el.weighted:
		g = simple.NewWeightedDirectedGraph(0, 0)
	case el.directed:
		g = simple.NewDirectedGraph()
	case el.weighted:
		g = simple.NewWeightedUndirectedGraph(0, 0)
	default:
		g = simple.NewUndirectedGraph()
	}
	for i := range el.names {
		g.(graph.NodeAdder).AddNode(simple.Node(nodeID(i)))
	}
	for _, e := range el.edges {
		u, v := simple.Node(nodeID(e.u)), simple.Node(nodeID(e.v))
		switch g := g.(type) {
		case builder:
			g.SetWeightedEdge(simple.WeightedEdge{F: u, T: v, W: e.w})
		case graph.EdgeAdder:
			g.SetEdge(simple.Edge{F: u, T: v})
		}
	}
	return g
}

type expected struct {
	Graph struct {
		Directed      bool    `json:"directed"`
		Nodes         int     `json:"nodes"`
		Edges         int     `json:"edges"`
		Density       float64 `json:"density"`
		Components    int     `json:"components"`
		Diameter      int     `json:"diameter"`
		AvgPathLength float64 `json:"avg_path_length"`
		Transitivity  float64 `json:"transitivity"`
		Reciprocity   float64 `json:"reciprocity"`
	} `json:"graph"`
	Nodes map[string]struct {
		Degree               int      `json:"degree"`
		InDegree             int      `json:"in_degree"`
		OutDegree            int      `json:"out_degree"`
		WeightedDegree       float64  `json:"weighted_degree"`
		Betweenness          float64  `json:"betweenness"`
		Closeness            float64  `json:"closeness"`
		Harmonic             float64  `json:"harmonic"`
		Eigenvector          *float64 `json:"eigenvector"` // null: NetworkX did not converge
		EigenvectorConverged *float64 `json:"eigenvector_converged"`
		PageRank             float64  `json:"pagerank"`
		PageRankConverged    float64  `json:"pagerank_converged"`
		Hub                  float64  `json:"hub"`
		Authority            float64  `json:"authority"`
	} `json:"nodes"`
}

func readExpected(t testing.TB, path string) *expected {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var exp expected
	if err := json.Unmarshal(data, &exp); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &exp
}

// networks lists the names of the .edges files.
func networks(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(networksDir, "*.edges"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no edge lists in %s: %v", networksDir, err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".edges"))
	}
	return names
}

// Tolerances against NetworkX. Exact measures and the converged iterative
// ones agree to rounding; NetworkX's default eigenvector centrality and
// PageRank stop at a tolerance of 1e-6 per node in the L1 norm, so they
// can only be held to what that stopping rule allows.
const (
	tolExact = 1e-9
	// tolEigenDefault bounds the distance of nx.eigenvector_centrality's
	// default result from its limit on these graphs (measured: at most
	// 1.2e-5, on lesmis). NetworkX's rule gives no bound without the
	// spectral gap.
	tolEigenDefault = 1e-4
)

// tolPageRankDefault is the bound NetworkX's stopping rule gives: the step
// is an alpha-contraction in L1, so stopping when a step moves less than
// n·1e-6 leaves the iterate within n·1e-6·alpha/(1-alpha) of the limit.
func tolPageRankDefault(n int) float64 { return float64(n) * 1e-6 * damping / (1 - damping) }

func TestNetworkX(t *testing.T) {
	for _, name := range networks(t) {
		t.Run(name, func(t *testing.T) {
			el := readEdges(t, filepath.Join(networksDir, name+".edges"))
			exp := readExpected(t, filepath.Join(networksDir, name+".expected.json"))
			if exp.Graph.Directed != el.directed {
				t.Fatalf("expected file says directed=%v, edge list %v", exp.Graph.Directed, el.directed)
			}
			nodes, sum := Compute(el.graph(), Options{})

			g := exp.Graph
			if sum.Nodes != g.Nodes || sum.Edges != g.Edges || sum.Components != g.Components || sum.Diameter != g.Diameter {
				t.Errorf("nodes, edges, components, diameter = %d, %d, %d, %d; NetworkX %d, %d, %d, %d",
					sum.Nodes, sum.Edges, sum.Components, sum.Diameter, g.Nodes, g.Edges, g.Components, g.Diameter)
			}
			near(t, "density", sum.Density, g.Density, tolExact)
			near(t, "average path length", sum.AvgPathLength, g.AvgPathLength, tolExact)
			near(t, "transitivity", sum.Transitivity, g.Transitivity, tolExact)
			near(t, "reciprocity", sum.Reciprocity, g.Reciprocity, tolExact)

			if len(nodes) != len(el.names) || len(exp.Nodes) != len(el.names) {
				t.Fatalf("got %d nodes, edge list has %d, NetworkX %d", len(nodes), len(el.names), len(exp.Nodes))
			}
			var worstEig, worstPR float64
			for i, nd := range nodes {
				if nd.ID != nodeID(i) {
					t.Fatalf("node %d has ID %d, want %d (sorted by ID)", i, nd.ID, nodeID(i))
				}
				name := el.names[i]
				x, ok := exp.Nodes[name]
				if !ok {
					t.Fatalf("NetworkX has no node %q", name)
				}
				if nd.Degree != x.Degree || nd.InDegree != x.InDegree || nd.OutDegree != x.OutDegree {
					t.Errorf("%s: degree, in, out = %d, %d, %d; NetworkX %d, %d, %d",
						name, nd.Degree, nd.InDegree, nd.OutDegree, x.Degree, x.InDegree, x.OutDegree)
				}
				near(t, name+" weighted degree", nd.WeightedDegree, x.WeightedDegree, tolExact)
				near(t, name+" betweenness", nd.Betweenness, x.Betweenness, tolExact)
				near(t, name+" closeness", nd.Closeness, x.Closeness, tolExact)
				near(t, name+" harmonic", nd.Harmonic, x.Harmonic, tolExact)
				near(t, name+" hub", nd.Hub, x.Hub, tolExact)
				near(t, name+" authority", nd.Authority, x.Authority, tolExact)
				near(t, name+" pagerank (converged)", nd.PageRank, x.PageRankConverged, tolExact)
				near(t, name+" pagerank (default)", nd.PageRank, x.PageRank, tolPageRankDefault(len(nodes)))
				worstPR = max(worstPR, math.Abs(nd.PageRank-x.PageRank))
				if x.EigenvectorConverged == nil {
					t.Errorf("%s: NetworkX did not converge; pick a test graph where it does", name)
				} else {
					near(t, name+" eigenvector (converged)", nd.Eigenvector, *x.EigenvectorConverged, tolExact)
				}
				if x.Eigenvector != nil {
					near(t, name+" eigenvector (default)", nd.Eigenvector, *x.Eigenvector, tolEigenDefault)
					worstEig = max(worstEig, math.Abs(nd.Eigenvector-*x.Eigenvector))
				}
			}
			t.Logf("largest difference from NetworkX's defaults: eigenvector %.2g, pagerank %.2g", worstEig, worstPR)
		})
	}
}

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.IsNaN(got) || math.Abs(got-want) > tol {
		t.Errorf("%s = %.17g, NetworkX %.17g (difference %.3g > %.0e)", what, got, want, got-want, tol)
	}
}

// TestFlorentineReference checks the values published for the Medici
// (Padgett and Ansell 1993; DESIGN.md): betweenness 0.522, closeness 0.560.
func TestFlorentineReference(t *testing.T) {
	el := readEdges(t, filepath.Join(networksDir, "florentine.edges"))
	nodes, _ := Compute(el.graph(), Options{})
	medici := nodes[el.index["Medici"]]
	for _, c := range []struct {
		what      string
		got, want float64
	}{
		{"betweenness", medici.Betweenness, 0.522},
		{"closeness", medici.Closeness, 0.560},
	} {
		if got := fmt.Sprintf("%.3f", c.got); got != fmt.Sprintf("%.3f", c.want) {
			t.Errorf("Medici %s = %s (%v), want %.3f", c.what, got, c.got, c.want)
		}
	}
}
