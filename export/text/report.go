package text

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

// Metrics writes a metrics report as a table sorted by a measure (sortBy
// names a report.Measure, largest first, then by id; "id" sorts by id), as
// JSON, or as CSV. JSON and CSV keep actor id order.
func Metrics(w io.Writer, m report.Metrics, format, sortBy string) error {
	switch format {
	case "json":
		return writeJSON(w, m)
	case "csv":
		cw := csv.NewWriter(w)
		header := []string{"id"}
		for _, x := range report.Measures() {
			header = append(header, x.String())
		}
		cw.Write(header)
		for _, a := range m.Actors {
			row := []string{a.ID}
			for _, x := range report.Measures() {
				row = append(row, strconv.FormatFloat(x.Of(a), 'g', -1, 64))
			}
			cw.Write(row)
		}
		cw.Flush()
		return cw.Error()
	}
	actors := slices.Clone(m.Actors)
	if by, ok := report.ParseMeasure(sortBy); ok {
		slices.SortStableFunc(actors, func(a, b report.Actor) int {
			return cmp.Or(cmp.Compare(by.Of(b), by.Of(a)), cmp.Compare(a.ID, b.ID))
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
