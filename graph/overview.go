package graph

import (
	"cmp"
	"slices"
)

// Heaviest returns a network with the k strongest ties of n (by strength,
// then claims, then tie order) and the actors they join, for an overview
// diagram of a view too large to draw whole; the claims are those of the
// ties kept. When n has at most k ties it returns n.
func (n *Network) Heaviest(k int) *Network {
	return n.Strongest(k, len(n.Actors))
}

// Strongest returns a network of at most maxTies ties and maxActors actors
// of n: its ties taken by strength (then claims, then tie order), a tie
// that would bring in an actor past maxActors left out, so that past that
// point only ties among the actors already kept are added. The claims are
// those of the ties kept. When n fits, it returns n.
func (n *Network) Strongest(maxTies, maxActors int) *Network {
	if len(n.Ties) <= maxTies && len(n.Actors) <= maxActors {
		return n
	}
	ties := slices.Clone(n.Ties)
	slices.SortStableFunc(ties, func(a, b *Tie) int {
		return cmp.Or(cmp.Compare(b.Strength, a.Strength), cmp.Compare(len(b.Claims), len(a.Claims)))
	})
	actors := map[string]bool{}
	var kept []*Tie
	for _, t := range ties {
		if len(kept) == maxTies {
			break
		}
		add := 0
		if !actors[t.Source] {
			add++
		}
		if !actors[t.Target] && t.Target != t.Source {
			add++
		}
		if len(actors)+add > maxActors {
			continue
		}
		actors[t.Source], actors[t.Target] = true, true
		kept = append(kept, t)
	}
	slices.SortFunc(kept, compareTies)
	o := &Network{View: n.View, Ties: kept, index: map[string]int{}}
	for _, t := range kept {
		o.Claims = append(o.Claims, t.Claims...)
	}
	for _, a := range n.Actors {
		if actors[a.ID] {
			o.index[a.ID] = len(o.Actors)
			o.Actors = append(o.Actors, a)
		}
	}
	return o
}
