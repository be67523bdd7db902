package metrics

import (
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// randomGraph is a G(n, m) random undirected graph: m distinct edges
// drawn uniformly, seeded.
func randomGraph(n, m int, seed uint64) *simple.UndirectedGraph {
	r := rand.New(rand.NewPCG(seed, 1))
	g := simple.NewUndirectedGraph()
	for i := range n {
		g.AddNode(simple.Node(i))
	}
	for e := 0; e < m; {
		u, v := int64(r.IntN(n)), int64(r.IntN(n))
		if u == v || g.HasEdgeBetween(u, v) {
			continue
		}
		g.SetEdge(simple.Edge{F: simple.Node(u), T: simple.Node(v)})
		e++
	}
	return g
}

// randomTree grows a tree by preferential attachment (Barabási-Albert with
// one edge per node), whose hubs have large betweenness.
func randomTree(n int, seed uint64) *simple.UndirectedGraph {
	r := rand.New(rand.NewPCG(seed, 2))
	g := simple.NewUndirectedGraph()
	g.AddNode(simple.Node(0))
	ends := []int64{0} // one entry per edge end, so picks follow degree
	for i := int64(1); i < int64(n); i++ {
		t := ends[r.IntN(len(ends))]
		g.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(t)})
		ends = append(ends, i, t)
	}
	return g
}

// randomDigraph orients a G(n, m) random graph at random and adds the
// reverse of a tenth of the arcs.
func randomDigraph(n, m int, seed uint64) *simple.DirectedGraph {
	r := rand.New(rand.NewPCG(seed, 3))
	g := simple.NewDirectedGraph()
	u := randomGraph(n, m, seed)
	for _, e := range graph.EdgesOf(u.Edges()) {
		f, t := e.From(), e.To()
		if r.IntN(2) == 0 {
			f, t = t, f
		}
		g.SetEdge(simple.Edge{F: f, T: t})
		if r.IntN(10) == 0 {
			g.SetEdge(simple.Edge{F: t, T: f})
		}
	}
	return g
}

// TestWorkersDeterministic checks that results are the same to the last bit
// whatever the number of workers: sums are formed per chunk of sources and
// added in chunk order.
func TestWorkersDeterministic(t *testing.T) {
	el := readEdges(t, filepath.Join(networksDir, "karate.edges"))
	for _, c := range []struct {
		name string
		g    graph.Graph
	}{
		{"karate", el.graph()},
		{"random-undirected", randomGraph(1500, 6000, 7)},
		{"random-directed", randomDigraph(1200, 5000, 8)},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, samples := range []int{0, 100} {
				opt := Options{Samples: samples, Seed: 3, Workers: 1}
				want, wantSum := Compute(c.g, opt)
				for _, workers := range []int{4, 3, 16} {
					opt.Workers = workers
					got, gotSum := Compute(c.g, opt)
					if !reflect.DeepEqual(got, want) || gotSum != wantSum {
						t.Errorf("samples %d: Workers=%d differs from Workers=1", samples, workers)
					}
				}
			}
		})
	}
}

// TestSampledAllPivots checks that sampling every node as a pivot gives the
// exact values bit for bit.
func TestSampledAllPivots(t *testing.T) {
	g := randomGraph(500, 2000, 11)
	nw := newNetwork(g)
	comps := nw.components()
	n := nw.len()
	exact := nw.shortestPaths(comps.label, comps.largest(), nil, 2)
	all := nw.shortestPaths(comps.label, comps.largest(), choosePivots(n, n, 5), 2)
	if !reflect.DeepEqual(exact, all) {
		t.Error("sampling all n pivots differs from exact betweenness")
	}
	// Through the API, Samples >= n is exact.
	a, _ := Compute(g, Options{Samples: n})
	b, _ := Compute(g, Options{})
	if !reflect.DeepEqual(a, b) {
		t.Error("Samples = n differs from exact")
	}
}

// hoeffding is the error bound of the package documentation: with k of n
// pivots, every normalized betweenness is within the returned epsilon of
// its exact value with probability at least 1-delta.
func hoeffding(n, k int, delta float64) float64 {
	return float64(n) / float64(n-1) * math.Sqrt(math.Log(2*float64(n)/delta)/(2*float64(k)))
}

func TestSampledWithinBound(t *testing.T) {
	const n = 500
	for _, c := range []struct {
		name string
		g    graph.Graph
	}{
		{"gnm", randomGraph(n, 2500, 21)},
		{"tree", randomTree(n, 22)},
	} {
		t.Run(c.name, func(t *testing.T) {
			nw := newNetwork(c.g)
			comps := nw.components()
			pass := func(pivots []bool) []float64 {
				return nw.shortestPaths(comps.label, comps.largest(), pivots, 2).betweenness
			}
			exact := pass(nil)
			top := slices.Max(exact)
			var lastMean float64
			for _, k := range []int{25, 100, 250} {
				eps := hoeffding(n, k, 1e-3)
				var worst, meanErr float64
				for seed := range uint64(10) {
					est := pass(choosePivots(n, k, seed))
					for i := range est {
						d := math.Abs(est[i] - exact[i])
						worst = max(worst, d)
						meanErr += d / (10 * n)
					}
				}
				t.Logf("k=%d: largest error %.4f, mean %.5f, bound %.4f (largest exact %.4f)", k, worst, meanErr, eps, top)
				if worst > eps {
					t.Errorf("k=%d: error %.4f exceeds the Hoeffding bound %.4f", k, worst, eps)
				}
				// Not a bound but a regression check: the error must
				// shrink as pivots are added (a sampling or scaling
				// mistake would not).
				if lastMean != 0 && meanErr >= lastMean {
					t.Errorf("k=%d: mean error %.5f did not shrink from %.5f", k, meanErr, lastMean)
				}
				lastMean = meanErr
			}
			// Compute passes Samples and Seed to the same pass.
			nodes, _ := Compute(c.g, Options{Samples: 100, Seed: 4})
			est := pass(choosePivots(n, 100, 4))
			for i := range nodes {
				if nodes[i].Betweenness != est[i] {
					t.Fatalf("Compute with Samples=100 differs from the pass it runs at node %d", i)
				}
			}
		})
	}
}

// BenchmarkBetweenness times the shortest-path pass of Compute: a Brandes
// search from every node, which also gathers the distances of closeness,
// harmonic centrality, diameter and average path length.
func BenchmarkBetweenness(b *testing.B) {
	for _, size := range []struct{ n, m int }{{2000, 10000}, {10000, 100000}} {
		g := randomGraph(size.n, size.m, 1)
		nw := newNetwork(g)
		comps := nw.components()
		for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
			name := fmt.Sprintf("n=%d,m=%d,workers=%d", size.n, size.m, workers)
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					nw.shortestPaths(comps.label, comps.largest(), nil, workers)
				}
			})
		}
		// Sampling a tenth of the sources still searches from all of them.
		pivots := choosePivots(size.n, size.n/10, 1)
		name := fmt.Sprintf("n=%d,m=%d,workers=%d,samples=%d", size.n, size.m, runtime.GOMAXPROCS(0), size.n/10)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				nw.shortestPaths(comps.label, comps.largest(), pivots, runtime.GOMAXPROCS(0))
			}
		})
	}
}
