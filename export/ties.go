package export

import (
	"slices"

	"kg/graph"
)

// Options shape an interchange export (docs/formats.md).
type Options struct {
	// Ties writes one edge per tie, (pair, type, sign, modality), with the
	// claim count and the claims' keys, instead of one edge per claim.
	Ties bool
	// NodeAttrs are more node attributes, each a value per actor id
	// (float64, int or string): kg export --with-metrics puts the view's
	// centralities, community and bloc here.
	NodeAttrs []NodeAttr
}

// NodeAttr is one more node attribute: its name and its value per actor
// id; an actor without a value has none.
type NodeAttr struct {
	Name   string
	Values map[string]any
}

// edgeRow is one edge of an export: a claim, or with Options.Ties a tie.
type edgeRow struct {
	id, source, target, typ string
	label                   string // the relation type's English label
	when                    graph.Interval
	weight                  float64
	note, document          string // a claim's; "" for a tie
	claim                   *graph.Claim
}

// edgeTable is the edge attributes of the export: claimTable's, or with
// o.Ties tieTable's.
func edgeTable(kb *graph.KB, n *graph.Network, o Options) (attrTable, []edgeRow) {
	if o.Ties {
		return tieTable(kb, n)
	}
	t, claims, ties := claimTable(kb, n)
	rows := make([]edgeRow, len(claims))
	for i, c := range claims {
		rows[i] = edgeRow{id: c.Key(), source: c.Source, target: c.Target, typ: c.Type,
			label: typeLabel(ties[i].Type, "en"), when: kb.ClaimTime(c), weight: c.Weight,
			note: c.Note, document: c.Document, claim: c}
	}
	return t, rows
}

// TieID is the id of a tie's edge in a tie-level export:
// "<source>__<target>__<type>__<sign>", the sign as pos, neg or neu, with
// "__<modality>" added for a modality other than asserted. "_" is in no
// kg id, so the parts stay apart and the id is a valid Cytoscape selector.
func TieID(t *graph.Tie) string {
	id := t.Source + "__" + t.Target + "__" + t.Type.ID + "__" + map[graph.Sign]string{graph.Positive: "pos", graph.Negative: "neg", graph.Neutral: "neu"}[t.Sign()]
	if t.Modality != graph.Asserted {
		id += "__" + t.Modality.String()
	}
	return id
}

// tieTable is the edge attributes of every tie of n, in n.Ties order: the
// tie's id, type, label, category, sign, direction and modality, its claim
// count and the claims' keys, documents, eras (claim_eras) and attributions, its time
// (the union of its claims' times), weight (the sum of its claims'
// weights), strength and contested flag.
func tieTable(kb *graph.KB, n *graph.Network) (attrTable, []edgeRow) {
	t := attrTable{defs: []attrDef{
		{"tie", attrString}, {"type", attrString}, {"label", attrString}, {"category", attrString},
		{"sign", attrInt}, {"directed", attrBool}, {"modality", attrString},
		{"claims", attrInt}, {"claim_keys", attrList}, {"documents", attrList},
		{"start", attrString}, {"end", attrString}, {"claim_eras", attrList}, {"attributed_to", attrList},
		{"weight", attrDouble}, {"strength", attrDouble}, {"contested", attrBool},
	}}
	var rows []edgeRow
	for _, tie := range n.Ties {
		var keys, eras, attributed []string
		var when graph.Interval
		weight := 0.0
		for i, c := range tie.Claims {
			keys = append(keys, c.Key())
			if c.Era != "" && !slices.Contains(eras, c.Era) {
				eras = append(eras, c.Era)
			}
			if c.AttributedTo != "" && !slices.Contains(attributed, c.AttributedTo) {
				attributed = append(attributed, c.AttributedTo)
			}
			weight += c.Weight
			ct := kb.ClaimTime(c)
			if i == 0 {
				when = ct
				continue
			}
			if when.Start.IsZero() || ct.Start.IsZero() {
				when.Start = graph.Date{}
			} else if ct.Start.FirstDay().Before(when.Start.FirstDay()) {
				when.Start = ct.Start
			}
			if when.End.IsZero() || ct.End.IsZero() {
				when.End = graph.Date{}
			} else if ct.End.LastDay().After(when.End.LastDay()) {
				when.End = ct.End
			}
		}
		slices.Sort(eras)
		slices.Sort(attributed)
		id := TieID(tie)
		t.rows = append(t.rows, []any{
			id, tie.Type.ID, typeLabel(tie.Type, "en"), tie.Type.Category.String(),
			int(tie.Sign()), tie.Type.Directed, tie.Modality.String(),
			len(tie.Claims), keys, slices.Clone(tie.Documents),
			strOrNil(when.Start.String()), strOrNil(when.End.String()), listOrNil(eras), listOrNil(attributed),
			weight, tie.Strength, tie.Contested,
		})
		rows = append(rows, edgeRow{id: id, source: tie.Source, target: tie.Target, typ: tie.Type.ID,
			label: typeLabel(tie.Type, "en"), when: when, weight: weight})
	}
	return t, rows
}

func listOrNil(l []string) any {
	if len(l) == 0 {
		return nil
	}
	return l
}

// withNodeAttrs adds o's node attributes to an actor table.
func withNodeAttrs(t attrTable, n *graph.Network, o Options) attrTable {
	for _, a := range o.NodeAttrs {
		typ := attrString
		for _, actor := range n.Actors { // the type of the first value
			if v, ok := a.Values[actor.ID]; ok {
				switch v.(type) {
				case int:
					typ = attrInt
				case float64:
					typ = attrDouble
				}
				break
			}
		}
		t.defs = append(t.defs, attrDef{a.Name, typ})
		for i, actor := range n.Actors {
			t.rows[i] = append(t.rows[i], a.Values[actor.ID])
		}
	}
	return t
}
