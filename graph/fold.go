package graph

import (
	"errors"
	"slices"
	"strings"
)

// foldNames maps the values of --fold to the actor kinds they fold.
var foldNames = []struct {
	name string
	kind Kind
}{{"persons", Person}, {"parties", Party}, {"regions", Region}}

// ParseFold reads the value of --fold: persons, parties, regions, several
// of them comma-separated, all, or none. It returns the kinds to fold,
// sorted, or nil for none.
func ParseFold(s string) ([]Kind, error) {
	var kinds []Kind
	names := []string{"persons", "parties", "regions", "all", "none"}
	none := false
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		switch item {
		case "none":
			none = true
			continue
		case "all":
			for _, f := range foldNames {
				kinds = append(kinds, f.kind)
			}
			continue
		}
		k, ok := foldKind(item)
		if !ok {
			return nil, &ViewError{What: "fold", ID: item, Hint: Suggest(item, names),
				Want: "persons, parties, regions, several comma-separated, all or none"}
		}
		kinds = append(kinds, k)
	}
	if none && len(kinds) > 0 {
		return nil, errors.New("fold none cannot be combined with other kinds")
	}
	slices.Sort(kinds)
	return slices.Compact(kinds), nil
}

func foldKind(name string) (Kind, bool) {
	for _, f := range foldNames {
		if f.name == name {
			return f.kind, true
		}
	}
	return 0, false
}

// foldName is the --fold name of a kind.
func foldName(k Kind) string {
	for _, f := range foldNames {
		if f.kind == k {
			return f.name
		}
	}
	return k.String()
}

// Fold returns the actor that id stands for when actors of the given kinds
// are folded: id itself unless its kind is folded, else its nearest
// ancestor through part_of whose kind is not folded (the link's period is
// ignored). When every ancestor is folded too, it is the topmost one; an
// actor of a folded kind with no part_of stays itself.
func (kb *KB) Fold(id string, kinds []Kind) string {
	cur := id
	for range len(kb.Actors) + 1 { // a part_of cycle cannot hang it
		a := kb.ActorByID[cur]
		if a == nil || !slices.Contains(kinds, a.Kind) || a.PartOf == "" || kb.ActorByID[a.PartOf] == nil {
			return cur
		}
		cur = a.PartOf
	}
	return cur
}

// fold rewrites the claims of a view whose actors are folded: a claim
// whose actors fold to others is replaced by a copy naming them, which
// keeps the document, id, evidence and notes of the original and points to
// it through FoldedFrom; a claim whose two actors fold into one is left
// out and returned in loops.
func (kb *KB) fold(claims []*Claim, kinds []Kind) (out, loops []*Claim) {
	if len(kinds) == 0 {
		return claims, nil
	}
	to := map[string]string{}
	folded := func(id string) string {
		f, ok := to[id]
		if !ok {
			f = kb.Fold(id, kinds)
			to[id] = f
		}
		return f
	}
	out = make([]*Claim, 0, len(claims))
	for _, c := range claims {
		s, t := folded(c.Source), folded(c.Target)
		switch {
		case s == t:
			loops = append(loops, c)
		case s == c.Source && t == c.Target:
			out = append(out, c)
		default:
			cc := *c
			cc.Source, cc.Target, cc.FoldedFrom = s, t, c
			out = append(out, &cc)
		}
	}
	return out, loops
}
