package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"kg/graph"
)

// CheckEvidence checks the knowledge base against the corpus: each
// document's file exists and has the registered sha256, each evidence span
// lies inside its document, and each cue phrase occurs in its span (or the
// line either side) after normalization.
func CheckEvidence(kb *graph.KB, c *Corpus) graph.ErrorList {
	var errs graph.ErrorList
	texts := map[string]*Text{}
	for _, d := range kb.Documents {
		if d.File == "" {
			continue
		}
		t, err := c.Text(d)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				errs.Add(d.FilePos, "file %q is not in the corpus folder %s", d.File, c.Dir)
			} else {
				errs.Add(d.FilePos, "%v", err)
			}
			continue
		}
		texts[d.ID] = t
		if d.SHA256 != "" && t.SHA256 != d.SHA256 {
			e := errs.Add(d.SHA256Pos, "sha256 does not match %s in the corpus", d.File)
			e.Hint = "the file's sha256 is " + t.SHA256
		}
	}
	for _, cl := range kb.Claims {
		t := texts[cl.Document]
		if t == nil {
			continue
		}
		for _, ev := range cl.Evidence {
			if ev.End > len(t.Lines) {
				errs.Add(ev.Pos, "%s outside the document %q, which has %s", spanPhrase(ev), cl.Document, lineCount(len(t.Lines)))
				continue
			}
			if ev.Cue == "" {
				continue
			}
			if !CueInSpan(t, ev) {
				e := errs.Add(ev.CuePos, "cue phrase %q not found in lines %s", ev.Cue, ev.Lines())
				if at := findCue(t, ev.Cue); at > 0 {
					e.Hint = fmt.Sprintf("it occurs at line %d", at)
				}
			}
		}
	}
	errs.Sort()
	return errs
}

func spanPhrase(ev graph.Evidence) string {
	if ev.Start == ev.End {
		return fmt.Sprintf("line %d is", ev.Start)
	}
	return fmt.Sprintf("lines %d-%d are", ev.Start, ev.End)
}

func lineCount(n int) string {
	if n == 1 {
		return "1 line"
	}
	return fmt.Sprintf("%d lines", n)
}

// CueInSpan reports whether the cue occurs in the evidence span, widened by
// one line either side, comparing normalized text with spaces removed. The
// widening allows for a phrase that a PDF extraction broke across lines.
func CueInSpan(t *Text, ev graph.Evidence) bool {
	cue := compact(ev.Cue)
	if cue == "" {
		return false
	}
	lo, hi := max(ev.Start-1, 1), min(ev.End+1, len(t.Lines))
	var b strings.Builder
	for n := lo; n <= hi; n++ {
		b.WriteString(strings.ReplaceAll(t.Normalized(n), " ", ""))
	}
	return strings.Contains(b.String(), cue)
}

// findCue returns the first line whose normalized text holds the cue, or 0.
func findCue(t *Text, cue string) int {
	c := compact(cue)
	for n := 1; n <= len(t.Lines); n++ {
		if strings.Contains(strings.ReplaceAll(t.Normalized(n), " ", ""), c) {
			return n
		}
	}
	return 0
}
