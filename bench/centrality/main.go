// Command centrality generates random graphs and times kg's centralities on
// them, for bench/compare-centrality.sh, which runs igraph and NetworkX on
// the same edge lists.
//
//	go run ./bench/centrality -gen -n 10000 -m 100000 -seed 1 > g.edges
//	go run ./bench/centrality -edges g.edges [-samples K] [-repeat 3] [-only betweenness|all] [-cpuprofile FILE]
//
// Timing prints one JSON object: the median seconds of metrics.Betweenness,
// the betweenness pass alone ("betweenness"), and of metrics.Compute, every
// centrality ("all"), each with its runs; the bytes one run of each
// allocates; the peak resident memory of the process, which includes the
// gonum graph read from the file; and, with -samples, the error bound ε of
// metrics.SamplingError for δ = 0.001. -only times one of the two.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"gonum.org/v1/gonum/graph/simple"

	"kg/graph/metrics"
)

// samplingDelta is the failure probability of the reported sampling error.
const samplingDelta = 0.001

func main() {
	gen := flag.Bool("gen", false, "write a random graph's edge list to stdout")
	n := flag.Int("n", 10000, "nodes (with -gen)")
	m := flag.Int("m", 100000, "edges (with -gen)")
	seed := flag.Uint64("seed", 1, "random seed")
	edges := flag.String("edges", "", "edge list `file` to time")
	samples := flag.Int("samples", 0, "sample the searches from this many pivots")
	repeat := flag.Int("repeat", 3, "runs; the median is reported")
	only := flag.String("only", "", "time only `betweenness` or all")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the timed runs to `file`")
	flag.Parse()
	if *gen {
		if err := generate(*n, *m, *seed); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *edges == "" || (*only != "" && *only != "betweenness" && *only != "all") {
		flag.Usage()
		os.Exit(2)
	}
	g, err := read(*edges)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	opt := metrics.Options{Samples: *samples, Seed: *seed}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	out := map[string]any{
		"tool": "kg", "nodes": g.Nodes().Len(), "edges": g.Edges().Len(), "samples": *samples,
		"gomaxprocs": runtime.GOMAXPROCS(0),
	}
	if *only != "all" {
		runs, alloc := timed(*repeat, func() { metrics.Betweenness(g, opt) })
		out["betweenness"], out["betweenness_runs"], out["betweenness_alloc_mb"] = median(runs), runs, alloc
	}
	if *only != "betweenness" {
		runs, alloc := timed(*repeat, func() { metrics.Compute(g, opt) })
		out["all"], out["all_runs"], out["all_alloc_mb"] = median(runs), runs, alloc
	}
	if *samples > 0 {
		out["sampling_error"] = metrics.SamplingError(g.Nodes().Len(), *samples, samplingDelta)
		out["sampling_delta"] = samplingDelta
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		out["peak_rss_mb"] = float64(ru.Maxrss) / 1024 // kilobytes on Linux
	}
	json.NewEncoder(os.Stdout).Encode(out)
}

// timed runs f repeat times and returns the seconds of each run and the
// megabytes the first run allocated.
func timed(repeat int, f func()) (runs []float64, allocMB float64) {
	for i := range repeat {
		var before, after runtime.MemStats
		if i == 0 {
			runtime.ReadMemStats(&before)
		}
		start := time.Now()
		f()
		runs = append(runs, time.Since(start).Seconds())
		if i == 0 {
			runtime.ReadMemStats(&after)
			allocMB = float64(after.TotalAlloc-before.TotalAlloc) / (1 << 20)
		}
	}
	return runs, allocMB
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
