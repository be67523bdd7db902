// Command centrality generates random graphs and times kg's centralities on
// them, for bench/compare-centrality.sh, which runs igraph and NetworkX on
// the same edge lists.
//
//	go run ./bench/centrality -gen -n 10000 -m 100000 -seed 1 > g.edges
//	go run ./bench/centrality -edges g.edges [-samples K] [-repeat 3]
//
// Timing prints one JSON object: the median seconds of the betweenness
// pass alone ("betweenness") and of every centrality ("all").
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/gonum/graph/simple"

	"kg/graph/metrics"
)

func main() {
	gen := flag.Bool("gen", false, "write a random graph's edge list to stdout")
	n := flag.Int("n", 10000, "nodes (with -gen)")
	m := flag.Int("m", 100000, "edges (with -gen)")
	seed := flag.Uint64("seed", 1, "random seed")
	edges := flag.String("edges", "", "edge list `file` to time")
	samples := flag.Int("samples", 0, "sampled betweenness from this many pivots")
	repeat := flag.Int("repeat", 3, "runs; the median is reported")
	flag.Parse()
	if *gen {
		if err := generate(*n, *m, *seed); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *edges == "" {
		flag.Usage()
		os.Exit(2)
	}
	g, err := read(*edges)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var all []float64
	for range *repeat {
		start := time.Now()
		metrics.Compute(g, metrics.Options{Samples: *samples, Seed: *seed})
		all = append(all, time.Since(start).Seconds())
	}
	json.NewEncoder(os.Stdout).Encode(map[string]any{
		"tool": "kg", "nodes": g.Nodes().Len(), "edges": g.Edges().Len(), "samples": *samples,
		"all": median(all), "runs": all,
	})
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// generate writes a connected-ish random graph: a random spanning path
// through all nodes, then random extra edges, no duplicates or loops.
func generate(n, m int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, 7))
	w := bufio.NewWriter(os.Stdout)
	seen := map[[2]int]bool{}
	add := func(a, b int) bool {
		if a == b {
			return false
		}
		if b < a {
			a, b = b, a
		}
		if seen[[2]int{a, b}] {
			return false
		}
		seen[[2]int{a, b}] = true
		fmt.Fprintf(w, "%d %d\n", a, b)
		return true
	}
	perm := rng.Perm(n)
	count := 0
	for i := 1; i < n && count < m; i++ {
		if add(perm[i-1], perm[i]) {
			count++
		}
	}
	for count < m {
		if add(rng.IntN(n), rng.IntN(n)) {
			count++
		}
	}
	return w.Flush()
}

func read(path string) (*simple.UndirectedGraph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g := simple.NewUndirectedGraph()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		a, err1 := strconv.ParseInt(fs[0], 10, 64)
		b, err2 := strconv.ParseInt(fs[1], 10, 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
		for _, id := range []int64{a, b} {
			if g.Node(id) == nil {
				g.AddNode(simple.Node(id))
			}
		}
		g.SetEdge(g.NewEdge(simple.Node(a), simple.Node(b)))
	}
	return g, sc.Err()
}
