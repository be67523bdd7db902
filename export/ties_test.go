package export

import (
	"fmt"
	"kg/export/diagram"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	dotparse "gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"

	"kg/graph"
)

// dotEdge is an edge of a DOT file, its attributes unquoted.
type dotEdge struct {
	from, to string
	attrs    map[string]string
}

func dotUnquote(s string) string {
	if len(s) >= 2 && s[0] == '"' {
		return strings.ReplaceAll(s[1:len(s)-1], `\"`, `"`)
	}
	return s
}

func dotEdges(t *testing.T, src []byte) []dotEdge {
	t.Helper()
	f, err := dotparse.ParseBytes(src)
	if err != nil {
		t.Fatal(err)
	}
	var out []dotEdge
	var walk func([]ast.Stmt)
	walk = func(stmts []ast.Stmt) {
		for _, s := range stmts {
			switch x := s.(type) {
			case *ast.EdgeStmt:
				e := dotEdge{from: dotUnquote(x.From.String()), to: dotUnquote(x.To.Vertex.String()), attrs: map[string]string{}}
				for _, a := range x.Attrs {
					e.attrs[a.Key] = dotUnquote(a.Val)
				}
				out = append(out, e)
			case *ast.Subgraph:
				walk(x.Stmts)
			}
		}
	}
	walk(f.Graphs[0].Stmts)
	return out
}

func realKB(t *testing.T) *graph.KB {
	t.Helper()
	kb, err := graph.Load(graph.Options{DataDir: filepath.Join("..", "data"), SeedsDir: filepath.Join("..", "seeds")})
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// TestDiagramTies draws the soft-alliance document, where Iran and Iraq
// share dozens of claims: one edge per tie (pair, type, modality), its
// label counting the claims when there are several, its tooltip listing
// every claim as document/claim:lines; with Claims set, one edge per
// claim.
func TestDiagramTies(t *testing.T) {
	kb := realKB(t)
	n := kb.Network(graph.View{Documents: []string{"pourhassan-seifi-soft-alliance"}})
	if len(n.Claims) <= len(n.Ties) {
		t.Fatalf("%d claims, %d ties: the test needs ties with several claims", len(n.Claims), len(n.Ties))
	}
	src, err := diagram.DOTBytes(n, diagram.Options{Lang: "en", Layout: "dot"})
	if err != nil {
		t.Fatal(err)
	}
	edges := dotEdges(t, src)
	if len(edges) != len(n.Ties) {
		t.Fatalf("%d edges, want one per tie: %d (the view has %d claims)", len(edges), len(n.Ties), len(n.Claims))
	}
	several := 0
	for i, tie := range n.Ties {
		e := edges[i]
		if e.from != tie.Source || e.to != tie.Target {
			t.Errorf("edge %d is %s -> %s, want %s -> %s", i, e.from, e.to, tie.Source, tie.Target)
			continue
		}
		wantLabel := typeLabel(tie.Type, "en")
		if k := len(tie.Claims); k > 1 {
			several++
			if !strings.HasSuffix(e.attrs["label"], " ×"+strconv.Itoa(k)) {
				t.Errorf("tie %s %s %s of %d claims labelled %q", tie.Source, tie.Type.ID, tie.Target, k, e.attrs["label"])
			}
		}
		if !strings.Contains(e.attrs["label"], wantLabel) {
			t.Errorf("label %q does not hold the type's %q", e.attrs["label"], wantLabel)
		}
		lines := strings.Split(e.attrs["tooltip"], `\n`)
		refs := tie.Refs()
		if !slices.Equal(lines[1:], refs) || !strings.HasPrefix(lines[0], fmt.Sprintf("%s %s %s: ", tie.Source, tie.Type.ID, tie.Target)) {
			t.Errorf("tooltip %q, want the tie and its claims %q", e.attrs["tooltip"], refs)
		}
	}
	if several == 0 {
		t.Error("no tie has several claims")
	}
	// iran-iraq soft alliance: the document's central tie
	for _, ref := range n.Ties[slices.IndexFunc(n.Ties, func(x *graph.Tie) bool {
		return x.Source == "iran" && x.Target == "iraq" && x.Type.ID == "soft-alliance"
	})].Refs() {
		if !strings.HasPrefix(ref, "pourhassan-seifi-soft-alliance/") || !strings.Contains(ref, ":") {
			t.Errorf("claim reference %q is not document/claim:lines", ref)
		}
	}

	src, err = diagram.DOTBytes(n, diagram.Options{Lang: "en", Layout: "dot", Claims: true})
	if err != nil {
		t.Fatal(err)
	}
	edges = dotEdges(t, src)
	if len(edges) != len(n.Claims) {
		t.Fatalf("with Claims, %d edges, want one per claim: %d", len(edges), len(n.Claims))
	}
	seen := map[string]bool{}
	for _, e := range edges {
		lines := strings.Split(e.attrs["tooltip"], `\n`)
		if len(lines) < 2 {
			t.Errorf("claim edge tooltip %q", e.attrs["tooltip"])
			continue
		}
		seen[lines[1]] = true
	}
	var want []string
	for _, c := range n.Claims {
		want = append(want, c.Ref())
	}
	if got := slices.Sorted(maps.Keys(seen)); !slices.Equal(got, slices.Sorted(slices.Values(want))) {
		t.Errorf("claim edges cite %d claims, want the view's %d", len(got), len(want))
	}
}

// TestWarIsThick checks the legend's promise: Graphviz's "bold" style is a
// pen width of 2, which an explicit penwidth cancels, so war ties are drawn
// with a larger pen width than any other tie, in DOT and in the SVG.
func TestWarIsThick(t *testing.T) {
	kb := realKB(t)
	n := kb.Network(graph.View{AllModalities: true})
	src, err := diagram.DOTBytes(n, diagram.Options{Lang: "en", Layout: "dot"})
	if err != nil {
		t.Fatal(err)
	}
	edges := dotEdges(t, src)
	minWar, maxOther := 100.0, 0.0
	for i, tie := range n.Ties {
		e := edges[i]
		if e.attrs["style"] == "bold" {
			t.Errorf("edge %s -> %s has style bold, which its penwidth cancels", e.from, e.to)
		}
		w, err := strconv.ParseFloat(e.attrs["penwidth"], 64)
		if err != nil {
			t.Fatalf("edge %s -> %s penwidth %q", e.from, e.to, e.attrs["penwidth"])
		}
		if diagram.LineStyle(tie.Type.Category) == "bold" {
			minWar = min(minWar, w)
		} else {
			maxOther = max(maxOther, w)
		}
	}
	if minWar == 100 || maxOther == 0 {
		t.Fatal("the view needs war ties and others")
	}
	if minWar <= maxOther {
		t.Errorf("thinnest war tie %.2f, thickest other tie %.2f: war must be thicker", minWar, maxOther)
	}
	// and Graphviz draws it so
	root := parseXML(t, graphvizSVG(t, src))
	widths := map[string]bool{}
	root.walk(func(e *xmlEl) {
		if e.attr("class") == "edge" {
			e.walk(func(p *xmlEl) {
				if p.Name == "path" {
					widths[p.attr("stroke-width")] = true
				}
			})
		}
	})
	if !widths[fmt.Sprintf("%.2f", minWar)] && !widths[strconv.FormatFloat(minWar, 'f', -1, 64)] {
		t.Errorf("no SVG path has the war width %.2f; widths %v", minWar, slices.Sorted(maps.Keys(widths)))
	}
}
