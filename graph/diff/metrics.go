package diff

import (
	"cmp"
	"math"
	"slices"

	"kg/graph"
	"kg/graph/report"
)

// Presence values of ActorMetrics.Present.
const (
	InBoth = "both"
	InA    = "a" // removed
	InB    = "b" // added
)

// ActorMetrics is one actor's metrics on each side, as kg metrics computes
// them with its default options.
type ActorMetrics struct {
	ID          string `json:"id"`
	Present     string `json:"present"` // "both", "a" or "b"
	Degree      Metric `json:"degree"`
	Betweenness Metric `json:"betweenness"`
	Eigenvector Metric `json:"eigenvector"`
	PageRank    Metric `json:"pagerank"`
}

// Metric is one measure of one actor on each side. A, B and Delta are nil
// on the side where the actor is absent.
type Metric struct {
	A     *float64 `json:"a"`
	B     *float64 `json:"b"`
	Delta *float64 `json:"delta"`  // b - a
	RankA int      `json:"rank_a"` // 1-based position on side a, 0 when absent
	RankB int      `json:"rank_b"`
	Shift int      `json:"shift"` // rank_a - rank_b: positive when the actor moved up; 0 unless on both sides
}

// Changed reports whether the metric differs between the sides, beyond
// floating-point noise, or its rank moved.
func (m Metric) Changed() bool {
	return m.Delta != nil && math.Abs(*m.Delta) > metricTolerance || m.Shift != 0
}

// metricTolerance separates a real change of a centrality from
// floating-point noise.
const metricTolerance = 1e-9

// measures are the report.Measures a diff compares, in report order: they
// are ActorMetrics' fields.
var measures = []report.Measure{report.Degree, report.Betweenness, report.Eigenvector, report.PageRank}

// Measures lists the compared measures in report order.
func Measures() []report.Measure { return slices.Clone(measures) }

// Get returns the actor's metric for one of the compared measures. It
// panics on another measure, a programmer's error.
func (a *ActorMetrics) Get(m report.Measure) *Metric {
	switch m {
	case report.Degree:
		return &a.Degree
	case report.Betweenness:
		return &a.Betweenness
	case report.Eigenvector:
		return &a.Eigenvector
	case report.PageRank:
		return &a.PageRank
	}
	panic("diff: measure " + m.String() + " is not compared")
}

// sideMetrics holds one side's values and ranks by metric, then actor id.
type sideMetrics struct {
	value map[report.Measure]map[string]float64
	rank  map[report.Measure]map[string]int
}

func measure(n *graph.Network) sideMetrics {
	m := report.ComputeMetrics(n, report.MetricsOptions{})
	s := sideMetrics{value: map[report.Measure]map[string]float64{}, rank: map[report.Measure]map[string]int{}}
	for _, x := range measures {
		vals := map[string]float64{}
		ids := make([]string, 0, len(m.Actors))
		for _, a := range m.Actors {
			vals[a.ID] = x.Of(a)
			ids = append(ids, a.ID)
		}
		// Rank by value, largest first, ties broken by id. Values are
		// rounded first so that floating-point noise between equal
		// centralities does not decide their order.
		slices.SortFunc(ids, func(x, y string) int {
			return cmp.Or(cmp.Compare(rankKey(vals[y]), rankKey(vals[x])), cmp.Compare(x, y))
		})
		ranks := map[string]int{}
		for i, id := range ids {
			ranks[id] = i + 1
		}
		s.value[x], s.rank[x] = vals, ranks
	}
	return s
}

func rankKey(x float64) float64 { return math.Round(x*1e12) / 1e12 }

func compareMetrics(a, b *graph.Network) []ActorMetrics {
	ma, mb := measure(a), measure(b)
	var ids []string
	for _, x := range a.Actors {
		ids = append(ids, x.ID)
	}
	for _, x := range b.Actors {
		ids = append(ids, x.ID)
	}
	ids = sortedSet(ids)
	out := make([]ActorMetrics, 0, len(ids))
	for _, id := range ids {
		inA, inB := a.Index(id) >= 0, b.Index(id) >= 0
		am := ActorMetrics{ID: id, Present: InBoth}
		switch {
		case !inA:
			am.Present = InB
		case !inB:
			am.Present = InA
		}
		for _, x := range measures {
			m := am.Get(x)
			if inA {
				v := ma.value[x][id]
				m.A, m.RankA = &v, ma.rank[x][id]
			}
			if inB {
				v := mb.value[x][id]
				m.B, m.RankB = &v, mb.rank[x][id]
			}
			if inA && inB {
				d := *m.B - *m.A
				m.Delta, m.Shift = &d, m.RankA-m.RankB
			}
		}
		out = append(out, am)
	}
	return out
}
