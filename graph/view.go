package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// View selects claims. The zero View selects every asserted claim; fields
// narrow it down. Every command that reads the graph takes the same view.
type View struct {
	Documents     []string   // document ids; none means all
	Era           string     // era id: claims whose time overlaps the era
	At            Date       // claims whose time contains this date
	Types         []string   // relation type ids
	Categories    []Category // relation categories
	Signs         []Sign     // tie signs
	Modalities    []Modality // none means asserted only
	AllModalities bool       // every modality
	MinConfidence Confidence // zero means low
	// Fold lists the actor kinds (Person, Party, Region) replaced by their
	// nearest ancestor through part_of, with their claims (KB.Fold).
	Fold []Kind
}

// ViewError is a view naming something the knowledge base does not hold.
type ViewError struct {
	What, ID string
	Hint     string
	Want     string // the values allowed, when they are few
}

func (e *ViewError) Error() string {
	if e.Want != "" {
		return fmt.Sprintf("unknown %s %q (want %s)", e.What, e.ID, e.Want)
	}
	return fmt.Sprintf("unknown %s %q", e.What, e.ID)
}

// Check reports the first id in v that kb does not define.
func (kb *KB) Check(v View) error {
	for _, d := range v.Documents {
		if _, ok := kb.DocumentByID[d]; !ok {
			return &ViewError{What: "document", ID: d, Hint: Suggest(d, keys(kb.DocumentByID))}
		}
	}
	if v.Era != "" {
		if _, ok := kb.EraByID[v.Era]; !ok {
			return &ViewError{What: "era", ID: v.Era, Hint: Suggest(v.Era, keys(kb.EraByID))}
		}
	}
	for _, t := range v.Types {
		if _, ok := kb.TypeByID[t]; !ok {
			return &ViewError{What: "relation type", ID: t, Hint: Suggest(t, keys(kb.TypeByID))}
		}
	}
	return nil
}

// String describes the view in a few words, for titles and reports.
func (v View) String() string {
	var parts []string
	if len(v.Documents) > 0 {
		parts = append(parts, "documents "+strings.Join(v.Documents, ", "))
	}
	if v.Era != "" {
		parts = append(parts, "era "+v.Era)
	}
	if !v.At.IsZero() {
		parts = append(parts, "at "+v.At.String())
	}
	if len(v.Types) > 0 {
		parts = append(parts, "types "+strings.Join(v.Types, ", "))
	}
	if len(v.Categories) > 0 {
		parts = append(parts, "categories "+joinStrings(v.Categories))
	}
	if len(v.Signs) > 0 {
		parts = append(parts, "signs "+joinStrings(v.Signs))
	}
	switch {
	case v.AllModalities:
		parts = append(parts, "all modalities")
	case len(v.Modalities) > 0:
		parts = append(parts, joinStrings(v.Modalities))
	default:
		parts = append(parts, "asserted")
	}
	if v.MinConfidence > Low {
		parts = append(parts, "confidence "+v.MinConfidence.String()+" or higher")
	}
	if len(parts) == 1 {
		parts[0] = "all documents, " + parts[0]
	}
	if len(v.Fold) > 0 {
		parts = append(parts, "folded "+strings.Join(v.foldNames(), ", "))
	}
	return strings.Join(parts, "; ")
}

func joinStrings[T fmt.Stringer](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = x.String()
	}
	return strings.Join(s, ", ")
}

// Map returns the view as a JSON-friendly map with only the fields set.
func (v View) Map() map[string]any {
	m := map[string]any{}
	if len(v.Documents) > 0 {
		m["documents"] = v.Documents
	}
	if v.Era != "" {
		m["era"] = v.Era
	}
	if !v.At.IsZero() {
		m["at"] = v.At.String()
	}
	if len(v.Types) > 0 {
		m["types"] = v.Types
	}
	if len(v.Categories) > 0 {
		m["categories"] = strs(v.Categories)
	}
	if len(v.Signs) > 0 {
		m["signs"] = strs(v.Signs)
	}
	switch {
	case v.AllModalities:
		m["modality"] = "all"
	case len(v.Modalities) > 0:
		m["modality"] = strs(v.Modalities)
	default:
		m["modality"] = []string{"asserted"}
	}
	m["min_confidence"] = max(v.MinConfidence, Low).String()
	if len(v.Fold) > 0 {
		m["fold"] = v.foldNames()
	}
	return m
}

func (v View) foldNames() []string {
	out := make([]string, len(v.Fold))
	for i, k := range v.Fold {
		out[i] = foldName(k)
	}
	return out
}

func strs[T fmt.Stringer](xs []T) []string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = x.String()
	}
	return s
}

// Select returns the claims in the view, in knowledge-base order.
func (kb *KB) Select(v View) []*Claim {
	var era Interval
	if v.Era != "" {
		if e, ok := kb.EraByID[v.Era]; ok {
			era = e.Period
		}
	}
	var out []*Claim
	for _, c := range kb.Claims {
		t := kb.TypeByID[c.Type]
		if t == nil {
			continue
		}
		if len(v.Documents) > 0 && !slices.Contains(v.Documents, c.Document) {
			continue
		}
		if len(v.Types) > 0 && !slices.Contains(v.Types, c.Type) {
			continue
		}
		if len(v.Categories) > 0 && !slices.Contains(v.Categories, t.Category) {
			continue
		}
		if len(v.Signs) > 0 && !slices.Contains(v.Signs, kb.ClaimSign(c)) {
			continue
		}
		if !v.AllModalities {
			if len(v.Modalities) == 0 && c.Modality != Asserted ||
				len(v.Modalities) > 0 && !slices.Contains(v.Modalities, c.Modality) {
				continue
			}
		}
		if c.Confidence < v.MinConfidence {
			continue
		}
		when := kb.ClaimTime(c)
		if v.Era != "" && c.Era != v.Era && !when.Overlaps(era) {
			continue
		}
		if !v.At.IsZero() && !when.Contains(v.At) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// Tie is one edge of a network: the claims of a view on one pair of actors,
// one relation type, one sign and one modality, merged. For an undirected
// type, Source < Target. The sign is each claim's sign in effect
// (KB.ClaimSign), so a mediation a text calls cooperative and one it calls
// neutral are two ties. (Modality is part of the key so that, in a view of
// all modalities, "an alliance" and "not an alliance" stay apart.)
type Tie struct {
	Source, Target string
	Type           *RelationType
	Modality       Modality
	Claims         []*Claim // sorted by document, then id
	Documents      []string // the distinct documents behind the claims, sorted
	Strength       float64  // see Strength
	Contested      bool     // documents disagree in sign on this pair of actors
	sign           Sign
}

// Sign is the sign of the tie: the sign in effect of every claim behind
// it, which is the relation type's unless the claims give their own.
func (t *Tie) Sign() Sign { return t.sign }

// Refs lists the tie's claims as "document/claim:lines" (Claim.Ref), in
// the tie's order: how diagrams and reports point to the lines behind it.
func (t *Tie) Refs() []string {
	out := make([]string, len(t.Claims))
	for i, c := range t.Claims {
		out[i] = c.Ref()
	}
	return out
}

// Counts reports whether the tie takes part in analysis: a negated claim
// ("not an alliance") is drawn and exported, but it is no tie between the
// actors, so metrics, balance, communities and paths leave it out.
func (t *Tie) Counts() bool { return t.Modality != Negated }

// ConfidenceFactor is the weight a claim's confidence gives it in a tie's
// strength.
func ConfidenceFactor(c Confidence) float64 {
	switch c {
	case High:
		return 1
	case Medium:
		return 0.6
	}
	return 0.3
}

// Strength is a tie's strength: each supporting document contributes its
// strongest claim, weight times confidence factor (high 1, medium 0.6, low
// 0.3), and the contributions add up. Independent documents reinforce a tie;
// many claims of one document on the same tie do not.
func Strength(claims []*Claim) float64 {
	best := map[string]float64{}
	for _, c := range claims {
		best[c.Document] = max(best[c.Document], c.Weight*ConfidenceFactor(c.Confidence))
	}
	s := 0.0
	for _, d := range keys(best) {
		s += best[d]
	}
	return s
}

// Network is the graph of a view: its actors and merged ties.
type Network struct {
	View   View
	Actors []*Actor // every actor in a tie of the view, sorted by id
	Ties   []*Tie   // sorted by source, target, type
	Claims []*Claim // the view's claims; in a folded view, folded copies (Claim.FoldedFrom)
	// SelfLoops are the curated claims of the view that folding turned into
	// a tie of an actor with itself (a president and his state), left out of
	// the network.
	SelfLoops []*Claim
	index     map[string]int
}

// Network builds the network of the claims in view v.
func (kb *KB) Network(v View) *Network {
	claims, loops := kb.fold(kb.Select(v), v.Fold)
	byKey := map[tieKey]*Tie{}
	for _, c := range claims {
		typ := kb.TypeByID[c.Type]
		s, t := c.Source, c.Target
		if !typ.Directed && t < s {
			s, t = t, s
		}
		sg := kb.ClaimSign(c)
		k := tieKey{s, t, c.Type, c.Modality, sg}
		tie := byKey[k]
		if tie == nil {
			tie = &Tie{Source: s, Target: t, Type: typ, Modality: c.Modality, sign: sg}
			byKey[k] = tie
		}
		tie.Claims = append(tie.Claims, c)
	}
	n := &Network{View: v, Claims: claims, SelfLoops: loops, index: map[string]int{}}
	actors := map[string]bool{}
	signs := map[[2]string]map[Sign]bool{}
	byPair := map[[2]string][]*Tie{}
	for _, tie := range byKey {
		docs := map[string]bool{}
		for _, c := range tie.Claims {
			docs[c.Document] = true
		}
		tie.Documents = keys(docs)
		tie.Strength = Strength(tie.Claims)
		n.Ties = append(n.Ties, tie)
		actors[tie.Source], actors[tie.Target] = true, true
		p := pairKey(tie.Source, tie.Target)
		byPair[p] = append(byPair[p], tie)
		if tie.Sign() != Neutral && tie.Counts() {
			if signs[p] == nil {
				signs[p] = map[Sign]bool{}
			}
			signs[p][tie.Sign()] = true
		}
	}
	// A pair is contested when documents disagree in sign on it: a
	// positive claim of one document and a negative claim of another whose
	// times overlap. One document that has two actors allied in one period
	// and at war in another describes change, not disagreement.
	// Decided once per pair, over the pair's own ties (scanning every tie
	// of the view for each tie made this quadratic: minutes at 100,000
	// claims).
	for p, s := range signs {
		if s[Positive] && s[Negative] {
			c := kb.contested(byPair[p])
			for _, tie := range byPair[p] {
				tie.Contested = c
			}
		}
	}
	slices.SortFunc(n.Ties, compareTies)
	for _, id := range keys(actors) {
		n.index[id] = len(n.Actors)
		n.Actors = append(n.Actors, kb.ActorByID[id])
	}
	return n
}

// tieKey is what merges claims into one tie.
type tieKey struct {
	s, t, typ string
	m         Modality
	sign      Sign
}

func (t *Tie) key() tieKey { return tieKey{t.Source, t.Target, t.Type.ID, t.Modality, t.sign} }

// compareTies orders ties by source, target, type, modality and sign.
func compareTies(a, b *Tie) int {
	return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target), cmp.Compare(a.Type.ID, b.Type.ID),
		cmp.Compare(a.Modality, b.Modality), cmp.Compare(b.sign, a.sign))
}

func pairKey(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

// contested reports whether, among the ties of one pair, a positive claim
// and a negative claim from different documents overlap in time.
func (kb *KB) contested(ties []*Tie) bool {
	var pos, neg []*Claim
	for _, t := range ties {
		if !t.Counts() {
			continue
		}
		switch t.Sign() {
		case Positive:
			pos = append(pos, t.Claims...)
		case Negative:
			neg = append(neg, t.Claims...)
		}
	}
	for _, c := range pos {
		for _, d := range neg {
			if c.Document != d.Document && kb.ClaimTime(c).Overlaps(kb.ClaimTime(d)) {
				return true
			}
		}
	}
	return false
}

// Index returns the position of actor id in n.Actors, or -1.
func (n *Network) Index(id string) int {
	if i, ok := n.index[id]; ok {
		return i
	}
	return -1
}

// Empty reports whether the view selected no claims.
func (n *Network) Empty() bool { return len(n.Ties) == 0 }

// Union returns a network holding the actors and ties of both networks,
// for laying out two views on the same positions. Ties present in both
// (same actors, type, modality and sign) appear once, with the claims of both.
// Its View is a's.
func Union(a, b *Network) *Network {
	u := &Network{View: a.View, index: map[string]int{}}
	byKey := map[tieKey]*Tie{}
	actors := map[string]*Actor{}
	claims := map[string]*Claim{}
	for _, n := range []*Network{a, b} {
		for _, ac := range n.Actors {
			actors[ac.ID] = ac
		}
		for _, c := range n.Claims {
			claims[c.Key()] = c
		}
		for _, t := range n.Ties {
			k := t.key()
			if prev, ok := byKey[k]; ok {
				merged := *prev
				merged.Claims = append(slices.Clone(prev.Claims), t.Claims...)
				merged.Contested = prev.Contested || t.Contested
				byKey[k] = &merged
				continue
			}
			byKey[k] = t
		}
	}
	for _, id := range keys(actors) {
		u.index[id] = len(u.Actors)
		u.Actors = append(u.Actors, actors[id])
	}
	for _, t := range byKey {
		u.Ties = append(u.Ties, t)
	}
	slices.SortFunc(u.Ties, compareTies)
	for _, k := range keys(claims) {
		u.Claims = append(u.Claims, claims[k])
	}
	return u
}
