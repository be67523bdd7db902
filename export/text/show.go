package text

import (
	"fmt"
	"io"
	"kg/export/escape"
	"strings"

	"kg/extract"
	"kg/graph"
)

// NotFoundError says that Show was asked for an id that does not exist.
type NotFoundError struct {
	Kind, ID string
	Hint     string // a did-you-mean, or ""
}

func (e *NotFoundError) Error() string { return fmt.Sprintf("unknown %s %q", e.Kind, e.ID) }

// Show writes one entity of kb in a readable form: its names, codes or
// dates, and the claims that mention it, counted by document. Control
// characters are written as visible escapes (termText).
func Show(w io.Writer, kb *graph.KB, kind, id string) error {
	var b strings.Builder
	var claims []*graph.Claim
	switch kind {
	case "actor":
		a, ok := kb.ActorByID[id]
		if !ok {
			return notFound(kind, id, kb.ActorByID)
		}
		fmt.Fprintf(&b, "actor %s (%s)\n", a.ID, a.Kind)
		writeLangMap(&b, "names", a.Names)
		for _, lang := range sortedKeys(a.Aliases) {
			fmt.Fprintf(&b, "  aliases.%s: %s\n", lang, strings.Join(a.Aliases[lang], ", "))
		}
		if c := a.Codes; c != (graph.Codes{}) {
			var parts []string
			if c.ISO3 != "" {
				parts = append(parts, "iso3 "+c.ISO3)
			}
			if c.COW != 0 {
				parts = append(parts, fmt.Sprintf("cow %d", c.COW))
			}
			if c.CAMEO != "" {
				parts = append(parts, "cameo "+c.CAMEO)
			}
			if c.Wikidata != "" {
				parts = append(parts, "wikidata "+c.Wikidata)
			}
			fmt.Fprintf(&b, "codes: %s\n", strings.Join(parts, ", "))
		}
		if a.PartOf != "" {
			fmt.Fprintf(&b, "part of: %s", a.PartOf)
			if a.PartOfPeriod != (graph.Interval{}) {
				fmt.Fprintf(&b, " (%s)", a.PartOfPeriod)
			}
			b.WriteString("\n")
		}
		for _, o := range kb.Actors {
			if o.PartOf == a.ID {
				fmt.Fprintf(&b, "has part: %s\n", o.ID)
			}
		}
		if a.Active != (graph.Interval{}) {
			fmt.Fprintf(&b, "active: %s\n", a.Active)
		}
		for _, c := range kb.Claims {
			if c.Source == id || c.Target == id {
				claims = append(claims, c)
			}
		}
	case "type":
		t, ok := kb.TypeByID[id]
		if !ok {
			return notFound("relation type", id, kb.TypeByID)
		}
		dir := "undirected"
		if t.Directed {
			dir = "directed (source -> target)"
		}
		fmt.Fprintf(&b, "relation type %s: category %s, sign %s, %s\n", t.ID, t.Category, t.Sign, dir)
		writeLangMap(&b, "label", t.Label)
		cw := t.Crosswalk
		if cw.CAMEO != "" || cw.PLOVER != "" || cw.Goldstein != nil || cw.ATOP != "" {
			var parts []string
			if cw.CAMEO != "" {
				parts = append(parts, "CAMEO "+cw.CAMEO)
			}
			if cw.PLOVER != "" {
				parts = append(parts, "PLOVER "+cw.PLOVER)
			}
			if cw.Goldstein != nil {
				parts = append(parts, fmt.Sprintf("Goldstein %+.1f", *cw.Goldstein))
			}
			if cw.ATOP != "" {
				parts = append(parts, "ATOP "+cw.ATOP)
			}
			fmt.Fprintf(&b, "crosswalk: %s\n", strings.Join(parts, ", "))
		}
		for _, c := range kb.Claims {
			if c.Type == id {
				claims = append(claims, c)
			}
		}
	case "era":
		e, ok := kb.EraByID[id]
		if !ok {
			return notFound(kind, id, kb.EraByID)
		}
		fmt.Fprintf(&b, "era %s: %s to %s\n", e.ID, orOpen(e.Period.Start), orOpen(e.Period.End))
		writeLangMap(&b, "label", e.Label)
		claims = eraClaims(kb, e)
		fmt.Fprintln(&b, "claims: those naming the era and those whose time overlaps it")
	case "document":
		d, ok := kb.DocumentByID[id]
		if !ok {
			return notFound(kind, id, kb.DocumentByID)
		}
		fmt.Fprintf(&b, "document %s (%s, %s)\n", d.ID, d.Kind, d.Language)
		writeLangMap(&b, "title", d.Title)
		if len(d.Authors) > 0 {
			fmt.Fprintf(&b, "authors: %s\n", strings.Join(d.Authors, "; "))
		}
		if d.Publisher != "" {
			fmt.Fprintf(&b, "publisher: %s\n", d.Publisher)
		}
		fmt.Fprintf(&b, "published: %s\n", orOpen(d.Published))
		if d.PublishedNote != "" {
			fmt.Fprintf(&b, "  (%s)\n", d.PublishedNote)
		}
		fmt.Fprintf(&b, "covers: %s to %s\n", orOpen(d.Covers.Start), orOpen(d.Covers.End))
		lic := d.License
		if lic == "" {
			lic = "none stated"
		}
		fmt.Fprintf(&b, "license: %s\nfile: %s\nsha256: %s\n", lic, d.File, d.SHA256)
		for _, c := range kb.Claims {
			if c.Document == id {
				claims = append(claims, c)
			}
		}
	default:
		return fmt.Errorf("unknown kind %q (want actor, type, era or document)", kind)
	}
	writeClaimCounts(&b, claims)
	_, err := io.WriteString(w, escape.Term(b.String()))
	return err
}

func notFound[V any](kind, id string, m map[string]V) error {
	return &NotFoundError{Kind: kind, ID: id, Hint: graph.Suggest(id, sortedKeys(m))}
}

func orOpen(d graph.Date) string {
	if d.IsZero() {
		return "(open)"
	}
	return d.String()
}

func writeLangMap(b *strings.Builder, what string, m map[string]string) {
	for _, lang := range sortedKeys(m) {
		fmt.Fprintf(b, "  %s.%s: %s\n", what, lang, m[lang])
	}
}

// writeClaimCounts writes how many of the claims each document holds, then
// the claims themselves, one line each.
func writeClaimCounts(b *strings.Builder, claims []*graph.Claim) {
	byDoc := map[string]int{}
	for _, c := range claims {
		byDoc[c.Document]++
	}
	fmt.Fprintf(b, "claims: %d", len(claims))
	if len(byDoc) > 0 {
		var parts []string
		for _, d := range sortedKeys(byDoc) {
			parts = append(parts, fmt.Sprintf("%s %d", d, byDoc[d]))
		}
		fmt.Fprintf(b, " (%s)", strings.Join(parts, ", "))
	}
	b.WriteByte('\n')
	for _, c := range claims {
		var ev []string
		for _, e := range c.Evidence {
			ev = append(ev, e.Lines())
		}
		how := c.Modality.String()
		if c.AttributedTo != "" {
			how += " by " + c.AttributedTo
		}
		if c.HasSign {
			how += ", sign " + c.Sign.String()
		}
		fmt.Fprintf(b, "  %s  %s %s %s  [%s, %s]  lines %s\n", c.Key(), c.Source, c.Type, c.Target,
			how, c.Confidence, strings.Join(ev, ","))
	}
}

// Stats writes per-document statistics as a table or JSON.
func Stats(w io.Writer, st []extract.DocumentStats, format string) error {
	if format == "json" {
		if st == nil {
			st = []extract.DocumentStats{}
		}
		return writeJSON(w, map[string]any{"documents": st})
	}
	header := []string{"DOCUMENT", "CLAIMS", "ACTORS", "ERAS", "BOTH NAMED", "MODALITY", "CATEGORIES"}
	var rows [][]string
	total, named, checked := 0, 0, false
	for _, s := range st {
		both := "-"
		if s.Checked {
			both = fmt.Sprintf("%d (%.0f%%)", s.BothNamed, 100*s.BothNamedPct)
			checked = true
		}
		rows = append(rows, []string{s.Document, fmt.Sprint(s.Claims), fmt.Sprint(s.Actors), fmt.Sprint(s.Eras),
			both, countList(s.ByModality), countList(s.ByCategory)})
		total += s.Claims
		named += s.BothNamed
	}
	if len(st) > 1 {
		both := "-"
		if checked && total > 0 {
			both = fmt.Sprintf("%d (%.0f%%)", named, 100*float64(named)/float64(total))
		}
		rows = append(rows, []string{"(all)", fmt.Sprint(total), "", "", both, "", ""})
	}
	return writeTable(w, header, rows)
}

func countList(m map[string]int) string {
	var parts []string
	for _, k := range sortedKeys(m) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}
