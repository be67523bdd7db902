package imports

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// MaxInputSize is the largest input file a reader takes.
const MaxInputSize = 64 << 20

// Limits on what one import makes, so that no input can make kg import
// (or the kg validate that follows it) exhaust memory. A reader that
// reaches one stops with a positioned error naming it (docs/formats.md).
const (
	// MaxNamesPerCell is the most names a CSV From or To cell may list
	// with "|": a row makes a claim per pair of its names, so 1,000 names
	// a side would make a million claims.
	MaxNamesPerCell = 100
	// MaxClaimsPerRow is the most claims one CSV row may make.
	MaxClaimsPerRow = 1000
	// MaxClaims is the most claims one import makes: kg validate holds
	// about 8 KB a claim, 1.6 GB at this count.
	MaxClaims = 200_000
	// MaxActors is the most actors one import makes.
	MaxActors = 200_000
	// maxErrors is how many errors a reader collects before it stops.
	maxErrors = 1000
)

// Draft is a knowledge base read from another tool's file, not yet written
// as kg YAML. Its ids are valid kg ids; its claims have no document and no
// evidence yet (WriteYAML supplies placeholders).
type Draft struct {
	Source string                // what was read, for the placeholder document's note
	Actors []*graph.Actor        // sorted by id
	Types  []*graph.RelationType // sorted by id
	Eras   []*graph.Era          // sorted by id; labelled with their ids
	Claims []*graph.Claim        // in input order; Pos is where the input has the claim, Note says so
	// Documents holds the registry entries of the documents the claims
	// name that the knowledge base matched against holds; WriteYAML
	// copies them, and writes a placeholder for any other document.
	Documents map[string]*graph.Document
	// Warnings are what the readers skipped or changed, at its position:
	// a self-loop skipped, a weight out of kg's range, a relation type
	// without a sign. They do not stop the import.
	Warnings graph.ErrorList
	// Kept lists the input's columns or attributes kg has no place for,
	// kept in the notes of the actors or claims that have a value.
	Kept []Kept
	// signless holds the warning about each relation type the input gives
	// no sign, by type id; Match drops those of the types it matches.
	signless map[string]*graph.Error
}

// Kept is a column or attribute of the input kept in notes.
type Kept struct {
	Name  string // as the input spells it
	Class string // "actor" or "claim"
	Count int    // how many notes hold a value of it
}

func (k Kept) String() string {
	return fmt.Sprintf("%s %q kept in the notes of %s", map[string]string{"actor": "node or element attribute", "claim": "edge or connection attribute"}[k.Class], k.Name, plural(k.Count, k.Class))
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return count(n) + " " + what + "s"
}

// extra is a value of a column or attribute kg has no place for.
type extra struct{ name, value string }

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// maxIDLen is the longest id kg accepts; made ids leave room for a suffix.
const maxIDLen = 100

// validID reports whether s is a kg id.
func validID(s string) bool { return len(s) <= maxIDLen && idRE.MatchString(s) }

// latinFold maps accented Latin letters to their base letters, for ids.
var latinFold = strings.NewReplacer(
	"à", "a", "á", "a", "â", "a", "ã", "a", "ä", "a", "å", "a", "ā", "a", "ă", "a", "ą", "a",
	"ç", "c", "ć", "c", "č", "c", "ď", "d", "đ", "d",
	"è", "e", "é", "e", "ê", "e", "ë", "e", "ē", "e", "ė", "e", "ę", "e", "ě", "e",
	"ğ", "g", "ì", "i", "í", "i", "î", "i", "ï", "i", "ī", "i", "ı", "i", "į", "i",
	"ł", "l", "ñ", "n", "ń", "n", "ň", "n",
	"ò", "o", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o", "ō", "o", "ő", "o",
	"ř", "r", "ś", "s", "š", "s", "ş", "s", "ș", "s", "ß", "ss", "ť", "t", "ţ", "t", "ț", "t",
	"ù", "u", "ú", "u", "û", "u", "ü", "u", "ū", "u", "ů", "u", "ű", "u",
	"ý", "y", "ÿ", "y", "ź", "z", "ż", "z", "ž", "z", "æ", "ae", "œ", "oe", "þ", "th", "ð", "d",
)

// slug makes an id from text: lowercase ASCII letters and digits, every
// other run of characters one hyphen; "" when nothing is left (a name in
// Persian or Arabic script, say).
func slug(s string) string {
	s = latinFold.Replace(strings.ToLower(s))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			sep := dash && b.Len() > 0
			if sep && b.Len()+2 > maxIDLen-10 || b.Len()+1 > maxIDLen-10 {
				break // room is left for a "-2" suffix
			}
			if sep {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// ids hands out unique ids.
type ids map[string]bool

// make returns the first candidate that is already a valid id and unused;
// else the slug of the first candidate that has one, with "-2", "-3", ...
// added until it is unused; else fallback, numbered the same way.
func (u ids) make(fallback string, candidates ...string) string {
	for _, c := range candidates {
		if validID(c) && !u[c] {
			u[c] = true
			return c
		}
	}
	base := fallback
	for _, c := range candidates {
		if s := slug(c); s != "" {
			base = s
			break
		}
	}
	id := base
	for i := 2; u[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	u[id] = true
	return id
}

// clean makes input text safe to keep as a name or label: one line of
// the characters kg accepts (graph.CleanText: a line break or tab becomes
// a space, a control character or a bidi override U+FFFD), and "" when it
// is only white space (kg refuses blank strings).
func clean(s string) string { return cleanText(s, false) }

// cleanNote is clean for notes, which keep their line breaks and tabs.
func cleanNote(s string) string { return cleanText(s, true) }

func cleanText(s string, multiline bool) string {
	s = graph.CleanText(s, multiline)
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return s
}

var langRE = regexp.MustCompile(`^[a-z]{2,3}$`)

// rawActor is an actor as an input describes it.
type rawActor struct {
	pos    graph.Pos
	inID   string            // the input's id for it, if any
	label  string            // its label (English name)
	kind   string            // as written
	names  map[string]string // language -> name, from name_<lang> attributes
	partOf string            // the input's id of the actor it is part of
	note   string
	codes  map[string]string // iso3, cow, cameo, wikidata, as written
	extras []extra           // the input's other values, kept in the note
}

// rawClaim is a claim as an input describes it. Its fields are text as
// written; at says where each field is, for errors.
type rawClaim struct {
	pos            graph.Pos
	origin         string // the claim's key or id in the input
	source, target string // actor ids
	typeName       string // relation type id or name
	typeLabel      string
	category, sign string
	ownSign        string // the claim's own sign, where the input gives it apart from sign
	directed       bool
	modality       string
	attributedTo   string
	confidence     string
	weight         string
	start, end     string
	era            string
	note           string
	document       string // the document id kg's exports give, if any
	lines, cues    string // kg's evidence spans and cues, as its exports write them
	goldstein      string // a Goldstein score (-10 to 10), for the sign when there is no sign
	extras         []extra
	at             func(field string) graph.Pos
}

type typeKey struct {
	name     string
	category graph.Category
	sign     graph.Sign
	directed bool
}

// builder turns raw actors and claims into a draft, collecting errors.
type builder struct {
	d        Draft
	errs     graph.ErrorList
	actorIDs ids
	byInID   map[string]*graph.Actor
	byLabel  map[string][]*graph.Actor
	partOf   map[*graph.Actor]rawActor
	typeIDs  ids
	types    map[typeKey]*graph.RelationType
	eras     map[string]*graph.Era
	claimIDs map[string]ids // per document ("" for claims without one)
	// own holds the claims with a sign of their own whose relation type
	// is chosen in finish: a type of the same name, category and
	// direction that other claims give a sign, else a new one.
	own  []ownSigned
	full bool // a limit is reached or too many errors: read no further
	// signGiven is the types whose sign the input gives (a sign or
	// goldstein value on one of their claims).
	signGiven map[*graph.RelationType]bool
	kept      map[[2]string]int // (class, name) -> values kept
	// moreWarnings counts the warnings past maxErrors, not kept
	moreWarnings int
	keptOrder    [][2]string
}

type ownSigned struct {
	c *graph.Claim
	r rawClaim
}

func newBuilder(source string) *builder {
	return &builder{
		d:        Draft{Source: source},
		actorIDs: ids{}, byInID: map[string]*graph.Actor{}, byLabel: map[string][]*graph.Actor{},
		partOf:  map[*graph.Actor]rawActor{},
		typeIDs: ids{}, types: map[typeKey]*graph.RelationType{},
		eras:      map[string]*graph.Era{},
		claimIDs:  map[string]ids{},
		signGiven: map[*graph.RelationType]bool{}, kept: map[[2]string]int{},
	}
}

func (b *builder) errorf(pos graph.Pos, format string, args ...any) *graph.Error {
	e := b.errs.Add(pos, format, args...)
	if len(b.errs) == maxErrors && !b.full {
		b.full = true
		b.errs.Add(pos, "%s errors; kg import stopped reading here", count(maxErrors))
	}
	return e
}

// warn records something the reader skipped or changed; past maxErrors
// warnings it only counts them.
func (b *builder) warn(pos graph.Pos, format string, args ...any) *graph.Error {
	if len(b.d.Warnings) >= maxErrors {
		b.moreWarnings++
		return &graph.Error{}
	}
	return b.d.Warnings.Warn(pos, format, args...)
}

// keep returns the note of an element's extra values, "name: value" each,
// and counts them for Draft.Kept.
func (b *builder) keep(class string, extras []extra) string {
	var parts []string
	for _, x := range extras {
		v := clean(strings.TrimSpace(x.value))
		if v == "" {
			continue
		}
		k := [2]string{class, x.name}
		if _, ok := b.kept[k]; !ok {
			b.keptOrder = append(b.keptOrder, k)
		}
		b.kept[k]++
		parts = append(parts, x.name+": "+v)
	}
	return strings.Join(parts, "; ")
}

// limit reports the error of a limit reached at pos and stops the reader.
func (b *builder) limit(pos graph.Pos, format string, args ...any) {
	if b.full {
		return
	}
	b.errorf(pos, format, args...).Hint = "split the input into several maps, each imported with its own --doc into its own folder"
	b.full = true
}

// count writes n with thousands separators: 200,000.
func count(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// kindOf reads an actor kind: kg's own names, or the same in other case
// and with spaces or underscores ("Armed group"); anything else is "other"
// and the input's word is kept in the actor's note.
func kindOf(s string) (graph.Kind, bool) {
	if s == "" {
		return graph.OtherKind, true
	}
	norm := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '_' || r == '-' }), "-")
	if k, err := graph.ParseKind(norm); err == nil {
		return k, true
	}
	return graph.OtherKind, false
}

// addActor adds an actor; its id is the input's id when that is a valid kg
// id, else made from its label, else from the input's id.
func (b *builder) addActor(r rawActor) *graph.Actor {
	label := clean(r.label)
	if label == "" {
		label = clean(r.inID)
	}
	if label == "" {
		b.errorf(r.pos, "element has neither a label nor an id")
		return nil
	}
	if len(b.d.Actors) >= MaxActors {
		b.limit(r.pos, "more than %s actors; kg import makes at most %s", count(MaxActors), count(MaxActors))
		return nil
	}
	a := &graph.Actor{Pos: r.pos, Names: map[string]string{"en": label}}
	for _, l := range slices.Sorted(maps.Keys(r.names)) {
		if s := clean(r.names[l]); s != "" && langRE.MatchString(l) {
			a.Names[l] = s
		}
	}
	kind, ok := kindOf(strings.TrimSpace(r.kind))
	a.Kind = kind
	note := cleanNote(r.note)
	if !ok {
		note = joinNote(note, fmt.Sprintf("type in the input: %s", clean(r.kind)))
	}
	codes, rest := readCodes(r.codes)
	a.Codes = codes
	note = joinNote(note, b.keep("actor", append(rest, r.extras...)))
	a.Note = note
	if validID(r.inID) && !b.actorIDs[r.inID] {
		a.ID = r.inID
		b.actorIDs[a.ID] = true
	} else {
		a.ID = b.actorIDs.make("actor", a.Names["en"], r.inID)
	}
	if r.inID != "" {
		b.byInID[r.inID] = a
	}
	b.byLabel[label] = append(b.byLabel[label], a)
	if clean(r.partOf) != "" {
		b.partOf[a] = r
	}
	b.d.Actors = append(b.d.Actors, a)
	return a
}

func joinNote(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// resolvePartOf turns the input's part_of references into actor ids. A
// reference to an actor the input does not hold, or one that would close a
// cycle, is dropped and said so in the actor's note: kg validate would
// refuse it.
func (b *builder) resolvePartOf() {
	for _, a := range b.d.Actors {
		r, ok := b.partOf[a]
		if !ok {
			continue
		}
		ref := clean(r.partOf)
		p := b.byInID[ref]
		if p == nil {
			if ls := b.byLabel[ref]; len(ls) == 1 {
				p = ls[0]
			}
		}
		switch {
		case p == nil:
			a.Note = joinNote(a.Note, fmt.Sprintf("part_of %q dropped: the input has no such element", ref))
		case p == a:
			a.Note = joinNote(a.Note, "part_of itself dropped")
		default:
			a.PartOf = p.ID
		}
	}
	byID := map[string]*graph.Actor{}
	for _, a := range b.d.Actors {
		byID[a.ID] = a
	}
	for _, a := range b.d.Actors {
		seen := map[string]bool{a.ID: true}
		for p := byID[a.PartOf]; p != nil; p = byID[p.PartOf] {
			if seen[p.ID] {
				a.Note = joinNote(a.Note, fmt.Sprintf("part_of %q dropped: it closes a cycle", a.PartOf))
				a.PartOf = ""
				break
			}
			seen[p.ID] = true
		}
	}
}

// parseSign reads a sign as kg writes it in CSV and GraphML (1, -1, 0) or
// in YAML (+, -, 0); "" is neutral.
func parseSign(s string) (graph.Sign, error) {
	switch strings.TrimSpace(s) {
	case "", "0", "0.0":
		return graph.Neutral, nil
	case "+", "1", "+1", "1.0":
		return graph.Positive, nil
	case "-", "-1", "-1.0":
		return graph.Negative, nil
	}
	return 0, fmt.Errorf("unknown sign %q (want 1, -1 or 0, or +, - or 0)", s)
}

// fieldError is an error in one field of a claim.
type fieldError struct {
	field string
	err   error
}

// typeKeyOf reads the relation type a claim names: its name, label,
// category, sign and direction.
func (b *builder) typeKeyOf(r rawClaim) (typeKey, *fieldError) {
	name := clean(strings.TrimSpace(r.typeName))
	label := clean(r.typeLabel)
	if name == "" {
		name = strings.TrimSpace(label)
	}
	if name == "" {
		name = "related"
	}
	cat := graph.OtherCategory
	if s := strings.TrimSpace(r.category); s != "" {
		c, err := graph.ParseCategory(strings.ToLower(s))
		if err != nil {
			return typeKey{}, &fieldError{"category", err}
		}
		cat = c
	}
	sign, err := parseSign(r.sign)
	if err != nil {
		return typeKey{}, &fieldError{"sign", err}
	}
	if g := strings.TrimSpace(r.goldstein); strings.TrimSpace(r.sign) == "" && g != "" {
		v, err := strconv.ParseFloat(g, 64)
		if err != nil || !(v >= -10 && v <= 10) {
			return typeKey{}, &fieldError{"goldstein", fmt.Errorf("invalid Goldstein score %q (want a number from -10 to 10)", g)}
		}
		sign = graph.Neutral
		if v > 0 {
			sign = graph.Positive
		} else if v < 0 {
			sign = graph.Negative
		}
	}
	return typeKey{name, cat, sign, r.directed}, nil
}

// typeFor returns the relation type of a claim, adding it to the draft at
// its first use. A type is told apart by its name, category, sign and
// direction: the same name used with another direction, say, becomes a
// second type ("name-2").
func (b *builder) typeFor(r rawClaim) *graph.RelationType {
	k, ferr := b.typeKeyOf(r)
	if ferr != nil {
		b.errorf(r.at(ferr.field), "%v", ferr.err)
		return nil
	}
	t := b.types[k]
	if t == nil {
		t = b.newType(k, r)
	}
	if strings.TrimSpace(r.sign) != "" || strings.TrimSpace(r.goldstein) != "" {
		b.signGiven[t] = true
	}
	return t
}

func (b *builder) newType(k typeKey, r rawClaim) *graph.RelationType {
	label := clean(r.typeLabel)
	if label == "" {
		label = k.name
	}
	t := &graph.RelationType{ID: b.typeIDs.make("related", k.name), Label: map[string]string{"en": label},
		Category: k.category, Sign: k.sign, Directed: k.directed, Pos: r.pos}
	b.types[k] = t
	b.d.Types = append(b.d.Types, t)
	return t
}

// typesOfOwnSigned gives each claim with a sign of its own a relation
// type: the one of the same name, category and direction that the other
// claims use (the sign the input gives the type: its "sign" column, which
// is the type's for claims without their own), else a new type whose sign
// is that of the first such claim.
func (b *builder) typesOfOwnSigned() {
	for _, o := range b.own {
		k, _ := b.typeKeyOf(o.r) // read without error in addClaim
		var t *graph.RelationType
		for _, s := range []graph.Sign{k.sign, graph.Positive, graph.Negative, graph.Neutral} {
			k2 := k
			k2.sign = s
			if t = b.types[k2]; t != nil {
				break
			}
		}
		if t == nil {
			k.sign = o.c.Sign
			t = b.newType(k, o.r)
			b.signGiven[t] = true
		}
		o.c.Type = t.ID
	}
}

// addClaim adds a claim between two actors of the draft.
func (b *builder) addClaim(r rawClaim) {
	if len(b.d.Claims) >= MaxClaims {
		b.limit(r.pos, "more than %s claims; kg import makes at most %s", count(MaxClaims), count(MaxClaims))
		return
	}
	before := len(b.errs)
	if r.source == r.target {
		b.warn(r.pos, "connection from %q to itself skipped: a kg claim joins two different actors", r.source)
		return
	}
	c := &graph.Claim{Source: r.source, Target: r.target, Pos: r.pos, Modality: graph.Asserted,
		Confidence: graph.Medium, Weight: 1}
	if s := strings.TrimSpace(r.ownSign); s != "" {
		sign, err := parseSign(s)
		if err != nil {
			b.errorf(r.at("own_sign"), "%v", err)
		}
		c.Sign, c.HasSign = sign, true
		if _, err := b.typeKeyOf(r); err != nil {
			b.errorf(r.at(err.field), "%v", err.err)
		}
	} else if t := b.typeFor(r); t != nil {
		c.Type = t.ID
	}
	c.AttributedTo = clean(strings.TrimSpace(r.attributedTo))
	if s := strings.TrimSpace(r.modality); s != "" {
		m, err := graph.ParseModality(strings.ToLower(s))
		if err != nil {
			b.errorf(r.at("modality"), "%v", err)
		}
		c.Modality = m
	}
	if s := strings.TrimSpace(r.confidence); s != "" {
		cf, err := graph.ParseConfidence(strings.ToLower(s))
		if err != nil {
			b.errorf(r.at("confidence"), "%v", err)
		}
		c.Confidence = cf
	}
	var weightNote string
	if s := strings.TrimSpace(r.weight); s != "" {
		w, err := strconv.ParseFloat(s, 64)
		switch {
		case err != nil || math.IsNaN(w) || w <= 0:
			b.warn(r.at("weight"), "weight %q is not a number more than 0: the claim has weight 1, the input's value in its note", s)
			weightNote = "weight in the input: " + clean(s)
		case w > 10:
			b.warn(r.at("weight"), "weight %s is over 10, kg's most: the claim has weight 10, the input's value in its note", s)
			c.Weight, weightNote = 10, "weight in the input: "+clean(s)
		default:
			c.Weight = w
		}
	}
	for _, f := range []struct {
		name string
		s    string
		d    *graph.Date
	}{{"start", r.start, &c.Time.Start}, {"end", r.end, &c.Time.End}} {
		if s := strings.TrimSpace(f.s); s != "" {
			d, err := graph.ParseDate(s)
			if err != nil {
				b.errorf(r.at(f.name), "%s: %v", f.name, err)
			}
			*f.d = d
		}
	}
	if !c.Time.Valid() {
		b.errorf(r.pos, "start %s is after end %s", c.Time.Start, c.Time.End)
	}
	if s := strings.TrimSpace(r.era); s != "" {
		if !validID(s) {
			b.errorf(r.at("era"), "invalid era id %q", s)
		} else {
			b.useEra(c, s)
		}
	}
	if s := strings.TrimSpace(r.document); s != "" {
		if !validID(s) {
			b.errorf(r.at("document"), "invalid document id %q", s)
		}
		c.Document = s
	}
	c.Evidence = b.evidence(r)
	if len(b.errs) > before {
		return
	}
	origin := clean(strings.TrimSpace(r.origin))
	local := origin
	if i := strings.LastIndexByte(local, '/'); i >= 0 {
		local = local[i+1:]
	}
	inDoc := b.claimIDs[c.Document]
	if inDoc == nil {
		inDoc = ids{}
		b.claimIDs[c.Document] = inDoc
	}
	c.ID = inDoc.make("claim", local, c.Source+"-"+c.Target+"-"+c.Type)
	where := "imported from " + r.pos.String()
	if origin != "" {
		where += fmt.Sprintf(" (%s)", origin)
	}
	switch {
	case len(c.Evidence) == 0:
		where += "; add evidence"
	case slices.ContainsFunc(c.Evidence, func(e graph.Evidence) bool { return e.Cue == placeholderCue }):
		where += "; replace the TODO cues"
	}
	c.Note = where
	n := joinNote(joinNote(cleanNote(r.note), weightNote), b.keep("claim", r.extras))
	if n != "" {
		c.Note += ". " + n
	}
	c.Note = cleanNote(c.Note) // the input's path is in it
	b.d.Claims = append(b.d.Claims, c)
	if c.HasSign {
		b.own = append(b.own, ownSigned{c, r})
	}
}

// placeholderCue is the cue of evidence the input does not give.
const placeholderCue = "TODO"

// maxCueWords is the longest cue kg accepts, in words.
const maxCueWords = 6

// evidence reads a claim's evidence spans and cues as kg's exports write
// them: lines "12-18, 20" (GraphML, GEXF) or "12-18|20" (CSV), and cues
// joined with "|", a backslash before a "|" or backslash inside a cue
// (export.JoinCues). Without lines the claim has no evidence (WriteYAML
// writes a placeholder); without cues each span's cue is "TODO".
func (b *builder) evidence(r rawClaim) []graph.Evidence {
	s := strings.TrimSpace(r.lines)
	if s == "" {
		if strings.TrimSpace(r.cues) != "" {
			b.errorf(r.at("cues"), "cues without lines: each cue belongs to an evidence span")
		}
		return nil
	}
	var out []graph.Evidence
	for span := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ',' || r == '|' }) {
		span = strings.TrimSpace(span)
		a, z, ok := strings.Cut(span, "-")
		if !ok {
			z = a
		}
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(z)
		if err1 != nil || err2 != nil || start < 1 || end < start {
			b.errorf(r.at("lines"), "invalid evidence span %q in lines (want a line number or a span such as 12-18)", span)
			return nil
		}
		out = append(out, graph.Evidence{Start: start, End: end, Cue: placeholderCue})
	}
	if strings.TrimSpace(r.cues) == "" {
		return out
	}
	cues := splitCues(r.cues)
	if len(cues) != len(out) {
		b.errorf(r.at("cues"), "%d cues for %d evidence spans: give one cue per span, joined with \"|\"", len(cues), len(out))
		return nil
	}
	for i, cue := range cues {
		cue = clean(strings.TrimSpace(cue))
		switch n := len(strings.Fields(cue)); {
		case n == 0:
			cue = placeholderCue
		case n > maxCueWords:
			b.errorf(r.at("cues"), "cue %q has %d words; kg takes at most %d", cue, n, maxCueWords)
			return nil
		}
		out[i].Cue = cue
	}
	return out
}

// splitCues reads cues joined as kg's exports join them (export.JoinCues):
// "|" between cues, a backslash before a "|" or backslash inside one.
func splitCues(s string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
		case c == '|':
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(out, b.String())
}

// readCodes reads an actor's codes as kg writes them in YAML (iso3 three
// capital letters, cow a number 2..999, cameo, wikidata Q and digits);
// a value kg would refuse is kept as an extra.
func readCodes(m map[string]string) (graph.Codes, []extra) {
	var c graph.Codes
	var rest []extra
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := strings.TrimSpace(m[k])
		if v == "" {
			continue
		}
		ok := true
		switch strings.ToLower(k) {
		case "iso3":
			v = strings.ToUpper(v)
			ok = iso3RE.MatchString(v)
			c.ISO3 = v
		case "cow":
			n, err := strconv.Atoi(v)
			ok = err == nil && n >= 2 && n <= 999
			c.COW = n
		case "cameo":
			ok = validID(strings.ToLower(v))
			c.CAMEO = v
		case "wikidata":
			v = strings.ToUpper(v)
			ok = wikidataRE.MatchString(v)
			c.Wikidata = v
		}
		if !ok {
			rest = append(rest, extra{k, m[k]})
			switch strings.ToLower(k) {
			case "iso3":
				c.ISO3 = ""
			case "cow":
				c.COW = 0
			case "cameo":
				c.CAMEO = ""
			case "wikidata":
				c.Wikidata = ""
			}
		}
	}
	return c, rest
}

var (
	iso3RE     = regexp.MustCompile(`^[A-Z]{3}$`)
	wikidataRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)
)

// codeColumns are the actor code columns kg reads.
var codeColumns = []string{"iso3", "cow", "cameo", "wikidata"}

// kgDerived are the attributes kg's exports derive from the knowledge
// base (tie strength, the tie-level export's lists, Kumu's Tags): read
// back from a kg export they are dropped, not kept in notes.
var kgDerived = map[string]bool{
	"tags": true, "strength": true, "contested": true, "folded_source": true, "folded_target": true,
	"tie": true, "claims": true, "claim_keys": true, "documents": true, "claim_eras": true,
}

// useEra sets a claim's era. kg writes a claim of an era with the era's
// period as its start and end, so the first claim naming an era gives the
// era its period; a later claim whose time differs keeps its own start and
// end and no era (kg claims have one or the other).
func (b *builder) useEra(c *graph.Claim, id string) {
	e := b.eras[id]
	if e == nil {
		e = &graph.Era{ID: id, Label: map[string]string{"en": id}, Period: c.Time, Pos: c.Pos}
		b.eras[id] = e
		b.d.Eras = append(b.d.Eras, e)
	}
	if e.Period == c.Time {
		c.Era, c.Time = id, graph.Interval{}
	}
}

// finish resolves references, sorts the draft and returns it, or the
// errors sorted by position.
func (b *builder) finish() (*Draft, error) {
	if len(b.errs) > 0 {
		b.errs.Sort()
		return nil, b.errs
	}
	b.typesOfOwnSigned()
	b.resolvePartOf()
	b.d.signless = map[string]*graph.Error{}
	for _, t := range b.d.Types {
		if !b.signGiven[t] {
			b.d.signless[t.ID] = b.warn(t.Pos, "relation type %q has no sign in the input (no sign or goldstein value) and matches no type of a knowledge base: it is neutral, sign \"0\", and its claims form no signed ties", t.ID)
			b.d.signless[t.ID].Hint = "set its sign in data/relation-types.yaml, give the input a sign column, or import with --data to match types to a knowledge base's"
		}
	}
	for _, k := range b.keptOrder {
		b.d.Kept = append(b.d.Kept, Kept{Name: k[1], Class: k[0], Count: b.kept[k]})
	}
	b.d.Warnings.Sort()
	if b.moreWarnings > 0 {
		b.d.Warnings.Warn(graph.Pos{}, "and %s more warnings", count(b.moreWarnings))
	}
	byID := func(x, y string) int { return strings.Compare(x, y) }
	slices.SortFunc(b.d.Actors, func(x, y *graph.Actor) int { return byID(x.ID, y.ID) })
	slices.SortFunc(b.d.Types, func(x, y *graph.RelationType) int { return byID(x.ID, y.ID) })
	slices.SortFunc(b.d.Eras, func(x, y *graph.Era) int { return byID(x.ID, y.ID) })
	return &b.d, nil
}

// tooLarge is the error for an input past MaxInputSize.
func tooLarge(name string) error {
	return graph.ErrorList{{Pos: graph.Pos{File: name}, Msg: fmt.Sprintf("file is larger than %d MiB; kg imports files of at most that size", MaxInputSize>>20)}}
}
