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
	if len(n.Ties) <= k {
		return n
	}
	ties := slices.Clone(n.Ties)
	slices.SortStableFunc(ties, func(a, b *Tie) int {
		return cmp.Or(cmp.Compare(b.Strength, a.Strength), cmp.Compare(len(b.Claims), len(a.Claims)))
	})
	ties = ties[:k]
	slices.SortFunc(ties, compareTies)
	o := &Network{View: n.View, Ties: ties, index: map[string]int{}}
	actors := map[string]bool{}
	for _, t := range ties {
		actors[t.Source], actors[t.Target] = true, true
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
