package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"kg/export/diagram"
	"kg/graph"
)

// mermaidShape is the node shape of each actor kind, the nearest Mermaid
// has to the diagrams' (export/diagram/dot.go): the opening and closing
// brackets.
var mermaidShape = map[graph.Kind][2]string{
	graph.State:        {"([", "])"}, // stadium, for the ellipse
	graph.ArmedGroup:   {"[", "]"},   // rectangle, for the box
	graph.Party:        {"{{", "}}"}, // hexagon
	graph.Person:       {"(", ")"},   // rounded rectangle, for the egg
	graph.Organization: {"[[", "]]"}, // subroutine, for the component
	graph.Bloc:         {"((", "))"}, // circle, for the double octagon
	graph.Region:       {">", "]"},   // flag, for the note
	graph.OtherKind:    {"[", "]"},
}

// mermaidID is an actor's Mermaid node id: "a_" and the id with hyphens
// turned to underscores. Actor ids hold only a-z, 0-9 and hyphens, so no
// two actors share a node id, and the prefix keeps ids clear of Mermaid's
// keywords (end, graph, subgraph, ...) and of link heads (o, x).
func mermaidID(id string) string { return "a_" + strings.ReplaceAll(id, "-", "_") }

// mermaidText escapes s for a quoted Mermaid label (docs/formats.md):
// characters that end a label or that Mermaid or HTML would read as markup
// (" # ; : & < > | `; the colon because Mermaid rewrites anything looking
// like "style...:#...;") become Mermaid entity codes (#34; and so on,
// which Mermaid turns into HTML character references); line breaks become
// <br>; invisible format characters (directional marks, zero-width joiners
// and non-joiners, the byte-order mark, soft hyphens) become entity codes
// too, so that they still shape the text but do not hide in the Markdown
// source; other control characters become spaces (tab) or U+FFFD. Inside
// quotes, brackets and parentheses need no escaping.
func mermaidText(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case strings.ContainsRune("\"#;:&<>|`", r), r == 'ﬂ', r == '¶':
			// ﬂ and ¶ are the markers Mermaid itself uses while decoding
			// entity codes; written out, they cannot confuse it.
			fmt.Fprintf(&b, "#%d;", r)
		case r == '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				continue
			}
			b.WriteString("<br>")
		case r == '\n', r == '\u0085', r == '\u2028', r == '\u2029':
			b.WriteString("<br>")
		case r == '\t':
			b.WriteByte(' ')
		case unicode.Is(unicode.Cf, r):
			fmt.Fprintf(&b, "#%d;", r)
		case unicode.IsControl(r), r == unicode.ReplacementChar:
			b.WriteRune(unicode.ReplacementChar)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mermaidLink is the link operator of a tie: dotted for a claim that is
// not asserted, thick for war, occupation and intervention, plain
// otherwise; with an arrow head for a directed type.
func mermaidLink(t *graph.Tie) string {
	switch {
	case t.Modality != graph.Asserted:
		if t.Type.Directed {
			return "-.->"
		}
		return "-.-"
	case diagram.LineStyle(t.Type.Category) == "bold":
		if t.Type.Directed {
			return "==>"
		}
		return "==="
	case t.Type.Directed:
		return "-->"
	}
	return "---"
}

// Mermaid writes the network as a Mermaid flowchart (docs/formats.md), for
// Markdown that GitHub renders: one node per actor, shaped and filled by
// kind, and one link per tie, labelled with its type in lang (English
// when the type has no label in lang), coloured by sign as in the
// diagrams. Labels are quoted and escaped by mermaidText.
func Mermaid(w io.Writer, n *graph.Network, lang string) error {
	if lang == "" {
		lang = "en"
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%%%% kg: %s\n", strings.Join(strings.Fields(n.View.String()), " "))
	bw.WriteString("flowchart LR\n")
	byKind := map[graph.Kind][]string{}
	for _, a := range n.Actors {
		sh := mermaidShape[a.Kind]
		if sh[0] == "" {
			sh = mermaidShape[graph.OtherKind]
		}
		id := mermaidID(a.ID)
		fmt.Fprintf(bw, "    %s%s\"%s\"%s\n", id, sh[0], mermaidText(a.Name(lang)), sh[1])
		byKind[a.Kind] = append(byKind[a.Kind], id)
	}
	bySign := map[graph.Sign][]string{}
	for i, t := range n.Ties {
		label := typeLabel(t.Type, lang)
		if t.Modality != graph.Asserted {
			label += " (" + diagram.UI(lang, t.Modality.String()) + ")"
		}
		if t.Contested {
			label = "⚑ " + label + " " + diagram.UI(lang, "(contested)")
		}
		fmt.Fprintf(bw, "    %s %s|\"%s\"| %s\n", mermaidID(t.Source), mermaidLink(t), mermaidText(label), mermaidID(t.Target))
		bySign[t.Sign()] = append(bySign[t.Sign()], strconv.Itoa(i))
	}
	for k := graph.State; k <= graph.OtherKind; k++ {
		ids := byKind[k]
		if len(ids) == 0 {
			continue
		}
		class := "k_" + strings.ReplaceAll(k.String(), "-", "_")
		fmt.Fprintf(bw, "    classDef %s fill:%s,stroke:#57606a,color:#1f2328\n", class, diagram.KindFill(k))
		fmt.Fprintf(bw, "    class %s %s\n", strings.Join(ids, ","), class)
	}
	for _, s := range []graph.Sign{graph.Positive, graph.Negative, graph.Neutral} {
		if idx := bySign[s]; len(idx) > 0 {
			fmt.Fprintf(bw, "    linkStyle %s stroke:%s,color:%s\n", strings.Join(idx, ","), diagram.SignColor(s), diagram.SignColor(s))
		}
	}
	return bw.Flush()
}
