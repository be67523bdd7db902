package export

import (
	"io"
	"strings"

	"kg/graph"
)

// Neo4jArrayDelimiter separates the items of a list column in the neo4j
// export: neo4j-admin's default --array-delimiter. neo4j-admin has no
// escape for it, so a ";" inside an item (a cue, say) is written as ",".
const Neo4jArrayDelimiter = ";"

// Neo4jCSV writes the network as the node and relationship files of
// neo4j-admin database import (docs/formats.md): actors, one row per
// actor, with the header "id:ID(Actor)", ":LABEL" (Actor and the kind's
// label, "Actor;ArmedGroup"), "name" and the actor attributes; claims,
// one row per claim (per tie with o.Ties), with ":START_ID(Actor)",
// ":END_ID(Actor)", ":TYPE" (the relation type id in capitals with "_":
// SOFT_ALLIANCE) and the claim attributes. Columns carry Neo4j types:
// int, float, boolean, date and string[] lists joined with
// Neo4jArrayDelimiter; strings have no suffix. A claim's partial start
// and end dates are written as written (start, end) and as the first day
// of its start and the last day of its end (start_date:date,
// end_date:date). Absent values are empty cells, which neo4j-admin sets
// no property for.
func Neo4jCSV(actors, claims io.Writer, kb *graph.KB, n *graph.Network, o Options) error {
	nodes := withNodeAttrs(actorTable(n), n, o)
	header := []string{"id:ID(Actor)", ":LABEL", "name"}
	for _, d := range nodes.defs {
		header = append(header, d.name+neo4jType(d.typ))
	}
	rows := [][]string{header}
	for i, a := range n.Actors {
		row := []string{a.ID, "Actor;" + neo4jLabel(a.Kind.String()), a.Name("en")}
		for j, v := range nodes.rows[i] {
			row = append(row, neo4jValue(v, nodes.defs[j].typ))
		}
		rows = append(rows, row)
	}
	if err := writeKumuCSV(actors, rows); err != nil {
		return err
	}

	edges, erows := edgeTable(kb, n, o)
	header = []string{":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"}
	for _, d := range edges.defs {
		header = append(header, d.name+neo4jType(d.typ))
		if d.name == "end" {
			header = append(header, "start_date:date", "end_date:date")
		}
	}
	rows = [][]string{header}
	for i, e := range erows {
		row := []string{e.source, e.target, neo4jRelType(e.typ)}
		for j, v := range edges.rows[i] {
			row = append(row, neo4jValue(v, edges.defs[j].typ))
			if edges.defs[j].name == "end" {
				row = append(row, dayOrEmpty(e.when.Start, false), dayOrEmpty(e.when.End, true))
			}
		}
		rows = append(rows, row)
	}
	return writeKumuCSV(claims, rows)
}

// neo4jType is the header suffix of an attribute type.
func neo4jType(t attrType) string {
	switch t {
	case attrInt:
		return ":int"
	case attrDouble:
		return ":float"
	case attrBool:
		return ":boolean"
	case attrList, attrCues:
		return ":string[]"
	}
	return ""
}

// neo4jValue writes a value in a neo4j-admin cell.
func neo4jValue(v any, t attrType) string {
	switch v := v.(type) {
	case []string:
		return neo4jList(v)
	case cueList:
		return neo4jList(v)
	}
	return formatValue(v, Neo4jArrayDelimiter)
}

func neo4jList(items []string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = strings.ReplaceAll(s, Neo4jArrayDelimiter, ",")
	}
	return strings.Join(out, Neo4jArrayDelimiter)
}

// dayOrEmpty is a partial date's first (or last) day, yyyy-mm-dd, or ""
// for an open end.
func dayOrEmpty(d graph.Date, last bool) string {
	if d.IsZero() {
		return ""
	}
	if last {
		return d.LastDay().Format("2006-01-02")
	}
	return d.FirstDay().Format("2006-01-02")
}

// neo4jLabel is a kind as a node label: "armed-group" is ArmedGroup.
func neo4jLabel(kind string) string {
	var b strings.Builder
	for p := range strings.SplitSeq(kind, "-") {
		if p != "" {
			b.WriteString(strings.ToUpper(p[:1]) + p[1:])
		}
	}
	return b.String()
}

// neo4jRelType is a relation type id as a relationship type, Neo4j's
// convention: "soft-alliance" is SOFT_ALLIANCE.
func neo4jRelType(id string) string {
	return strings.ToUpper(strings.ReplaceAll(id, "-", "_"))
}
