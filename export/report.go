package export

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"kg/graph/report"
)

// MetricSorts lists the metrics the metrics table can be sorted by.
var MetricSorts = []string{"id", "degree", "in_degree", "out_degree", "positive_degree", "negative_degree",
	"weighted_degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "hub", "authority"}

func metricValue(a report.Actor, name string) float64 {
	switch name {
	case "degree":
		return float64(a.Degree)
	case "in_degree":
		return float64(a.InDegree)
	case "out_degree":
		return float64(a.OutDegree)
	case "positive_degree":
		return float64(a.PositiveDegree)
	case "negative_degree":
		return float64(a.NegativeDegree)
	case "weighted_degree":
		return a.WeightedDegree
	case "betweenness":
		return a.Betweenness
	case "closeness":
		return a.Closeness
	case "harmonic":
		return a.Harmonic
	case "eigenvector":
		return a.Eigenvector
	case "pagerank":
		return a.PageRank
	case "hub":
		return a.Hub
	case "authority":
		return a.Authority
	}
	return 0
}

// MetricOf returns one metric of every actor, by actor id.
func MetricOf(m report.Metrics, name string) map[string]float64 {
	out := map[string]float64{}
	for _, a := range m.Actors {
		out[a.ID] = metricValue(a, name)
	}
	return out
}

// Metrics writes a metrics report as a table sorted by a metric (largest
// first, then by id), as JSON, or as CSV. JSON and CSV keep actor id order.
func Metrics(w io.Writer, m report.Metrics, format, sortBy string) error {
	switch format {
	case "json":
		return writeJSON(w, m)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(MetricSorts)
		for _, a := range m.Actors {
			row := []string{a.ID}
			for _, name := range MetricSorts[1:] {
				row = append(row, strconv.FormatFloat(metricValue(a, name), 'g', -1, 64))
			}
			cw.Write(row)
		}
		cw.Flush()
		return cw.Error()
	}
	actors := slices.Clone(m.Actors)
	if sortBy != "id" {
		slices.SortStableFunc(actors, func(a, b report.Actor) int {
			return cmp.Or(cmp.Compare(metricValue(b, sortBy), metricValue(a, sortBy)), cmp.Compare(a.ID, b.ID))
		})
	}
	g := m.Graph
	var b strings.Builder
	fmt.Fprintf(&b, "projection: %s\n", m.Projection)
	fmt.Fprintf(&b, "nodes %d, edges %d, density %.4f, components %d, diameter %d, average path length %.4f, transitivity %.4f, reciprocity %.4f\n",
		g.Nodes, g.Edges, g.Density, g.Components, g.Diameter, g.AvgPathLength, g.Transitivity, g.Reciprocity)
	fmt.Fprintf(&b, "ties %d (+%d, -%d, 0 %d), contested pairs %d", g.Ties, g.PositiveTies, g.NegativeTies, g.NeutralTies, g.ContestedPairs)
	if g.FoldedSelfLoops > 0 {
		fmt.Fprintf(&b, ", %d claims left out as folded self-loops", g.FoldedSelfLoops)
	}
	b.WriteString("\n")
	if g.Sampled {
		fmt.Fprintf(&b, "sampled: betweenness, closeness, harmonic and average path length are estimates and the diameter a lower bound;\n  with probability 0.999 every betweenness and harmonic/(n-1) is within %.4f of the exact value\n", g.SamplingError)
	}
	b.WriteByte('\n')
	header := []string{"ACTOR", "DEG", "IN", "OUT", "POS", "NEG", "WDEG", "BETWEEN", "CLOSE", "HARMONIC", "EIGEN", "PAGERANK", "HUB", "AUTH"}
	var rows [][]string
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	for _, a := range actors {
		rows = append(rows, []string{a.ID, strconv.Itoa(a.Degree), strconv.Itoa(a.InDegree), strconv.Itoa(a.OutDegree),
			strconv.Itoa(a.PositiveDegree), strconv.Itoa(a.NegativeDegree), f(a.WeightedDegree), f(a.Betweenness),
			f(a.Closeness), f(a.Harmonic), f(a.Eigenvector), f(a.PageRank), f(a.Hub), f(a.Authority)})
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return writeTable(w, header, rows)
}

// Balance writes a balance report as text or JSON.
func Balance(w io.Writer, r report.Balance, format string) error {
	if format == "json" {
		return writeJSON(w, r)
	}
	var b strings.Builder
	t := r.Triangles
	fmt.Fprintf(&b, "triangles: +++ %d, +-- %d (balanced); ++- %d, --- %d (unbalanced)\n", t["+++"], t["+--"], t["++-"], t["---"])
	fmt.Fprintf(&b, "balance: strong %.4f (Cartwright-Harary), weak %.4f (Davis)\n", r.Ratios.Strong, r.Ratios.Weak)
	fr := r.Frustration
	if fr.Exact {
		fmt.Fprintf(&b, "frustration index: %d (exact)\n", fr.Index)
	} else {
		fmt.Fprintf(&b, "frustration index: between %d and %d (heuristic; components too large to solve exactly)\n", fr.Lower, fr.Index)
	}
	for i, bl := range fr.Blocs {
		fmt.Fprintf(&b, "  bloc %d: %s\n", i+1, strings.Join(bl, ", "))
	}
	for _, f := range fr.Flips {
		fmt.Fprintf(&b, "  contradicts %s %s %s (%s)\n", f.Source, f.Sign, f.Target, strings.Join(f.Types, ", "))
	}
	kb := r.KBlocs
	fmt.Fprintf(&b, "k-blocs (k=%d, alpha %.2f): criterion %.2f (%d negative ties inside, %d positive between)\n", kb.K, kb.Alpha, kb.Criterion, kb.NegInside, kb.PosBetween)
	for i, bl := range kb.Blocs {
		fmt.Fprintf(&b, "  bloc %d: %s\n", i+1, strings.Join(bl, ", "))
	}
	fmt.Fprintf(&b, "unbalanced triangles: %d\n", len(r.Unbalanced))
	for _, tr := range r.Unbalanced {
		fmt.Fprintf(&b, "  %s %s\n", tr.Signs, strings.Join(tr.Actors[:], ", "))
		for _, tie := range tr.Ties {
			fmt.Fprintf(&b, "    %s %s %s: %s  %s\n", tie.Source, tie.Sign, tie.Target, strings.Join(tie.Types, ", "), strings.Join(tie.Claims, "; "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
