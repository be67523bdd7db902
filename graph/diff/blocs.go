package diff

import (
	"slices"

	"kg/graph"
	"kg/graph/report"
)

// Blocs compares the two sides' two-bloc splits, each the split that
// reaches its side's frustration index (kg balance). Only actors with a
// positive or negative tie on a side are placed in its blocs: the others
// have no bloc to be in.
//
// A split's bloc numbers are arbitrary, so b's blocs are matched to a's by
// the larger overlap: bloc 1 with bloc 1 and 2 with 2, or, when Swapped,
// b's bloc 1 with a's bloc 2 and b's bloc 2 with a's bloc 1. An equal
// overlap keeps the numbers.
type Blocs struct {
	A        [2][]string  `json:"a"` // bloc 1 and bloc 2 of side a, each sorted
	B        [2][]string  `json:"b"`
	Swapped  bool         `json:"swapped"`
	Compared int          `json:"compared"` // actors in a bloc on both sides
	Changed  []BlocChange `json:"changed"`  // sorted by id
}

// BlocChange is an actor whose bloc on side b does not match its bloc on
// side a. A and B are bloc numbers (1 or 2) in each side's own numbering.
type BlocChange struct {
	ID string `json:"id"`
	A  int    `json:"a"`
	B  int    `json:"b"`
}

// MatchedB returns the number of a's bloc that b's bloc n (1 or 2) is
// matched with.
func (b Blocs) MatchedB(n int) int {
	if b.Swapped {
		return 3 - n
	}
	return n
}

// BalanceChange compares the two sides' structural balance.
type BalanceChange struct {
	A     BalanceSide  `json:"a"`
	B     BalanceSide  `json:"b"`
	Delta BalanceDelta `json:"delta"` // b - a
}

// BalanceSide is one side's balance, as kg balance reports it.
type BalanceSide struct {
	Triangles   map[string]int `json:"triangles"` // "+++", "++-", "+--", "---"
	Strong      float64        `json:"strong"`
	Weak        float64        `json:"weak"`
	Frustration int            `json:"frustration"` // the frustration index, or its upper bound when not Exact
	Lower       int            `json:"lower_bound"`
	Exact       bool           `json:"exact"`
}

// BalanceDelta is side b's balance minus side a's.
type BalanceDelta struct {
	Strong      float64 `json:"strong"`
	Weak        float64 `json:"weak"`
	Frustration int     `json:"frustration"`
}

func compareBalance(a, b *graph.Network, seed uint64) (Blocs, BalanceChange) {
	ba := report.ComputeBalance(a, report.BalanceOptions{Seed: seed})
	bb := report.ComputeBalance(b, report.BalanceOptions{Seed: seed})
	bal := BalanceChange{A: balanceSide(ba), B: balanceSide(bb)}
	bal.Delta = BalanceDelta{Strong: bal.B.Strong - bal.A.Strong, Weak: bal.B.Weak - bal.A.Weak,
		Frustration: bal.B.Frustration - bal.A.Frustration}

	bl := Blocs{A: signedBlocs(a, ba), B: signedBlocs(b, bb), Changed: []BlocChange{}}
	blocOf := func(blocs [2][]string) map[string]int {
		m := map[string]int{}
		for i, bloc := range blocs {
			for _, id := range bloc {
				m[id] = i + 1
			}
		}
		return m
	}
	inA, inB := blocOf(bl.A), blocOf(bl.B)
	var common []string
	for id := range inA {
		if inB[id] != 0 {
			common = append(common, id)
		}
	}
	slices.Sort(common)
	same, swapped := 0, 0
	for _, id := range common {
		if inA[id] == inB[id] {
			same++
		} else {
			swapped++
		}
	}
	bl.Swapped = swapped > same
	bl.Compared = len(common)
	for _, id := range common {
		if bl.MatchedB(inB[id]) != inA[id] {
			bl.Changed = append(bl.Changed, BlocChange{ID: id, A: inA[id], B: inB[id]})
		}
	}
	return bl, bal
}

func balanceSide(r report.Balance) BalanceSide {
	return BalanceSide{Triangles: r.Triangles, Strong: r.Ratios.Strong, Weak: r.Ratios.Weak,
		Frustration: r.Frustration.Index, Lower: r.Frustration.Lower, Exact: r.Frustration.Exact}
}

// signedBlocs keeps, of the frustration split's blocs, the actors with a
// signed tie.
func signedBlocs(n *graph.Network, r report.Balance) [2][]string {
	signed := map[string]bool{}
	for _, p := range n.Signed() {
		signed[n.Actors[p.A].ID], signed[n.Actors[p.B].ID] = true, true
	}
	out := [2][]string{{}, {}}
	for i, bloc := range r.Frustration.Blocs {
		for _, id := range bloc {
			if signed[id] {
				out[i] = append(out[i], id)
			}
		}
	}
	return out
}
