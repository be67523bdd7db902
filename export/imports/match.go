package imports

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// A Match is one element of the draft found in a knowledge base.
type Match struct {
	Class string    // "actor", "type" or "document"
	Input string    // the draft's id (an actor's or type's made from the input)
	Label string    // the input's label, for the report
	Pos   graph.Pos // where the input has it
	ID    string    // the knowledge base's id
	By    string    // how: "id", "name", "alias", "iso3 code", "label", ...
}

func (m Match) String() string {
	what := fmt.Sprintf("%q", m.Label)
	if m.Label == "" || m.Label == m.Input {
		what = m.Input
	}
	return fmt.Sprintf("%s: %s %s matches %s by %s", m.Pos, m.Class, what, m.ID, m.By)
}

// matchKey is how names and labels are compared: lowercase, accents
// folded, every run of other characters one hyphen (slug), so that
// "Türkiye", "turkiye" and "TÜRKİYE" meet; a name in another script,
// which slug empties, is compared lowercased as written.
func matchKey(s string) string {
	if k := slug(s); k != "" {
		return k
	}
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// Match finds the draft's actors, relation types and documents in kb and
// makes the draft use kb's: an actor matched by id, a code (iso3,
// wikidata, cow, cameo), a name in any language or an alias takes kb's
// id, kind and names; a relation type matched by id or by a label in any
// language (Support -> support) becomes kb's type, with its sign,
// category and direction; a document kb registers keeps kb's registry
// entry (WriteYAML copies it). A name or label that two of kb's actors
// or types share matches neither. Draft actors or types that match the
// same one are merged, and a claim merging makes a self-loop is dropped
// with a warning. Match returns the matches, actors and types in the
// draft's order, documents last.
func (d *Draft) Match(kb *graph.KB) []Match {
	var out []Match
	actorID := map[string]string{} // draft id -> kb id
	idx := newActorIndex(kb)
	for _, a := range d.Actors {
		k, by := idx.find(a)
		if k == nil {
			continue
		}
		actorID[a.ID] = k.ID
		out = append(out, Match{Class: "actor", Input: a.ID, Label: a.Names["en"], Pos: a.Pos, ID: k.ID, By: by})
	}
	typeID := map[string]string{}
	tidx := newTypeIndex(kb)
	for _, t := range d.Types {
		k, by := tidx.find(t)
		if k == nil {
			continue
		}
		typeID[t.ID] = k.ID
		out = append(out, Match{Class: "type", Input: t.ID, Label: t.Label["en"], Pos: t.Pos, ID: k.ID, By: by})
		if w := d.signless[t.ID]; w != nil {
			d.Warnings = slices.DeleteFunc(d.Warnings, func(e *graph.Error) bool { return e == w })
			delete(d.signless, t.ID)
		}
	}

	// Actors: kb's in place of the matched, once each, with the notes of
	// every draft actor merged into it.
	var actors []*graph.Actor
	byKB := map[string]*graph.Actor{}
	for _, a := range d.Actors {
		id, ok := actorID[a.ID]
		if !ok {
			actors = append(actors, a)
			continue
		}
		if m := byKB[id]; m != nil {
			if a.Note != "" && !strings.Contains(m.Note, a.Note) {
				m.Note = joinNote(m.Note, a.Note)
			}
			if m.PartOf == "" {
				m.PartOf = a.PartOf
			}
			continue
		}
		k := kb.ActorByID[id]
		m := &graph.Actor{ID: k.ID, Kind: k.Kind, Names: maps.Clone(k.Names), Codes: k.Codes, PartOf: a.PartOf, Note: a.Note, Pos: a.Pos}
		byKB[id] = m
		actors = append(actors, m)
	}
	// An unmatched actor's id is no kb actor's (it would have matched by
	// id), so the ids stay unique.
	for _, a := range actors {
		if p, ok := actorID[a.PartOf]; ok {
			a.PartOf = p
		}
		if a.PartOf == a.ID {
			a.PartOf = ""
		}
	}
	slices.SortFunc(actors, func(x, y *graph.Actor) int { return strings.Compare(x.ID, y.ID) })
	d.Actors = actors

	// Types: kb's in place of the matched, once each.
	var types []*graph.RelationType
	seenType := map[string]bool{}
	for _, t := range d.Types {
		id, ok := typeID[t.ID]
		if !ok {
			types = append(types, t)
			continue
		}
		if seenType[id] {
			continue
		}
		seenType[id] = true
		k := kb.TypeByID[id]
		types = append(types, &graph.RelationType{ID: k.ID, Label: maps.Clone(k.Label), Category: k.Category, Sign: k.Sign,
			Directed: k.Directed, Pos: t.Pos})
	}
	slices.SortFunc(types, func(x, y *graph.RelationType) int { return strings.Compare(x.ID, y.ID) })
	d.Types = types

	// Claims follow; merged ends make self-loops, dropped.
	var claims []*graph.Claim
	for _, c := range d.Claims {
		if id, ok := actorID[c.Source]; ok {
			c.Source = id
		}
		if id, ok := actorID[c.Target]; ok {
			c.Target = id
		}
		if id, ok := typeID[c.Type]; ok {
			c.Type = id
		}
		if c.Source == c.Target {
			d.Warnings.Warn(c.Pos, "claim %q skipped: both its actors match %s", c.ID, c.Source)
			continue
		}
		claims = append(claims, c)
	}
	d.Claims = claims
	d.Warnings.Sort()

	sortMatches(out)

	// Documents kb registers.
	docs := map[string]bool{}
	for _, c := range d.Claims {
		if doc := kb.DocumentByID[c.Document]; doc != nil && !docs[c.Document] {
			docs[c.Document] = true
			if d.Documents == nil {
				d.Documents = map[string]*graph.Document{}
			}
			d.Documents[c.Document] = doc
		}
	}
	for _, id := range slices.Sorted(maps.Keys(docs)) {
		out = append(out, Match{Class: "document", Input: id, ID: id, By: "id", Pos: kb.DocumentByID[id].Pos})
	}
	return out
}

// actorIndex finds kb's actors by id, code, name and alias.
type actorIndex struct {
	kb    *graph.KB
	codes map[string][]*graph.Actor // "iso3:TUR", "wikidata:Q43", ...
	names map[string][]*graph.Actor
	alias map[string][]*graph.Actor
}

func newActorIndex(kb *graph.KB) *actorIndex {
	x := &actorIndex{kb: kb, codes: map[string][]*graph.Actor{}, names: map[string][]*graph.Actor{}, alias: map[string][]*graph.Actor{}}
	add := func(m map[string][]*graph.Actor, k string, a *graph.Actor) {
		if k != "" && !slices.Contains(m[k], a) {
			m[k] = append(m[k], a)
		}
	}
	for _, a := range kb.Actors {
		for _, c := range codeKeys(a.Codes) {
			add(x.codes, c, a)
		}
		for _, n := range a.Names {
			add(x.names, matchKey(n), a)
		}
		for _, l := range a.Aliases {
			for _, n := range l {
				add(x.alias, matchKey(n), a)
			}
		}
	}
	return x
}

func codeKeys(c graph.Codes) []string {
	var out []string
	if c.ISO3 != "" {
		out = append(out, "iso3 code:"+c.ISO3)
	}
	if c.Wikidata != "" {
		out = append(out, "wikidata code:"+c.Wikidata)
	}
	if c.COW != 0 {
		out = append(out, "cow code:"+strconv.Itoa(c.COW))
	}
	if c.CAMEO != "" {
		out = append(out, "cameo code:"+c.CAMEO)
	}
	return out
}

// find returns the kb actor a draft actor is, and how it was found.
func (x *actorIndex) find(a *graph.Actor) (*graph.Actor, string) {
	if k := x.kb.ActorByID[a.ID]; k != nil {
		return k, "id"
	}
	for _, c := range codeKeys(a.Codes) {
		if ks := x.codes[c]; len(ks) == 1 {
			by, _, _ := strings.Cut(c, ":")
			return ks[0], by
		}
	}
	for _, l := range slices.Sorted(maps.Keys(a.Names)) {
		if ks := x.names[matchKey(a.Names[l])]; len(ks) == 1 {
			return ks[0], "name"
		}
	}
	for _, l := range slices.Sorted(maps.Keys(a.Names)) {
		if ks := x.alias[matchKey(a.Names[l])]; len(ks) == 1 {
			return ks[0], "alias"
		}
	}
	return nil, ""
}

// typeIndex finds kb's relation types by id and label.
type typeIndex struct {
	kb     *graph.KB
	labels map[string][]*graph.RelationType
}

func newTypeIndex(kb *graph.KB) *typeIndex {
	x := &typeIndex{kb: kb, labels: map[string][]*graph.RelationType{}}
	for _, t := range kb.Types {
		for _, l := range t.Label {
			k := matchKey(l)
			if !slices.Contains(x.labels[k], t) {
				x.labels[k] = append(x.labels[k], t)
			}
		}
	}
	return x
}

func (x *typeIndex) find(t *graph.RelationType) (*graph.RelationType, string) {
	if k := x.kb.TypeByID[t.ID]; k != nil {
		if l := t.Label["en"]; l == t.ID || l == k.Label["en"] {
			return k, "id"
		}
		return k, "label" // the id made from the input's label
	}
	for _, l := range slices.Sorted(maps.Keys(t.Label)) {
		k := matchKey(t.Label[l])
		if k2 := x.kb.TypeByID[k]; k2 != nil {
			return k2, "label"
		}
		if ks := x.labels[k]; len(ks) == 1 {
			return ks[0], "label"
		}
	}
	return nil, ""
}

// sortMatches orders matches by class, then where the input has them.
func sortMatches(ms []Match) {
	slices.SortStableFunc(ms, func(a, b Match) int {
		return cmp.Or(cmp.Compare(classOrder[a.Class], classOrder[b.Class]), cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
}

var classOrder = map[string]int{"actor": 0, "type": 1, "document": 2}
