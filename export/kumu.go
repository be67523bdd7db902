package export

import (
	"encoding/csv"
	"io"
	"slices"
	"strings"

	"kg/graph"
)

// KumuCSV writes the network as two CSV files in Kumu's import layout
// (docs/formats.md), which a spreadsheet also opens:
//
//   - elements: ID (the actor id), Label (the English name), Type (the
//     actor kind), Description (the actor's note), Tags (the documents of
//     its ties, separated by "|"), then name_<lang> per language and
//     part_of;
//   - connections: ID (the claim's key), From and To (actor ids), Type (the
//     relation type), Direction (directed or undirected), Label (the type's
//     English label), Description (the claim's note), Tags (its document),
//     then the other claim attributes, evidence lines separated by "|".
//
// One connection per claim. Fields are quoted as RFC 4180 requires, so
// commas, quotes and line breaks in names survive.
func KumuCSV(elements, connections io.Writer, kb *graph.KB, n *graph.Network) error {
	return KumuCSVWith(elements, connections, kb, n, Options{})
}

// KumuCSVWith writes Kumu's CSV pair shaped by o (GraphMLWith): with
// o.Ties a connection's ID is the tie's and its Tags its documents.
func KumuCSVWith(elements, connections io.Writer, kb *graph.KB, n *graph.Network, o Options) error {
	nodes := withNodeAttrs(actorTable(n), n, o)
	docs := map[string][]string{}
	for _, t := range n.Ties {
		for _, id := range []string{t.Source, t.Target} {
			for _, d := range t.Documents {
				if !slices.Contains(docs[id], d) {
					docs[id] = append(docs[id], d)
				}
			}
		}
	}
	// Kind and note have Kumu columns of their own (Type, Description).
	kind, note := nodes.col("kind"), nodes.col("note")
	header := []string{"ID", "Label", "Type", "Description", "Tags"}
	for j, d := range nodes.defs {
		if j != kind && j != note {
			header = append(header, d.name)
		}
	}
	rows := [][]string{header}
	for i, a := range n.Actors {
		ds := docs[a.ID]
		slices.Sort(ds)
		row := []string{a.ID, a.Name("en"), a.Kind.String(), a.Note, strings.Join(ds, "|")}
		for j, v := range nodes.rows[i] {
			if j != kind && j != note {
				row = append(row, formatValue(v, "|"))
			}
		}
		rows = append(rows, row)
	}
	if err := writeKumuCSV(elements, rows); err != nil {
		return err
	}

	edges, erows := edgeTable(kb, n, o)
	own := map[string]bool{"claim": true, "tie": true, "type": true, "label": true, "directed": true, "note": true}
	header = []string{"ID", "From", "To", "Type", "Direction", "Label", "Description", "Tags"}
	for _, d := range edges.defs {
		if !own[d.name] {
			header = append(header, d.name)
		}
	}
	rows = [][]string{header}
	for i, e := range erows {
		r := edges.rows[i]
		dir := "undirected"
		if r[edges.col("directed")].(bool) {
			dir = "directed"
		}
		tags := e.document
		if j := edges.col("documents"); j >= 0 {
			tags = formatValue(r[j], "|")
		}
		row := []string{e.id, e.source, e.target, e.typ, dir, e.label, e.note, tags}
		for j, d := range edges.defs {
			if !own[d.name] {
				row = append(row, formatValue(r[j], "|"))
			}
		}
		rows = append(rows, row)
	}
	return writeKumuCSV(connections, rows)
}

// writeKumuCSV writes the rows, each CR LF line break inside a value
// written as LF: CSV readers (Go's encoding/csv among them) read a quoted
// CR LF as LF, so that is what the value would come back as anyway.
func writeKumuCSV(w io.Writer, rows [][]string) error {
	for _, row := range rows {
		for i, f := range row {
			row[i] = strings.ReplaceAll(f, "\r\n", "\n")
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(rows); err != nil { // WriteAll flushes
		return err
	}
	return cw.Error()
}
