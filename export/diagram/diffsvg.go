package diagram

import (
	"fmt"
	"io"
	"kg/export/escape"
	"maps"
	"slices"
	"strings"

	"gonum.org/v1/gonum/graph/encoding/dot"

	"kg/graph"
	"kg/graph/diff"
)

// Colours of the visual diff.
const (
	diffAdded     = "#0969da" // blue: in b only
	diffRemoved   = "#afb8c1" // pale grey, dashed: in a only (a ghost)
	diffChanged   = "#bf8700" // amber: in both, changed
	diffUnchanged = "#8c959f" // muted grey: in both, the same
)

// DiffDOT draws a diff as one diagram on the union of the two views: ties
// added in b in blue, ties removed from a as pale dashed ghosts, changed
// ties in amber with what changed, unchanged ties muted; actors only in b
// with a blue outline, actors only in a as ghosts; and a legend. a and b are
// the two networks the report compares; pos, when set, pins the layout.
func DiffDOT(w io.Writer, r *diff.Report, a, b *graph.Network, title string, pos map[string][2]float64) error {
	u := graph.Union(a, b)
	opt := Options{Title: title, Layout: LayoutFor(len(u.Actors), len(u.Ties)), Pos: pos}
	g := newDotGraph("kg_diff")
	g.graphA.setText("label", title+"\n"+fmt.Sprintf("a: %s\nb: %s\nsimilarity (Jaccard over ties) %.3f", viewText(r.A.View), viewText(r.B.View), r.Similarity.Jaccard))
	g.graphA.set("labelloc", "t")
	g.graphA.set("fontname", "DejaVu Sans")
	layout := opt.Layout
	if pos != nil {
		layout = "neato"
		g.graphA.set("notranslate", "true")
		g.graphA.set("overlap", "true")
		g.graphA.set("splines", "false")
	} else if layout == "dot" {
		g.graphA.set("rankdir", "LR")
	} else {
		g.graphA.set("overlap", "false")
		g.graphA.set("splines", "false")
	}
	g.graphA.set("layout", layout)
	g.nodeA.set("fontname", "DejaVu Sans")
	g.nodeA.set("style", "filled")
	g.edgeA.set("fontname", "DejaVu Sans")
	g.edgeA.set("fontsize", "9")

	added, removed := map[string]bool{}, map[string]bool{}
	for _, x := range r.Actors.Added {
		added[x.ID] = true
	}
	for _, x := range r.Actors.Removed {
		removed[x.ID] = true
	}
	nodes := map[string]dotNode{}
	for i, ac := range u.Actors {
		st := kindStyle[ac.Kind]
		dn := dotNode{id: int64(i), name: ac.ID}
		dn.setText("label", ac.Name("en"))
		dn.set("shape", st[0])
		dn.set("fillcolor", st[1])
		switch {
		case added[ac.ID]:
			dn.set("color", diffAdded)
			dn.set("penwidth", "2.5")
			dn.setText("tooltip", ac.ID+": only in b")
		case removed[ac.ID]:
			dn.set("style", "dashed")
			dn.set("color", diffRemoved)
			dn.set("fontcolor", diffRemoved)
			dn.setText("tooltip", ac.ID+": only in a")
		default:
			dn.setText("tooltip", ac.ID)
		}
		if p, ok := pos[ac.ID]; ok {
			dn.set("pos", fmt.Sprintf("%.4f,%.4f!", p[0], p[1]))
		}
		nodes[ac.ID] = dn
		g.AddNode(dn)
	}
	uid := int64(0)
	line := func(t diff.TieDiff, color, style, label, width string) {
		from, okf := nodes[t.Source]
		to, okt := nodes[t.Target]
		if !okf || !okt {
			return
		}
		l := dotLine{f: from, t: to, uid: uid}
		uid++
		l.set("color", color)
		l.set("fontcolor", color)
		l.set("style", style)
		l.set("penwidth", width)
		l.setText("label", label)
		if !t.Directed {
			l.set("dir", "none")
		}
		var refs []string
		for _, s := range []*diff.Side{t.A, t.B} {
			if s != nil {
				for _, c := range s.Claims {
					refs = append(refs, c.Ref())
				}
			}
		}
		l.setText("tooltip", t.Key.String()+": "+strings.Join(refs, "; "))
		g.SetLine(l)
	}
	for _, t := range r.Ties.Unchanged {
		line(t, diffUnchanged, "solid", t.Match, "1")
	}
	for _, t := range r.Ties.Removed {
		line(t, diffRemoved, "dashed", "− "+t.Match, "1.5")
	}
	for _, t := range r.Ties.Changed {
		line(t, diffChanged, "bold", "Δ "+t.Match+" ("+strings.Join(t.Changes, ", ")+")", "2.5")
	}
	for _, t := range r.Ties.Added {
		line(t, diffAdded, "bold", "+ "+t.Match, "2.5")
	}

	lg := newDotGraph("cluster_legend")
	lg.graphA.set("label", "")
	lg.graphA.set("style", "invis")
	rows := []string{
		legendRow("———", diffAdded, fmt.Sprintf("added in b (%d ties, %d actors)", len(r.Ties.Added), len(r.Actors.Added))),
		legendRow("– – –", diffRemoved, fmt.Sprintf("removed from a (%d ties, %d actors)", len(r.Ties.Removed), len(r.Actors.Removed))),
		legendRow("━━━", diffChanged, fmt.Sprintf("changed (%d ties): what changed in brackets", len(r.Ties.Changed))),
		legendRow("———", diffUnchanged, fmt.Sprintf("unchanged (%d ties)", len(r.Ties.Unchanged))),
	}
	ln := dotNode{id: legendBase, name: legendName}
	ln.set("shape", "plaintext")
	ln.set("style", "")
	ln.set("fontsize", "10")
	ln.set("label", `<<table border="1" cellborder="0" cellspacing="2" color="#d0d7de"><tr><td colspan="2"><b>Legend</b></td></tr>`+strings.Join(rows, "")+`</table>>`)
	lg.AddNode(ln)
	if pos != nil {
		pinFrame(g, lg, u, pos)
	}
	g.subs = append(g.subs, lg)
	b2, err := dot.MarshalMulti(g, "", "", "\t")
	if err != nil {
		return err
	}
	_, err = w.Write(b2)
	return err
}

func legendRow(sample, color, text string) string {
	return fmt.Sprintf(`<tr><td align="center"><font color="%s">%s</font></td><td align="left">%s</td></tr>`, color, sample, escape.HTML(text))
}

// viewText describes a view from its JSON map, in a line.
func viewText(m map[string]any) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := m[k]
		switch x := v.(type) {
		case []string:
			parts = append(parts, k+" "+strings.Join(x, ", "))
		default:
			parts = append(parts, fmt.Sprintf("%s %v", k, x))
		}
	}
	return strings.Join(parts, "; ")
}
