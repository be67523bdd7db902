package report

import "fmt"

// Measure is one per-actor measure of a metrics report. The table below is
// the only place that names them: the JSON keys of Actor, the CSV columns,
// kg metrics --sort, kg render --size-by and the measures kg diff compares
// all come from it.
type Measure uint8

// The per-actor measures, in report order.
const (
	Degree Measure = iota
	InDegree
	OutDegree
	PositiveDegree
	NegativeDegree
	WeightedDegree
	Betweenness
	Closeness
	Harmonic
	Eigenvector
	PageRank
	Hub
	Authority
	numMeasures
)

var measures = [numMeasures]struct {
	name  string // as in JSON and CSV
	label string // in prose and table headers
	whole bool   // an integer count
	of    func(Actor) float64
}{
	Degree:         {"degree", "degree", true, func(a Actor) float64 { return float64(a.Degree) }},
	InDegree:       {"in_degree", "in-degree", true, func(a Actor) float64 { return float64(a.InDegree) }},
	OutDegree:      {"out_degree", "out-degree", true, func(a Actor) float64 { return float64(a.OutDegree) }},
	PositiveDegree: {"positive_degree", "positive degree", true, func(a Actor) float64 { return float64(a.PositiveDegree) }},
	NegativeDegree: {"negative_degree", "negative degree", true, func(a Actor) float64 { return float64(a.NegativeDegree) }},
	WeightedDegree: {"weighted_degree", "weighted degree", false, func(a Actor) float64 { return a.WeightedDegree }},
	Betweenness:    {"betweenness", "betweenness", false, func(a Actor) float64 { return a.Betweenness }},
	Closeness:      {"closeness", "closeness", false, func(a Actor) float64 { return a.Closeness }},
	Harmonic:       {"harmonic", "harmonic", false, func(a Actor) float64 { return a.Harmonic }},
	Eigenvector:    {"eigenvector", "eigenvector", false, func(a Actor) float64 { return a.Eigenvector }},
	PageRank:       {"pagerank", "PageRank", false, func(a Actor) float64 { return a.PageRank }},
	Hub:            {"hub", "hub", false, func(a Actor) float64 { return a.Hub }},
	Authority:      {"authority", "authority", false, func(a Actor) float64 { return a.Authority }},
}

// Measures lists every per-actor measure in report order.
func Measures() []Measure {
	out := make([]Measure, numMeasures)
	for i := range out {
		out[i] = Measure(i)
	}
	return out
}

func (m Measure) valid() bool { return m < numMeasures }

// String returns the measure's name as in JSON and CSV: "in_degree".
func (m Measure) String() string {
	if !m.valid() {
		return fmt.Sprintf("Measure(%d)", m)
	}
	return measures[m].name
}

// Label returns the measure's name for prose and table headers: "PageRank".
func (m Measure) Label() string {
	if !m.valid() {
		return m.String()
	}
	return measures[m].label
}

// Whole reports whether the measure is an integer count (the degrees).
func (m Measure) Whole() bool { return m.valid() && measures[m].whole }

// Of returns the measure of one actor. It panics on a Measure outside the
// table, a programmer's error.
func (m Measure) Of(a Actor) float64 {
	if !m.valid() {
		panic("report: unknown measure " + m.String())
	}
	return measures[m].of(a)
}

// ByActor returns the measure of every actor of a report, by actor id.
func (m Measure) ByActor(r Metrics) map[string]float64 {
	out := make(map[string]float64, len(r.Actors))
	for _, a := range r.Actors {
		out[a.ID] = m.Of(a)
	}
	return out
}

// ParseMeasure returns the measure called name ("betweenness").
func ParseMeasure(name string) (Measure, bool) {
	for i := range measures {
		if measures[i].name == name {
			return Measure(i), true
		}
	}
	return 0, false
}
