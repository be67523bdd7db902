package diff

import (
	"kg/graph"
)

// Options tune Compare.
type Options struct {
	// Match decides when two ties are the same: besides the same actors
	// (in the same direction for a directed type), the same relation type
	// (MatchType, the default), the same category or the same sign.
	Match Match

	// Seed seeds the balance heuristics, as in kg balance.
	Seed uint64

	// KBA and KBB are the knowledge bases a and b were built from, if
	// known. They resolve a claim's time through its era or its
	// document's period; without them a claim's time is its own start
	// and end, open when it has none.
	KBA, KBB *graph.KB

	// TiesOnly compares actors and ties only: Report.Metrics, Blocs and
	// Balance are left empty and Report.Skipped says why (set it to the
	// reason). kg build uses it for large views; kg diff never does.
	TiesOnly string
}

// Report is what changed from network a to network b.
type Report struct {
	Match      Match          `json:"match"`
	A          NetworkInfo    `json:"a"`
	B          NetworkInfo    `json:"b"`
	Similarity Similarity     `json:"similarity"`
	Actors     ActorChanges   `json:"actors"`
	Ties       TieChanges     `json:"ties"`
	Metrics    []ActorMetrics `json:"metrics"` // every actor of either side, sorted by id
	Blocs      Blocs          `json:"blocs"`
	Balance    BalanceChange  `json:"balance"`
	// Skipped, when set, says why the metrics, blocs and balance were not
	// compared (Options.TiesOnly); they are empty then.
	Skipped string `json:"skipped,omitempty"`
}

// NetworkInfo describes one side.
type NetworkInfo struct {
	View        map[string]any `json:"view"`
	Description string         `json:"description"`
	Actors      int            `json:"actors"`
	Ties        int            `json:"ties"` // ties merged by key under the match
	Claims      int            `json:"claims"`
}

// Similarity is the Jaccard index of the two sides' tie keys: common keys
// over keys on either side, 1 when both sides are empty.
type Similarity struct {
	Jaccard float64 `json:"jaccard"`
	Common  int     `json:"common"`
	Union   int     `json:"union"`
}

// ActorChanges are the actors on one side only.
type ActorChanges struct {
	Added   []Actor `json:"added"`   // in b only, sorted by id
	Removed []Actor `json:"removed"` // in a only, sorted by id
	Common  int     `json:"common"`
}

// Actor names an actor as its side's knowledge base describes it.
type Actor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
}

// TieChanges sorts the ties of both sides by what happened to them. Each
// list is sorted by key.
type TieChanges struct {
	Added     []TieDiff `json:"added"`     // B set, A nil
	Removed   []TieDiff `json:"removed"`   // A set, B nil
	Changed   []TieDiff `json:"changed"`   // both set, Changes not empty
	Unchanged []TieDiff `json:"unchanged"` // both set, Changes empty
}

// TieDiff is one tie on either or both sides.
type TieDiff struct {
	Key
	Changes []string `json:"changes"` // type, category, sign, modality, time, strength
	A       *Side    `json:"a"`
	B       *Side    `json:"b"`
}

// Compare reports what changed from network a to network b. The two may
// come from different knowledge bases: actors, types and claims are compared
// by id and value. The report is sorted and depends only on the networks
// and the options. Compare panics on a Match outside Matches(), a
// programmer's error: users' values go through ParseMatch.
func Compare(a, b *graph.Network, opt Options) *Report {
	if opt.Match >= numMatches {
		panic("diff: unknown match mode " + opt.Match.String())
	}
	ta, tb := Ties(a, opt.KBA, opt.Match), Ties(b, opt.KBB, opt.Match)
	r := &Report{Match: opt.Match, A: info(a, len(ta)), B: info(b, len(tb))}
	r.Actors = compareActors(a, b)
	r.Ties = compareTies(ta, tb)
	common := len(r.Ties.Changed) + len(r.Ties.Unchanged)
	union := common + len(r.Ties.Added) + len(r.Ties.Removed)
	r.Similarity = Similarity{Jaccard: 1, Common: common, Union: union}
	if union > 0 {
		r.Similarity.Jaccard = float64(common) / float64(union)
	}
	if opt.TiesOnly != "" {
		r.Metrics, r.Skipped = []ActorMetrics{}, opt.TiesOnly
		return r
	}
	r.Metrics = compareMetrics(a, b)
	r.Blocs, r.Balance = compareBalance(a, b, opt.Seed)
	return r
}

func info(n *graph.Network, ties int) NetworkInfo {
	return NetworkInfo{View: n.View.Map(), Description: n.View.String(), Actors: len(n.Actors), Ties: ties, Claims: len(n.Claims)}
}

func compareActors(a, b *graph.Network) ActorChanges {
	out := ActorChanges{Added: []Actor{}, Removed: []Actor{}}
	for _, x := range a.Actors {
		if b.Index(x.ID) < 0 {
			out.Removed = append(out.Removed, actor(x))
		} else {
			out.Common++
		}
	}
	for _, x := range b.Actors {
		if a.Index(x.ID) < 0 {
			out.Added = append(out.Added, actor(x))
		}
	}
	return out
}

func actor(a *graph.Actor) Actor { return Actor{ID: a.ID, Name: a.Name("en"), Kind: a.Kind.String()} }

// compareTies merges two key-sorted tie lists.
func compareTies(ta, tb []Tie) TieChanges {
	out := TieChanges{Added: []TieDiff{}, Removed: []TieDiff{}, Changed: []TieDiff{}, Unchanged: []TieDiff{}}
	i, j := 0, 0
	for i < len(ta) || j < len(tb) {
		c := 0
		switch {
		case i == len(ta):
			c = 1
		case j == len(tb):
			c = -1
		default:
			c = compareKeys(ta[i].Key, tb[j].Key)
		}
		switch {
		case c < 0:
			out.Removed = append(out.Removed, TieDiff{Key: ta[i].Key, Changes: []string{}, A: &ta[i].Side})
			i++
		case c > 0:
			out.Added = append(out.Added, TieDiff{Key: tb[j].Key, Changes: []string{}, B: &tb[j].Side})
			j++
		default:
			d := TieDiff{Key: ta[i].Key, Changes: changes(&ta[i].Side, &tb[j].Side), A: &ta[i].Side, B: &tb[j].Side}
			if len(d.Changes) > 0 {
				out.Changed = append(out.Changed, d)
			} else {
				out.Unchanged = append(out.Unchanged, d)
			}
			i, j = i+1, j+1
		}
	}
	return out
}

// Empty reports whether the report shows no change in actors or ties.
func (r *Report) Empty() bool {
	return len(r.Actors.Added) == 0 && len(r.Actors.Removed) == 0 &&
		len(r.Ties.Added) == 0 && len(r.Ties.Removed) == 0 && len(r.Ties.Changed) == 0
}
