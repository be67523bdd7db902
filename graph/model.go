package graph

import (
	"strconv"
	"strings"
)

// Actor is a state, armed group, party, person, organization, bloc or region.
type Actor struct {
	ID      string
	Kind    Kind
	Names   map[string]string   // language -> name; "en" is always set
	Aliases map[string][]string // language -> surface forms used in texts
	Codes   Codes
	PartOf  string // actor id, or ""
	// PartOfPeriod is when the part_of link holds (a president's term);
	// zero when it always does. Folding ignores it.
	PartOfPeriod Interval
	Active       Interval
	Note         string
	Pos          Pos // where the actor's entry starts
}

// Name returns the actor's name in lang, falling back to English.
func (a *Actor) Name(lang string) string {
	if n, ok := a.Names[lang]; ok && n != "" {
		return n
	}
	return a.Names["en"]
}

// Codes are an actor's identifiers in external datasets.
type Codes struct {
	ISO3     string // ISO 3166-1 alpha-3
	COW      int    // Correlates of War state number, 0 if none
	CAMEO    string // CAMEO actor code
	Wikidata string // Q-number
}

// RelationType is one entry of the relation vocabulary.
type RelationType struct {
	ID        string
	Label     map[string]string
	Category  Category
	Sign      Sign
	Directed  bool
	Crosswalk Crosswalk
	Note      string
	Pos       Pos
}

// Name returns the type's label in lang, falling back to English, then to
// its id.
func (t *RelationType) Name(lang string) string {
	if s := t.Label[lang]; s != "" {
		return s
	}
	if s := t.Label["en"]; s != "" {
		return s
	}
	return t.ID
}

// Crosswalk maps a relation type to other coding schemes. Zero values are
// absent.
type Crosswalk struct {
	CAMEO     string   // CAMEO event code, e.g. "057"
	PLOVER    string   // PLOVER event category, e.g. "COOPERATE"
	Goldstein *float64 // Goldstein conflict-cooperation score, -10..10
	ATOP      string   // ATOP alliance obligation: defense, offense, neutrality, nonaggression, consultation

	goldsteinPos Pos
}

// Era is a named period shared across documents.
type Era struct {
	ID     string
	Label  map[string]string
	Period Interval
	Note   string
	Pos    Pos
}

// Document is the registry entry of one source text.
type Document struct {
	ID            string
	File          string // file name in the corpus folder
	SHA256        string // lowercase hex
	Language      string
	Title         map[string]string
	Authors       []string
	Published     Date
	PublishedNote string
	Covers        Interval
	Kind          DocumentKind
	License       string // "" when the document states none
	Publisher     string
	URL           string
	Note          string
	Pos           Pos    // where the registry file starts
	SHA256Pos     Pos    // position of the sha256 value
	FilePos       Pos    // position of the file value
	Path          string // path of the registry file
}

// Claim is what one document asserts about two actors.
type Claim struct {
	ID       string
	Document string
	Source   string
	Target   string
	Type     string
	Era      string   // era id, or ""
	Time     Interval // own start/end; empty when Era is set or the claim has no time
	Modality Modality
	// AttributedTo is whose view the claim reports: an actor id when
	// AttributedActor is set, else free text ("some experts"). Required for
	// reported claims, allowed on the others.
	AttributedTo    string
	AttributedActor bool
	Confidence      Confidence
	// Sign is the claim's own sign, when HasSign: it overrides the relation
	// type's sign (a mediation the text presents as cooperative). Use
	// KB.ClaimSign for the sign in effect.
	Sign     Sign
	HasSign  bool
	Weight   float64 // curator's weight, 1 by default
	Evidence []Evidence
	Note     string
	Pos      Pos // where the claim's entry starts
	// positions of the start, end and era values, where given
	StartPos, EndPos, EraPos Pos
	// FoldedFrom is, in a folded view (View.Fold), the curated claim this
	// one stands for: Source and Target name the actors it was folded into,
	// FoldedFrom's the actors the document names. Nil outside folded views.
	FoldedFrom *Claim
}

// Key returns the claim's identifier across the knowledge base:
// "<document>/<claim id>".
func (c *Claim) Key() string { return c.Document + "/" + c.ID }

// Ref is the claim's key with its evidence spans, "<document>/<claim
// id>:12-18,20": how reports point to the lines behind a finding.
func (c *Claim) Ref() string {
	spans := make([]string, len(c.Evidence))
	for i, e := range c.Evidence {
		spans[i] = e.Lines()
	}
	return c.Key() + ":" + strings.Join(spans, ",")
}

// Evidence is a line span in a claim's document with a cue phrase copied from
// those lines.
type Evidence struct {
	Start, End int // 1-based, inclusive
	Cue        string
	Pos        Pos // position of the lines value
	CuePos     Pos // position of the cue value
}

// Lines is the span as the data writes it: "12" or "12-18".
func (e Evidence) Lines() string {
	if e.Start == e.End {
		return strconv.Itoa(e.Start)
	}
	return strconv.Itoa(e.Start) + "-" + strconv.Itoa(e.End)
}

// KB is a loaded knowledge base. Its slices are sorted by id (claims by
// document, then id); the maps index them.
type KB struct {
	Actors    []*Actor
	Types     []*RelationType
	Eras      []*Era
	Documents []*Document
	Claims    []*Claim

	ActorByID    map[string]*Actor
	TypeByID     map[string]*RelationType
	EraByID      map[string]*Era
	DocumentByID map[string]*Document

	// Warnings are problems that do not stop loading (a relation type whose
	// sign disagrees with its Goldstein score), sorted by position.
	Warnings ErrorList
}

// Window is the period a document can speak of as fact: from the start of
// its covers period to its publication date. Either end is open when the
// registry does not give it.
func (d *Document) Window() Interval { return Interval{Start: d.Covers.Start, End: d.Published} }

// ClaimTime returns the period a claim covers: its own start/end, else its
// era, else its document's covers period, never past the document's
// publication (an open end becomes the publication date, an open start the
// covers start). A dated claim (own dates or an era) may reach back before
// the covers start: the text dates it. A prospective or hypothetical claim's own dates are taken as written:
// they may look past publication. Validation reports other claims whose own
// dates lie after publication.
func (kb *KB) ClaimTime(c *Claim) Interval {
	own := !c.Time.Start.IsZero() || !c.Time.End.IsZero()
	var iv Interval
	d := kb.DocumentByID[c.Document]
	switch e := kb.EraByID[c.Era]; {
	case c.Era != "" && e != nil:
		iv = e.Period
	case own:
		if c.Modality == Prospective || c.Modality == Hypothetical {
			return c.Time
		}
		iv = c.Time
	case d != nil:
		return d.Covers.Clip(d.Window())
	}
	if d == nil {
		return iv
	}
	if iv.Start.IsZero() {
		iv.Start = d.Covers.Start
	}
	return iv.Clip(Interval{End: d.Published})
}

// ClaimSign returns the sign in effect for a claim: its own sign when it
// gives one, else its relation type's.
func (kb *KB) ClaimSign(c *Claim) Sign {
	if c.HasSign {
		return c.Sign
	}
	if t, ok := kb.TypeByID[c.Type]; ok {
		return t.Sign
	}
	return Neutral
}
