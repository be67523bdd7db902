package build

import (
	"cmp"
	"fmt"
	"slices"

	"kg/graph"
	"kg/graph/report"
)

// OverviewMaxTies is the largest number of ties a build diagram draws: a
// view with more is drawn as an overview of its strongest ties, with a line
// in the index saying so and which command draws it whole. dot, neato and
// sfdp all take seconds to tens of seconds past a few hundred labelled ties
// (docs/performance.md).
const OverviewMaxTies = 400

// MetricsSampleAbove is the view size (actors) above which the build's
// path measures (betweenness, closeness, harmonic) are sampled from
// MetricsPivots pivots; metrics.json carries "sampled" and
// "sampling_error" (the ε that bounds each normalised betweenness's error
// with probability 0.999), and the index says so.
const (
	MetricsSampleAbove = 2000
	MetricsPivots      = 256
)

func metricsOptions(n *graph.Network) report.MetricsOptions {
	if len(n.Actors) > MetricsSampleAbove {
		return report.MetricsOptions{Samples: MetricsPivots, Seed: 1}
	}
	return report.MetricsOptions{}
}

func balanceOptions(*graph.Network) report.BalanceOptions {
	// balance.Frustration is exact on small components and falls back to
	// its heuristic with a lower bound on large ones by itself; the report
	// carries exact, index and lower.
	return report.BalanceOptions{}
}

// DiffNearest and DiffJaccard choose the pairs of documents the build
// diffs (DiffPairs).
const (
	DiffNearest = 3
	DiffJaccard = 0.5
)

// DiffRule says in words which pairs the build diffs, for the index.
var DiffRule = fmt.Sprintf("Pairs of documents: each document with the %d documents it shares the most actors with (ties broken by id), and every pair whose actor sets have a Jaccard similarity of %.1f or more, provided they share an actor; consecutive eras. Any other pair: `kg diff --a doc=A --b doc=B`.", DiffNearest, DiffJaccard)

// DiffPairs returns the pairs of documents the build diffs, each (a, b)
// with a before b in the documents' order: each document with its
// DiffNearest documents by shared actors, and every pair with an actor
// Jaccard similarity of at least DiffJaccard; only pairs that share an
// actor. At most n*(DiffNearest) pairs plus the similar ones, where every
// pair sharing an actor made n*(n-1)/2.
func DiffPairs(docs []*graph.Document, actors map[string]map[string]bool) [][2]string {
	pos := map[string]int{}
	for i, d := range docs {
		pos[d.ID] = i
	}
	chosen := map[[2]int]bool{}
	shared := make([][]int, len(docs))
	for i := range docs {
		shared[i] = make([]int, len(docs))
	}
	for i, a := range docs {
		for j := i + 1; j < len(docs); j++ {
			n := 0
			for id := range actors[a.ID] {
				if actors[docs[j].ID][id] {
					n++
				}
			}
			shared[i][j], shared[j][i] = n, n
			if u := len(actors[a.ID]) + len(actors[docs[j].ID]) - n; n > 0 && float64(n) >= DiffJaccard*float64(u) {
				chosen[[2]int{i, j}] = true
			}
		}
	}
	for i := range docs {
		var others []int
		for j := range docs {
			if j != i && shared[i][j] > 0 {
				others = append(others, j)
			}
		}
		slices.SortStableFunc(others, func(x, y int) int {
			return cmp.Or(cmp.Compare(shared[i][y], shared[i][x]), cmp.Compare(docs[x].ID, docs[y].ID))
		})
		for _, j := range others[:min(DiffNearest, len(others))] {
			chosen[[2]int{min(i, j), max(i, j)}] = true
		}
	}
	var out [][2]string
	for p := range chosen {
		out = append(out, [2]string{docs[p[0]].ID, docs[p[1]].ID})
	}
	slices.SortFunc(out, func(x, y [2]string) int {
		return cmp.Or(cmp.Compare(pos[x[0]], pos[y[0]]), cmp.Compare(pos[x[1]], pos[y[1]]))
	})
	return out
}
