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

var metricNames = []string{"degree", "betweenness", "eigenvector", "pagerank"}

// MetricNames lists the compared metrics in report order.
func MetricNames() []string { return slices.Clone(metricNames) }

// Get returns the named metric ("degree", "betweenness", "eigenvector" or
// "pagerank").
func (a *ActorMetrics) Get(name string) *Metric {
	switch name {
	case "degree":
		return &a.Degree
	case "betweenness":
		return &a.Betweenness
	case "eigenvector":
		return &a.Eigenvector
	case "pagerank":
		return &a.PageRank
	}
	panic("diff: unknown metric " + name)
}

func metricValue(a report.Actor, name string) float64 {
	switch name {
	case "degree":
		return float64(a.Degree)
	case "betweenness":
		return a.Betweenness
	case "eigenvector":
		return a.Eigenvector
	}
	return a.PageRank
}

// sideMetrics holds one side's values and ranks by metric, then actor id.
type sideMetrics struct {
	value map[string]map[string]float64
	rank  map[string]map[string]int
}

func measure(n *graph.Network) sideMetrics {
	m := report.ComputeMetrics(n, report.MetricsOptions{})
	s := sideMetrics{value: map[string]map[string]float64{}, rank: map[string]map[string]int{}}
	for _, name := range metricNames {
		vals := map[string]float64{}
		ids := make([]string, 0, len(m.Actors))
		for _, a := range m.Actors {
			vals[a.ID] = metricValue(a, name)
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
		s.value[name], s.rank[name] = vals, ranks
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
		for _, name := range metricNames {
			m := am.Get(name)
			if inA {
				v := ma.value[name][id]
				m.A, m.RankA = &v, ma.rank[name][id]
			}
			if inB {
				v := mb.value[name][id]
				m.B, m.RankB = &v, mb.rank[name][id]
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
