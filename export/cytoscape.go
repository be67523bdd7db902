package export

import (
	"io"

	"kg/graph"
)

// cyElement is one Cytoscape.js element: its attributes under "data".
type cyElement struct {
	Data map[string]any `json:"data"`
}

type cyGraph struct {
	FormatVersion string         `json:"format_version"`
	GeneratedBy   string         `json:"generated_by"`
	Target        string         `json:"target_cytoscapejs_version"`
	Data          map[string]any `json:"data"`
	Elements      struct {
		Nodes []cyElement `json:"nodes"`
		Edges []cyElement `json:"edges"`
	} `json:"elements"`
}

// Cytoscape writes the network as Cytoscape.js JSON (docs/formats.md),
// which Cytoscape.js takes as cy.json(...) and Cytoscape desktop imports
// as a .cyjs file: {"elements": {"nodes": [{"data": ...}], "edges": [...]}}.
// A node's data holds its id, name and label (the English name) and the
// actor attributes; an edge's data holds the claim's key as id, source,
// target, interaction (the relation type, Cytoscape's edge type column)
// and the claim attributes, evidence lines as a list. Absent values are
// left out. An edge's id is the claim's key with "__" for the "/"
// ("<document>__<claim id>"): a "/" makes cy.$('#' + id) an invalid
// selector, and "_" is in no kg id, so edge ids never meet actor ids; the
// key itself is the edge's claim attribute.
func Cytoscape(w io.Writer, kb *graph.KB, n *graph.Network) error {
	return CytoscapeWith(w, kb, n, Options{})
}

// CytoscapeWith writes Cytoscape.js JSON shaped by o (GraphMLWith).
func CytoscapeWith(w io.Writer, kb *graph.KB, n *graph.Network, o Options) error {
	nodes := withNodeAttrs(actorTable(n), n, o)
	edges, rows := edgeTable(kb, n, o)
	out := cyGraph{FormatVersion: "1.0", GeneratedBy: "kg", Target: "~3",
		Data: map[string]any{"name": "kg", "description": "kg: " + n.View.String()}}
	out.Elements.Nodes = []cyElement{}
	out.Elements.Edges = []cyElement{}
	for i, a := range n.Actors {
		d := cyData(nodes.defs, nodes.rows[i])
		d["id"], d["name"], d["label"] = a.ID, a.Name("en"), a.Name("en")
		out.Elements.Nodes = append(out.Elements.Nodes, cyElement{d})
	}
	for i, r := range rows {
		d := cyData(edges.defs, edges.rows[i])
		id := r.id
		if r.claim != nil {
			id = CytoscapeEdgeID(r.claim)
		}
		d["id"], d["source"], d["target"], d["interaction"] = id, r.source, r.target, r.typ
		out.Elements.Edges = append(out.Elements.Edges, cyElement{d})
	}
	return writeJSON(w, out)
}

func cyData(defs []attrDef, row []any) map[string]any {
	d := make(map[string]any, len(defs)+4)
	for j, def := range defs {
		if row[j] != nil {
			d[def.name] = row[j]
		}
	}
	return d
}

// CytoscapeEdgeID is the id of a claim's edge in the Cytoscape.js export:
// its key with "__" in place of "/", a valid selector id.
func CytoscapeEdgeID(c *graph.Claim) string { return c.Document + "__" + c.ID }
