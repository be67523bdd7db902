package diff

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// Match is what two ties must share, besides their actors, to be the same
// tie. The zero value is MatchType, the default.
type Match uint8

// Match modes.
const (
	MatchType     Match = iota // the same relation type
	MatchCategory              // the same category
	MatchSign                  // the same sign
	numMatches
)

var matchNames = [numMatches]string{MatchType: "type", MatchCategory: "category", MatchSign: "sign"}

// Matches lists the match modes.
func Matches() []Match { return []Match{MatchType, MatchCategory, MatchSign} }

// String returns the mode's name: "type", "category" or "sign".
func (m Match) String() string {
	if m >= numMatches {
		return "Match(" + strconv.Itoa(int(m)) + ")"
	}
	return matchNames[m]
}

// MarshalText writes the mode's name, as in the JSON report.
func (m Match) MarshalText() ([]byte, error) {
	if m >= numMatches {
		return nil, fmt.Errorf("diff: unknown match mode %d", m)
	}
	return []byte(m.String()), nil
}

// UnmarshalText reads the mode's name, as in the JSON report.
func (m *Match) UnmarshalText(text []byte) error {
	v, err := ParseMatch(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// ParseMatch reads a match mode's name.
func ParseMatch(s string) (Match, error) {
	for _, m := range Matches() {
		if m.String() == s {
			return m, nil
		}
	}
	names := make([]string, 0, numMatches)
	for _, m := range Matches() {
		names = append(names, m.String())
	}
	return 0, &SpecError{Msg: fmt.Sprintf("unknown match mode %q (want %s)", s, strings.Join(names, ", ")), Hint: graph.Suggest(s, names)}
}

// Key identifies a tie across the two sides: its actors and the value it is
// matched on. For an undirected tie Source < Target; a directed tie keeps
// its direction, so a -> b and b -> a are different ties.
type Key struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	Directed bool   `json:"directed"`
	Match    string `json:"match"` // the relation type id, category or sign the tie is matched on
}

func (k Key) String() string {
	arrow := " -- "
	if k.Directed {
		arrow = " -> "
	}
	return k.Source + arrow + k.Target + " " + k.Match
}

func compareKeys(a, b Key) int {
	return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target),
		cmp.Compare(a.Match, b.Match), boolCompare(a.Directed, b.Directed))
}

func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// Side is one side's account of a tie: the network's ties that share the
// key, merged. Under the type match that is one tie per modality; under the
// category and sign matches, every type of that category or sign.
type Side struct {
	Types      []string `json:"types"`      // relation type ids, sorted
	Categories []string `json:"categories"` // sorted
	Signs      []string `json:"signs"`      // "+", "-", "0", sorted
	Modalities []string `json:"modalities"` // sorted
	Time       string   `json:"time"`       // the span of the claims' times, "start/end" with ".." for an open end
	Strength   float64  `json:"strength"`   // sum of the merged ties' strengths
	Contested  bool     `json:"contested"`  // one of the merged ties is contested
	Documents  []string `json:"documents"`  // sorted
	Claims     []Claim  `json:"claims"`     // sorted by key
}

// Claim is one claim behind a tie, with where its document says it.
type Claim struct {
	Key        string   `json:"key"` // "<document>/<claim id>"
	Document   string   `json:"document"`
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Type       string   `json:"type"`
	Modality   string   `json:"modality"`
	Confidence string   `json:"confidence"`
	Time       string   `json:"time"`
	Lines      []string `json:"lines"` // evidence line spans, "12" or "12-18"
}

// Ref is the claim's reference as kg prints it: "document/claim:12-18,20".
func (c Claim) Ref() string { return c.Key + ":" + strings.Join(c.Lines, ",") }

// Tie is a tie of one side under a match: its key and its values.
type Tie struct {
	Key  Key
	Side Side
}

// Ties returns the network's ties merged by key under match ("type",
// "category" or "sign"; "" is "type"), sorted by key: what Compare compares. kb, if not nil, is the knowledge base the
// network was built from; it resolves claims' times.
func Ties(n *graph.Network, kb *graph.KB, match Match) []Tie {
	type group struct {
		ties []*graph.Tie
	}
	groups := map[Key]*group{}
	for _, t := range n.Ties {
		k := Key{Source: t.Source, Target: t.Target, Directed: t.Type.Directed, Match: matchValue(t, match)}
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
		}
		g.ties = append(g.ties, t)
	}
	out := make([]Tie, 0, len(groups))
	for k, g := range groups {
		out = append(out, Tie{Key: k, Side: side(g.ties, kb)})
	}
	slices.SortFunc(out, func(a, b Tie) int { return compareKeys(a.Key, b.Key) })
	return out
}

func matchValue(t *graph.Tie, match Match) string {
	switch match {
	case MatchType:
		return t.Type.ID
	case MatchCategory:
		return t.Type.Category.String()
	case MatchSign:
		return t.Sign().String()
	}
	panic("diff: unknown match mode " + match.String())
}

func side(ties []*graph.Tie, kb *graph.KB) Side {
	var s Side
	var times []graph.Interval
	for _, t := range ties {
		s.Types = append(s.Types, t.Type.ID)
		s.Categories = append(s.Categories, t.Type.Category.String())
		s.Signs = append(s.Signs, t.Sign().String())
		s.Modalities = append(s.Modalities, t.Modality.String())
		s.Documents = append(s.Documents, t.Documents...)
		s.Strength += t.Strength
		s.Contested = s.Contested || t.Contested
		for _, c := range t.Claims {
			when := claimTime(kb, c)
			times = append(times, when)
			cl := Claim{Key: c.Key(), Document: c.Document, ID: c.ID, Source: c.Source, Target: c.Target, Type: c.Type,
				Modality: c.Modality.String(), Confidence: c.Confidence.String(), Time: when.String(), Lines: []string{}}
			for _, e := range c.Evidence {
				cl.Lines = append(cl.Lines, e.Lines())
			}
			s.Claims = append(s.Claims, cl)
		}
	}
	s.Types = sortedSet(s.Types)
	s.Categories = sortedSet(s.Categories)
	s.Signs = sortedSet(s.Signs)
	s.Modalities = sortedSet(s.Modalities)
	s.Documents = sortedSet(s.Documents)
	slices.SortFunc(s.Claims, func(a, b Claim) int { return cmp.Compare(a.Key, b.Key) })
	s.Time = hull(times).String()
	return s
}

func sortedSet(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	out = slices.Compact(out)
	if out == nil {
		out = []string{}
	}
	return out
}

// claimTime is the claim's time: through kb, its own start and end, its
// era or its document's period; without kb, its own start and end only.
func claimTime(kb *graph.KB, c *graph.Claim) graph.Interval {
	if kb != nil {
		return kb.ClaimTime(c)
	}
	return c.Time
}

// hull is the smallest interval holding every interval of ivs: open on a
// side when one of them is.
func hull(ivs []graph.Interval) graph.Interval {
	if len(ivs) == 0 {
		return graph.Interval{}
	}
	h := ivs[0]
	for _, iv := range ivs[1:] {
		if h.Start.IsZero() || iv.Start.IsZero() {
			h.Start = graph.Date{}
		} else if c := iv.Start.FirstDay().Compare(h.Start.FirstDay()); c < 0 || c == 0 && iv.Start.String() < h.Start.String() {
			h.Start = iv.Start
		}
		if h.End.IsZero() || iv.End.IsZero() {
			h.End = graph.Date{}
		} else if c := iv.End.LastDay().Compare(h.End.LastDay()); c > 0 || c == 0 && iv.End.String() < h.End.String() {
			h.End = iv.End
		}
	}
	return h
}

// Change names, in the order a changed tie lists them.
const (
	ChangeType     = "type"
	ChangeCategory = "category"
	ChangeSign     = "sign"
	ChangeModality = "modality"
	ChangeTime     = "time"
	ChangeStrength = "strength"
)

// strengthTolerance absorbs floating-point noise in sums of strengths.
const strengthTolerance = 1e-9

// changes lists what differs between two accounts of the same tie. The
// claims and documents behind it are provenance, not values: two documents
// that assert the same tie agree on it.
func changes(a, b *Side) []string {
	out := []string{}
	if !slices.Equal(a.Types, b.Types) {
		out = append(out, ChangeType)
	}
	if !slices.Equal(a.Categories, b.Categories) {
		out = append(out, ChangeCategory)
	}
	if !slices.Equal(a.Signs, b.Signs) {
		out = append(out, ChangeSign)
	}
	if !slices.Equal(a.Modalities, b.Modalities) {
		out = append(out, ChangeModality)
	}
	if a.Time != b.Time {
		out = append(out, ChangeTime)
	}
	if math.Abs(a.Strength-b.Strength) > strengthTolerance {
		out = append(out, ChangeStrength)
	}
	return out
}
