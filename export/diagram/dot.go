package diagram

import (
	"fmt"
	"io"
	"kg/export/escape"
	"math"
	"slices"
	"strings"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/multi"

	"kg/graph"
)

// Options control how a network is drawn (DOT, DiffDOT).
type Options struct {
	Title    string                // first line of the title; the view is described below it
	Subtitle string                // second line, e.g. the dates
	Lang     string                // label language: en (default), fa or ar
	SizeBy   map[string]float64    // actor id -> metric; nodes are scaled by it when set
	SizeName string                // the metric's name, for the legend
	Blocs    [][]string            // actor ids per bloc, drawn as clusters
	Layout   string                // Graphviz engine named in the DOT (dot, neato, fdp, sfdp)
	Pos      map[string][2]float64 // pinned positions in inches, by actor id (Renderer.Layout)
	Claims   bool                  // one edge per claim instead of one per tie
}

// kindStyle is the shape and fill of each actor kind.
var kindStyle = map[graph.Kind][2]string{
	graph.State:        {"ellipse", "#cfe2f3"},
	graph.ArmedGroup:   {"box", "#f4cccc"},
	graph.Party:        {"hexagon", "#fce5cd"},
	graph.Person:       {"egg", "#fff2cc"},
	graph.Organization: {"component", "#d9ead3"},
	graph.Bloc:         {"doubleoctagon", "#d9d2e9"},
	graph.Region:       {"note", "#eeeeee"},
	graph.OtherKind:    {"ellipse", "#ffffff"},
}

// signColor is the colour of a tie by sign: cooperative green, hostile red,
// neutral grey.
var signColor = map[graph.Sign]string{graph.Positive: "#1a7f37", graph.Negative: "#cf222e", graph.Neutral: "#6e7781"}

// KindFill is the fill colour of an actor kind in the diagrams ("" for a
// kind without one); the Mermaid export uses it too.
func KindFill(k graph.Kind) string { return kindStyle[k][1] }

// SignColor is the colour of a tie of sign s in the diagrams; the Mermaid
// export uses it too.
func SignColor(s graph.Sign) string { return signColor[s] }

// LineStyle is the line style of a tie's category: solid for alliance and
// cooperation, dashed for rivalry and hostility, bold for war. DOT has no
// "bold" that survives a pen width (Graphviz's bold style is a pen width
// of 2, which an explicit penwidth replaces), so a bold tie is drawn solid
// and thicker: see penWidth.
func LineStyle(c graph.Category) string {
	switch c {
	case graph.Rivalry, graph.Hostility, graph.Threat, graph.Sanctions:
		return "dashed"
	case graph.War, graph.OccupationIntervention:
		return "bold"
	}
	return "solid"
}

// penWidth is the width of a tie's line: it grows with the tie's strength
// (1 to 2.5), and a tie of a bold category (war, occupation, intervention)
// is 2 wider, dotted or not, so that every war line is thicker than any
// other.
func penWidth(strength float64, c graph.Category) string {
	w := 1 + min(strength, 3)/2
	if LineStyle(c) == "bold" {
		w += 2
	}
	return fmt.Sprintf("%.2f", w)
}

// dotStyle is the Graphviz style of a line style: bold is drawn by the pen
// width.
func dotStyle(style string) string {
	if style == "bold" {
		return "solid"
	}
	return style
}

type attrs []encoding.Attribute

func (a attrs) Attributes() []encoding.Attribute { return a }

func (a *attrs) set(k, v string) { *a = append(*a, encoding.Attribute{Key: k, Value: v}) }

// setText sets a text attribute (label, tooltip, ...) so that Graphviz
// shows it as written, whatever it holds: it is quoted and escaped here
// (export/escape.go), never left to gonum.
func (a *attrs) setText(k, v string) {
	if k == "tooltip" {
		a.set(k, escape.DOTTooltip(v))
		return
	}
	a.set(k, escape.DOTLabel(v))
}

type dotNode struct {
	id   int64
	name string
	attrs
}

func (n dotNode) ID() int64      { return n.id }
func (n dotNode) DOTID() string  { return escape.DOTNodeName(n.name) }
func (n dotNode) String() string { return n.name }

type dotLine struct {
	f, t dotNode
	uid  int64
	attrs
}

func (l dotLine) From() gg.Node         { return l.f }
func (l dotLine) To() gg.Node           { return l.t }
func (l dotLine) ID() int64             { return l.uid }
func (l dotLine) ReversedLine() gg.Line { return dotLine{l.t, l.f, l.uid, l.attrs} }

type dotGraph struct {
	*multi.DirectedGraph
	id                   string
	graphA, nodeA, edgeA attrs
	subs                 []dot.Multigraph
}

func newDotGraph(id string) *dotGraph {
	return &dotGraph{DirectedGraph: multi.NewDirectedGraph(), id: id}
}

func (g *dotGraph) DOTID() string { return g.id }
func (g *dotGraph) DOTAttributers() (graph, node, edge encoding.Attributer) {
	return g.graphA, g.nodeA, g.edgeA
}
func (g *dotGraph) Structure() []dot.Multigraph { return g.subs }

// legendBase is the first node ID of the legend's sample nodes, far above
// any actor's.
const legendBase = 1 << 40

// legendName is the legend node's name: kg's own nodes start with "_",
// which no actor id can, so an actor called "legend" stays an actor.
const legendName = "_legend"

// DOT writes the network as a Graphviz DOT diagram through gonum's
// encoding/dot: nodes and edges come out sorted, so the same network always
// gives the same bytes. The visual encoding is described in docs/diagrams.md.
func DOT(w io.Writer, n *graph.Network, opt Options) error {
	b, err := dotBytes(n, opt)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// DOTBytes is the DOT source of a network's diagram, as DOT writes it.
func DOTBytes(n *graph.Network, opt Options) ([]byte, error) { return dotBytes(n, opt) }

func dotBytes(n *graph.Network, opt Options) ([]byte, error) {
	lang := opt.Lang
	if lang == "" {
		lang = "en"
	}
	g := newDotGraph("kg")
	title := opt.Title
	if opt.Subtitle != "" {
		title += "\n" + opt.Subtitle
	}
	title += "\n" + viewLine(n.View, lang)
	g.graphA.setText("label", title)
	g.graphA.set("labelloc", "t")
	g.graphA.set("fontname", "DejaVu Sans")
	g.graphA.set("fontsize", "16")
	layout := orDefault(opt.Layout, "dot")
	if opt.Pos != nil {
		layout = "neato" // only neato keeps pinned positions
		g.graphA.set("notranslate", "true")
	}
	g.graphA.set("layout", layout)
	if layout == "dot" {
		g.graphA.set("rankdir", "LR")
		g.graphA.set("splines", "true")
	} else {
		// spline routing around nodes makes neato and sfdp 200 times slower
		g.graphA.set("overlap", "false")
		if opt.Pos != nil {
			// positions come from a layout that removed overlaps already;
			// removing them again would move pinned nodes
			g.graphA.set("overlap", "true")
		}
		g.graphA.set("splines", "false")
	}
	g.nodeA.set("fontname", "DejaVu Sans")
	g.nodeA.set("style", "filled")
	g.edgeA.set("fontname", "DejaVu Sans")
	g.edgeA.set("fontsize", "9")

	maxSize := 0.0
	for _, v := range opt.SizeBy {
		maxSize = max(maxSize, v)
	}
	nodes := make([]dotNode, len(n.Actors))
	for i, a := range n.Actors {
		st := kindStyle[a.Kind]
		dn := dotNode{id: int64(i), name: a.ID}
		dn.setText("label", a.Name(lang))
		dn.set("shape", st[0])
		dn.set("fillcolor", st[1])
		tooltip := fmt.Sprintf("%s (%s)", a.ID, ui(lang, a.Kind.String()))
		if opt.SizeBy != nil {
			v := opt.SizeBy[a.ID]
			scale := 1.0
			if maxSize > 0 {
				scale = 1 + 2*v/maxSize
			}
			dn.set("fontsize", fmt.Sprintf("%.1f", 10*scale))
			tooltip += fmt.Sprintf(", %s %.3f", opt.SizeName, v)
		}
		dn.setText("tooltip", tooltip)
		if p, ok := opt.Pos[a.ID]; ok {
			dn.set("pos", fmt.Sprintf("%.4f,%.4f!", p[0], p[1]))
		}
		nodes[i] = dn
		g.AddNode(dn)
	}
	uid := int64(0)
	for _, t := range n.Ties {
		f, to := nodes[n.Index(t.Source)], nodes[n.Index(t.Target)]
		color := signColor[t.Sign()]
		style := LineStyle(t.Type.Category)
		label := t.Type.Name(lang)
		if t.Modality != graph.Asserted {
			style = "dotted"
			label += " (" + ui(lang, t.Modality.String()) + ")"
		}
		if t.Contested {
			// a double line keeps the sign's colour and marks the dispute
			color = color + ":white:" + color
			label = "⚑ " + label + " " + ui(lang, "(contested)")
		}
		line := func(label, tooltip string, strength float64) {
			l := dotLine{f: f, t: to, uid: uid}
			uid++
			l.set("color", color)
			l.set("fontcolor", signColor[t.Sign()])
			l.set("style", dotStyle(style))
			l.setText("label", label)
			if !t.Type.Directed {
				l.set("dir", "none")
			}
			l.set("penwidth", penWidth(strength, t.Type.Category))
			l.setText("tooltip", tooltip)
			g.SetLine(l)
		}
		head := fmt.Sprintf("%s %s %s", t.Source, t.Type.ID, t.Target)
		if opt.Claims {
			for _, c := range t.Claims {
				line(label, head+"\n"+c.Ref()+"\n"+c.Note, c.Weight*graph.ConfidenceFactor(c.Confidence))
			}
			continue
		}
		// one line per tie: the number of claims behind it in the label,
		// the claims themselves in the tooltip, one a line
		if len(t.Claims) > 1 {
			label += fmt.Sprintf(" ×%d", len(t.Claims))
		}
		line(label, head+": "+claimCount(lang, len(t.Claims))+"\n"+strings.Join(t.Refs(), "\n"), t.Strength)
	}
	for i, bloc := range opt.Blocs {
		sub := newDotGraph(fmt.Sprintf("cluster_bloc_%d", i+1))
		sub.graphA.setText("label", uif(lang, "bloc %d", i+1))
		sub.graphA.set("style", "rounded,dashed")
		sub.graphA.set("color", "#8c959f")
		for _, id := range bloc {
			if j := n.Index(id); j >= 0 {
				sub.AddNode(nodes[j])
			}
		}
		g.subs = append(g.subs, sub)
	}
	lg := legend(n, opt)
	if opt.Pos != nil {
		pinFrame(g, lg, n, opt.Pos)
	}
	g.subs = append(g.subs, lg)
	return dot.MarshalMulti(g, "", "", "\t")
}

// pinFrame makes two diagrams drawn on the same positions line up: actors
// of the other view are drawn as invisible nodes at their places, the
// legend is pinned left of the drawing, and two invisible corner nodes fix
// the bounding box, which Graphviz uses to place the drawing in the SVG.
func pinFrame(g *dotGraph, lg *dotGraph, n *graph.Network, pos map[string][2]float64) {
	lo, hi := [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
	ids := make([]string, 0, len(pos))
	for id, p := range pos {
		ids = append(ids, id)
		lo = [2]float64{min(lo[0], p[0]), min(lo[1], p[1])}
		hi = [2]float64{max(hi[0], p[0]), max(hi[1], p[1])}
	}
	slices.Sort(ids)
	next := int64(legendBase + 1)
	invisible := func(name string, p [2]float64) {
		dn := dotNode{id: next, name: name}
		next++
		dn.set("style", "invis")
		dn.set("label", "")
		dn.set("pos", fmt.Sprintf("%.4f,%.4f!", p[0], p[1]))
		g.AddNode(dn)
	}
	for _, id := range ids {
		if n.Index(id) < 0 {
			invisible(id, pos[id])
		}
	}
	invisible("_frame_lo", [2]float64{lo[0] - 5.5, lo[1] - 1})
	invisible("_frame_hi", [2]float64{hi[0] + 1.5, hi[1] + 1})
	for i, node := range gg.NodesOf(lg.Nodes()) {
		dn := node.(dotNode)
		dn.set("pos", fmt.Sprintf("%.4f,%.4f!", lo[0]-3, hi[1]-1.5-float64(i)))
		lg.RemoveNode(dn.ID())
		lg.AddNode(dn)
	}
}

// legend is a cluster holding one table: the actor kinds present with
// their shapes' colours, and the tie encodings present, each drawn with
// characters in its colour; its words in the diagram's language.
func legend(n *graph.Network, opt Options) *dotGraph {
	lang := orDefault(opt.Lang, "en")
	lg := newDotGraph("cluster_legend")
	lg.graphA.set("label", "")
	lg.graphA.set("style", "invis")
	kinds := map[graph.Kind]bool{}
	for _, a := range n.Actors {
		kinds[a.Kind] = true
	}
	var rows []string
	row := func(sample, color, bg, text string) {
		cell := fmt.Sprintf(`<td align="center"><font color="%s">%s</font></td>`, color, sample)
		if bg != "" {
			cell = fmt.Sprintf(`<td bgcolor="%s" border="1">%s</td>`, bg, sample)
		}
		rows = append(rows, fmt.Sprintf(`<tr>%s<td align="left">%s</td></tr>`, cell, escape.HTML(text)))
	}
	for k := graph.State; k <= graph.OtherKind; k++ {
		if kinds[k] {
			st := kindStyle[k]
			row("  ", "", st[1], uif(lang, "%s (%s)", ui(lang, k.String()), ui(lang, st[0])))
		}
	}
	seen := map[string]bool{}
	add := func(sample, color, text string) {
		text = ui(lang, text)
		if !seen[text] {
			seen[text] = true
			row(sample, color, "", text)
		}
	}
	for _, t := range n.Ties {
		switch t.Sign() {
		case graph.Positive:
			add("———", signColor[graph.Positive], "cooperative tie")
		case graph.Negative:
			add("———", signColor[graph.Negative], "hostile tie")
		default:
			add("———", signColor[graph.Neutral], "neutral tie")
		}
	}
	for _, t := range n.Ties {
		switch LineStyle(t.Type.Category) {
		case "solid":
			add("———", "#57606a", "solid: alliance, cooperation, support, ...")
		case "dashed":
			add("– – –", "#57606a", "dashed: rivalry, hostility, threat, sanctions")
		case "bold":
			add("<b>━━━</b>", "#57606a", "thick: war, occupation, intervention")
		}
	}
	for _, t := range n.Ties {
		if t.Modality != graph.Asserted {
			add("· · · ·", "#57606a", "dotted: prospective, hypothetical, negated or reported")
		}
		if t.Type.Directed {
			add("——▶", "#57606a", "arrow: directed type, source acts on target")
		}
		if t.Contested {
			add("═══", "#57606a", "double, ⚑: contested, documents disagree in sign")
		}
	}
	if opt.Claims {
		add("≡", "#57606a", "one line per claim")
	} else if slices.ContainsFunc(n.Ties, func(t *graph.Tie) bool { return len(t.Claims) > 1 }) {
		add("×n", "#57606a", "×n: one line per tie, n claims behind it")
	}
	if opt.SizeName != "" {
		add("Aa", "#57606a", uif(lang, "larger text: higher %s", ui(lang, opt.SizeName)))
	}
	if len(opt.Blocs) > 0 {
		add("[ ]", "#8c959f", "dashed box: a bloc")
	}
	dn := dotNode{id: legendBase, name: legendName}
	dn.set("shape", "plaintext")
	dn.set("style", "")
	dn.set("fontsize", "10")
	dn.set("label", `<<table border="1" cellborder="0" cellspacing="2" color="#d0d7de"><tr><td colspan="2"><b>`+escape.HTML(ui(lang, "Legend"))+`</b></td></tr>`+strings.Join(rows, "")+`</table>>`)
	lg.AddNode(dn)
	return lg
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
