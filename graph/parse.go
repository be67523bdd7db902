package graph

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// ref is a reference from one entity to another, checked once every file is
// read.
type ref struct {
	kind string // "actor", "type", "era", "document"
	id   string
	pos  Pos
	hint string // the hint when no id is near enough to suggest
}

// parsed is what one file contributes to the knowledge base.
type parsed struct {
	actors []*Actor
	types  []*RelationType
	eras   []*Era
	doc    *Document
	claims []*Claim
	refs   []ref
	idPos  map[any]Pos // entity -> position of its id value
	errs   ErrorList
	warns  ErrorList
	job    job
	broken bool // the file could not be read or parsed at all
}

func newParsed() *parsed { return &parsed{idPos: map[any]Pos{}} }

// parseTop reads a file whose root is a mapping with a single list key, such
// as "actors:".
func (r *reader) parseTop(root *yaml.Node, key string, each func(*yaml.Node)) {
	r.fields(root, "file", []field{{name: key, required: true, set: func(v *yaml.Node) {
		if isNull(v) {
			return
		}
		r.list(v, key, each)
	}}})
}

func parseActors(r *reader, root *yaml.Node, p *parsed) {
	r.parseTop(root, "actors", func(n *yaml.Node) {
		a := &Actor{Pos: r.pos(n)}
		ok := r.fields(n, "actor", []field{
			{"id", true, func(v *yaml.Node) {
				a.ID, _ = r.id(v, "actor id")
				p.idPos[a] = r.pos(v)
			}},
			{"kind", true, func(v *yaml.Node) {
				if s, ok := r.str(v, "kind"); ok {
					k, err := ParseKind(s)
					if err != nil {
						r.errorf(v, "%v", err)
					}
					a.Kind = k
				}
			}},
			{"names", true, func(v *yaml.Node) { a.Names = r.langMap(v, "names", true) }},
			{"aliases", false, func(v *yaml.Node) { a.Aliases = r.langLists(v, "aliases") }},
			{"codes", false, func(v *yaml.Node) { a.Codes = r.codes(v) }},
			{"part_of", false, func(v *yaml.Node) { a.PartOf, a.PartOfPeriod = r.partOf(v, p) }},
			{"start", false, func(v *yaml.Node) { a.Active.Start, _ = r.date(v, "start") }},
			{"end", false, func(v *yaml.Node) { a.Active.End, _ = r.date(v, "end") }},
			{"note", false, func(v *yaml.Node) { a.Note, _ = r.note(v, "note") }},
		})
		if !ok || a.ID == "" {
			return
		}
		if !a.Active.Valid() {
			r.errs.Add(a.Pos, "actor %q: start %s is after end %s", a.ID, a.Active.Start, a.Active.End)
		}
		if a.PartOf == a.ID {
			r.errs.Add(a.Pos, "actor %q is part_of itself", a.ID)
			a.PartOf = ""
		}
		p.actors = append(p.actors, a)
	})
}

// partOf reads an actor's part_of: an actor id, or a mapping {actor, start,
// end} giving the period the link holds.
func (r *reader) partOf(v *yaml.Node, p *parsed) (string, Interval) {
	var id string
	var iv Interval
	read := func(v *yaml.Node) {
		if s, ok := r.id(v, "part_of"); ok {
			id = s
			p.refs = append(p.refs, ref{kind: "actor", id: s, pos: r.pos(v)})
		}
	}
	if v.Kind != yaml.MappingNode {
		read(v)
		return id, iv
	}
	r.fields(v, "part_of", []field{
		{"actor", true, read},
		{"start", false, func(v *yaml.Node) { iv.Start, _ = r.date(v, "part_of.start") }},
		{"end", false, func(v *yaml.Node) { iv.End, _ = r.date(v, "part_of.end") }},
	})
	if !iv.Valid() {
		r.errorf(v, "part_of: start %s is after end %s", iv.Start, iv.End)
		iv = Interval{}
	}
	return id, iv
}

var (
	iso3RE     = regexp.MustCompile(`^[A-Z]{3}$`)
	wikidataRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)
)

func (r *reader) codes(n *yaml.Node) Codes {
	var c Codes
	r.fields(n, "codes", []field{
		{"iso3", false, func(v *yaml.Node) {
			if s, ok := r.str(v, "iso3"); ok {
				if !iso3RE.MatchString(s) {
					r.errorf(v, "invalid iso3 code %q (want three capital letters, such as IRN)", s)
					return
				}
				c.ISO3 = s
			}
		}},
		{"cow", false, func(v *yaml.Node) {
			if i, ok := r.integer(v, "cow"); ok {
				if i <= 0 || i > 9999 {
					r.errorf(v, "invalid cow code %d (want a Correlates of War number, 2..999)", i)
					return
				}
				c.COW = i
			}
		}},
		{"cameo", false, func(v *yaml.Node) { c.CAMEO, _ = r.str(v, "cameo") }},
		{"wikidata", false, func(v *yaml.Node) {
			if s, ok := r.str(v, "wikidata"); ok {
				if !wikidataRE.MatchString(s) {
					r.errorf(v, "invalid wikidata id %q (want Q followed by digits, such as Q794)", s)
					return
				}
				c.Wikidata = s
			}
		}},
	})
	return c
}

var (
	ploverCategories = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
		"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	atopTypes = []string{"defense", "offense", "neutrality", "nonaggression", "consultation"}
	cameoRE   = regexp.MustCompile(`^[0-9]{2,4}$`)
)

func parseTypes(r *reader, root *yaml.Node, p *parsed) {
	r.parseTop(root, "types", func(n *yaml.Node) {
		t := &RelationType{Pos: r.pos(n)}
		ok := r.fields(n, "relation type", []field{
			{"id", true, func(v *yaml.Node) {
				t.ID, _ = r.id(v, "type id")
				p.idPos[t] = r.pos(v)
			}},
			{"label", true, func(v *yaml.Node) { t.Label = r.langMap(v, "label", true) }},
			{"category", true, func(v *yaml.Node) {
				if s, ok := r.str(v, "category"); ok {
					c, err := ParseCategory(s)
					if err != nil {
						e := r.errorf(v, "%v", err)
						e.Hint = Suggest(s, categoryNames[1:])
					}
					t.Category = c
				}
			}},
			{"sign", true, func(v *yaml.Node) {
				if s, ok := r.str(v, "sign"); ok {
					sg, err := ParseSign(s)
					if err != nil {
						r.errorf(v, "%v", err)
					}
					t.Sign = sg
				}
			}},
			{"directed", true, func(v *yaml.Node) { t.Directed, _ = r.boolean(v, "directed") }},
			{"crosswalk", false, func(v *yaml.Node) { t.Crosswalk = r.crosswalk(v) }},
			{"note", false, func(v *yaml.Node) { t.Note, _ = r.note(v, "note") }},
		})
		if ok && t.ID != "" {
			checkGoldstein(r, t, p)
			p.types = append(p.types, t)
		}
	})
}

// NeutralGoldstein is the largest Goldstein score, in absolute value, that
// a neutral ("0") relation type may carry without a warning. On the
// Goldstein scale as attached to CAMEO's roots, making a public statement
// scores 0 and consulting 1.0, while every act with a direction scores 2 or
// more either way (appeal 3.0, diplomatic cooperation 3.5, mediation 5.0,
// disapprove -2.0, reject -4.0).
const NeutralGoldstein = 2.0

// checkGoldstein warns where a type's sign and its Goldstein score
// disagree: "+" with a negative score, "-" with a positive one, or "0" with
// a score of NeutralGoldstein or more either way.
func checkGoldstein(r *reader, t *RelationType, p *parsed) {
	g := t.Crosswalk.Goldstein
	if g == nil {
		return
	}
	var want string
	switch {
	case t.Sign == Positive && *g < 0:
		want = "-"
	case t.Sign == Negative && *g > 0:
		want = "+"
	case t.Sign == Neutral && *g >= NeutralGoldstein:
		want = "+"
	case t.Sign == Neutral && *g <= -NeutralGoldstein:
		want = "-"
	default:
		return
	}
	e := p.warns.Warn(t.Crosswalk.goldsteinPos, "relation type %q has sign %q but goldstein %.1f", t.ID, t.Sign.String(), *g)
	if t.Sign == Neutral {
		e.Hint = fmt.Sprintf("set its sign to %q, or give the claims whose text takes a side their own sign", want)
	} else {
		e.Hint = fmt.Sprintf("check the sign and the crosswalk: goldstein %.1f reads as %q", *g, want)
	}
}

func (r *reader) crosswalk(n *yaml.Node) Crosswalk {
	var c Crosswalk
	r.fields(n, "crosswalk", []field{
		{"cameo", false, func(v *yaml.Node) {
			if s, ok := r.str(v, "cameo"); ok {
				if !cameoRE.MatchString(s) {
					r.errorf(v, "invalid CAMEO code %q (want 2 to 4 digits, quoted, such as \"057\")", s)
					return
				}
				c.CAMEO = s
			}
		}},
		{"plover", false, func(v *yaml.Node) {
			if s, ok := r.str(v, "plover"); ok {
				if !contains(ploverCategories, s) {
					e := r.errorf(v, "unknown PLOVER category %q (want one of %s)", s, strings.Join(ploverCategories, ", "))
					e.Hint = Suggest(strings.ToUpper(s), ploverCategories)
					return
				}
				c.PLOVER = s
			}
		}},
		{"goldstein", false, func(v *yaml.Node) {
			if f, ok := r.number(v, "goldstein"); ok {
				if f < -10 || f > 10 {
					r.errorf(v, "goldstein score %g out of range -10..10", f)
					return
				}
				c.Goldstein = &f
				c.goldsteinPos = r.pos(v)
			}
		}},
		{"atop", false, func(v *yaml.Node) {
			if s, ok := r.str(v, "atop"); ok {
				if !contains(atopTypes, s) {
					r.errorf(v, "unknown ATOP type %q (want one of %s)", s, strings.Join(atopTypes, ", "))
					return
				}
				c.ATOP = s
			}
		}},
	})
	return c
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func parseEras(r *reader, root *yaml.Node, p *parsed) {
	r.parseTop(root, "eras", func(n *yaml.Node) {
		e := &Era{Pos: r.pos(n)}
		ok := r.fields(n, "era", []field{
			{"id", true, func(v *yaml.Node) {
				e.ID, _ = r.id(v, "era id")
				p.idPos[e] = r.pos(v)
			}},
			{"label", true, func(v *yaml.Node) { e.Label = r.langMap(v, "label", true) }},
			{"start", false, func(v *yaml.Node) { e.Period.Start, _ = r.date(v, "start") }},
			{"end", false, func(v *yaml.Node) { e.Period.End, _ = r.date(v, "end") }},
			{"note", false, func(v *yaml.Node) { e.Note, _ = r.note(v, "note") }},
		})
		if !ok || e.ID == "" {
			return
		}
		if !e.Period.Valid() {
			r.errs.Add(e.Pos, "era %q: start %s is after end %s", e.ID, e.Period.Start, e.Period.End)
		}
		p.eras = append(p.eras, e)
	})
}

var sha256RE = regexp.MustCompile(`^[0-9a-f]{64}$`)

// parseDocument reads one registry file (seeds/<id>.yaml).
func parseDocument(r *reader, root *yaml.Node, p *parsed, wantID string) {
	d := &Document{Pos: r.pos(root), Path: r.file}
	ok := r.fields(root, "document", []field{
		{"id", true, func(v *yaml.Node) {
			if id, ok := r.id(v, "document id"); ok {
				d.ID = id
				p.idPos[d] = r.pos(v)
				if id != wantID {
					e := r.errorf(v, "document id %q does not match its file name %q", id, wantID+".yaml")
					e.Hint = fmt.Sprintf("rename the file to %s.yaml or change the id", id)
				}
			}
		}},
		{"file", true, func(v *yaml.Node) {
			if s, ok := r.str(v, "file"); ok {
				if strings.ContainsAny(s, `/\`) || s == "." || s == ".." {
					r.errorf(v, "file %q must be a plain file name in the corpus folder", s)
					return
				}
				d.File = s
				d.FilePos = r.pos(v)
			}
		}},
		{"sha256", true, func(v *yaml.Node) {
			if s, ok := r.str(v, "sha256"); ok {
				if !sha256RE.MatchString(s) {
					r.errorf(v, "invalid sha256 %q (want 64 lowercase hex digits)", truncate(s, 70))
					return
				}
				d.SHA256 = s
				d.SHA256Pos = r.pos(v)
			}
		}},
		{"language", true, func(v *yaml.Node) {
			if s, ok := r.str(v, "language"); ok {
				if !langRE.MatchString(s) {
					r.errorf(v, "invalid language %q (want a two- or three-letter code such as en, fa, ar)", s)
					return
				}
				d.Language = s
			}
		}},
		{"title", true, func(v *yaml.Node) { d.Title = r.langMap(v, "title", true) }},
		{"authors", false, func(v *yaml.Node) { d.Authors = r.strList(v, "authors") }},
		{"published", false, func(v *yaml.Node) { d.Published, _ = r.date(v, "published") }},
		{"published_note", false, func(v *yaml.Node) { d.PublishedNote, _ = r.note(v, "published_note") }},
		{"covers", false, func(v *yaml.Node) {
			r.fields(v, "covers", []field{
				{"start", false, func(v *yaml.Node) { d.Covers.Start, _ = r.date(v, "covers.start") }},
				{"end", false, func(v *yaml.Node) { d.Covers.End, _ = r.date(v, "covers.end") }},
			})
			if !d.Covers.Valid() {
				r.errorf(v, "covers: start %s is after end %s", d.Covers.Start, d.Covers.End)
			}
		}},
		{"kind", true, func(v *yaml.Node) {
			if s, ok := r.str(v, "kind"); ok {
				k, err := ParseDocumentKind(s)
				if err != nil {
					e := r.errorf(v, "%v", err)
					e.Hint = Suggest(s, documentKindNames[1:])
				}
				d.Kind = k
			}
		}},
		{"license", false, func(v *yaml.Node) {
			if !isNull(v) {
				d.License, _ = r.str(v, "license")
			}
		}},
		{"publisher", false, func(v *yaml.Node) { d.Publisher, _ = r.str(v, "publisher") }},
		{"url", false, func(v *yaml.Node) { d.URL, _ = r.str(v, "url") }},
		{"note", false, func(v *yaml.Node) { d.Note, _ = r.note(v, "note") }},
	})
	if ok && d.ID != "" {
		if d.Language != "" && d.Title != nil && d.Title[d.Language] == "" {
			r.errs.Add(d.Pos, "document %q has no title in its own language (%s)", d.ID, d.Language)
		}
		p.doc = d
	}
}

var linesRE = regexp.MustCompile(`^([0-9]+)(?:\s*-\s*([0-9]+))?$`)

// maxCueWords is the longest cue phrase allowed, in words.
const maxCueWords = 6

// parseClaims reads one claims file (data/claims/<document-id>.yaml).
func parseClaims(r *reader, root *yaml.Node, p *parsed, wantDoc string) {
	doc := ""
	var claimsNode *yaml.Node
	r.fields(root, "claims file", []field{
		{"document", true, func(v *yaml.Node) {
			if id, ok := r.id(v, "document"); ok {
				doc = id
				p.refs = append(p.refs, ref{kind: "document", id: id, pos: r.pos(v)})
				if id != wantDoc {
					e := r.errorf(v, "document %q does not match the file name %q", id, wantDoc+".yaml")
					e.Hint = fmt.Sprintf("claims for %q belong in data/claims/%s.yaml", id, id)
				}
			}
		}},
		{"claims", true, func(v *yaml.Node) { claimsNode = v }},
	})
	if claimsNode == nil || isNull(claimsNode) {
		return
	}
	r.list(claimsNode, "claims", func(n *yaml.Node) {
		c := &Claim{Document: doc, Pos: r.pos(n), Weight: 1}
		var evNode *yaml.Node
		ok := r.fields(n, "claim", []field{
			{"id", true, func(v *yaml.Node) {
				c.ID, _ = r.id(v, "claim id")
				p.idPos[c] = r.pos(v)
			}},
			{"source", true, func(v *yaml.Node) { c.Source = r.ref(v, "actor", "source", p) }},
			{"target", true, func(v *yaml.Node) { c.Target = r.ref(v, "actor", "target", p) }},
			{"type", true, func(v *yaml.Node) { c.Type = r.ref(v, "type", "type", p) }},
			{"era", false, func(v *yaml.Node) { c.Era, c.EraPos = r.ref(v, "era", "era", p), r.pos(v) }},
			{"start", false, func(v *yaml.Node) { c.Time.Start, _ = r.date(v, "start"); c.StartPos = r.pos(v) }},
			{"end", false, func(v *yaml.Node) { c.Time.End, _ = r.date(v, "end"); c.EndPos = r.pos(v) }},
			{"modality", true, func(v *yaml.Node) {
				if s, ok := r.str(v, "modality"); ok {
					m, err := ParseModality(s)
					if err != nil {
						e := r.errorf(v, "%v", err)
						e.Hint = Suggest(s, modalityNames[1:])
					}
					c.Modality = m
				}
			}},
			{"attributed_to", false, func(v *yaml.Node) { c.AttributedTo, c.AttributedActor = r.attribution(v, p) }},
			{"confidence", true, func(v *yaml.Node) {
				if s, ok := r.str(v, "confidence"); ok {
					cf, err := ParseConfidence(s)
					if err != nil {
						e := r.errorf(v, "%v", err)
						e.Hint = Suggest(s, confidenceNames[1:])
					}
					c.Confidence = cf
				}
			}},
			{"sign", false, func(v *yaml.Node) {
				if s, ok := r.str(v, "sign"); ok {
					sg, err := ParseSign(s)
					if err != nil {
						r.errorf(v, "%v", err)
						return
					}
					c.Sign, c.HasSign = sg, true
				}
			}},
			{"weight", false, func(v *yaml.Node) {
				if f, ok := r.number(v, "weight"); ok {
					if f <= 0 || f > 10 {
						r.errorf(v, "weight %g out of range (want more than 0, at most 10)", f)
						return
					}
					c.Weight = f
				}
			}},
			{"evidence", true, func(v *yaml.Node) { evNode = v }},
			{"note", true, func(v *yaml.Node) { c.Note, _ = r.note(v, "note") }},
		})
		if !ok {
			return
		}
		if evNode != nil {
			c.Evidence = r.evidence(evNode, c)
		}
		if c.Era != "" && (!c.Time.Start.IsZero() || !c.Time.End.IsZero()) {
			r.errs.Add(c.Pos, "claim %q has both an era and start/end; give one or the other", c.ID)
		}
		if !c.Time.Valid() {
			r.errs.Add(c.Pos, "claim %q: start %s is after end %s", c.ID, c.Time.Start, c.Time.End)
		}
		if c.Modality == Reported && c.AttributedTo == "" {
			e := r.errs.Add(c.Pos, "claim %q is reported but has no attributed_to", c.ID)
			e.Hint = `say whose view it is: an actor id, or free text such as "Some experts"`
		}
		if c.Source != "" && c.Source == c.Target {
			r.errs.Add(c.Pos, "claim %q: source and target are the same actor %q", c.ID, c.Source)
		}
		if c.ID != "" {
			p.claims = append(p.claims, c)
		}
	})
}

// attribution reads attributed_to: free text when it holds a space or an
// uppercase letter ("Some experts", "Russian officials"), else an actor
// id, checked like any reference.
func (r *reader) attribution(v *yaml.Node, p *parsed) (string, bool) {
	s, ok := r.str(v, "attributed_to")
	if !ok {
		return "", false
	}
	if strings.ContainsFunc(s, func(c rune) bool { return unicode.IsSpace(c) || unicode.IsUpper(c) }) {
		return s, false
	}
	id, ok := r.id(v, "attributed_to")
	if !ok {
		return "", false
	}
	p.refs = append(p.refs, ref{"actor", id, r.pos(v),
		`attributed_to is an actor id, or free text with a space or a capital letter ("Some experts")`})
	return id, true
}

func (r *reader) ref(v *yaml.Node, kind, what string, p *parsed) string {
	id, ok := r.id(v, what)
	if ok {
		p.refs = append(p.refs, ref{kind: kind, id: id, pos: r.pos(v)})
	}
	return id
}

func (r *reader) evidence(n *yaml.Node, c *Claim) []Evidence {
	if isNull(n) || n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		r.errorf(n, "claim %q has no evidence", c.ID)
		return nil
	}
	var out []Evidence
	r.list(n, "evidence", func(m *yaml.Node) {
		ev := Evidence{Pos: r.pos(m)}
		r.fields(m, "evidence", []field{
			{"lines", true, func(v *yaml.Node) {
				ev.Pos = r.pos(v)
				ev.Start, ev.End = r.lineSpan(v)
			}},
			{"cue", true, func(v *yaml.Node) {
				ev.CuePos = r.pos(v)
				if s, ok := r.str(v, "cue"); ok {
					if n := len(strings.Fields(s)); n > maxCueWords {
						r.errorf(v, "cue phrase has %d words; at most %d are allowed", n, maxCueWords)
					}
					if !utf8.ValidString(s) {
						r.errorf(v, "cue phrase is not valid UTF-8")
						return
					}
					ev.Cue = s
				}
			}},
		})
		if ev.Start > 0 {
			out = append(out, ev)
		}
	})
	return out
}

// lineSpan reads "12", 12 or "12-18".
func (r *reader) lineSpan(v *yaml.Node) (int, int) {
	if v.Kind != yaml.ScalarNode || isNull(v) {
		r.errorf(v, "lines must be a line number or a span such as 12-18, not %s", kindOf(v))
		return 0, 0
	}
	m := linesRE.FindStringSubmatch(strings.TrimSpace(v.Value))
	if m == nil {
		r.errorf(v, "invalid lines %q (want a line number or a span such as 12-18)", v.Value)
		return 0, 0
	}
	start, err1 := strconv.Atoi(m[1])
	end := start
	var err2 error
	if m[2] != "" {
		end, err2 = strconv.Atoi(m[2])
	}
	switch {
	case err1 != nil || err2 != nil:
		r.errorf(v, "invalid lines %q: number too large", v.Value)
		return 0, 0
	case start < 1:
		r.errorf(v, "invalid lines %q: lines are numbered from 1", v.Value)
		return 0, 0
	case end < start:
		r.errorf(v, "invalid lines %q: span ends before it starts", v.Value)
		return 0, 0
	}
	return start, end
}
