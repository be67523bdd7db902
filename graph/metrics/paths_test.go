package metrics

import (
	"cmp"
	"flag"
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
	edges := graph.EdgesOf(u.Edges())
	// Edges come in map order: sort them, so that the orientations drawn
	// are the same on every run.
	slices.SortFunc(edges, func(a, b graph.Edge) int {
		return cmp.Or(cmp.Compare(a.From().ID(), b.From().ID()), cmp.Compare(a.To().ID(), b.To().ID()))
	})
	for _, e := range edges {
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

// TestBetweennessEqualsCompute checks that the betweenness-only pass gives
// Compute's betweenness bit for bit, exact and sampled.
func TestBetweennessEqualsCompute(t *testing.T) {
	for _, g := range []graph.Graph{randomGraph(800, 3000, 5), randomDigraph(700, 2500, 6)} {
		for _, samples := range []int{0, 50} {
			opt := Options{Samples: samples, Seed: 9}
			nodes, _ := Compute(g, opt)
			b := Betweenness(g, opt)
			if len(b) != len(nodes) {
				t.Fatalf("samples %d: %d values for %d nodes", samples, len(b), len(nodes))
			}
			for _, nd := range nodes {
				if got, ok := b[nd.ID]; !ok || got != nd.Betweenness {
					t.Fatalf("samples %d: node %d: Betweenness %v, Compute %v", samples, nd.ID, got, nd.Betweenness)
				}
			}
		}
	}
}

// TestSampledAllPivots checks that taking every node as a pivot gives the
// exact values bit for bit.
func TestSampledAllPivots(t *testing.T) {
	for _, g := range []graph.Graph{
		randomGraph(500, 2000, 11),
		randomGraph(500, 400, 12), // many components
		randomDigraph(400, 1500, 13),
	} {
		nw := newNetwork(g)
		comps := nw.components()
		n := nw.len()
		exact := nw.shortestPaths(comps, nil, 2, true)
		all := nw.shortestPaths(comps, choosePivots(n, n, 5), 2, true)
		if !all.sampled || exact.sampled {
			t.Fatal("sampled flag wrong")
		}
		if !reflect.DeepEqual(exact.betweenness, all.betweenness) || !reflect.DeepEqual(exact.harmonic, all.harmonic) ||
			!reflect.DeepEqual(exact.farness, all.farness) || !reflect.DeepEqual(exact.reached, all.reached) ||
			exact.distanceSum != all.distanceSum || exact.diameter != all.diameter || exact.largestSources != all.largestSources {
			t.Error("sampling all n pivots differs from the exact pass")
		}
		for v := range n {
			if exact.closeness(v) != all.closeness(v) {
				t.Fatalf("closeness of %d: %v from all pivots, %v exact", v, all.closeness(v), exact.closeness(v))
			}
		}
		c := len(comps.members[comps.largest()])
		if exact.avgPathLength(c) != all.avgPathLength(c) {
			t.Error("average path length from all pivots differs from exact")
		}
		// Through the API, Samples >= n is exact.
		a, aSum := Compute(g, Options{Samples: n})
		b, bSum := Compute(g, Options{})
		if !reflect.DeepEqual(a, b) || aSum != bSum || aSum.Sampled {
			t.Error("Samples = n differs from exact")
		}
	}
}

// sampleCase is a graph for the sampling tests, with its exact values.
type sampleCase struct {
	name  string
	g     graph.Graph
	nw    *network
	comps components
	exact pathStats
	sum   Summary
	// maxDist is the longest finite distance, Δ in the farness bound.
	maxDist float64
}

func newSampleCase(name string, g graph.Graph) *sampleCase {
	c := &sampleCase{name: name, g: g, nw: newNetwork(g)}
	c.comps = c.nw.components()
	c.exact = c.nw.shortestPaths(c.comps, nil, 2, true)
	_, c.sum = Compute(g, Options{})
	c.maxDist = float64(longestDistance(c.nw))
	return c
}

// longestDistance is the longest finite distance of nw, by a search from
// every node.
func longestDistance(nw *network) int {
	sc := newScratch(nw.len(), len(nw.out.nbr))
	all := make([]int32, nw.len()) // a component holding every node
	for i := range all {
		all[i] = int32(i)
	}
	longest := 0
	for s := range nw.len() {
		sc.search(nw, int32(s), all, len(nw.in.nbr))
		longest = max(longest, len(sc.level)-2)
		sc.clear()
	}
	return longest
}

// TestSampledWithinBound checks every sampled estimate against its exact
// value on graphs of 2,000 nodes: within the Hoeffding bounds of the
// package documentation (which must hold with probability 1-1e-3), and
// with a mean error that shrinks as pivots are added.
func TestSampledWithinBound(t *testing.T) {
	const delta = 1e-3
	cases := []*sampleCase{
		newSampleCase("gnm", randomGraph(2000, 8000, 21)),
		newSampleCase("tree", randomTree(2000, 22)),
		newSampleCase("components", randomGraph(2000, 1400, 23)),
		newSampleCase("directed", randomDigraph(2000, 8000, 24)),
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := c.nw.len()
			c1 := len(c.comps.members[c.comps.largest()])
			var lastMean [4]float64
			for _, k := range []int{50, 200, 800} {
				eps := SamplingError(n, k, delta)
				// Errors of betweenness, harmonic/(n-1), farness/(n-1)
				// and closeness.
				var worst, mean [4]float64
				var worstReached, worstInverse float64
				const seeds = 8
				for seed := range uint64(seeds) {
					est := c.nw.shortestPaths(c.comps, choosePivots(n, k, seed), 2, true)
					diameter, avgPathLength := int(est.diameter), est.avgPathLength(c1)
					if seed == 0 {
						// Compute runs the same pass.
						nodes, sum := Compute(c.g, Options{Samples: k, Seed: seed})
						if !sum.Sampled || sum.Diameter != diameter || sum.AvgPathLength != avgPathLength {
							t.Fatalf("k=%d: Compute's summary differs from the pass it runs", k)
						}
						for v, nd := range nodes {
							if nd.Betweenness != est.betweenness[v] || nd.Harmonic != est.harmonic[v] || nd.Closeness != est.closeness(v) {
								t.Fatalf("k=%d: Compute differs from the pass it runs at node %d", k, v)
							}
						}
					}
					for v := range n {
						closeness := est.closeness(v)
						errs := [4]float64{
							math.Abs(est.betweenness[v] - c.exact.betweenness[v]),
							math.Abs(est.harmonic[v]-c.exact.harmonic[v]) / float64(n-1),
							math.Abs(float64(est.farness[v])*est.scale-float64(c.exact.farness[v])) / float64(n-1),
							math.Abs(closeness - c.exact.closeness(v)),
						}
						for i, e := range errs {
							worst[i] = max(worst[i], e)
							mean[i] += e / float64(seeds*n)
						}
						if c.nw.directed {
							worstReached = max(worstReached, math.Abs(float64(est.reached[v])*est.scale-float64(c.exact.reached[v]))/float64(n-1))
						} else if est.reached[v] != c.exact.reached[v] {
							t.Fatalf("k=%d: node %d: %d nodes reach it, want %d", k, v, est.reached[v], c.exact.reached[v])
						}
						// On a connected undirected graph 1/closeness is
						// farness/(n-1), within Δε, and Δ is at most twice
						// the sampled diameter.
						if c.sum.Components == 1 && !c.nw.directed {
							e := math.Abs(1/closeness - 1/c.exact.closeness(v))
							worstInverse = max(worstInverse, e)
							if e > c.maxDist*eps || e > 2*float64(diameter)*eps {
								t.Fatalf("k=%d: node %d: 1/closeness off by %.4f, bounds %.4f and %.4f",
									k, v, e, c.maxDist*eps, 2*float64(diameter)*eps)
							}
						}
					}

					// The diameter is a lower bound, and for an undirected
					// graph at least half the exact one.
					if diameter > c.sum.Diameter || (!c.nw.directed && 2*diameter < c.sum.Diameter) {
						t.Errorf("k=%d: sampled diameter %d, exact %d", k, diameter, c.sum.Diameter)
					}
					if est.largestSources > 0 {
						bound := c.maxDist * math.Sqrt(math.Log(2/delta)/(2*float64(est.largestSources)))
						if e := math.Abs(avgPathLength - c.sum.AvgPathLength); e > bound {
							t.Errorf("k=%d: average path length off by %.4f, bound %.4f", k, e, bound)
						}
					}
				}
				t.Logf("k=%d: ε %.4f, Δ %.0f; largest errors: betweenness %.4f, harmonic/(n-1) %.4f, farness/(n-1) %.4f, closeness %.4f, 1/closeness %.4f; mean errors %.5f %.5f %.5f %.5f",
					k, eps, c.maxDist, worst[0], worst[1], worst[2], worst[3], worstInverse, mean[0], mean[1], mean[2], mean[3])
				for i, what := range []string{"betweenness", "harmonic/(n-1)", "farness/(n-1)", "closeness"} {
					bound := eps
					switch i {
					case 2:
						bound *= c.maxDist
					case 3:
						bound = math.Inf(1) // bounded through 1/closeness above
					}
					if worst[i] > bound {
						t.Errorf("k=%d: %s off by %.4f, beyond the bound %.4f", k, what, worst[i], bound)
					}
					// Not a bound but a regression check: the error must
					// shrink as pivots are added (a sampling or scaling
					// mistake would not).
					if lastMean[i] != 0 && mean[i] >= lastMean[i] {
						t.Errorf("k=%d: mean %s error %.5f did not shrink from %.5f", k, what, mean[i], lastMean[i])
					}
				}
				if worstReached > eps {
					t.Errorf("k=%d: reach count off by %.4f·(n-1), beyond the bound %.4f", k, worstReached, eps)
				}
				lastMean = mean
			}
		})
	}
}

// TestSampledScaling checks the scaling of the estimates without the
// noise of sampling: cut the nodes into disjoint pivot sets S_j, and the
// mean of the estimates from each, weighted by |S_j|/n, must give back the
// exact values, since every source then counts once. A factor of (n-1)/k
// instead of n/k, or a pivot's own zero distance left out, would not.
func TestSampledScaling(t *testing.T) {
	const k = 300
	for _, c := range []*sampleCase{
		newSampleCase("gnm", randomGraph(2000, 8000, 31)),
		newSampleCase("components", randomGraph(2000, 1400, 33)),
		newSampleCase("directed", randomDigraph(2000, 8000, 32)), // 1,999 nodes
	} {
		n := c.nw.len()
		perm := rand.New(rand.NewPCG(7, 7)).Perm(n)
		betweenness := make([]float64, n)
		harmonic := make([]float64, n)
		farness := make([]float64, n)
		reached := make([]float64, n)
		var avgPathLength float64
		for lo := 0; lo < n; lo += k {
			var pivots []int32
			for _, s := range perm[lo:min(n, lo+k)] {
				pivots = append(pivots, int32(s))
			}
			slices.Sort(pivots)
			est := c.nw.shortestPaths(c.comps, pivots, 2, true)
			w := float64(len(pivots)) / float64(n)
			for v := range n {
				betweenness[v] += w * est.betweenness[v]
				harmonic[v] += w * est.harmonic[v]
				farness[v] += w * float64(est.farness[v]) * est.scale
				r := float64(est.reached[v]) // exact when undirected
				if c.nw.directed {
					r *= est.scale
				}
				reached[v] += w * r
			}
			// The average path length weighs pivots, not nodes: the
			// largest component's pivots count by their number.
			avgPathLength += float64(est.largestSources) / float64(len(c.comps.members[c.comps.largest()])) *
				est.avgPathLength(len(c.comps.members[c.comps.largest()]))
		}
		for v := range n {
			for _, x := range []struct {
				what      string
				got, want float64
			}{
				{"betweenness", betweenness[v], c.exact.betweenness[v]},
				{"harmonic", harmonic[v], c.exact.harmonic[v]},
				{"farness", farness[v], float64(c.exact.farness[v])},
				{"reach count", reached[v], float64(c.exact.reached[v])},
			} {
				if math.Abs(x.got-x.want) > 1e-9*max(1, x.want) {
					t.Fatalf("%s: node %d: %s averages to %.12g over a partition into pivot sets, exact %.12g",
						c.name, v, x.what, x.got, x.want)
				}
			}
		}
		if math.Abs(avgPathLength-c.sum.AvgPathLength) > 1e-9 {
			t.Errorf("%s: average path length averages to %.12g, exact %.12g", c.name, avgPathLength, c.sum.AvgPathLength)
		}
	}
}

var large = flag.Bool("large", false, "run BenchmarkSampledLarge, on 100,000 nodes and 1,000,000 edges")

// BenchmarkBetweenness times the shortest-path pass of Compute: a Brandes
// search from every node, which also gathers the distances of closeness,
// harmonic centrality, diameter and average path length; the same pass
// without the distances, as Betweenness runs it; and a sampled pass from a
// tenth of the nodes.
func BenchmarkBetweenness(b *testing.B) {
	for _, size := range []struct{ n, m int }{{2000, 10000}, {10000, 100000}} {
		g := randomGraph(size.n, size.m, 1)
		nw := newNetwork(g)
		comps := nw.components()
		procs := runtime.GOMAXPROCS(0)
		for _, workers := range []int{1, procs} {
			name := fmt.Sprintf("n=%d,m=%d,workers=%d", size.n, size.m, workers)
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					nw.shortestPaths(comps, nil, workers, true)
				}
			})
		}
		b.Run(fmt.Sprintf("n=%d,m=%d,workers=%d,betweenness-only", size.n, size.m, procs), func(b *testing.B) {
			for b.Loop() {
				nw.shortestPaths(comps, nil, procs, false)
			}
		})
		k := size.n / 10
		pivots := choosePivots(size.n, k, 1)
		b.Run(fmt.Sprintf("n=%d,m=%d,workers=%d,samples=%d", size.n, size.m, procs, k), func(b *testing.B) {
			for b.Loop() {
				nw.shortestPaths(comps, pivots, procs, true)
			}
		})
	}
}

// BenchmarkSampledLarge times Compute with 256 pivots on a random graph of
// 100,000 nodes and 1,000,000 edges (the gonum graph is built before the
// timer starts), and the sampled pass alone. It takes a minute to set up,
// so it runs only with -large:
//
//	go test ./graph/metrics/ -run '^$' -bench SampledLarge -benchmem -large
func BenchmarkSampledLarge(b *testing.B) {
	if !*large {
		b.Skip("set -large to run")
	}
	const n, m, k = 100_000, 1_000_000, 256
	g := randomGraph(n, m, 1)
	procs := runtime.GOMAXPROCS(0)
	b.Run(fmt.Sprintf("n=%d,m=%d,samples=%d,workers=%d,Compute", n, m, k, procs), func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Compute(g, Options{Samples: k, Seed: 1})
		}
	})
	nw := newNetwork(g)
	comps := nw.components()
	pivots := choosePivots(n, k, 1)
	b.Run(fmt.Sprintf("n=%d,m=%d,samples=%d,workers=%d,pass", n, m, k, procs), func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			nw.shortestPaths(comps, pivots, procs, true)
		}
	})
}
