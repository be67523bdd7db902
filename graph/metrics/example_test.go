package metrics_test

import (
	"fmt"

	"gonum.org/v1/gonum/graph/simple"

	"kg/graph/metrics"
)

func ExampleCompute() {
	// A path 1 - 2 - 3 and an isolated node 4.
	g := simple.NewUndirectedGraph()
	g.SetEdge(simple.Edge{F: simple.Node(1), T: simple.Node(2)})
	g.SetEdge(simple.Edge{F: simple.Node(2), T: simple.Node(3)})
	g.AddNode(simple.Node(4))

	nodes, sum := metrics.Compute(g, metrics.Options{})
	for _, n := range nodes {
		fmt.Printf("%d: degree %d, betweenness %.3f, closeness %.3f, eigenvector %.3f, pagerank %.3f\n",
			n.ID, n.Degree, n.Betweenness, n.Closeness, n.Eigenvector, n.PageRank)
	}
	fmt.Printf("%d nodes, %d edges, %d components, diameter %d, density %.3f\n",
		sum.Nodes, sum.Edges, sum.Components, sum.Diameter, sum.Density)
	// Output:
	// 1: degree 1, betweenness 0.000, closeness 0.444, eigenvector 0.500, pagerank 0.245
	// 2: degree 2, betweenness 0.333, closeness 0.667, eigenvector 0.707, pagerank 0.463
	// 3: degree 1, betweenness 0.000, closeness 0.444, eigenvector 0.500, pagerank 0.245
	// 4: degree 0, betweenness 0.000, closeness 0.000, eigenvector 0.000, pagerank 0.048
	// 4 nodes, 2 edges, 2 components, diameter 2, density 0.333
}

func ExampleSamplingError() {
	// How close sampled values are, with probability 0.999, on a graph of
	// 100,000 nodes: every betweenness within ε of the exact value.
	for _, k := range []int{256, 1024, 4096} {
		fmt.Printf("%d pivots: ε = %.3f\n", k, metrics.SamplingError(100_000, k, 0.001))
	}
	// Output:
	// 256 pivots: ε = 0.193
	// 1024 pivots: ε = 0.097
	// 4096 pivots: ε = 0.048
}
