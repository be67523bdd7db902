package export

import (
	"encoding/json"
	"io"
	"testing"
)

func TestCytoscapeGolden(t *testing.T) {
	kb, n := smallFixtureNetwork(t)
	checkExportGolden(t, "fixture.cyjs", exportBytes(t, func(w io.Writer) error { return Cytoscape(w, kb, n) }))
	kb, n = awkwardNetwork(t)
	checkExportGolden(t, "awkward.cyjs", exportBytes(t, func(w io.Writer) error { return Cytoscape(w, kb, n) }))
}

// TestCytoscapeContent reads the awkward fixture's Cytoscape.js JSON back
// with encoding/json: every name, note and attribute exactly as written
// (JSON holds any text, control characters included).
func TestCytoscapeContent(t *testing.T) {
	kb, n := awkwardNetwork(t)
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any }
			Edges []struct{ Data map[string]any }
		}
	}
	if err := json.Unmarshal(exportBytes(t, func(w io.Writer) error { return Cytoscape(w, kb, n) }), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Elements.Nodes) != len(n.Actors) || len(doc.Elements.Edges) != len(n.Claims) {
		t.Fatalf("%d nodes and %d edges, want %d and %d", len(doc.Elements.Nodes), len(doc.Elements.Edges), len(n.Actors), len(n.Claims))
	}
	for i, a := range n.Actors {
		d := doc.Elements.Nodes[i].Data
		want := map[string]any{"id": a.ID, "name": a.Name("en"), "label": a.Name("en"), "kind": a.Kind.String()}
		for l, s := range a.Names {
			want["name_"+l] = s
		}
		if a.PartOf != "" {
			want["part_of"] = a.PartOf
		}
		if a.Note != "" {
			want["note"] = a.Note
		}
		if len(d) != len(want) {
			t.Errorf("node %s has %d data fields, want %d: %v", a.ID, len(d), len(want), d)
		}
		for k, v := range want {
			if d[k] != v {
				t.Errorf("node %s: %s = %q, want %q", a.ID, k, d[k], v)
			}
		}
	}
	for i, c := range n.Claims {
		d := doc.Elements.Edges[i].Data
		typ := kb.TypeByID[c.Type]
		want := map[string]any{"id": CytoscapeEdgeID(c), "source": c.Source, "target": c.Target, "interaction": c.Type,
			"claim": c.Key(), "type": c.Type, "label": typ.Label["en"], "category": typ.Category.String(),
			"sign": float64(kb.ClaimSign(c)), "directed": typ.Directed, "modality": c.Modality.String(),
			"document": c.Document, "confidence": c.Confidence.String(), "weight": c.Weight, "note": c.Note}
		if c.AttributedTo != "" {
			want["attributed_to"] = c.AttributedTo
		}
		if c.HasSign {
			want["own_sign"] = float64(c.Sign)
		}
		for k, v := range want {
			if d[k] != v {
				t.Errorf("edge %s: %s = %#v, want %#v", c.Key(), k, d[k], v)
			}
		}
		if lines, ok := d["lines"].([]any); !ok || len(lines) != len(c.Evidence) {
			t.Errorf("edge %s: lines = %#v", c.Key(), d["lines"])
		}
	}
}

// TestJSONAwkward reads the awkward fixture's node-link JSON (export.JSON,
// the reference of the conformance test) back with encoding/json: names
// and link attributes exactly as written.
func TestJSONAwkward(t *testing.T) {
	kb, n := awkwardNetwork(t)
	var doc struct {
		Nodes []struct {
			ID, Label string
			Names     map[string]string
		}
		Links []struct {
			Source, Target, Key, Type, Document string
			Start, End                          *string
		}
	}
	if err := json.Unmarshal(exportBytes(t, func(w io.Writer) error { return JSON(w, kb, n) }), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Nodes) != len(n.Actors) || len(doc.Links) != len(n.Claims) {
		t.Fatalf("%d nodes and %d links, want %d and %d", len(doc.Nodes), len(doc.Links), len(n.Actors), len(n.Claims))
	}
	for i, a := range n.Actors {
		got := doc.Nodes[i]
		if got.ID != a.ID || got.Label != a.Name("en") || len(got.Names) != len(a.Names) {
			t.Errorf("node %d = %+v, want %s %q", i, got, a.ID, a.Name("en"))
		}
		for l, s := range a.Names {
			if got.Names[l] != s {
				t.Errorf("node %s name %s = %q, want %q", a.ID, l, got.Names[l], s)
			}
		}
	}
	for i, c := range n.Claims {
		got := doc.Links[i]
		when := kb.ClaimTime(c)
		str := func(p *string) string {
			if p == nil {
				return ""
			}
			return *p
		}
		if got.Key != c.Key() || got.Source != c.Source || got.Target != c.Target || got.Type != c.Type ||
			str(got.Start) != when.Start.String() || str(got.End) != when.End.String() {
			t.Errorf("link %d = %+v, want claim %s", i, got, c.Key())
		}
	}
}
