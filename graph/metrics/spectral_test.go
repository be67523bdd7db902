package metrics

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

func undirected(n int, edges ...[2]int64) *simple.UndirectedGraph {
	g := simple.NewUndirectedGraph()
	for i := range n {
		g.AddNode(simple.Node(i))
	}
	for _, e := range edges {
		g.SetEdge(simple.Edge{F: simple.Node(e[0]), T: simple.Node(e[1])})
	}
	return g
}

func nearly(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.IsNaN(got) || math.Abs(got-want) > 1e-12 {
		t.Errorf("%s = %.17g, want %.17g", what, got, want)
	}
}

// TestEqualComponents: two triangles and an isolated node. The leading
// eigenspace has two dimensions (one triangle each), where NetworkX's
// power iteration keeps the uniform start's equal weights and ARPACK (for
// HITS) picks any vector; both triangles must get the same values.
func TestEqualComponents(t *testing.T) {
	g := undirected(7, [2]int64{0, 1}, [2]int64{1, 2}, [2]int64{0, 2}, [2]int64{3, 4}, [2]int64{4, 5}, [2]int64{3, 5})
	nodes, sum := Compute(g, Options{})
	for i, nd := range nodes[:6] {
		nearly(t, "eigenvector", nd.Eigenvector, 1/math.Sqrt(6))
		nearly(t, "authority", nd.Authority, 1.0/6)
		nearly(t, "hub", nd.Hub, 1.0/6)
		nearly(t, "closeness", nd.Closeness, 1.0/3) // (2/2)·(2/6)
		nearly(t, "harmonic", nd.Harmonic, 2)
		if nd.Betweenness != 0 || nd.Degree != 2 {
			t.Errorf("node %d: betweenness %v, degree %d", i, nd.Betweenness, nd.Degree)
		}
	}
	iso := nodes[6]
	if iso.Eigenvector != 0 || iso.Hub != 0 || iso.Authority != 0 || iso.Closeness != 0 || iso.Harmonic != 0 {
		t.Errorf("isolated node: %+v", iso)
	}
	// PageRank: the isolated node is dangling and keeps only what it
	// spreads to itself, z = α·z/7 + (1-α)/7; by symmetry the triangle
	// nodes share the rest.
	z := (1 - damping) / 7 / (1 - damping/7)
	nearly(t, "isolated pagerank", iso.PageRank, z)
	for _, nd := range nodes[:6] {
		nearly(t, "pagerank", nd.PageRank, (1-z)/6)
	}
	want := Summary{Nodes: 7, Edges: 6, Density: 6.0 / 21, Components: 3, Diameter: 1, AvgPathLength: 1, Transitivity: 1}
	if sum != want {
		t.Errorf("summary %+v, want %+v", sum, want)
	}
}

// TestStar: the star K1,3 is bipartite, so AᵀA = A² has a two-dimensional
// leading eigenspace. Kleinberg's iteration from the uniform vector keeps
// authorities uniform; hubs are A·a.
func TestStar(t *testing.T) {
	g := undirected(4, [2]int64{0, 1}, [2]int64{0, 2}, [2]int64{0, 3})
	nodes, _ := Compute(g, Options{})
	for i, nd := range nodes {
		nearly(t, "authority", nd.Authority, 0.25)
		hub := 1.0 / 6
		if i == 0 {
			hub = 0.5
		}
		nearly(t, "hub", nd.Hub, hub)
	}
	// Eigenvector: λ = √3, centre 1/√2, leaves 1/√6.
	nearly(t, "centre eigenvector", nodes[0].Eigenvector, 1/math.Sqrt2)
	nearly(t, "leaf eigenvector", nodes[1].Eigenvector, 1/math.Sqrt(6))
	nearly(t, "centre betweenness", nodes[0].Betweenness, 1)
}

// TestLargestComponentTie: of two components of three nodes, the diameter
// and average path length are those of the one holding the smallest ID.
func TestLargestComponentTie(t *testing.T) {
	triangle := [][2]int64{{0, 1}, {1, 2}, {0, 2}}
	path := [][2]int64{{3, 4}, {4, 5}}
	for _, c := range []struct {
		first    string
		edges    [][2]int64
		diameter int
		avg      float64
	}{
		{"triangle", append(triangle, path...), 1, 1},
		{"path", append(shift(path, -3), shift(triangle, 3)...), 2, 8.0 / 6},
	} {
		_, sum := Compute(undirected(6, c.edges...), Options{})
		if sum.Diameter != c.diameter || sum.AvgPathLength != c.avg {
			t.Errorf("%s first: diameter %d, average path %v; want %d, %v", c.first, sum.Diameter, sum.AvgPathLength, c.diameter, c.avg)
		}
	}
}

func shift(edges [][2]int64, d int64) [][2]int64 {
	var out [][2]int64
	for _, e := range edges {
		out = append(out, [2]int64{e[0] + d, e[1] + d})
	}
	return out
}

// TestSmallGraphs covers graphs where NetworkX special-cases or raises.
func TestSmallGraphs(t *testing.T) {
	nodes, sum := Compute(simple.NewUndirectedGraph(), Options{})
	if len(nodes) != 0 || sum != (Summary{}) {
		t.Errorf("empty graph: %v, %+v", nodes, sum)
	}

	nodes, sum = Compute(undirected(1), Options{})
	if want := (Node{ID: 0, Eigenvector: 1, PageRank: 1}); len(nodes) != 1 || nodes[0] != want {
		t.Errorf("one node: %+v, want %+v", nodes, want)
	}
	if want := (Summary{Nodes: 1, Components: 1}); sum != want {
		t.Errorf("one node: %+v, want %+v", sum, want)
	}

	// No edges: NetworkX gives uniform eigenvector centrality and
	// PageRank, and NaN hubs; hubs and authorities are 0 here.
	nodes, sum = Compute(undirected(3), Options{})
	for _, nd := range nodes {
		nearly(t, "eigenvector", nd.Eigenvector, 1/math.Sqrt(3))
		nearly(t, "pagerank", nd.PageRank, 1.0/3)
		if nd.Hub != 0 || nd.Authority != 0 || nd.Closeness != 0 || nd.Betweenness != 0 {
			t.Errorf("edgeless: %+v", nd)
		}
	}
	if want := (Summary{Nodes: 3, Components: 3}); sum != want {
		t.Errorf("edgeless: %+v, want %+v", sum, want)
	}

	// Two nodes: betweenness is not normalized (NetworkX: n <= 2).
	nodes, sum = Compute(undirected(2, [2]int64{0, 1}), Options{})
	for _, nd := range nodes {
		nearly(t, "closeness", nd.Closeness, 1)
		nearly(t, "eigenvector", nd.Eigenvector, 1/math.Sqrt2)
		nearly(t, "hub", nd.Hub, 0.5)
	}
	if want := (Summary{Nodes: 2, Edges: 1, Density: 1, Components: 1, Diameter: 1, AvgPathLength: 1}); sum != want {
		t.Errorf("one edge: %+v, want %+v", sum, want)
	}
}

// TestDirectedDegrees: a reciprocal pair is one neighbour, two arcs.
func TestDirectedDegrees(t *testing.T) {
	g := simple.NewWeightedDirectedGraph(0, 0)
	for _, a := range []struct {
		f, t int64
		w    float64
	}{{0, 1, 2}, {1, 0, 3}, {0, 2, 0.5}, {3, 0, 1}} {
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(a.f), T: simple.Node(a.t), W: a.w})
	}
	nodes, sum := Compute(g, Options{})
	if nd := nodes[0]; nd.Degree != 3 || nd.InDegree != 2 || nd.OutDegree != 2 || nd.WeightedDegree != 6.5 {
		t.Errorf("node 0: %+v", nd)
	}
	if sum.Edges != 4 || sum.Reciprocity != 0.5 || sum.Components != 1 {
		t.Errorf("summary: %+v", sum)
	}
}

// TestPowerIteration checks the power iteration used for blocks larger
// than denseLimit against the dense decomposition, on one component of
// twice that size.
func TestPowerIteration(t *testing.T) {
	const n = 2 * denseLimit
	for _, c := range []struct {
		name string
		g    graph.Graph
	}{
		{"undirected", randomGraph(n, 4*n, 31)},
		{"directed", randomDigraph(n, 4*n, 32)},
	} {
		t.Run(c.name, func(t *testing.T) {
			nw := newNetwork(c.g)
			comps := nw.components()
			if len(comps.members[comps.largest()]) <= denseLimit {
				t.Fatal("the largest component is too small to need power iteration")
			}
			all := make([]int32, n)
			for i := range all {
				all[i] = int32(i)
			}

			// HITS: the dense leading eigenvector of AᵀA over all nodes
			// (any tie across components would show as a mismatch).
			_, auth := nw.hits()
			ata := make([]float64, n*n)
			for u := range n {
				vs, ws := nw.out.of(int32(u)), nw.out.weights(int32(u))
				for i, v := range vs {
					for j, w := range vs {
						ata[int(v)*n+int(w)] += ws[i] * ws[j]
					}
				}
			}
			want := make([]float64, n)
			if _, ok := denseLeading(all, ata, want); !ok {
				t.Fatal("EigenSym failed")
			}
			scale(want, 1/sum(want))
			for i := range want {
				if math.Abs(auth[i]-want[i]) > 1e-10 {
					t.Fatalf("authority %d: power %.15g, dense %.15g", i, auth[i], want[i])
				}
			}

			if nw.directed {
				return
			}
			eig := nw.eigenvector(comps)
			adj := make([]float64, n*n)
			for u := range n {
				for _, v := range nw.out.of(int32(u)) {
					adj[u*n+int(v)] = 1
				}
			}
			if _, ok := denseLeading(all, adj, want); !ok {
				t.Fatal("EigenSym failed")
			}
			for i := range want {
				if math.Abs(eig[i]-want[i]) > 1e-10 {
					t.Fatalf("eigenvector %d: power %.15g, dense %.15g", i, eig[i], want[i])
				}
			}
		})
	}
}
