package extract

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"kg/graph"
)

// DefaultWindow is how many lines either side of a mention another actor's
// mention counts as mentioned together, unless CandidateOptions say. Two,
// not one: a PDF line holds about a dozen words, curators cite spans of
// three to five lines, and where extraction reversed the word order a
// sentence spreads over several lines (docs/extraction.md has the figures).
const DefaultWindow = 2

// MaxEvidence is how many evidence spans a candidate keeps.
const MaxEvidence = 3

// CandidateOptions tune candidate claims.
type CandidateOptions struct {
	// Window is how many lines either side of a mention count as
	// together with it: 0 means DefaultWindow, a negative number the same
	// line only.
	Window int
	// MinScore leaves out candidates that score less; 0 keeps all. Coverage
	// lists uncurated pairs from DefaultWorklistScore when it is 0.
	MinScore float64
	// Lexicon holds the cue words that guess a pair's relation type
	// (ReadLexicon); it is required.
	Lexicon *Lexicon
}

// errNoLexicon is returned when CandidateOptions has no Lexicon.
var errNoLexicon = errors.New("extract: no cue lexicon (CandidateOptions.Lexicon)")

func (o CandidateOptions) window() int {
	switch {
	case o.Window < 0:
		return 0
	case o.Window == 0:
		return DefaultWindow
	}
	return o.Window
}

// Candidate is a pair of actors a document mentions together, with a guess
// at their relation: a draft claim for a curator to accept or drop.
type Candidate struct {
	Source string `json:"source"` // the actor mentioned first where the cue is
	Target string `json:"target"`
	Type   string `json:"type"`          // guessed relation type id
	Cue    string `json:"cue,omitempty"` // the normalized cue word that decided the type
	// Score is the sum, over the co-occurrences, of proximity times
	// (1 + cue weight): see docs/extraction.md.
	Score    float64             `json:"score"`
	Count    int                 `json:"count"`     // co-occurrences: lines, or pairs of lines in the window
	SameLine int                 `json:"same_line"` // co-occurrences on one line
	Lines    []int               `json:"lines"`     // every line of every co-occurrence, sorted
	Evidence []CandidateEvidence `json:"evidence"`  // the best co-occurrences, at most MaxEvidence
	// Others are the next best types the cues suggest, at most
	// MaxAlternatives: a pair often stands in several relations.
	Others []Alternative `json:"others,omitempty"`
}

// MaxAlternatives is how many other types a candidate lists.
const MaxAlternatives = 3

// Alternative is another type the cues of a candidate's co-occurrences
// suggest, with its strongest cue and that cue's line.
type Alternative struct {
	Type string  `json:"type"`
	Cue  string  `json:"cue"`
	Line int     `json:"line"`
	Vote float64 `json:"vote"` // the sum of proximity times weight of its cues
}

// CandidateEvidence is one co-occurrence of a candidate's actors.
type CandidateEvidence struct {
	Start  int     `json:"start"` // 1-based lines
	End    int     `json:"end"`
	Phrase string  `json:"phrase"`         // at most six words copied from the text
	Type   string  `json:"type,omitempty"` // the type of the cue in the phrase, if any
	Score  float64 `json:"score"`
}

// Candidates returns the pairs of actors that document doc mentions
// together, best first (by score, then by ids).
func Candidates(kb *graph.KB, c *Corpus, doc string, opt CandidateOptions) ([]Candidate, error) {
	x, t, err := newExtractor(kb, c, doc, opt.Lexicon)
	if err != nil {
		return nil, err
	}
	return x.candidates(kb.DocumentByID[doc], t, opt), nil
}

// extractor holds what candidate extraction builds once for several
// documents.
type extractor struct {
	kb       *graph.KB
	g        *Gazetteer
	lex      *Lexicon
	lexicons map[string]*lexicon // compiled, by document language
}

func newExtractor(kb *graph.KB, c *Corpus, doc string, lex *Lexicon) (*extractor, *Text, error) {
	if lex == nil {
		return nil, nil, errNoLexicon
	}
	d, ok := kb.DocumentByID[doc]
	if !ok {
		return nil, nil, unknownDocument(kb, doc)
	}
	t, err := c.Text(d)
	if err != nil {
		return nil, nil, err
	}
	return newExtractorKB(kb, lex), t, nil
}

func newExtractorKB(kb *graph.KB, lex *Lexicon) *extractor {
	return &extractor{kb: kb, g: NewGazetteer(kb), lex: lex, lexicons: map[string]*lexicon{}}
}

// lexicon returns the cue lexicon for a document: the words of every
// language, since Persian texts quote Arabic and both carry English
// abstracts and terms; where two languages share a normalized word, the
// document's own language says what it means, then Persian, Arabic,
// English and the others in alphabetical order.
func (x *extractor) lexicon(lang string) *lexicon {
	if lx, ok := x.lexicons[lang]; ok {
		return lx
	}
	langs := []string{lang}
	for _, l := range append([]string{"fa", "ar", "en"}, x.lex.Languages()...) {
		if !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	lx := newLexicon(x.kb, x.lex, langs...)
	x.lexicons[lang] = lx
	return lx
}

// lineActor is an actor's mentions on a line: the first, and all.
type lineActor struct {
	id         string
	start, end int      // the first mention
	spans      [][2]int // every mention
}

// lineFacts are the actors and cues of one normalized line.
type lineFacts struct {
	actors []lineActor // in order of first mention
	cues   []cueHit
}

// cueReach is how far, in bytes of normalized text, a cue may stand from
// the mentions of a pair on one line and still count for it: about ten
// words. Lines of some texts are whole paragraphs.
const cueReach = 80

// facts finds the actors and cues of every line. A mention whose matched
// form is itself a cue word (an alias such as ائتلاف for a coalition
// called by that word) is read as the cue; cues inside a name (the
// همکاری of the Shanghai Cooperation Organisation) are not cues.
func (x *extractor) facts(t *Text, lx *lexicon) []lineFacts {
	out := make([]lineFacts, len(t.Lines))
	var sc scratch
	for i := range t.Lines {
		line := t.Normalized(i + 1)
		var f lineFacts
		var names [][2]int
		for _, h := range x.g.find(line, &sc) {
			fm := &x.g.forms[h.pat]
			if x.lex.words[fm.text] {
				continue
			}
			span := [2]int{int(h.start), int(h.end)}
			names = append(names, span)
			if k := slices.IndexFunc(f.actors, func(a lineActor) bool { return a.id == fm.actor }); k >= 0 {
				f.actors[k].spans = append(f.actors[k].spans, span)
			} else {
				f.actors = append(f.actors, lineActor{id: fm.actor, start: span[0], end: span[1], spans: [][2]int{span}})
			}
		}
		for _, c := range lx.find(line, &sc) {
			if !slices.ContainsFunc(names, func(n [2]int) bool { return c.start < n[1] && n[0] < c.end }) {
				f.cues = append(f.cues, c)
			}
		}
		out[i] = f
	}
	return out
}

// event is one co-occurrence of a pair: lines i <= j (0-based), the two
// actors' mentions, and the cues that count for it.
type event struct {
	i, j   int
	line   string    // the normalized line, when i == j
	first  lineActor // the actor mentioned first (by line, then position)
	firstL int       // its line
	second lineActor
	secL   int
	prox   float64            // see proximity
	cues   map[string]cueSeen // per type, the strongest cue that counts
	best   string             // the type of the strongest cue, or ""
	score  float64            // prox * (1 + the strongest cue's weight)
}

// cueSeen is a cue and the line it is on.
type cueSeen struct {
	hit  *cueHit
	line int
}

type pairKey struct{ a, b string } // a < b

// pairAcc gathers a pair's co-occurrences.
type pairAcc struct {
	score  float64
	count  int
	same   int
	votes  map[string]float64 // per type, the sum of prox * weight
	events []*event
	lines  map[int]bool
}

func (x *extractor) candidates(d *graph.Document, t *Text, opt CandidateOptions) []Candidate {
	facts := x.facts(t, x.lexicon(d.Language))
	w := opt.window()
	pairs := map[pairKey]*pairAcc{}
	add := func(e *event) {
		k := pairKey{e.first.id, e.second.id}
		if k.b < k.a {
			k.a, k.b = k.b, k.a
		}
		p := pairs[k]
		if p == nil {
			p = &pairAcc{votes: map[string]float64{}, lines: map[int]bool{}}
			pairs[k] = p
		}
		e.prox = proximity(e, facts)
		scoreEvent(e, facts)
		p.score += e.score
		p.count++
		if e.i == e.j {
			p.same++
		}
		for typ, c := range e.cues {
			p.votes[typ] += e.prox * c.hit.cue.weight
		}
		for l := e.i; l <= e.j; l++ {
			p.lines[l+1] = true
		}
		p.events = append(p.events, e)
	}
	for i, fi := range facts {
		for a := range fi.actors {
			for b := a + 1; b < len(fi.actors); b++ {
				add(&event{i: i, j: i, line: t.Normalized(i + 1), first: fi.actors[a], firstL: i, second: fi.actors[b], secL: i})
			}
		}
		// across lines, pairs that neither line holds alone
		for j := i + 1; j <= min(i+w, len(facts)-1); j++ {
			fj := facts[j]
			for _, a := range fi.actors {
				if hasActor(fj, a.id) {
					continue
				}
				for _, b := range fj.actors {
					if !hasActor(fi, b.id) {
						add(&event{i: i, j: j, first: a, firstL: i, second: b, secL: j})
					}
				}
			}
		}
	}
	out := make([]Candidate, 0, len(pairs))
	for _, p := range pairs {
		if p.score >= opt.MinScore {
			out = append(out, x.candidate(p, t))
		}
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Count, a.Count), cmp.Compare(b.SameLine, a.SameLine),
			strings.Compare(pairOf(a), pairOf(b)))
	})
	return out
}

func hasActor(f lineFacts, id string) bool {
	return slices.ContainsFunc(f.actors, func(a lineActor) bool { return a.id == id })
}

func pairOf(c Candidate) string { return unordered(c.Source, c.Target) }

// proximity weighs a co-occurrence: 1 on one line, 1/(1+d) for lines d
// apart; on one line, less when the nearest mentions of the two are more
// than lineWords words apart (lines of some texts are paragraphs); and
// divided by the number of other actors the lines name, since a line that
// lists many actors says little about each pair.
func proximity(e *event, facts []lineFacts) float64 {
	p := 1 / float64(1+e.j-e.i)
	if e.i == e.j {
		gap := -1
		for _, s := range e.first.spans {
			for _, t := range e.second.spans {
				if g := wordsBetween(e.line, s, t); gap < 0 || g < gap {
					gap = g
				}
			}
		}
		if gap > lineWords {
			p *= float64(lineWords) / float64(gap)
		}
	}
	var ids []string
	for l := e.i; l <= e.j; l++ {
		for _, a := range facts[l].actors {
			if !slices.Contains(ids, a.id) {
				ids = append(ids, a.id)
			}
		}
	}
	return p / float64(max(1, len(ids)-1))
}

// lineWords is about how many words a line of a PDF extraction holds.
const lineWords = 15

// wordsBetween counts the spaces between two spans of a line.
func wordsBetween(line string, a, b [2]int) int {
	if b[0] < a[0] {
		a, b = b, a
	}
	if b[0] <= a[1] {
		return 0
	}
	return strings.Count(line[a[1]:b[0]], " ")
}

// scoreEvent finds the cues that count for a co-occurrence and scores it:
// proximity times (1 + the strongest cue's weight). A cue counts when it
// stands within cueReach bytes of a mention of the pair on its line (on
// one line, of the stretch from one mention to the other), or on a line
// between the two.
func scoreEvent(e *event, facts []lineFacts) {
	e.cues = map[string]cueSeen{}
	bestW := 0.0
	for l := e.i; l <= e.j; l++ {
		lo, hi := 0, 1<<62
		switch {
		case e.i == e.j:
			lo = min(e.first.start, e.second.start) - cueReach
			hi = max(e.first.end, e.second.end) + cueReach
		case l == e.firstL:
			lo, hi = e.first.start-cueReach, e.first.end+cueReach
		case l == e.secL:
			lo, hi = e.second.start-cueReach, e.second.end+cueReach
		}
		for k := range facts[l].cues {
			c := &facts[l].cues[k]
			if c.end < lo || c.start > hi {
				continue
			}
			if old, ok := e.cues[c.cue.typ]; !ok || c.cue.weight > old.hit.cue.weight {
				e.cues[c.cue.typ] = cueSeen{c, l}
			}
			if c.cue.weight > bestW {
				e.best, bestW = c.cue.typ, c.cue.weight
			}
		}
	}
	e.score = e.prox * (1 + bestW)
}

// candidate turns a pair's co-occurrences into a candidate claim. The type
// is the one whose cues weigh most over all co-occurrences (each weighed by
// its proximity); the co-occurrence where that type's cue weighs most
// decides the direction (the actor mentioned first is the source) and
// comes first in the evidence, followed by the best-scoring others.
func (x *extractor) candidate(p *pairAcc, t *Text) Candidate {
	c := Candidate{Score: p.score, Count: p.count, SameLine: p.same}
	types := sortedKeys(p.votes)
	slices.SortStableFunc(types, func(a, b string) int { return cmp.Compare(p.votes[b], p.votes[a]) })
	if len(types) > 0 {
		c.Type = types[0]
	}
	for _, typ := range types[min(1, len(types)):min(len(types), 1+MaxAlternatives)] {
		var top *event
		for _, e := range p.events {
			if top == nil || e.prox*weightOf(e, typ) > top.prox*weightOf(top, typ) {
				top = e
			}
		}
		cs := top.cues[typ]
		c.Others = append(c.Others, Alternative{Type: typ, Cue: cs.hit.cue.text, Line: cs.line + 1, Vote: p.votes[typ]})
	}
	evs := slices.Clone(p.events)
	slices.SortStableFunc(evs, func(a, b *event) int { return cmp.Compare(b.score, a.score) })
	decider := evs[0]
	if c.Type != "" {
		for _, e := range p.events {
			if v, ok := e.cues[c.Type]; ok && e.prox*v.hit.cue.weight > decider.prox*weightOf(decider, c.Type) {
				decider = e
			}
		}
		c.Cue = decider.cues[c.Type].hit.cue.text
	} else {
		c.Type = x.fallbackType()
	}
	c.Source, c.Target = decider.first.id, decider.second.id
	for l := range p.lines {
		c.Lines = append(c.Lines, l)
	}
	slices.Sort(c.Lines)
	seen := map[string]bool{} // one span per phrase
	for _, e := range append([]*event{decider}, evs...) {
		if len(c.Evidence) == MaxEvidence {
			break
		}
		ev := evidence(e, t, c.Type)
		if !seen[ev.Phrase] {
			seen[ev.Phrase] = true
			c.Evidence = append(c.Evidence, ev)
		}
	}
	return c
}

// weightOf is the weight of the event's cue of type typ, or 0.
func weightOf(e *event, typ string) float64 {
	if v, ok := e.cues[typ]; ok {
		return v.hit.cue.weight
	}
	return 0
}

// fallbackType is the type of a candidate without a cue: the knowledge
// base's type of category other ("relation"), else its first type.
func (x *extractor) fallbackType() string {
	for _, t := range x.kb.Types {
		if t.Category == graph.OtherCategory {
			return t.ID
		}
	}
	if len(x.kb.Types) > 0 {
		return x.kb.Types[0].ID
	}
	return ""
}

// evidence describes one co-occurrence with a phrase copied from the line
// of its cue of type typ, or else its strongest cue, or else its first
// mention: the cue and as many of the two mentions as six words hold.
func evidence(e *event, t *Text, typ string) CandidateEvidence {
	ev := CandidateEvidence{Start: e.i + 1, End: e.j + 1, Score: e.score}
	l := e.firstL
	var must [2]int
	cue, ok := e.cues[typ]
	if !ok && e.best != "" {
		cue, ok = e.cues[e.best], true
	}
	if ok {
		l = cue.line
		must = [2]int{cue.hit.start, cue.hit.end}
		ev.Type = cue.hit.cue.typ
	}
	var want [][2]int
	for _, m := range []struct {
		a lineActor
		l int
	}{{e.first, e.firstL}, {e.second, e.secL}} {
		if m.l == l {
			want = append(want, [2]int{m.a.start, m.a.end})
		}
	}
	if !ok {
		must = want[0]
	}
	ev.Phrase = phrase(t.Lines[l], t.Normalized(l+1), must, want)
	return ev
}
