package text

import (
	"fmt"
	"io"
	"kg/export/escape"
	"math"
	"strconv"
	"strings"

	"kg/graph/diff"
)

// Diff writes a diff report as text ("text" or "", for a terminal), as
// Markdown ("markdown": headings and tables, for a paper's appendix or a
// pull request) or as JSON ("json", docs/diff.md). Every added, removed or
// changed tie lists the claims behind it on each side, as
// document/claim:lines.
func Diff(w io.Writer, r *diff.Report, format string) error {
	var b strings.Builder
	switch format {
	case "json":
		return writeJSON(w, r)
	case "", "text":
		diffText(&b, r)
		_, err := io.WriteString(w, escape.Term(b.String()))
		return err
	case "markdown":
		diffMarkdown(&b, r)
	default:
		return fmt.Errorf("unknown format %q (want text, markdown, json)", format)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// diffNum prints a number with at most four decimals and no trailing zeros.
func diffNum(x float64) string {
	x = math.Round(x*1e4) / 1e4
	if x == 0 {
		x = 0 // no "-0"
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// diffSigned prints a change with its sign: "+1", "-0.25", "0".
func diffSigned(x float64) string {
	s := diffNum(x)
	if s != "0" && !strings.HasPrefix(s, "-") {
		s = "+" + s
	}
	return s
}

func diffPlural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// diffTieName is "a -- b" for an undirected tie, "a -> b" for a directed one.
func diffTieName(k diff.Key) string {
	if k.Directed {
		return k.Source + " -> " + k.Target
	}
	return k.Source + " -- " + k.Target
}

// diffValues describes one side of a tie in a line: its types, categories,
// signs, modalities, time and strength.
func diffValues(s *diff.Side) string {
	return fmt.Sprintf("%s, category %s, sign %s, %s, time %s, strength %s",
		strings.Join(s.Types, " + "), strings.Join(s.Categories, " + "), strings.Join(s.Signs, " + "),
		strings.Join(s.Modalities, " + "), s.Time, diffNum(s.Strength))
}

func diffRefs(s *diff.Side) []string {
	out := make([]string, len(s.Claims))
	for i, c := range s.Claims {
		out[i] = c.Ref()
	}
	return out
}

// diffChange describes one changed value of a tie: "time 1920/2025 -> 2003/..".
func diffChange(d diff.TieDiff, c string) string {
	var a, b string
	switch c {
	case diff.ChangeType:
		a, b = strings.Join(d.A.Types, " + "), strings.Join(d.B.Types, " + ")
	case diff.ChangeCategory:
		a, b = strings.Join(d.A.Categories, " + "), strings.Join(d.B.Categories, " + ")
	case diff.ChangeSign:
		a, b = strings.Join(d.A.Signs, " + "), strings.Join(d.B.Signs, " + ")
	case diff.ChangeModality:
		a, b = strings.Join(d.A.Modalities, " + "), strings.Join(d.B.Modalities, " + ")
	case diff.ChangeTime:
		a, b = d.A.Time, d.B.Time
	case diff.ChangeStrength:
		a, b = diffNum(d.A.Strength), diffNum(d.B.Strength)
	}
	return c + " " + a + " -> " + b
}

func diffActorName(a diff.Actor) string {
	if a.Name == "" || a.Name == a.ID {
		return a.ID
	}
	return a.ID + " (" + a.Name + ")"
}

// diffMetricCell prints a metric on both sides, "0.25 -> 0.5", with "."
// for a side the actor is absent from.
func diffMetricCell(m diff.Metric, integer bool) string {
	v := func(x *float64) string {
		switch {
		case x == nil:
			return "."
		case integer:
			return strconv.Itoa(int(*x))
		}
		return strconv.FormatFloat(*x, 'f', 4, 64)
	}
	return v(m.A) + " -> " + v(m.B)
}

// diffRankCell prints the ranks on both sides with the shift: "3 -> 1 (+2)".
func diffRankCell(m diff.Metric) string {
	r := func(x int) string {
		if x == 0 {
			return "."
		}
		return strconv.Itoa(x)
	}
	s := r(m.RankA) + " -> " + r(m.RankB)
	if m.Shift != 0 {
		s += fmt.Sprintf(" (%+d)", m.Shift)
	}
	return s
}

// diffBlocsB returns b's blocs in a's numbering.
func diffBlocsB(bl diff.Blocs) [2][]string {
	var out [2][]string
	for j := 1; j <= 2; j++ {
		out[bl.MatchedB(j)-1] = bl.B[j-1]
	}
	return out
}

func diffFrustration(s diff.BalanceSide) string {
	if s.Exact {
		return strconv.Itoa(s.Frustration)
	}
	return fmt.Sprintf("%d..%d", s.Lower, s.Frustration)
}

func diffTriangles(s diff.BalanceSide) string {
	t := s.Triangles
	return fmt.Sprintf("%d/%d/%d/%d", t["+++"], t["+--"], t["++-"], t["---"])
}

func diffText(b *strings.Builder, r *diff.Report) {
	fmt.Fprintf(b, "kg diff: ties matched by %s\n", r.Match)
	for _, s := range []struct {
		name string
		n    diff.NetworkInfo
	}{{"a", r.A}, {"b", r.B}} {
		fmt.Fprintf(b, "%s: %s (%s, %s, %s)\n", s.name, s.n.Description, diffPlural(s.n.Actors, "actor", "actors"),
			diffPlural(s.n.Ties, "tie", "ties"), diffPlural(s.n.Claims, "claim", "claims"))
	}
	sim := r.Similarity
	fmt.Fprintf(b, "similarity: Jaccard %s (%d of %s on both sides)\n", diffNum(sim.Jaccard), sim.Common, diffPlural(sim.Union, "tie", "ties"))

	fmt.Fprintf(b, "\nactors: %d added, %d removed, %d on both sides\n", len(r.Actors.Added), len(r.Actors.Removed), r.Actors.Common)
	for _, a := range r.Actors.Added {
		fmt.Fprintf(b, "  + %s\n", diffActorName(a))
	}
	for _, a := range r.Actors.Removed {
		fmt.Fprintf(b, "  - %s\n", diffActorName(a))
	}

	t := r.Ties
	fmt.Fprintf(b, "\nties: %d added, %d removed, %d changed, %d unchanged\n", len(t.Added), len(t.Removed), len(t.Changed), len(t.Unchanged))
	side := func(name string, s *diff.Side) {
		fmt.Fprintf(b, "      %s: %s\n", name, diffValues(s))
		for _, ref := range diffRefs(s) {
			fmt.Fprintf(b, "         %s\n", ref)
		}
	}
	for _, group := range []struct {
		title, mark string
		ties        []diff.TieDiff
	}{{"added", "+", t.Added}, {"removed", "-", t.Removed}, {"changed", "~", t.Changed}, {"unchanged", "=", t.Unchanged}} {
		if len(group.ties) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n%s (%d):\n", group.title, len(group.ties))
		for _, d := range group.ties {
			fmt.Fprintf(b, "  %s %s  %s\n", group.mark, diffTieName(d.Key), d.Match)
			for _, c := range d.Changes {
				fmt.Fprintf(b, "      %s\n", diffChange(d, c))
			}
			if d.A != nil {
				side("a", d.A)
			}
			if d.B != nil {
				side("b", d.B)
			}
		}
	}

	if r.Skipped != "" {
		fmt.Fprintf(b, "\nmetrics, blocs and balance not compared: %s\n", r.Skipped)
		return
	}
	fmt.Fprintf(b, "\nmetrics (kg metrics' defaults: undirected, positive ties; rank 1 is the largest, (+n) moved up n places):\n")
	var rows [][]string
	for _, am := range r.Metrics {
		row := []string{am.ID}
		for _, x := range diff.Measures() {
			m := am.Get(x)
			row = append(row, diffMetricCell(*m, x.Whole()), diffRankCell(*m))
		}
		rows = append(rows, row)
	}
	header := []string{"ACTOR"}
	for _, x := range diff.Measures() {
		header = append(header, strings.ToUpper(x.Label()), "RANK")
	}
	var tb strings.Builder
	writeTable(&tb, header, rows)
	for line := range strings.Lines(tb.String()) {
		b.WriteString("  " + strings.TrimRight(line, " \n") + "\n")
	}

	bl := r.Blocs
	fmt.Fprintf(b, "\nblocs (frustration splits, actors with a signed tie; b's blocs numbered as the a blocs they overlap most):\n")
	bb := diffBlocsB(bl)
	for i := range 2 {
		fmt.Fprintf(b, "  bloc %d  a: %s\n", i+1, diffList(bl.A[i]))
		fmt.Fprintf(b, "          b: %s\n", diffList(bb[i]))
	}
	fmt.Fprintf(b, "  changing bloc: %d of %d actors in a bloc on both sides\n", len(bl.Changed), bl.Compared)
	for _, c := range bl.Changed {
		fmt.Fprintf(b, "    %s: bloc %d -> bloc %d\n", c.ID, c.A, bl.MatchedB(c.B))
	}

	bal := r.Balance
	fmt.Fprintf(b, "\nbalance:\n")
	rows = [][]string{
		{"strong (Cartwright-Harary)", diffNum(bal.A.Strong), diffNum(bal.B.Strong), diffSigned(bal.Delta.Strong)},
		{"weak (Davis)", diffNum(bal.A.Weak), diffNum(bal.B.Weak), diffSigned(bal.Delta.Weak)},
		{"frustration index", diffFrustration(bal.A), diffFrustration(bal.B), diffSigned(float64(bal.Delta.Frustration))},
		{"triangles +++/+--/++-/---", diffTriangles(bal.A), diffTriangles(bal.B), ""},
	}
	tb.Reset()
	writeTable(&tb, []string{"", "A", "B", "CHANGE"}, rows)
	for line := range strings.Lines(tb.String()) {
		b.WriteString("  " + strings.TrimRight(line, " \n") + "\n")
	}
}

func diffList(ids []string) string {
	if len(ids) == 0 {
		return "(none)"
	}
	return strings.Join(ids, ", ")
}

// diffCell makes a cell's Markdown safe for a table row: text from the
// data is escaped by mdEscape before it gets here, so only kg's own
// markup is left, in which a | (in a code span) must be escaped and a line
// break would end the row.
func diffCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

func diffCode(s string) string { return "`" + strings.ReplaceAll(s, "`", "'") + "`" }

func diffMarkdownTable(b *strings.Builder, header []string, rows [][]string) {
	b.WriteString("| " + strings.Join(header, " | ") + " |\n|")
	for range header {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = diffCell(c)
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
}

func diffRefCell(s *diff.Side) string {
	if s == nil {
		return ""
	}
	refs := diffRefs(s)
	for i, r := range refs {
		refs[i] = diffCode(r)
	}
	return strings.Join(refs, "<br>")
}

func diffMarkdown(b *strings.Builder, r *diff.Report) {
	b.WriteString("# Diff of two views\n\n")
	diffMarkdownTable(b, []string{"", "a", "b"}, [][]string{
		{"view", escape.Markdown(r.A.Description), escape.Markdown(r.B.Description)},
		{"actors", strconv.Itoa(r.A.Actors), strconv.Itoa(r.B.Actors)},
		{"ties", strconv.Itoa(r.A.Ties), strconv.Itoa(r.B.Ties)},
		{"claims", strconv.Itoa(r.A.Claims), strconv.Itoa(r.B.Claims)},
	})
	sim := r.Similarity
	fmt.Fprintf(b, "\nTies are matched by %s. Similarity (Jaccard index over ties): **%s**, %d of %s on both sides.\n",
		r.Match, diffNum(sim.Jaccard), sim.Common, diffPlural(sim.Union, "tie", "ties"))

	fmt.Fprintf(b, "\n## Actors\n\n%d added, %d removed, %d on both sides.\n", len(r.Actors.Added), len(r.Actors.Removed), r.Actors.Common)
	if len(r.Actors.Added)+len(r.Actors.Removed) > 0 {
		var rows [][]string
		for _, a := range r.Actors.Added {
			rows = append(rows, []string{"added", diffCode(a.ID), escape.Markdown(a.Name), escape.Markdown(a.Kind)})
		}
		for _, a := range r.Actors.Removed {
			rows = append(rows, []string{"removed", diffCode(a.ID), escape.Markdown(a.Name), escape.Markdown(a.Kind)})
		}
		b.WriteString("\n")
		diffMarkdownTable(b, []string{"", "actor", "name", "kind"}, rows)
	}

	t := r.Ties
	fmt.Fprintf(b, "\n## Ties\n\n%d added, %d removed, %d changed, %d unchanged.\n", len(t.Added), len(t.Removed), len(t.Changed), len(t.Unchanged))
	oneSide := func(title, name string, ties []diff.TieDiff, get func(diff.TieDiff) *diff.Side) {
		if len(ties) == 0 {
			return
		}
		fmt.Fprintf(b, "\n### %s (%d)\n\n", title, len(ties))
		header := []string{"tie", "types", "category", "sign", "modality", "time", "strength", "claims (" + name + ")"}
		var rows [][]string
		for _, d := range ties {
			s := get(d)
			rows = append(rows, []string{diffCode(diffTieName(d.Key)), escape.Markdown(strings.Join(s.Types, ", ")), escape.Markdown(strings.Join(s.Categories, ", ")),
				escape.Markdown(strings.Join(s.Signs, " ")), escape.Markdown(strings.Join(s.Modalities, ", ")), escape.Markdown(s.Time), diffNum(s.Strength), diffRefCell(s)})
		}
		diffMarkdownTable(b, header, rows)
	}
	oneSide("Added", "b", t.Added, func(d diff.TieDiff) *diff.Side { return d.B })
	oneSide("Removed", "a", t.Removed, func(d diff.TieDiff) *diff.Side { return d.A })
	for _, group := range []struct {
		title string
		ties  []diff.TieDiff
	}{{"Changed", t.Changed}, {"Unchanged", t.Unchanged}} {
		if len(group.ties) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n### %s (%d)\n\n", group.title, len(group.ties))
		var rows [][]string
		for _, d := range group.ties {
			var ch []string
			for _, c := range d.Changes {
				ch = append(ch, escape.Markdown(strings.ReplaceAll(diffChange(d, c), " -> ", " → ")))
			}
			rows = append(rows, []string{diffCode(diffTieName(d.Key)), escape.Markdown(d.Match), strings.Join(ch, "<br>"), diffRefCell(d.A), diffRefCell(d.B)})
		}
		header := []string{"tie", r.Match.String(), "changes", "claims (a)", "claims (b)"}
		if group.title == "Unchanged" {
			for i := range rows {
				rows[i] = append(rows[i][:2], rows[i][3:]...)
			}
			header = append(header[:2], header[3:]...)
		}
		diffMarkdownTable(b, header, rows)
	}

	if r.Skipped != "" {
		b.WriteString("\n## Metrics, blocs and balance\n\nNot compared: " + escape.Markdown(r.Skipped) + "\n")
		return
	}
	b.WriteString("\n## Metrics\n\nAs `kg metrics` computes them by default (undirected graph of positive ties). Each cell is a → b; a rank is the position by that metric, largest first, and (+n) a move up by n places.\n\n")
	var rows [][]string
	for _, am := range r.Metrics {
		row := []string{diffCode(am.ID)}
		for _, x := range diff.Measures() {
			m := am.Get(x)
			row = append(row, strings.ReplaceAll(diffMetricCell(*m, x.Whole()), "->", "→"),
				strings.ReplaceAll(diffRankCell(*m), "->", "→"))
		}
		rows = append(rows, row)
	}
	header := []string{"actor"}
	for _, x := range diff.Measures() {
		header = append(header, x.Label(), "rank")
	}
	diffMarkdownTable(b, header, rows)

	bl := r.Blocs
	bb := diffBlocsB(bl)
	b.WriteString("\n## Blocs\n\nThe two-bloc split reaching each side's frustration index, over the actors with a positive or negative tie; b's blocs are numbered as the blocs of a they overlap most.\n\n")
	diffMarkdownTable(b, []string{"bloc", "a", "b"}, [][]string{
		{"1", escape.Markdown(diffList(bl.A[0])), escape.Markdown(diffList(bb[0]))},
		{"2", escape.Markdown(diffList(bl.A[1])), escape.Markdown(diffList(bb[1]))},
	})
	fmt.Fprintf(b, "\n%d of %d actors in a bloc on both sides changed bloc", len(bl.Changed), bl.Compared)
	if len(bl.Changed) == 0 {
		b.WriteString(".\n")
	} else {
		var ch []string
		for _, c := range bl.Changed {
			ch = append(ch, fmt.Sprintf("%s (%d → %d)", diffCode(c.ID), c.A, bl.MatchedB(c.B)))
		}
		b.WriteString(": " + strings.Join(ch, ", ") + ".\n")
	}

	bal := r.Balance
	b.WriteString("\n## Balance\n\n")
	diffMarkdownTable(b, []string{"", "a", "b", "change"}, [][]string{
		{"strong balance (Cartwright-Harary)", diffNum(bal.A.Strong), diffNum(bal.B.Strong), diffSigned(bal.Delta.Strong)},
		{"weak balance (Davis)", diffNum(bal.A.Weak), diffNum(bal.B.Weak), diffSigned(bal.Delta.Weak)},
		{"frustration index", diffFrustration(bal.A), diffFrustration(bal.B), diffSigned(float64(bal.Delta.Frustration))},
		{"triangles +++ / +-- / ++- / ---", diffTriangles(bal.A), diffTriangles(bal.B), ""},
	})
}
