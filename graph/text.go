package graph

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The characters a text value of the knowledge base may hold
// (docs/data-format.md, "Text values"). Names, labels, aliases, titles and
// cue phrases are one line of text; notes may also hold line breaks and
// tabs. Everywhere, kg refuses:
//
//   - bytes that are not UTF-8;
//   - control characters: C0 (U+0000-U+001F, apart from a note's line feed
//     and tab), DEL (U+007F) and C1 (U+0080-U+009F). They break XML (SVG,
//     GraphML, GEXF), move a terminal's cursor or recolour it, and hide in
//     every other output;
//   - the line and paragraph separators U+2028 and U+2029;
//   - the bidirectional embeddings, overrides and isolates U+202A-U+202E and
//     U+2066-U+2069, which reorder the text around them ("Trojan Source"):
//     a name could show one thing and sort, search and link as another;
//   - the noncharacters U+FFFE and U+FFFF, which XML cannot hold.
//
// The marks that Persian and Arabic text needs are allowed: the zero-width
// non-joiner and joiner (U+200C, U+200D), the left-to-right and
// right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).

// TextProblem describes the first character of s that a text value may not
// hold, or returns "" when s is fine. multiline allows line feeds and tabs
// (notes). at is the 1-based character position of the problem, and r the
// character (utf8.RuneError for a byte that is not UTF-8).
func TextProblem(s string, multiline bool) (problem string, at int, r rune) {
	i := 0
	for off, r := range s {
		i++
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[off:]); size == 1 {
				return fmt.Sprintf("the byte 0x%02X, which is not UTF-8", s[off]), i, r
			}
		}
		if p := runeProblem(r, multiline); p != "" {
			return p, i, r
		}
	}
	return "", 0, 0
}

func runeProblem(r rune, multiline bool) string {
	switch {
	case r == '\n' || r == '\t':
		if multiline {
			return ""
		}
		return fmt.Sprintf("a %s (%s)", runeNames[r], RuneCode(r))
	case r < 0x20 || r >= 0x7F && r <= 0x9F:
		if n, ok := runeNames[r]; ok {
			return fmt.Sprintf("the control character %s (%s)", RuneCode(r), n)
		}
		return "the control character " + RuneCode(r)
	case r == 0x2028 || r == 0x2029:
		return fmt.Sprintf("the %s %s", runeNames[r], RuneCode(r))
	case IsBidiControl(r):
		return "the bidirectional control " + RuneCode(r)
	case r == 0xFFFE || r == 0xFFFF:
		return "the noncharacter " + RuneCode(r)
	}
	return ""
}

// IsBidiControl reports whether r is a bidirectional embedding, override or
// isolate (U+202A-U+202E, U+2066-U+2069). The marks U+200E, U+200F and
// U+061C are not.
func IsBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// RuneCode writes r as U+XXXX.
func RuneCode(r rune) string { return fmt.Sprintf("U+%04X", r) }

var runeNames = map[rune]string{
	0x00: "NUL", 0x07: "bell", 0x08: "backspace", '\t': "tab", '\n': "line break",
	0x0B: "vertical tab", 0x0C: "form feed", '\r': "carriage return", 0x1B: "escape",
	0x7F: "delete", 0x85: "next line", 0x9B: "control sequence introducer",
	0x2028: "line separator", 0x2029: "paragraph separator",
}

// CleanText makes s a text value kg accepts: invalid bytes and the
// characters TextProblem refuses become U+FFFD, except that in one-line
// text a line break or tab becomes a space, and CR LF counts as one line
// break. kg import uses it on what it reads.
func CleanText(s string, multiline bool) string {
	if p, _, _ := TextProblem(s, multiline); p == "" {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for off, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[off:]); size == 1 {
				b.WriteRune(utf8.RuneError)
				continue
			}
			b.WriteRune(r)
		case !multiline && (r == '\n' || r == '\t'):
			b.WriteByte(' ')
		case runeProblem(r, multiline) != "":
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
