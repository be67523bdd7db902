package extract

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/graph"
)

// WriteCandidates writes candidates (at most limit; all when limit <= 0)
// as draft claims in the format of data/claims/<doc>.yaml, commented out:
// a curator who removes the "# " of one gets a claim that validates once
// its note is written. Claim ids avoid those the document already has.
func WriteCandidates(w io.Writer, kb *graph.KB, doc string, cands []Candidate, limit int) error {
	if limit <= 0 || limit > len(cands) {
		limit = len(cands)
	}
	used := map[string]bool{}
	for _, cl := range kb.Claims {
		if cl.Document == doc {
			used[cl.ID] = true
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Candidate claims for %s: %d of %d actor pairs mentioned together, best first.\n", doc, limit, len(cands))
	b.WriteString("# Each is a guess from co-occurrence and cue words. To accept one, remove the\n")
	b.WriteString("# \"# \" of its lines, check type, direction, modality and time, and write the note.\n")
	for _, c := range cands[:limit] {
		id := c.Source + "-" + c.Target + "-" + c.Type
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("%s-%s-%s-%d", c.Source, c.Target, c.Type, n)
		}
		used[id] = true
		b.WriteString("\n")
		fmt.Fprintf(&b, "  # score %s: %s", strconv.FormatFloat(c.Score, 'f', 2, 64), plural(c.Count, "co-occurrence"))
		if c.SameLine > 0 {
			fmt.Fprintf(&b, " (%d on one line)", c.SameLine)
		}
		if c.Cue != "" {
			fmt.Fprintf(&b, "; cue %q", c.Cue)
		} else {
			b.WriteString("; no cue word")
		}
		fmt.Fprintf(&b, "; %s\n", plural(len(c.Lines), "line"))
		if len(c.Others) > 0 {
			b.WriteString("  # other cues:")
			for k, o := range c.Others {
				if k > 0 {
					b.WriteString(";")
				}
				fmt.Fprintf(&b, " %s (%q, line %d)", o.Type, o.Cue, o.Line)
			}
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "  # - id: %s\n", id)
		fmt.Fprintf(&b, "  #   source: %s\n", c.Source)
		fmt.Fprintf(&b, "  #   target: %s\n", c.Target)
		fmt.Fprintf(&b, "  #   type: %s\n", c.Type)
		b.WriteString("  #   modality: asserted\n")
		b.WriteString("  #   confidence: low\n")
		b.WriteString("  #   evidence:\n")
		for _, e := range c.Evidence {
			fmt.Fprintf(&b, "  #     - lines: %s\n", graph.Evidence{Start: e.Start, End: e.End}.Lines())
			fmt.Fprintf(&b, "  #       cue: %s\n", yamlString(e.Phrase))
		}
		b.WriteString("  #   note: \"\"\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// yamlString writes s as a YAML scalar: plain when that is safe (letters,
// digits, marks, spaces and harmless punctuation, not starting with an
// indicator and not reading as another type), double-quoted otherwise.
func yamlString(s string) string {
	if plainYAML(s) {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7F || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xFEFF:
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func plainYAML(s string) bool {
	if s == "" {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(first) {
		return false
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "y", "n":
		return false
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		case r == ' ' || r == '.' || r == ',' || r == '(' || r == ')' || r == '/' || r == '-' || r == '\u200c' || r == '،' || r == '؛':
		default:
			return false
		}
	}
	return true
}
