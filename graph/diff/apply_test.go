package diff

// apply and reverse check Compare in the property tests: the reported
// changes turn a's ties into b's, and comparing b with a gives the same
// report reversed.

import (
	"fmt"
	"slices"
)

// apply applies the tie changes of r to a's ties (Ties of network a under
// r.Match) and returns the result, sorted by key: b's ties, in every value
// Compare compares. It fails when r does not fit the ties: a removed or
// changed tie that is missing, or an added tie already there.
func apply(ties []Tie, r *Report) ([]Tie, error) {
	set := map[Key]Side{}
	for _, t := range ties {
		set[t.Key] = t.Side
	}
	for _, d := range r.Ties.Removed {
		if _, ok := set[d.Key]; !ok {
			return nil, fmt.Errorf("removed tie %s is not there", d.Key)
		}
		delete(set, d.Key)
	}
	for _, d := range r.Ties.Changed {
		if _, ok := set[d.Key]; !ok {
			return nil, fmt.Errorf("changed tie %s is not there", d.Key)
		}
		set[d.Key] = *d.B
	}
	for _, d := range r.Ties.Added {
		if _, ok := set[d.Key]; ok {
			return nil, fmt.Errorf("added tie %s is already there", d.Key)
		}
		set[d.Key] = *d.B
	}
	out := make([]Tie, 0, len(set))
	for k, s := range set {
		out = append(out, Tie{Key: k, Side: s})
	}
	slices.SortFunc(out, func(a, b Tie) int { return compareKeys(a.Key, b.Key) })
	return out, nil
}

// reverse returns the report of the opposite comparison, b to a: added and
// removed swapped, the two sides of every tie, metric, bloc and balance
// swapped, and every difference negated. Compare(b, a, opt) equals
// reverse(Compare(a, b, opt)) when opt's KBA and KBB are swapped too.
func reverse(r *Report) *Report {
	out := &Report{Match: r.Match, A: r.B, B: r.A, Similarity: r.Similarity}
	out.Actors = ActorChanges{Added: r.Actors.Removed, Removed: r.Actors.Added, Common: r.Actors.Common}
	swap := func(ds []TieDiff) []TieDiff {
		out := make([]TieDiff, len(ds))
		for i, d := range ds {
			d.A, d.B = d.B, d.A
			out[i] = d
		}
		return out
	}
	out.Ties = TieChanges{Added: swap(r.Ties.Removed), Removed: swap(r.Ties.Added),
		Changed: swap(r.Ties.Changed), Unchanged: swap(r.Ties.Unchanged)}
	out.Metrics = make([]ActorMetrics, len(r.Metrics))
	for i, am := range r.Metrics {
		switch am.Present {
		case InA:
			am.Present = InB
		case InB:
			am.Present = InA
		}
		for _, x := range measures {
			m := am.Get(x)
			m.A, m.B, m.RankA, m.RankB = m.B, m.A, m.RankB, m.RankA
			if m.Delta != nil {
				d := neg(*m.Delta)
				m.Delta = &d
			}
			m.Shift = -m.Shift
		}
		out.Metrics[i] = am
	}
	out.Blocs = Blocs{A: r.Blocs.B, B: r.Blocs.A, Swapped: r.Blocs.Swapped, Compared: r.Blocs.Compared,
		Changed: make([]BlocChange, len(r.Blocs.Changed))}
	for i, c := range r.Blocs.Changed {
		out.Blocs.Changed[i] = BlocChange{ID: c.ID, A: c.B, B: c.A}
	}
	out.Balance = BalanceChange{A: r.Balance.B, B: r.Balance.A, Delta: BalanceDelta{
		Strong: neg(r.Balance.Delta.Strong), Weak: neg(r.Balance.Delta.Weak), Frustration: -r.Balance.Delta.Frustration}}
	return out
}

// neg negates x without producing a negative zero, so that a reversed
// report prints as a computed one does.
func neg(x float64) float64 {
	if x == 0 {
		return 0
	}
	return -x
}
