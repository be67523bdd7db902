package report

import (
	"kg/graph"
	"kg/graph/balance"
)

// BalanceOptions tune the balance report.
type BalanceOptions struct {
	K     int     // blocs for the Doreian-Mrvar partition; 2 if zero
	Alpha float64 // weight of negative ties inside blocs; 0.5 if zero
	Seed  uint64  // seeds the heuristics
}

// TieRef is one signed pair of actors and the ties behind its sign.
type TieRef struct {
	Source string   `json:"source"`
	Target string   `json:"target"`
	Sign   string   `json:"sign"`
	Types  []string `json:"types"`
	Claims []string `json:"claims"` // "document/claim:lines"
}

// Triangle is an unbalanced triangle with its three signed pairs.
type Triangle struct {
	Actors [3]string `json:"actors"`
	Signs  string    `json:"signs"` // "++-" or "---"
	Ties   []TieRef  `json:"ties"`
}

// Balance is the balance report of a view.
type Balance struct {
	View        map[string]any `json:"view"`
	Triangles   map[string]int `json:"triangles"`
	Ratios      Ratios         `json:"balance"`
	Frustration Frustration    `json:"frustration"`
	KBlocs      KBlocs         `json:"k_blocs"`
	Unbalanced  []Triangle     `json:"unbalanced"`
}

// Ratios are the strong (Cartwright-Harary) and weak (Davis) balance
// ratios: the shares of triangles that are balanced in each sense.
type Ratios struct {
	Strong float64 `json:"strong"`
	Weak   float64 `json:"weak"`
}

// Frustration is the frustration index with a two-bloc split reaching it.
type Frustration struct {
	Index int        `json:"index"`
	Exact bool       `json:"exact"`
	Lower int        `json:"lower_bound"`
	Blocs [][]string `json:"blocs"`
	Flips []TieRef   `json:"flips"` // the pairs whose sign the split contradicts
}

// KBlocs is the k-bloc partition minimizing the Doreian-Mrvar criterion.
type KBlocs struct {
	K          int        `json:"k"`
	Alpha      float64    `json:"alpha"`
	Criterion  float64    `json:"criterion"`
	NegInside  int        `json:"negative_inside"`
	PosBetween int        `json:"positive_between"`
	Blocs      [][]string `json:"blocs"`
}

// ComputeBalance computes the balance report of the network's signed
// projection.
func ComputeBalance(n *graph.Network, opt BalanceOptions) Balance {
	k, alpha := opt.K, opt.Alpha
	if k == 0 {
		k = 2
	}
	if alpha == 0 {
		alpha = 0.5
	}
	pairs := n.Signed()
	g := balance.Graph{N: len(n.Actors)}
	for _, p := range pairs {
		g.Edges = append(g.Edges, balance.Edge{U: p.A, V: p.B, Sign: int8(p.Sign)})
	}
	byPair := map[[2]int]graph.SignedPair{}
	for _, p := range pairs {
		byPair[[2]int{p.A, p.B}] = p
	}
	ref := func(a, b int) TieRef {
		if b < a {
			a, b = b, a
		}
		p := byPair[[2]int{a, b}]
		r := TieRef{Source: n.Actors[a].ID, Target: n.Actors[b].ID, Sign: p.Sign.String(), Types: []string{}, Claims: []string{}}
		for _, t := range p.Ties {
			r.Types = append(r.Types, t.Type.ID)
			for _, c := range t.Claims {
				r.Claims = append(r.Claims, c.Ref())
			}
		}
		return r
	}
	ids := func(nodes []int) []string {
		out := make([]string, len(nodes))
		for i, v := range nodes {
			out[i] = n.Actors[v].ID
		}
		return out
	}

	census := balance.Triangles(g)
	out := Balance{View: n.View.Map(), Unbalanced: []Triangle{},
		Triangles: map[string]int{"+++": census.PPP, "++-": census.PPN, "+--": census.PNN, "---": census.NNN},
		Ratios:    Ratios{Strong: census.Strong(), Weak: census.Weak()}}
	for _, tri := range census.Unbalanced {
		t := Triangle{Actors: [3]string{n.Actors[tri[0]].ID, n.Actors[tri[1]].ID, n.Actors[tri[2]].ID}}
		neg := 0
		for _, e := range [][2]int{{tri[0], tri[1]}, {tri[0], tri[2]}, {tri[1], tri[2]}} {
			r := ref(e[0], e[1])
			if r.Sign == "-" {
				neg++
			}
			t.Ties = append(t.Ties, r)
		}
		t.Signs = "++-"
		if neg == 3 {
			t.Signs = "---"
		}
		out.Unbalanced = append(out.Unbalanced, t)
	}

	bopt := balance.Options{Seed: opt.Seed}
	split := balance.Frustration(g, bopt)
	sides := split.Blocs()
	out.Frustration = Frustration{Index: split.Index, Exact: split.Exact, Lower: split.Lower,
		Blocs: [][]string{ids(sides[0]), ids(sides[1])}, Flips: []TieRef{}}
	for _, i := range split.Flips {
		e := g.Edges[i]
		out.Frustration.Flips = append(out.Frustration.Flips, ref(e.U, e.V))
	}
	part := balance.Blocs(g, k, alpha, bopt)
	out.KBlocs = KBlocs{K: k, Alpha: alpha, Criterion: part.P, NegInside: part.NegInside, PosBetween: part.PosBetween, Blocs: [][]string{}}
	for _, b := range part.Blocs {
		out.KBlocs.Blocs = append(out.KBlocs.Blocs, ids(b))
	}
	return out
}
