package diagram

import (
	"fmt"
	"strings"

	"kg/graph"
)

// Layout engines by size (measured in docs/diagrams.md): dot draws the
// most readable diagrams, but its time grows fast with labelled edges (0.7 s
// for 88 actors and 277 ties here, 42 s for 200 nodes); neato with straight
// edges takes 0.15 s on that view but sprawls; sfdp scales to thousands of
// nodes but gave different layouts on repeated renders in one process, so
// it is kept for views too large for neato.
const (
	dotMaxActors   = 100
	neatoMaxActors = 1000
)

// LayoutFor chooses the Graphviz engine for a view of n actors.
func LayoutFor(n int) string {
	switch {
	case n <= dotMaxActors:
		return "dot"
	case n <= neatoMaxActors:
		return "neato"
	}
	return "sfdp"
}

// ViewTitle gives a diagram's title and subtitle for a view: the document's
// title and its authors and dates, the era's label and dates, or "All
// documents"; a view narrowed further is described under the title anyway.
func ViewTitle(kb *graph.KB, v graph.View) (string, string) {
	switch {
	case len(v.Documents) == 1 && v.Era == "":
		if d := kb.DocumentByID[v.Documents[0]]; d != nil {
			return d.Title["en"], documentSubtitle(d)
		}
	case len(v.Documents) == 0 && v.Era != "":
		if e := kb.EraByID[v.Era]; e != nil {
			return e.Label["en"], periodString(e.Period)
		}
	case len(v.Documents) > 1:
		return fmt.Sprintf("%d documents", len(v.Documents)), ""
	}
	if len(v.Documents) == 0 && v.Era == "" {
		return "All documents", ""
	}
	return "kg", ""
}

func documentSubtitle(d *graph.Document) string {
	var parts []string
	if len(d.Authors) > 0 {
		parts = append(parts, strings.Join(d.Authors, ", "))
	}
	if !d.Published.IsZero() {
		parts = append(parts, "published "+d.Published.String())
	}
	if p := periodString(d.Covers); p != "" {
		parts = append(parts, "covers "+p)
	}
	return strings.Join(parts, "; ")
}

func periodString(iv graph.Interval) string {
	s, e := iv.Start.String(), iv.End.String()
	switch {
	case s == "" && e == "":
		return ""
	case s == "":
		return "until " + e
	case e == "":
		return "from " + s
	}
	return s + " to " + e
}
