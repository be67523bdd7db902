package export

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"kg/graph"
)

// nodeLink is the node-link JSON that NetworkX reads with
// networkx.readwrite.json_graph.node_link_graph. The claims are written
// twice, under "links" (what NetworkX up to 3.5 reads by default, Debian's
// 2.8 among them, and D3) and under "edges" (what NetworkX 3.6 and later
// read by default): each reader ignores the other key, and the default
// call works on both (docs/formats.md).
type nodeLink struct {
	Directed   bool           `json:"directed"`
	Multigraph bool           `json:"multigraph"`
	Graph      map[string]any `json:"graph"`
	Nodes      []nodeOut      `json:"nodes"`
	Links      []linkOut      `json:"links"`
	Edges      []linkOut      `json:"edges"`
}

type nodeOut struct {
	ID     string            `json:"id"`
	Label  string            `json:"label"`
	Kind   string            `json:"kind"`
	Names  map[string]string `json:"names"`
	PartOf string            `json:"part_of,omitempty"`
	Note   string            `json:"note,omitempty"`
}

type linkOut struct {
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Key        string   `json:"key"`
	Type       string   `json:"type"`
	Category   string   `json:"category"`
	Sign       int      `json:"sign"`
	OwnSign    *int     `json:"own_sign,omitempty"`
	Directed   bool     `json:"directed"`
	Document   string   `json:"document"`
	Start      string   `json:"start,omitempty"`
	End        string   `json:"end,omitempty"`
	Era        string   `json:"era,omitempty"`
	Modality   string   `json:"modality"`
	Attributed string   `json:"attributed_to,omitempty"`
	Confidence string   `json:"confidence"`
	Weight     float64  `json:"weight"`
	Strength   float64  `json:"strength"`
	Contested  bool     `json:"contested"`
	Lines      []string `json:"lines"`
	Cues       []string `json:"cues"`
	Note       string   `json:"note,omitempty"`
	// in a folded view, the actors the document names, where folding
	// replaced them
	FoldedSource string `json:"folded_source,omitempty"`
	FoldedTarget string `json:"folded_target,omitempty"`
}

// JSON writes the network as node-link JSON (docs/formats.md): one node per
// actor, one link per claim, with the claim's provenance. Nodes are sorted by
// id and links by key, the claim's id qualified by its document
// ("<document>/<claim id>"), so keys are unique across documents.
func JSON(w io.Writer, kb *graph.KB, n *graph.Network) error {
	return JSONWith(w, kb, n, Options{})
}

// JSONWith writes node-link JSON shaped by o: with o.Ties one link per tie,
// its key the tie's id (TieID) and its attributes those of the other
// formats' tie edges; with o.NodeAttrs more node members.
func JSONWith(w io.Writer, kb *graph.KB, n *graph.Network, o Options) error {
	if o.Ties || len(o.NodeAttrs) > 0 {
		return jsonShaped(w, kb, n, o)
	}
	out := nodeLink{Directed: true, Multigraph: true, Graph: map[string]any{"view": n.View.Map(), "description": n.View.String()},
		Nodes: []nodeOut{}, Links: []linkOut{}}
	for _, a := range n.Actors {
		out.Nodes = append(out.Nodes, nodeOut{ID: a.ID, Label: a.Name("en"), Kind: a.Kind.String(), Names: a.Names, PartOf: a.PartOf, Note: a.Note})
	}
	tieOf := map[*graph.Claim]*graph.Tie{}
	for _, t := range n.Ties {
		for _, c := range t.Claims {
			tieOf[c] = t
		}
	}
	for _, c := range n.Claims { // claims are sorted by document, then id: key order
		t := tieOf[c]
		when := kb.ClaimTime(c)
		var lines, cues []string
		for _, e := range c.Evidence {
			lines = append(lines, e.Lines())
			cues = append(cues, e.Cue)
		}
		fs, ft := foldedEnds(c)
		var own *int
		if c.HasSign {
			s := int(c.Sign)
			own = &s
		}
		out.Links = append(out.Links, linkOut{
			Source: c.Source, Target: c.Target, Key: c.Key(), Type: c.Type,
			Category: t.Type.Category.String(), Sign: int(t.Sign()), OwnSign: own, Directed: t.Type.Directed,
			Document: c.Document, Start: when.Start.String(), End: when.End.String(), Era: c.Era,
			Modality: c.Modality.String(), Attributed: c.AttributedTo, Confidence: c.Confidence.String(), Weight: c.Weight,
			Strength: t.Strength, Contested: t.Contested, Lines: lines, Cues: cues, Note: c.Note, FoldedSource: fs, FoldedTarget: ft,
		})
	}
	out.Edges = out.Links
	return writeJSON(w, out)
}

// jsonShaped writes node-link JSON from the attribute tables, as the other
// formats do: members in name order, absent values left out.
func jsonShaped(w io.Writer, kb *graph.KB, n *graph.Network, o Options) error {
	nodes := withNodeAttrs(actorTable(n), n, o)
	var edges attrTable
	var rows []edgeRow
	if o.Ties {
		edges, rows = edgeTable(kb, n, o)
	}
	type shaped struct {
		Directed   bool             `json:"directed"`
		Multigraph bool             `json:"multigraph"`
		Graph      map[string]any   `json:"graph"`
		Nodes      []map[string]any `json:"nodes"`
		Links      []map[string]any `json:"links"`
		Edges      []map[string]any `json:"edges"`
	}
	out := shaped{Directed: true, Multigraph: true, Graph: map[string]any{"view": n.View.Map(), "description": n.View.String()},
		Nodes: []map[string]any{}, Links: []map[string]any{}}
	for i, a := range n.Actors {
		m := map[string]any{"id": a.ID, "label": a.Name("en"), "names": a.Names}
		for j, d := range nodes.defs {
			if v := nodes.rows[i][j]; v != nil && !strings.HasPrefix(d.name, "name_") {
				m[d.name] = v
			}
		}
		out.Nodes = append(out.Nodes, m)
	}
	if o.Ties {
		for i, r := range rows {
			m := map[string]any{"source": r.source, "target": r.target, "key": r.id}
			for j, d := range edges.defs {
				if v := edges.rows[i][j]; v != nil {
					m[d.name] = v
				}
			}
			out.Links = append(out.Links, m)
		}
	} else {
		var b bytes.Buffer
		if err := JSON(&b, kb, n); err != nil {
			return err
		}
		var plain struct {
			Links []map[string]any `json:"links"`
		}
		if err := json.Unmarshal(b.Bytes(), &plain); err != nil {
			return err
		}
		out.Links = plain.Links
	}
	out.Edges = out.Links
	return writeJSON(w, out)
}
