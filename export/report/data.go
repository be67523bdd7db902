package report

import (
	"cmp"
	"fmt"
	"kg/export/diagram"
	"slices"
	"strings"

	"kg/graph"
	greport "kg/graph/report"
)

// SchemaVersion is the version of the page data's JSON (docs/report.md).
const SchemaVersion = 1

// LayoutMaxTies is the largest view whose page should take kg's own
// layout (Options.Positions: neato through kg-render, as the SVG diagrams):
// neato took minutes on thousands of ties, while the page's own layout
// (fCoSE) takes seconds (docs/report.md).
const LayoutMaxTies = 400

// Options tune the page.
type Options struct {
	// Title heads the page; the view is described below it.
	Title string
	// Positions are node positions in inches by actor id, y up, as
	// Graphviz's neato gives them (diagram.Renderer.Layout), so that the
	// page matches the SVG diagrams. Actors without one are placed by the
	// page's own layout (fCoSE, deterministic) around the fixed ones.
	Positions map[string][2]float64
	// Texts are the source texts by document id, one string per line
	// (line 1 at index 0). When set, the lines each claim cites are
	// embedded beside it; the texts are not ours to publish, so kg passes
	// them only when asked (--with-text --corpus DIR).
	Texts map[string][]string
	// Seed seeds the balance heuristics, as kg balance --seed does; 1 if
	// zero.
	Seed uint64
}

// Data is everything the page shows, written into it as JSON. Its schema
// is documented in docs/report.md.
type Data struct {
	Version    int                          `json:"version"`
	Title      string                       `json:"title"`
	View       Filters                      `json:"view"`        // the filters the page opens with
	ViewText   string                       `json:"view_text"`   // the view in words, as kg's reports say it
	Actors     []Actor                      `json:"actors"`      // every actor of the knowledge base, by id
	Types      []Type                       `json:"types"`       // every relation type, by id
	Categories []string                     `json:"categories"`  // the category vocabulary, in its order
	Eras       []Era                        `json:"eras"`        // by id
	Documents  []Document                   `json:"documents"`   // by id
	Claims     []Claim                      `json:"claims"`      // every claim, by key
	Ties       []Tie                        `json:"ties"`        // the ties of the opening view
	Metrics    greport.Metrics              `json:"metrics"`     // kg metrics of the opening view
	Balance    []Balance                    `json:"balance"`     // kg balance of the opening view, each document and each era
	Positions  map[string][2]float64        `json:"positions"`   // inches, y up; may be empty
	Texts      map[string]map[string]string `json:"texts"`       // document -> line number -> text; empty unless Options.Texts
	Generator  string                       `json:"generator"`   // "kg"
	Network    NetworkCounts                `json:"network"`     // sizes of the opening view
	Modalities []string                     `json:"modalities"`  // the modality vocabulary
	Kinds      []string                     `json:"kinds"`       // the actor-kind vocabulary
	Confidence []string                     `json:"confidences"` // low to high
}

// NetworkCounts are the sizes of a view's network.
type NetworkCounts struct {
	Actors int `json:"actors"`
	Ties   int `json:"ties"`
	Claims int `json:"claims"`
}

// Filters are a view in the names of the CLI's view flags (and of
// window.kg.view): doc, era, at, type, category, sign, modality,
// minConfidence. Modality is "all" or a list.
type Filters struct {
	Doc           []string `json:"doc"`
	Era           string   `json:"era"`
	At            string   `json:"at"`
	Type          []string `json:"type"`
	Category      []string `json:"category"`
	Sign          []string `json:"sign"`
	Modality      any      `json:"modality"` // "all" or []string
	MinConfidence string   `json:"minConfidence"`
}

// Actor is an actor as the page shows it.
type Actor struct {
	ID       string              `json:"id"`
	Kind     string              `json:"kind"`
	Names    map[string]string   `json:"names"`
	Aliases  map[string][]string `json:"aliases"`
	Codes    map[string]string   `json:"codes"` // iso3, cow, cameo, wikidata; only those set
	PartOf   string              `json:"part_of"`
	Active   Period              `json:"active"`
	Note     string              `json:"note"`
	Wikidata string              `json:"wikidata"` // the Q-number, or ""
}

// Period is an interval of partial ISO dates; "" is open.
type Period struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

func period(iv graph.Interval) Period { return Period{iv.Start.String(), iv.End.String()} }

// Type is a relation type.
type Type struct {
	ID       string            `json:"id"`
	Label    map[string]string `json:"label"`
	Category string            `json:"category"`
	Sign     string            `json:"sign"`
	Directed bool              `json:"directed"`
	Style    string            `json:"style"` // solid, dashed or bold, as the diagrams draw the category
	Note     string            `json:"note"`
}

// Era is a named period.
type Era struct {
	ID     string            `json:"id"`
	Label  map[string]string `json:"label"`
	Period Period            `json:"period"`
}

// Document is a source document's registry entry.
type Document struct {
	ID        string            `json:"id"`
	Title     map[string]string `json:"title"`
	Language  string            `json:"language"`
	Authors   []string          `json:"authors"`
	Published string            `json:"published"`
	Covers    Period            `json:"covers"`
	Kind      string            `json:"kind"`
	Claims    int               `json:"claims"`
}

// Claim is one claim with its effective sign and time.
type Claim struct {
	Key        string     `json:"key"` // document/id
	ID         string     `json:"id"`
	Document   string     `json:"document"`
	Source     string     `json:"source"`
	Target     string     `json:"target"`
	Type       string     `json:"type"`
	Sign       string     `json:"sign"` // effective: the claim's own, else its type's
	Modality   string     `json:"modality"`
	Confidence string     `json:"confidence"`
	Weight     float64    `json:"weight"`
	Era        string     `json:"era"`
	Own        Period     `json:"own"`  // the claim's own start/end, as written
	Time       Period     `json:"time"` // the effective time the view filters on
	Evidence   []Evidence `json:"evidence"`
	Note       string     `json:"note"`
	// AttributedTo is whose view the claim reports (an actor id or free
	// text); "" for the author's own.
	AttributedTo string `json:"attributed_to,omitempty"`
}

// Evidence is one cited line span.
type Evidence struct {
	Lines string `json:"lines"` // "12" or "12-18"
	Start int    `json:"start"`
	End   int    `json:"end"`
	Cue   string `json:"cue"`
}

// Tie is one tie of the opening view: a pair, a relation type, a sign
// (and a modality, as graph.Network keys them), with its claims.
type Tie struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Type      string   `json:"type"`
	Sign      string   `json:"sign"`
	Modality  string   `json:"modality"`
	Directed  bool     `json:"directed"`
	Contested bool     `json:"contested"`
	Strength  float64  `json:"strength"`
	Claims    []string `json:"claims"` // claim keys, sorted
}

// Balance is kg balance for one view the page can show: the opening view
// (Key "view"), a document ("doc:ID") or an era ("era:ID"), each with the
// opening view's other filters.
type Balance struct {
	Key     string          `json:"key"`
	Filters Filters         `json:"filters"`
	Report  greport.Balance `json:"report"`
}

// claimSign is a claim's effective sign: its own, else its relation
// type's.
func claimSign(kb *graph.KB, c *graph.Claim) graph.Sign { return kb.ClaimSign(c) }

// tieSign is the sign of a tie of graph.Network.
func tieSign(t *graph.Tie) graph.Sign { return t.Sign() }

// Build computes the data of the page for the view v: the whole knowledge
// base (so that the page's filters can widen the view as well as narrow
// it), the ties of v, kg metrics of v and kg balance of v, of each
// document and of each era.
func Build(kb *graph.KB, v graph.View, opts Options) (*Data, error) {
	if err := kb.Check(v); err != nil {
		return nil, err
	}
	seed := opts.Seed
	if seed == 0 {
		seed = 1
	}
	d := &Data{Version: SchemaVersion, Title: opts.Title, View: FiltersOf(v), ViewText: v.String(),
		Generator: "kg", Positions: map[string][2]float64{}, Texts: map[string]map[string]string{},
		Categories: []string{}, Actors: []Actor{}, Types: []Type{}, Eras: []Era{}, Documents: []Document{},
		Claims: []Claim{}, Ties: []Tie{}, Balance: []Balance{},
		Modalities: enumNames[graph.Modality](), Kinds: enumNames[graph.Kind](),
		Confidence: []string{graph.Low.String(), graph.Medium.String(), graph.High.String()}}
	if d.Title == "" {
		d.Title = "kg report"
	}
	for _, c := range graph.Categories() {
		d.Categories = append(d.Categories, c.String())
	}
	for _, a := range kb.Actors {
		d.Actors = append(d.Actors, actorOf(a))
	}
	for _, t := range kb.Types {
		d.Types = append(d.Types, Type{ID: t.ID, Label: nonNil(t.Label), Category: t.Category.String(),
			Sign: t.Sign.String(), Directed: t.Directed, Style: diagram.LineStyle(t.Category), Note: t.Note})
	}
	for _, e := range kb.Eras {
		d.Eras = append(d.Eras, Era{ID: e.ID, Label: nonNil(e.Label), Period: period(e.Period)})
	}
	perDoc := map[string]int{}
	for _, c := range kb.Claims {
		perDoc[c.Document]++
		d.Claims = append(d.Claims, claimOf(kb, c))
	}
	slices.SortFunc(d.Claims, func(a, b Claim) int { return cmp.Compare(a.Key, b.Key) })
	for _, doc := range kb.Documents {
		authors := doc.Authors
		if authors == nil {
			authors = []string{}
		}
		d.Documents = append(d.Documents, Document{ID: doc.ID, Title: nonNil(doc.Title), Language: doc.Language,
			Authors: authors, Published: doc.Published.String(), Covers: period(doc.Covers), Kind: doc.Kind.String(),
			Claims: perDoc[doc.ID]})
	}

	n := kb.Network(v)
	d.Network = NetworkCounts{Actors: len(n.Actors), Ties: len(n.Ties), Claims: len(n.Claims)}
	for _, t := range n.Ties {
		keys := make([]string, len(t.Claims))
		for i, c := range t.Claims {
			keys[i] = c.Key()
		}
		slices.Sort(keys)
		d.Ties = append(d.Ties, Tie{Source: t.Source, Target: t.Target, Type: t.Type.ID, Sign: tieSign(t).String(),
			Modality: t.Modality.String(), Directed: t.Type.Directed, Contested: t.Contested, Strength: t.Strength, Claims: keys})
	}
	d.Metrics = greport.ComputeMetrics(n, greport.MetricsOptions{})
	bopt := greport.BalanceOptions{Seed: seed}
	d.Balance = append(d.Balance, Balance{Key: "view", Filters: d.View, Report: greport.ComputeBalance(n, bopt)})
	for _, doc := range kb.Documents {
		w := v
		w.Documents = []string{doc.ID}
		if m := kb.Network(w); !m.Empty() {
			d.Balance = append(d.Balance, Balance{Key: "doc:" + doc.ID, Filters: FiltersOf(w), Report: greport.ComputeBalance(m, bopt)})
		}
	}
	for _, e := range kb.Eras {
		w := v
		w.Era = e.ID
		if m := kb.Network(w); !m.Empty() {
			d.Balance = append(d.Balance, Balance{Key: "era:" + e.ID, Filters: FiltersOf(w), Report: greport.ComputeBalance(m, bopt)})
		}
	}

	for id, p := range opts.Positions {
		if _, ok := kb.ActorByID[id]; !ok {
			return nil, fmt.Errorf("report: position for unknown actor %q", id)
		}
		d.Positions[id] = p
	}
	if opts.Texts != nil {
		for _, c := range kb.Claims {
			lines, ok := opts.Texts[c.Document]
			if !ok {
				continue
			}
			m := d.Texts[c.Document]
			if m == nil {
				m = map[string]string{}
				d.Texts[c.Document] = m
			}
			for _, e := range c.Evidence {
				for l := e.Start; l <= e.End && l <= len(lines); l++ {
					if l >= 1 {
						m[fmt.Sprint(l)] = lines[l-1]
					}
				}
			}
		}
	}
	return d, nil
}

// FiltersOf writes a view in the CLI's names.
func FiltersOf(v graph.View) Filters {
	f := Filters{Doc: nonNilS(v.Documents), Era: v.Era, At: v.At.String(), Type: nonNilS(v.Types),
		Category: strs(v.Categories), Sign: strs(v.Signs), MinConfidence: max(v.MinConfidence, graph.Low).String()}
	switch {
	case v.AllModalities:
		f.Modality = "all"
	case len(v.Modalities) > 0:
		f.Modality = strs(v.Modalities)
	default:
		f.Modality = []string{graph.Asserted.String()}
	}
	slices.Sort(f.Doc)
	slices.Sort(f.Type)
	return f
}

func actorOf(a *graph.Actor) Actor {
	out := Actor{ID: a.ID, Kind: a.Kind.String(), Names: nonNil(a.Names), Aliases: map[string][]string{},
		Codes: map[string]string{}, PartOf: a.PartOf, Active: period(a.Active), Note: a.Note, Wikidata: a.Codes.Wikidata}
	for l, as := range a.Aliases {
		out.Aliases[l] = slices.Clone(as)
	}
	if a.Codes.ISO3 != "" {
		out.Codes["iso3"] = a.Codes.ISO3
	}
	if a.Codes.COW != 0 {
		out.Codes["cow"] = fmt.Sprint(a.Codes.COW)
	}
	if a.Codes.CAMEO != "" {
		out.Codes["cameo"] = a.Codes.CAMEO
	}
	if a.Codes.Wikidata != "" {
		out.Codes["wikidata"] = a.Codes.Wikidata
	}
	return out
}

func claimOf(kb *graph.KB, c *graph.Claim) Claim {
	out := Claim{Key: c.Key(), ID: c.ID, Document: c.Document, Source: c.Source, Target: c.Target, Type: c.Type,
		Sign: claimSign(kb, c).String(), Modality: c.Modality.String(), Confidence: c.Confidence.String(),
		Weight: c.Weight, Era: c.Era, Own: period(c.Time), Time: period(kb.ClaimTime(c)), Note: c.Note, AttributedTo: c.AttributedTo,
		Evidence: []Evidence{}}
	for _, e := range c.Evidence {
		out.Evidence = append(out.Evidence, Evidence{Lines: e.Lines(), Start: e.Start, End: e.End, Cue: e.Cue})
	}
	return out
}

// enumNames lists a vocabulary from its String method: the values 1, 2,
// ... up to the first that is not defined.
func enumNames[T interface {
	~uint8
	fmt.Stringer
}]() []string {
	var out []string
	for i := 1; i < 256; i++ {
		s := T(i).String()
		if strings.HasPrefix(s, "invalid(") {
			break
		}
		out = append(out, s)
	}
	return out
}

func nonNil(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

func nonNilS(s []string) []string {
	if s == nil {
		return []string{}
	}
	return slices.Clone(s)
}

func strs[T fmt.Stringer](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}
