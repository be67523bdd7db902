package imports

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// ReadGraphML reads a GraphML document (docs/formats.md): as kg writes it,
// or as NetworkX, igraph, Gephi or yEd do. Nodes become actors (label from
// a label or name attribute or a yEd node label, kind from kind or type,
// kg's name_<lang> and part_of); edges become claims (relation type from
// type, relation, interaction or the edge label, and kg's claim
// attributes). An edge is directed as kg's directed attribute says, else
// as its own directed attribute, else as the graph's edgedefault. Nodes of
// nested graphs are read as well; only the first graph of the document is
// read. Errors name the input "graphml"; ReadGraphMLFile names it by its
// path.
func ReadGraphML(r io.Reader) (*Draft, error) { return readGraphML("graphml", r) }

// ReadGraphMLFile reads a GraphML file; errors are positioned in it.
func ReadGraphMLFile(path string) (*Draft, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return readGraphML(path, bytes.NewReader(data))
}

// xmlElem is an element of the document with its position.
type xmlElem struct {
	name  string // local name
	attrs []xml.Attr
	kids  []*xmlElem
	text  strings.Builder // character data directly inside
	line  int
}

func (e *xmlElem) attr(name string) (string, bool) {
	for _, a := range e.attrs {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// maxDepth bounds how deep elements may nest.
const maxDepth = 200

// parseXML reads a whole document into elements, stopping at the first
// syntax error. encoding/xml expands no entities but the five predefined
// ones and character references, so there is nothing to bomb.
func parseXML(name string, r io.Reader) (*xmlElem, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputSize+1))
	if err != nil {
		return nil, graph.ErrorList{{Pos: graph.Pos{File: name}, Msg: fmt.Sprintf("cannot read: %v", err)}}
	}
	if len(data) > MaxInputSize {
		return nil, tooLarge(name)
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	var root *xmlElem
	var stack []*xmlElem
	fail := func(err error) error {
		line, _ := d.InputPos()
		msg := err.Error()
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			line, msg = se.Line, se.Msg
		}
		return graph.ErrorList{{Pos: graph.Pos{File: name, Line: line}, Msg: "XML syntax error: " + msg}}
	}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fail(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			line, _ := d.InputPos()
			e := &xmlElem{name: t.Name.Local, attrs: t.Attr, line: line}
			if len(stack) == 0 {
				if root != nil {
					return nil, fail(errors.New("more than one root element"))
				}
				root = e
			} else {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, e)
			}
			if len(stack) >= maxDepth {
				return nil, fail(fmt.Errorf("elements nest more than %d deep", maxDepth))
			}
			stack = append(stack, e)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			}
		}
	}
	if root == nil {
		return nil, graph.ErrorList{{Pos: graph.Pos{File: name}, Msg: "no XML element in the file"}}
	}
	return root, nil
}

// gmlKey is a GraphML <key>: an attribute's name, its element class and
// default.
type gmlKey struct {
	name, class string
	def         *string
	yfiles      bool // a yEd graphics key: labels are inside
}

// gmlDefaults returns the key defaults for class, by attribute name.
func gmlDefaults(keys map[string]gmlKey, class string) map[string]string {
	m := map[string]string{}
	for _, k := range keys {
		if k.def != nil && (k.class == class || k.class == "all") {
			m[k.name] = *k.def
		}
	}
	return m
}

// yedLabel returns the text of the first yEd NodeLabel or EdgeLabel
// inside e.
func yedLabel(e *xmlElem) string {
	for _, k := range e.kids {
		if k.name == "NodeLabel" || k.name == "EdgeLabel" {
			return k.text.String()
		}
		if s := yedLabel(k); s != "" {
			return s
		}
	}
	return ""
}

// gmlData returns an element's attribute values by lowercased attribute
// name, defaults first; the position of each is the <data> element's line.
func gmlData(e *xmlElem, keys map[string]gmlKey, defaults map[string]string, name string, errs *graph.ErrorList) (map[string]string, map[string]int) {
	vals, lines := map[string]string{}, map[string]int{}
	for k, v := range defaults {
		vals[k] = v
	}
	for _, kid := range e.kids {
		if kid.name != "data" {
			continue
		}
		ref, _ := kid.attr("key")
		k, ok := keys[ref]
		if !ok {
			errs.Add(graph.Pos{File: name, Line: kid.line}, "<data> refers to undeclared key %q", ref)
			continue
		}
		v := kid.text.String()
		if k.yfiles || len(kid.kids) > 0 {
			if v = yedLabel(kid); v == "" {
				continue
			}
			if _, has := vals["label"]; !has || lines["label"] == 0 {
				vals["label"], lines["label"] = v, kid.line
			}
			continue
		}
		vals[k.name], lines[k.name] = v, kid.line
	}
	return vals, lines
}

func readGraphML(name string, r io.Reader) (*Draft, error) {
	root, err := parseXML(name, r)
	if err != nil {
		return nil, err
	}
	b := newBuilder(name)
	at := func(line int) graph.Pos { return graph.Pos{File: name, Line: line} }
	if root.name != "graphml" {
		b.errorf(at(root.line), "not a GraphML document: the root element is <%s>, not <graphml>", root.name)
		return b.finish()
	}
	keys := map[string]gmlKey{}
	var g *xmlElem
	for _, e := range root.kids {
		switch e.name {
		case "key":
			id, _ := e.attr("id")
			k := gmlKey{class: "all"}
			if s, ok := e.attr("for"); ok {
				k.class = s
			}
			k.name, _ = e.attr("attr.name")
			if y, ok := e.attr("yfiles.type"); ok && k.name == "" {
				k.name, k.yfiles = y, true
			}
			if k.name == "" {
				k.name = id
			}
			k.name = strings.ToLower(strings.TrimSpace(k.name))
			for _, kid := range e.kids {
				if kid.name == "default" {
					s := kid.text.String()
					k.def = &s
				}
			}
			keys[id] = k
		case "graph":
			if g == nil {
				g = e
			}
		}
	}
	if g == nil {
		b.errorf(at(root.line), "the document has no <graph>")
		return b.finish()
	}
	directedDefault := true
	switch s, _ := g.attr("edgedefault"); s {
	case "undirected":
		directedDefault = false
	case "directed", "":
	default:
		b.errorf(at(g.line), "unknown edgedefault %q (want directed or undirected)", s)
	}

	// Gather nodes and edges, nested graphs included.
	var nodes, edges []*xmlElem
	var walk func(g *xmlElem)
	walk = func(g *xmlElem) {
		for _, e := range g.kids {
			switch e.name {
			case "node":
				nodes = append(nodes, e)
				for _, sub := range e.kids {
					if sub.name == "graph" {
						walk(sub)
					}
				}
			case "edge":
				edges = append(edges, e)
			case "hyperedge":
				b.errorf(at(e.line), "hyperedges are not supported: a kg claim joins two actors")
			}
		}
	}
	walk(g)
	// Refuse past the limits before making anything.
	if len(nodes) > MaxActors {
		b.limit(at(nodes[MaxActors].line), "more than %s actors; kg import makes at most %s", count(MaxActors), count(MaxActors))
	}
	if len(edges) > MaxClaims {
		b.limit(at(edges[MaxClaims].line), "more than %s claims; kg import makes at most %s", count(MaxClaims), count(MaxClaims))
	}

	nodeDefaults, edgeDefaults := gmlDefaults(keys, "node"), gmlDefaults(keys, "edge")
	kgExport := false
	for _, k := range keys {
		if k.class == "edge" && (k.name == "claim" || k.name == "claim_keys") {
			kgExport = true
		}
	}
	byNode := map[string]*graph.Actor{}
	for _, e := range nodes {
		if b.full {
			break
		}
		id, ok := e.attr("id")
		if !ok || strings.TrimSpace(id) == "" {
			b.errorf(at(e.line), "<node> has no id")
			continue
		}
		if _, dup := byNode[id]; dup {
			b.errorf(at(e.line), "node %q: duplicate node id", id)
			continue
		}
		vals, _ := gmlData(e, keys, nodeDefaults, name, &b.errs)
		r := rawActor{pos: at(e.line), inID: id, label: first(vals, "name_en", "label", "name"),
			kind: first(vals, "kind", "type"), partOf: vals["part_of"], note: first(vals, "note", "description"),
			names: map[string]string{}, codes: map[string]string{}, extras: gmlExtras(vals, nodeAttrs, false)}
		for _, c := range codeColumns {
			if v, ok := vals[c]; ok {
				r.codes[c] = v
			}
		}
		for k, v := range vals {
			if l, ok := strings.CutPrefix(k, "name_"); ok {
				r.names[l] = v
			}
		}
		byNode[id] = b.addActor(r)
	}

	for _, e := range edges {
		if b.full {
			break
		}
		id, _ := e.attr("id")
		what := "edge"
		if id != "" {
			what = fmt.Sprintf("edge %q", id)
		}
		vals, lines := gmlData(e, keys, edgeDefaults, name, &b.errs)
		ends := [2]*graph.Actor{}
		bad := false
		for i, attr := range []string{"source", "target"} {
			ref, ok := e.attr(attr)
			if !ok {
				b.errorf(at(e.line), "%s has no %s", what, attr)
				bad = true
				continue
			}
			a, ok := byNode[ref]
			if !ok {
				b.errorf(at(e.line), "%s: %s %q is not a node of the graph", what, attr, ref)
				bad = true
				continue
			}
			ends[i] = a
		}
		if bad || ends[0] == nil || ends[1] == nil {
			continue
		}
		directed := directedDefault
		if s, ok := e.attr("directed"); ok {
			switch s {
			case "true":
				directed = true
			case "false":
				directed = false
			default:
				b.errorf(at(e.line), "%s: directed must be true or false, not %q", what, s)
				continue
			}
		}
		if s, ok := vals["directed"]; ok {
			v, err := strconv.ParseBool(strings.ToLower(strings.TrimSpace(s)))
			if err != nil {
				b.errorf(at(lines["directed"]), "%s: directed must be true or false, not %q", what, s)
				continue
			}
			directed = v
		}
		origin := id
		if c := vals["claim"]; c != "" {
			origin = c
		}
		b.addClaim(rawClaim{
			pos: at(e.line), origin: origin, source: ends[0].ID, target: ends[1].ID,
			typeName: first(vals, "type", "relation", "interaction", "label"), typeLabel: first(vals, "label", "type"),
			category: vals["category"], sign: vals["sign"], ownSign: vals["own_sign"], directed: directed,
			modality: vals["modality"], attributedTo: vals["attributed_to"], confidence: vals["confidence"], weight: vals["weight"],
			start: vals["start"], end: vals["end"], era: vals["era"], note: first(vals, "note", "description"),
			document: vals["document"], lines: vals["lines"], cues: vals["cues"],
			goldstein: vals["goldstein"], extras: gmlExtras(vals, edgeAttrs, kgExport),
			at: func(attr string) graph.Pos {
				if l := lines[attr]; l > 0 {
					return at(l)
				}
				return at(e.line)
			},
		})
	}
	return b.finish()
}

// The attributes kg import reads: the rest are kept in notes.
var (
	nodeAttrs = setOf("label", "name", "kind", "type", "part_of", "note", "description", "iso3", "cow", "cameo", "wikidata")
	edgeAttrs = setOf("claim", "type", "relation", "interaction", "label", "category", "sign", "own_sign", "directed", "modality",
		"attributed_to", "confidence", "weight", "start", "end", "era", "note", "description", "document", "lines", "cues", "goldstein")
)

// gmlExtras returns an element's attribute values outside known, sorted
// by name: what kg import keeps in notes.
func gmlExtras(vals map[string]string, known map[string]bool, kgExport bool) []extra {
	var out []extra
	for _, k := range slices.Sorted(maps.Keys(vals)) {
		if known[k] || kgExport && kgDerived[k] || strings.HasPrefix(k, "name_") && langRE.MatchString(k[5:]) {
			continue
		}
		out = append(out, extra{k, vals[k]})
	}
	return out
}

// first returns the first non-blank of the named values.
func first(vals map[string]string, names ...string) string {
	for _, n := range names {
		if strings.TrimSpace(vals[n]) != "" {
			return vals[n]
		}
	}
	return ""
}
