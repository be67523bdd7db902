package build

import (
	"fmt"
	"strings"

	"kg/export/escape"

	"kg/graph"
)

// buildIndex is index.md: a table per section (the combined view, the
// documents, the eras) of each view's figures and files.
func buildIndex(kb *graph.KB, views []View, page string, opt Options) string {
	var b strings.Builder
	b.WriteString("# kg build\n\n")
	b.WriteString(page + "\n\n")
	fmt.Fprintf(&b, "%d documents, %d eras, %d actors, %d claims. Each view has a diagram (graph.svg, graph.dot), metrics (metrics.json, metrics.csv: NetworkX conventions, positive ties, undirected) and a balance report (balance.json, balance.txt). Default view: asserted claims of any confidence.\n\n",
		len(kb.Documents), len(kb.Eras), len(kb.Actors), len(kb.Claims))
	section := ""
	for _, v := range views {
		sec := "Combined"
		switch {
		case strings.HasPrefix(v.Dir, "documents/"):
			sec = "Documents"
		case strings.HasPrefix(v.Dir, "eras/"):
			sec = "Eras"
		}
		if sec != section {
			section = sec
			fmt.Fprintf(&b, "## %s\n\n| view | actors | ties (+/-) | density | strong balance | frustration | top betweenness | files |\n|---|---|---|---|---|---|---|---|\n", sec)
		}
		name := escape.Markdown(v.Title)
		if v.Subtitle != "" {
			name += "<br>" + escape.Markdown(v.Subtitle)
		}
		files := fmt.Sprintf("[svg](%[1]s/graph.svg) [dot](%[1]s/graph.dot) [metrics](%[1]s/metrics.csv) [balance](%[1]s/balance.txt)", v.Dir)
		if opt.NoSVG || v.Failed != "" {
			files = strings.Replace(files, fmt.Sprintf("[svg](%s/graph.svg) ", v.Dir), "", 1)
		}
		if v.Ties == 0 {
			fmt.Fprintf(&b, "| %s | 0 | 0 | - | - | - | - | no claims in this view |\n", name)
			continue
		}
		if v.Note != "" {
			files += "<br>" + escape.Markdown(v.Note)
		}
		if v.Failed != "" {
			files += "<br>**" + escape.Markdown(v.Failed) + "**"
		}
		fmt.Fprintf(&b, "| %s | %d | %d (%d/%d) | %.3f | %.3f | %s | %s | %s |\n", name, v.Actors, v.Ties, v.Pos, v.Neg, v.Density, v.Strong, v.Frust, v.Top, files)
		if next := nextSection(views, v); next {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func nextSection(views []View, v View) bool {
	for i, w := range views {
		if w.Dir == v.Dir {
			if i+1 == len(views) {
				return true
			}
			a, c := strings.SplitN(v.Dir, "/", 2)[0], strings.SplitN(views[i+1].Dir, "/", 2)[0]
			return a != c
		}
	}
	return false
}

// diffIndex is the index's section of diffs, one row per diff.
func diffIndex(diffs []builtDiff) string {
	if len(diffs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n## Diffs\n\n" + DiffRule + " Ties matched by type (docs/diff.md).\n\n| a | b | Jaccard | ties added | removed | changed | files |\n|---|---|---|---|---|---|---|\n")
	for _, d := range diffs {
		fmt.Fprintf(&b, "| %s | %s | %.3f | %d | %d | %d | [md](%[7]s.md) [json](%[7]s.json) |\n", d.a, d.b, d.jaccard, d.added, d.removed, d.changed, d.path)
	}
	return b.String()
}
