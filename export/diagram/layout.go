package diagram

import (
	"fmt"
	"strings"

	"kg/graph"
)

// Layout engines by size, measured through kg-render (docs/performance.md):
// dot draws the most readable diagrams, but its time grows fast with
// labelled edges: 0.1 s up to about 120 ties, 0.5-1.4 s for the
// repository's eras of 190-310 ties (neato 0.14-0.32 s), 74 s for a
// document of 309 actors and 999 ties (neato 4.6 s). neato with straight
// edges stays under a second to a few hundred actors; sfdp scales further
// but gave different layouts on repeated renders in one process, so it is
// kept for views too large for neato.
const (
	DotMaxActors   = 100
	DotMaxTies     = 150
	neatoMaxActors = 1000
)

// LayoutFor chooses the Graphviz engine for a view of the given numbers of
// actors and ties: dot within DotMaxActors and DotMaxTies, neato up to
// 1,000 actors, sfdp beyond.
func LayoutFor(actors, ties int) string {
	switch {
	case actors <= DotMaxActors && ties <= DotMaxTies:
		return "dot"
	case actors <= neatoMaxActors:
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
