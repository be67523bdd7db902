package text

import (
	"encoding/json"
	"fmt"
	"io"
	"kg/export/escape"
	"slices"
	"strings"
	"text/tabwriter"

	"kg/graph"
)

// List writes the actors, types, eras or documents of kb as a table or as
// JSON. Each entry carries the number of claims that mention it.
func List(w io.Writer, kb *graph.KB, kind, format string) error {
	counts := claimCounts(kb)
	var rows [][]string
	var header []string
	var items []any
	switch kind {
	case "actors":
		header = []string{"ID", "KIND", "NAME", "FA", "AR", "CLAIMS"}
		for _, a := range kb.Actors {
			n := counts["actor:"+a.ID]
			rows = append(rows, []string{a.ID, a.Kind.String(), a.Names["en"], a.Names["fa"], a.Names["ar"], fmt.Sprint(n)})
			items = append(items, actorJSON(a, n))
		}
	case "types":
		header = []string{"ID", "CATEGORY", "SIGN", "DIRECTED", "LABEL", "CLAIMS"}
		for _, t := range kb.Types {
			n := counts["type:"+t.ID]
			rows = append(rows, []string{t.ID, t.Category.String(), t.Sign.String(), fmt.Sprint(t.Directed), t.Label["en"], fmt.Sprint(n)})
			items = append(items, typeJSON(t, n))
		}
	case "eras":
		header = []string{"ID", "START", "END", "LABEL", "CLAIMS"}
		for _, e := range kb.Eras {
			n := eraClaims(kb, e)
			rows = append(rows, []string{e.ID, orDots(e.Period.Start.String()), orDots(e.Period.End.String()), e.Label["en"], fmt.Sprint(len(n))})
			items = append(items, eraJSON(e, len(n)))
		}
	case "documents":
		header = []string{"ID", "LANG", "KIND", "PUBLISHED", "FILE", "CLAIMS"}
		for _, d := range kb.Documents {
			n := counts["document:"+d.ID]
			rows = append(rows, []string{d.ID, d.Language, d.Kind.String(), d.Published.String(), d.File, fmt.Sprint(n)})
			items = append(items, documentJSON(d, n))
		}
	default:
		return fmt.Errorf("unknown kind %q (want actors, types, eras or documents)", kind)
	}
	if format == "json" {
		if items == nil {
			items = []any{}
		}
		return writeJSON(w, map[string]any{kind: items})
	}
	return writeTable(w, header, rows)
}

func orDots(s string) string {
	if s == "" {
		return ".."
	}
	return s
}

// claimCounts counts claims per actor, type and document, keyed
// "actor:<id>", "type:<id>", "document:<id>".
func claimCounts(kb *graph.KB) map[string]int {
	m := map[string]int{}
	for _, c := range kb.Claims {
		m["actor:"+c.Source]++
		if c.Target != c.Source {
			m["actor:"+c.Target]++
		}
		m["type:"+c.Type]++
		m["document:"+c.Document]++
	}
	return m
}

// eraClaims returns the claims that name the era or whose time overlaps it.
func eraClaims(kb *graph.KB, e *graph.Era) []*graph.Claim {
	var out []*graph.Claim
	for _, c := range kb.Claims {
		if c.Era == e.ID || kb.ClaimTime(c).Overlaps(e.Period) {
			out = append(out, c)
		}
	}
	return out
}

// writeTable writes a table for a terminal, its columns aligned; what the
// cells hold is escaped by termCell.
func writeTable(w io.Writer, header []string, rows [][]string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = escape.TermCell(c)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

type actorOut struct {
	ID      string              `json:"id"`
	Kind    string              `json:"kind"`
	Names   map[string]string   `json:"names"`
	Aliases map[string][]string `json:"aliases,omitempty"`
	Codes   map[string]any      `json:"codes,omitempty"`
	PartOf  string              `json:"part_of,omitempty"`
	Start   string              `json:"start,omitempty"`
	End     string              `json:"end,omitempty"`
	Claims  int                 `json:"claims"`
}

func actorJSON(a *graph.Actor, n int) actorOut {
	codes := map[string]any{}
	if a.Codes.ISO3 != "" {
		codes["iso3"] = a.Codes.ISO3
	}
	if a.Codes.COW != 0 {
		codes["cow"] = a.Codes.COW
	}
	if a.Codes.CAMEO != "" {
		codes["cameo"] = a.Codes.CAMEO
	}
	if a.Codes.Wikidata != "" {
		codes["wikidata"] = a.Codes.Wikidata
	}
	return actorOut{ID: a.ID, Kind: a.Kind.String(), Names: a.Names, Aliases: a.Aliases, Codes: codes,
		PartOf: a.PartOf, Start: a.Active.Start.String(), End: a.Active.End.String(), Claims: n}
}

type typeOut struct {
	ID        string            `json:"id"`
	Label     map[string]string `json:"label"`
	Category  string            `json:"category"`
	Sign      string            `json:"sign"`
	Directed  bool              `json:"directed"`
	Crosswalk map[string]any    `json:"crosswalk,omitempty"`
	Claims    int               `json:"claims"`
}

func typeJSON(t *graph.RelationType, n int) typeOut {
	cw := map[string]any{}
	if t.Crosswalk.CAMEO != "" {
		cw["cameo"] = t.Crosswalk.CAMEO
	}
	if t.Crosswalk.PLOVER != "" {
		cw["plover"] = t.Crosswalk.PLOVER
	}
	if t.Crosswalk.Goldstein != nil {
		cw["goldstein"] = *t.Crosswalk.Goldstein
	}
	if t.Crosswalk.ATOP != "" {
		cw["atop"] = t.Crosswalk.ATOP
	}
	return typeOut{ID: t.ID, Label: t.Label, Category: t.Category.String(), Sign: t.Sign.String(), Directed: t.Directed, Crosswalk: cw, Claims: n}
}

type eraOut struct {
	ID     string            `json:"id"`
	Label  map[string]string `json:"label"`
	Start  *string           `json:"start"`
	End    *string           `json:"end"`
	Claims int               `json:"claims"`
}

func dateOrNil(d graph.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

func eraJSON(e *graph.Era, n int) eraOut {
	return eraOut{ID: e.ID, Label: e.Label, Start: dateOrNil(e.Period.Start), End: dateOrNil(e.Period.End), Claims: n}
}

type documentOut struct {
	ID        string            `json:"id"`
	File      string            `json:"file"`
	SHA256    string            `json:"sha256"`
	Language  string            `json:"language"`
	Title     map[string]string `json:"title"`
	Authors   []string          `json:"authors"`
	Published *string           `json:"published"`
	Covers    map[string]any    `json:"covers"`
	Kind      string            `json:"kind"`
	License   *string           `json:"license"`
	Claims    int               `json:"claims"`
}

func documentJSON(d *graph.Document, n int) documentOut {
	var lic *string
	if d.License != "" {
		lic = &d.License
	}
	authors := d.Authors
	if authors == nil {
		authors = []string{}
	}
	return documentOut{ID: d.ID, File: d.File, SHA256: d.SHA256, Language: d.Language, Title: d.Title,
		Authors: authors, Published: dateOrNil(d.Published),
		Covers: map[string]any{"start": dateOrNil(d.Covers.Start), "end": dateOrNil(d.Covers.End)},
		Kind:   d.Kind.String(), License: lic, Claims: n}
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
