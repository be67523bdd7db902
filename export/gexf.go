package export

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"kg/graph"
)

// GEXF 1.3 namespaces. gonum's formats/gexf12 describes 1.2draft, and
// NetworkX before 3.6 knows only 1.1draft and 1.2draft (docs/formats.md
// shows how to read 1.3 with it).
const (
	gexfNS     = "http://gexf.net/1.3"
	gexfSchema = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
)

// Open ends of a day range.
const (
	dayNegInf = math.MinInt32
	dayPosInf = math.MaxInt32
)

// dayRange is a closed range of days, counted from 1970-01-01, with
// dayNegInf and dayPosInf for open ends.
type dayRange struct{ lo, hi int }

func dayNumber(t time.Time) int { return int(t.Unix() / 86400) }

func dayString(d int) string { return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02") }

// firstDay and lastDay are the first and last day a partial date covers,
// as day numbers.
func firstDay(d graph.Date) int { return dayNumber(d.FirstDay()) }

func lastDay(d graph.Date) int { return dayNumber(d.LastDay()) }

// daysOf expands an interval of partial dates to whole days.
func daysOf(iv graph.Interval) dayRange {
	r := dayRange{dayNegInf, dayPosInf}
	if !iv.Start.IsZero() {
		r.lo = firstDay(iv.Start)
	}
	if !iv.End.IsZero() {
		r.hi = lastDay(iv.End)
	}
	return r
}

// spellAttrs returns the start and end attributes of a range, leaving out
// open ends.
func (r dayRange) spellAttrs() []string {
	var a []string
	if r.lo != dayNegInf {
		a = append(a, "start", dayString(r.lo))
	}
	if r.hi != dayPosInf {
		a = append(a, "end", dayString(r.hi))
	}
	return a
}

// eraSpan is a stretch of time in which the same eras are in effect.
type eraSpan struct {
	days dayRange
	eras string // their ids, joined with "|"
}

// eraSpans cuts the timeline at every era's first day and the day after
// its last, and names the eras in effect in each piece; pieces without an
// era are left out. The pieces do not overlap, as GEXF wants of a dynamic
// attribute's values.
func eraSpans(eras []*graph.Era) []eraSpan {
	var cuts []int
	ranges := make([]dayRange, len(eras))
	for i, e := range eras {
		ranges[i] = daysOf(e.Period)
		if ranges[i].lo != dayNegInf {
			cuts = append(cuts, ranges[i].lo)
		}
		if ranges[i].hi != dayPosInf {
			cuts = append(cuts, ranges[i].hi+1)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	bounds := append([]int{dayNegInf}, cuts...)
	var out []eraSpan
	for i, lo := range bounds {
		hi := dayPosInf
		if i+1 < len(bounds) {
			hi = bounds[i+1] - 1
		}
		var ids []string
		for j, r := range ranges {
			if r.lo <= lo && hi <= r.hi {
				ids = append(ids, eras[j].ID)
			}
		}
		if len(ids) > 0 {
			out = append(out, eraSpan{dayRange{lo, hi}, strings.Join(ids, "|")})
		}
	}
	return out
}

// erasDuring clips the era spans to r, merging neighbours that name the
// same eras.
func erasDuring(spans []eraSpan, r dayRange) []eraSpan {
	var out []eraSpan
	for _, s := range spans {
		lo, hi := max(s.days.lo, r.lo), min(s.days.hi, r.hi)
		if lo > hi {
			continue
		}
		if k := len(out) - 1; k >= 0 && out[k].eras == s.eras && out[k].days.hi+1 == lo {
			out[k].days.hi = hi
			continue
		}
		out = append(out, eraSpan{dayRange{lo, hi}, s.eras})
	}
	return out
}

// gexfType is the GEXF attribute type of an attribute type. Lists are
// written as text, their items joined with ", ".
func gexfType(t attrType) string {
	switch t {
	case attrInt:
		return "integer"
	case attrDouble:
		return "double"
	case attrBool:
		return "boolean"
	}
	return "string"
}

// GEXF writes the network as GEXF 1.3 with dynamics (docs/formats.md), for
// Gephi's timeline: one node per actor, spanning the times of its ties, and
// one edge per claim, spanning the claim's time, with partial dates
// expanded to days (a start to the first day of its period, an end to the
// last; open ends are left out). Each edge and node also carries a dynamic
// "eras" attribute naming the eras in effect at each time, and the
// description in <meta> lists the eras with their labels and dates: GEXF
// has no graph-level attributes. The edge's kind is its relation type, its
// weight the claim's weight, and "period" holds its time as kg wrote it.
// Edges are all directed, as NetworkX requires of a directed graph; an
// undirected relation type is marked by the edge's directed attribute.
func GEXF(w io.Writer, kb *graph.KB, n *graph.Network) error {
	return GEXFWith(w, kb, n, Options{})
}

// GEXFWith writes GEXF shaped by o (GraphMLWith): with o.Ties an edge
// spans the union of its claims' times and weighs their summed weights.
func GEXFWith(w io.Writer, kb *graph.KB, n *graph.Network, o Options) error {
	nodes := withNodeAttrs(actorTable(n), n, o)
	edges, rows := edgeTable(kb, n, o)
	spans := eraSpans(kb.Eras)

	// The edge attributes GEXF writes as XML attributes (label, weight,
	// start, end) are not repeated as attvalues; "period" takes the place of
	// start and end.
	var edgeCols []int
	for j, d := range edges.defs {
		switch d.name {
		case "label", "weight", "start", "end":
		default:
			edgeCols = append(edgeCols, j)
		}
	}
	periodAfter := edges.col("document")
	if periodAfter < 0 {
		periodAfter = edges.col("documents")
	}

	// Each actor spans the union of its claims' times.
	actorDays := map[string]dayRange{}
	for _, e := range rows {
		r := daysOf(e.when)
		for _, id := range []string{e.source, e.target} {
			u, ok := actorDays[id]
			if !ok {
				u = r
			}
			actorDays[id] = dayRange{min(u.lo, r.lo), max(u.hi, r.hi)}
		}
	}

	x := newXMLWriter(w)
	x.open("gexf", "xmlns", gexfNS, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", gexfSchema, "version", "1.3")
	x.open("meta")
	x.leaf("creator", "kg")
	x.leaf("description", gexfDescription(kb, n, o.Ties))
	x.close("meta")
	x.open("graph", "defaultedgetype", "directed", "mode", "dynamic", "timeformat", "date")

	// One <attributes> block per class, in dynamic mode: graphology-gexf
	// (Gephi Lite's reader) keeps only the last block of a class, so the
	// attributes with one value (written without a spell: they hold for
	// the element's whole life) and eras (a value per spell) are declared
	// together.
	x.open("attributes", "class", "node", "mode", "dynamic")
	for _, d := range nodes.defs {
		x.empty("attribute", "id", d.name, "title", d.name, "type", gexfType(d.typ))
	}
	x.empty("attribute", "id", "eras", "title", "eras", "type", "string")
	x.close("attributes")
	x.open("attributes", "class", "edge", "mode", "dynamic")
	for _, j := range edgeCols {
		d := edges.defs[j]
		x.empty("attribute", "id", d.name, "title", d.name, "type", gexfType(d.typ))
		if j == periodAfter {
			x.empty("attribute", "id", "period", "title", "period", "type", "string")
		}
	}
	x.empty("attribute", "id", "eras", "title", "eras", "type", "string")
	x.close("attributes")

	x.open("nodes")
	for i, a := range n.Actors {
		days := actorDays[a.ID]
		x.open("node", append([]string{"id", a.ID, "label", a.Name("en")}, days.spellAttrs()...)...)
		x.open("attvalues")
		for j, d := range nodes.defs {
			if v := nodes.rows[i][j]; v != nil {
				x.empty("attvalue", "for", d.name, "value", formatValue(v, ", "))
			}
		}
		gexfEras(x, spans, days)
		x.close("attvalues")
		x.close("node")
	}
	x.close("nodes")

	x.open("edges")
	for i, e := range rows {
		when := e.when
		days := daysOf(when)
		attrs := []string{"id", e.id, "source", e.source, "target", e.target,
			"label", e.label, "kind", e.typ, "weight", formatValue(e.weight, "")}
		x.open("edge", append(attrs, days.spellAttrs()...)...)
		x.open("attvalues")
		for _, j := range edgeCols {
			if v := edges.rows[i][j]; v != nil {
				x.empty("attvalue", "for", edges.defs[j].name, "value", formatValue(v, ", "))
			}
			if j == periodAfter {
				x.empty("attvalue", "for", "period", "value", when.String())
			}
		}
		gexfEras(x, spans, days)
		x.close("attvalues")
		x.close("edge")
	}
	x.close("edges")
	x.close("graph")
	x.close("gexf")
	return x.flush()
}

// gexfEras writes the dynamic eras attribute of an element spanning days.
func gexfEras(x *xmlWriter, spans []eraSpan, days dayRange) {
	for _, s := range erasDuring(spans, days) {
		x.empty("attvalue", append([]string{"for", "eras", "value", s.eras}, s.days.spellAttrs()...)...)
	}
}

// gexfDescription describes the view and lists every era with its label
// and dates, for the <meta> element.
func gexfDescription(kb *graph.KB, n *graph.Network, ties bool) string {
	var b strings.Builder
	if ties {
		fmt.Fprintf(&b, "kg: %s. One edge per tie, spanning its claims' times; each node spans its ties' times. ", n.View.String())
	} else {
		fmt.Fprintf(&b, "kg: %s. One edge per claim, spanning the claim's time; each node spans its ties' times. ", n.View.String())
	}
	b.WriteString("The dynamic attribute eras names the eras in effect at each time.")
	if len(kb.Eras) > 0 {
		b.WriteString(" Eras:")
		for i, e := range kb.Eras {
			if i > 0 {
				b.WriteString(";")
			}
			fmt.Fprintf(&b, " %s (%s) %s", e.ID, e.Label["en"], e.Period.String())
		}
	}
	return b.String()
}
