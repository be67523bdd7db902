// Package escape writes kg's texts for the languages they go into: DOT
// (quoted by kg itself, never left to gonum's guess), Markdown, HTML and a
// terminal. Every writer of package export and its sub-packages goes
// through it.
package escape

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"kg/graph"
)

// Every text of the knowledge base (names, labels, titles, notes) is
// written by a function of this file for the place it goes: DOT, Markdown,
// a terminal. docs/diagrams.md and docs/formats.md describe the rules.

// DOT text. gonum's encoding/dot writes a value as it is when it already
// looks like a DOT ID: an HTML string (<...>) or a quoted string; anything
// else it quotes with strconv.Quote, whose \u escapes Graphviz does not
// read. So kg quotes every text itself, and the value gonum sees is always
// a quoted string, never an HTML label, whatever the text holds. Inside:
//
//   - & and " are written as &amp; and &quot;, which Graphviz decodes;
//   - a backslash is written as character references (&#92;), never as a
//     backslash: Graphviz would read \N, \G, \n, \l, ... as escapes. After
//     decoding the references it reads label escapes once and tooltip
//     escapes twice, so a backslash takes two references in a label and
//     four in a tooltip;
//   - a line break is \n, Graphviz's own line break;
//   - characters that XML cannot hold (control characters, U+FFFE, U+FFFF)
//     and bytes that are not UTF-8 become U+FFFD (written &#65533;), a tab
//     a space;
//   - other characters strconv.IsPrint calls unprintable (zero-width
//     non-joiners, directional marks) are written as &#N;, so that they
//     stay visible in the DOT file; beyond U+FFFF, where Graphviz decodes
//     a reference wrongly, they are written as they are.
//
// FuzzDOT checks that the label Graphviz draws is the text.

// DOTLabel quotes s as a Graphviz label (node, edge, graph and cluster
// labels).
func DOTLabel(s string) string { return dotQuote(s, 2) }

// DOTTooltip quotes s as a Graphviz tooltip.
func DOTTooltip(s string) string { return dotQuote(s, 4) }

func dotQuote(s string, backslashRefs int) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\\':
			for range backslashRefs {
				b.WriteString("&#92;")
			}
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError, !XMLChar(r):
			// U+FFFD itself, a byte that is not UTF-8, or a character XML
			// cannot hold; as a reference, which gonum's DOT parser reads
			// (it takes a raw U+FFFD for a decoding error)
			b.WriteString("&#65533;")
		case !strconv.IsPrint(r) && r <= 0xFFFF:
			// Graphviz decodes a reference beyond U+FFFF into bytes that
			// are not UTF-8 (found by FuzzDOT), so those are written as
			// they are
			fmt.Fprintf(&b, "&#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// XMLChar reports whether XML 1.0 can hold r, leaving out the C0 controls
// it allows (tab, line feed, carriage return) and C1 controls and DEL,
// which it allows but which have no place in a drawing.
func XMLChar(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7F && r <= 0x9F:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF, r > 0x10FFFF:
		return false
	}
	return true
}

var dotIDRE = regexp.MustCompile(`^[a-z0-9_][a-z0-9_-]*$`)

// DOTNodeName is a node's name in DOT: the actor id as it is, or kg's own
// names for the legend and frame nodes (they start with "_", which no
// actor id can). An id that is not a valid kg id (the knowledge base
// refuses them; a program may still make one) has every other byte
// written as %XX, so it can never close its quotes or collide with
// another name.
func DOTNodeName(id string) string {
	if dotIDRE.MatchString(id) {
		return id
	}
	var b strings.Builder
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// HTML escapes s for an HTML-like Graphviz label (the legend) and
// for HTML: & < > " and ', and characters XML cannot hold become U+FFFD.
func HTML(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&#39;")
		default:
			if !XMLChar(r) {
				r = utf8.RuneError
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Markdown escapes text for Markdown (CommonMark and GitHub's tables),
// for the build's index.md and the diff's Markdown: what a name or a title
// holds is shown as written, never read as markup or HTML.
//
//   - & < > become &amp; &lt; &gt; (no HTML tag, comment or reference can
//     start), and | becomes &#124; (it would end a table cell; a reference
//     does not, as GitHub splits rows before it reads references);
//   - the punctuation that starts markup inside a line (\ ` * _ [ ] ~ and
//     $ for GitHub's math) gets a backslash. The text is inline (a table
//     cell, the middle of a line), where # + - = and digits start nothing;
//   - a line break or tab becomes a space, and a character XML cannot hold
//     U+FFFD (kg's Markdown is read by HTML renderers).
func Markdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '|':
			b.WriteString("&#124;")
		case r == '\n', r == '\t', r == '\r':
			b.WriteByte(' ')
		case strings.ContainsRune("\\`*_[]~$", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case !XMLChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Term makes text safe to print on a terminal: control characters
// (C0 but for line breaks and tabs, DEL, C1), the line and paragraph
// separators and the bidirectional embeddings, overrides and isolates are
// written as visible escapes (\x1b, \u202e), and bytes that are not UTF-8
// as \xNN; nothing kg prints can move the cursor, change colours or
// reorder what follows. A backslash is left alone: only these escapes are
// written, and a name with "\x1b" in it as text reads the same.
func Term(s string) string {
	if TermSafe(s) {
		return s
	}
	var b strings.Builder
	for off, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[off:]); size == 1 {
				fmt.Fprintf(&b, `\x%02x`, s[off])
				continue
			}
			b.WriteRune(r)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7F:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r <= 0x9F, r == 0x2028, r == 0x2029, graph.IsBidiControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TermCell is Term for one cell of a table: a line break or tab
// would break the table's rows and columns, so they become \n and \t.
func TermCell(s string) string {
	s = Term(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.NewReplacer("\n", `\n`, "\t", `\t`).Replace(s)
	}
	return s
}

// TermSafe reports whether s needs no escaping on a terminal.
func TermSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7F {
			return false
		}
		if c >= 0x80 {
			// C1 controls, the separators, bidi controls and invalid bytes
			// are all outside ASCII: check the rest rune by rune
			for _, r := range s[i:] {
				if r == utf8.RuneError || r >= 0x80 && r <= 0x9F || r == 0x2028 || r == 0x2029 || graph.IsBidiControl(r) {
					return false
				}
			}
			return true
		}
	}
	return true
}
