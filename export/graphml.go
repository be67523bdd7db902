package export

import (
	"bufio"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// The interchange formats (GraphML, GEXF, Cytoscape.js JSON, Kumu CSV)
// share one vocabulary of attributes, built here: one record per actor and
// one per claim, the same names and values in every format, so that a
// column means the same thing in Gephi, NetworkX, Cytoscape and Kumu.
// docs/formats.md lists them.

// attrType is the type of an attribute's values.
type attrType uint8

const (
	attrString attrType = iota
	attrInt
	attrDouble
	attrBool
	attrList // a list of strings
	attrCues // a list of cue phrases (a cueList)
)

// cueList is a claim's evidence cues, one per evidence span. Cues are
// free text (a comma is common), so every text format joins them with
// "|", each backslash and "|" inside a cue written with a backslash
// before it (JoinCues; docs/formats.md); JSON formats write a list.
type cueList []string

// JoinCues joins cue phrases as the text formats write them: "|" between
// cues, and a backslash before each backslash or "|" inside one.
func JoinCues(cues []string) string {
	esc := strings.NewReplacer(`\`, `\\`, `|`, `\|`)
	out := make([]string, len(cues))
	for i, c := range cues {
		out[i] = esc.Replace(c)
	}
	return strings.Join(out, "|")
}

// attrDef names one attribute and gives its type.
type attrDef struct {
	name string
	typ  attrType
}

// attrTable holds the attributes of one class of elements: the definitions,
// and one row of values per element, aligned with them. A nil value is
// absent; the others are string, int, float64, bool or []string by type.
type attrTable struct {
	defs []attrDef
	rows [][]any
}

// col returns the position of the named attribute, or -1.
func (t attrTable) col(name string) int {
	return slices.IndexFunc(t.defs, func(d attrDef) bool { return d.name == name })
}

// nameLangs returns the languages of the actors' names: en, fa and ar
// always, then any others in order.
func nameLangs(n *graph.Network) []string {
	langs := []string{"en", "fa", "ar"}
	var more []string
	for _, a := range n.Actors {
		for l := range a.Names {
			if !slices.Contains(langs, l) && !slices.Contains(more, l) {
				more = append(more, l)
			}
		}
	}
	slices.Sort(more)
	return append(langs, more...)
}

// actorTable is the node attributes of every actor of n, in n.Actors order:
// kind, name_<lang> per language, part_of and note. Each format adds the
// actor's id and label (its English name) in its own way.
func actorTable(n *graph.Network) attrTable {
	langs := nameLangs(n)
	t := attrTable{defs: []attrDef{{"kind", attrString}}}
	for _, l := range langs {
		t.defs = append(t.defs, attrDef{"name_" + l, attrString})
	}
	t.defs = append(t.defs, attrDef{"part_of", attrString}, attrDef{"note", attrString})
	for _, a := range n.Actors {
		row := []any{a.Kind.String()}
		for _, l := range langs {
			row = append(row, strOrNil(a.Names[l]))
		}
		row = append(row, strOrNil(a.PartOf), strOrNil(a.Note))
		t.rows = append(t.rows, row)
	}
	return t
}

// claimTable is the edge attributes of every claim of n, in n.Claims
// order (the node-link JSON's order), with the tie each claim belongs to.
// start and end are the claim's time (its own, its era's or its
// document's), as partial dates; lines are its evidence spans. sign is the
// sign in effect (the claim's own, else its type's), own_sign the claim's
// own where it gives one; attributed_to is whose view the claim reports;
// folded_source and folded_target, in a folded view, the actors the
// document names where folding replaced them.
func claimTable(kb *graph.KB, n *graph.Network) (attrTable, []*graph.Claim, []*graph.Tie) {
	t := attrTable{defs: []attrDef{
		{"claim", attrString}, {"type", attrString}, {"label", attrString}, {"category", attrString},
		{"sign", attrInt}, {"own_sign", attrInt}, {"directed", attrBool}, {"modality", attrString},
		{"attributed_to", attrString}, {"document", attrString},
		{"start", attrString}, {"end", attrString}, {"era", attrString}, {"confidence", attrString},
		{"weight", attrDouble}, {"strength", attrDouble}, {"contested", attrBool},
		{"lines", attrList}, {"cues", attrCues}, {"note", attrString},
		{"folded_source", attrString}, {"folded_target", attrString},
	}}
	tieOf := map[*graph.Claim]*graph.Tie{}
	for _, tie := range n.Ties {
		for _, c := range tie.Claims {
			tieOf[c] = tie
		}
	}
	var claims []*graph.Claim
	var ties []*graph.Tie
	for _, c := range n.Claims {
		tie := tieOf[c]
		if tie == nil {
			continue // cannot happen: every claim of a network is in a tie
		}
		when := kb.ClaimTime(c)
		lines := make([]string, 0, len(c.Evidence))
		cues := make(cueList, 0, len(c.Evidence))
		for _, e := range c.Evidence {
			lines = append(lines, e.Lines())
			cues = append(cues, e.Cue)
		}
		var own any
		if c.HasSign {
			own = int(c.Sign)
		}
		fs, ft := foldedEnds(c)
		t.rows = append(t.rows, []any{
			c.Key(), c.Type, typeLabel(tie.Type, "en"), tie.Type.Category.String(),
			int(tie.Sign()), own, tie.Type.Directed, c.Modality.String(),
			strOrNil(c.AttributedTo), c.Document,
			strOrNil(when.Start.String()), strOrNil(when.End.String()), strOrNil(c.Era), c.Confidence.String(),
			c.Weight, tie.Strength, tie.Contested,
			lines, cues, strOrNil(c.Note),
			strOrNil(fs), strOrNil(ft),
		})
		claims = append(claims, c)
		ties = append(ties, tie)
	}
	return t, claims, ties
}

// foldedEnds returns, in a folded view, the actors the document names
// where folding replaced them ("" where it did not).
func foldedEnds(c *graph.Claim) (source, target string) {
	if o := c.FoldedFrom; o != nil {
		if o.Source != c.Source {
			source = o.Source
		}
		if o.Target != c.Target {
			target = o.Target
		}
	}
	return source, target
}

// typeLabel is a relation type's label in lang, else in English, else its id.
func typeLabel(t *graph.RelationType, lang string) string { return t.Name(lang) }

func strOrNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// formatValue writes a value as text: numbers in the shortest form that
// reads back exactly, booleans as true/false, lists joined with sep.
func formatValue(v any, sep string) string {
	switch v := v.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case []string:
		return strings.Join(v, sep)
	case cueList:
		return JoinCues(v)
	}
	return ""
}

// xmlText escapes s for XML character data and attribute values alike:
// & < > " ' and tab, newline and carriage return become references, so
// that no parser normalizes them away; characters XML 1.0 cannot hold at
// all (most C0 controls, U+FFFE, U+FFFF) become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder never fail
	return b.String()
}

// xmlWriter writes indented XML, escaping every attribute value and text.
// The first write error is kept and returned by flush.
type xmlWriter struct {
	w     *bufio.Writer
	depth int
	err   error
}

func newXMLWriter(w io.Writer) *xmlWriter {
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	return x
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// tag writes <name a="v" ...> with attrs as name, value pairs; end says how
// the tag ends: "/>" for an empty element, ">" to open one.
func (x *xmlWriter) tag(name string, attrs []string, end string) {
	x.raw(strings.Repeat("  ", x.depth) + "<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.raw(" " + attrs[i] + `="` + xmlText(attrs[i+1]) + `"`)
	}
	x.raw(end)
}

// empty writes an empty element.
func (x *xmlWriter) empty(name string, attrs ...string) { x.tag(name, attrs, "/>\n") }

// open starts an element whose content follows.
func (x *xmlWriter) open(name string, attrs ...string) {
	x.tag(name, attrs, ">\n")
	x.depth++
}

// close ends the element open last.
func (x *xmlWriter) close(name string) {
	x.depth--
	x.raw(strings.Repeat("  ", x.depth) + "</" + name + ">\n")
}

// leaf writes an element holding text only.
func (x *xmlWriter) leaf(name, text string, attrs ...string) {
	x.tag(name, attrs, ">")
	x.raw(xmlText(text) + "</" + name + ">\n")
}

func (x *xmlWriter) flush() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

// graphmlType is the GraphML attr.type of an attribute type. Lists are
// written as text, their items joined with ", ".
func graphmlType(t attrType) string {
	switch t {
	case attrInt:
		return "int"
	case attrDouble:
		return "double"
	case attrBool:
		return "boolean"
	}
	return "string"
}

// GraphML writes the network as GraphML (docs/formats.md): a typed <key>
// for every attribute, one node per actor and one edge per claim, the edge's
// id being the claim's key ("<document>/<claim id>"). The graph is directed
// with parallel edges; an undirected relation type is marked by the edge's
// directed attribute (false) rather than by GraphML's own, which NetworkX
// refuses in a directed graph. Absent values have no <data> element.
func GraphML(w io.Writer, kb *graph.KB, n *graph.Network) error {
	return GraphMLWith(w, kb, n, Options{})
}

// GraphMLWith writes GraphML shaped by o: one edge per tie (its id the
// tie's, TieID) with o.Ties, more node attributes with o.NodeAttrs.
func GraphMLWith(w io.Writer, kb *graph.KB, n *graph.Network, o Options) error {
	nodes := withNodeAttrs(actorTable(n), n, o)
	edges, rows := edgeTable(kb, n, o)
	x := newXMLWriter(w)
	x.open("graphml", "xmlns", "http://graphml.graphdrawing.org/xmlns",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
	x.empty("key", "id", "g_description", "for", "graph", "attr.name", "description", "attr.type", "string")
	x.empty("key", "id", "n_label", "for", "node", "attr.name", "label", "attr.type", "string")
	for _, d := range nodes.defs {
		x.empty("key", "id", "n_"+d.name, "for", "node", "attr.name", d.name, "attr.type", graphmlType(d.typ))
	}
	for _, d := range edges.defs {
		x.empty("key", "id", "e_"+d.name, "for", "edge", "attr.name", d.name, "attr.type", graphmlType(d.typ))
	}
	x.open("graph", "id", "kg", "edgedefault", "directed")
	x.leaf("data", "kg: "+n.View.String(), "key", "g_description")
	for i, a := range n.Actors {
		x.open("node", "id", a.ID)
		x.leaf("data", a.Name("en"), "key", "n_label")
		graphmlData(x, "n_", nodes.defs, nodes.rows[i])
		x.close("node")
	}
	for i, r := range rows {
		x.open("edge", "id", r.id, "source", r.source, "target", r.target)
		graphmlData(x, "e_", edges.defs, edges.rows[i])
		x.close("edge")
	}
	x.close("graph")
	x.close("graphml")
	return x.flush()
}

func graphmlData(x *xmlWriter, prefix string, defs []attrDef, row []any) {
	for j, d := range defs {
		if row[j] != nil {
			x.leaf("data", formatValue(row[j], ", "), "key", prefix+d.name)
		}
	}
}
