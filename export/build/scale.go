package build

import (
	"cmp"
	"fmt"
	"slices"

	"kg/graph"
	"kg/graph/report"
)

// OverviewMaxTies bounds what a build diagram draws: a view with more
// ties is drawn as an overview, its ties taken by strength while they keep
// within dot's range (diagram.DotMaxActors, diagram.DotMaxTies: 100 actors,
// 150 ties; graph.Network.Strongest), so that past the hundredth actor only
// ties among the actors kept come in; the index says so and which command
// draws the view whole. Such an overview renders in about 0.1 s through
// kg-render, where the 400 strongest ties of a 1,000-claim document (190
// actors) took 0.7 s with dot and 1.1 s with neato, and a hundred
// documents' diagrams were the build's longest stage (docs/performance.md).
// The repository's largest view (the combined one, 348 ties) is drawn
// whole.
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

// DiffAll, DiffNearest and DiffAnalysisMaxTies choose the pairs of
// documents the build diffs (DiffPairs) and how far: with at most DiffAll
// documents every pair that shares an actor (the repository's five: ten
// pairs); with more, each document with its DiffNearest documents by shared
// actors, at most DiffNearest*n pairs where every pair made n*(n-1)/2. A
// diff with more than DiffAnalysisMaxTies ties on either side compares
// actors and ties only; its metrics, blocs and balance (0.14 s of a 0.24 s
// diff of two 1,000-tie, 300-actor documents, docs/performance.md) are left
// to kg diff, which always compares them.
const (
	DiffAll             = 6
	DiffNearest         = 2
	DiffAnalysisMaxTies = 500
)

// DiffRule says in words which pairs the build diffs, for the index.
var DiffRule = fmt.Sprintf("Pairs of documents: with at most %d documents every pair that shares an actor; with more, each document with the %d documents it shares the most actors with (ties broken by id), at most %d pairs per document chosen. Consecutive eras. A diff with more than %d ties on either side compares actors and ties only (its page says so); `kg diff` compares metrics, blocs and balance too. Any other pair: `kg diff --a doc=A --b doc=B`.", DiffAll, DiffNearest, DiffNearest, DiffAnalysisMaxTies)

// DiffPairs returns the pairs of documents the build diffs, each (a, b)
// with a before b in the documents' order, by DiffRule: only pairs that
// share an actor.
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
			if n > 0 && len(docs) <= DiffAll {
				chosen[[2]int{i, j}] = true
			}
		}
	}
	for i := range docs {
		if len(docs) <= DiffAll {
			break
		}
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
