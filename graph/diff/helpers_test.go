package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

// testTypes is the relation vocabulary of the hand-made and random
// knowledge bases: two types in one category, every sign, one directed
// type.
func testTypes() []*graph.RelationType {
	return []*graph.RelationType{
		{ID: "alliance", Category: graph.Alliance, Sign: graph.Positive},
		{ID: "soft-alliance", Category: graph.Alliance, Sign: graph.Positive},
		{ID: "rivalry", Category: graph.Rivalry, Sign: graph.Negative},
		{ID: "support", Category: graph.Support, Sign: graph.Positive, Directed: true},
		{ID: "talks", Category: graph.Diplomatic, Sign: graph.Neutral},
		{ID: "war", Category: graph.War, Sign: graph.Negative},
	}
}

// claimSpec is a claim of a hand-made knowledge base, written
// "doc source type target", optionally followed by modality=, confidence=,
// era=, start=, end= and lines= settings.
type claimSpec string

// newKB builds a knowledge base in memory from claims, with the test types,
// two eras and one document per document id (covering 1900-2020).
func newKB(t testing.TB, types []*graph.RelationType, claims ...claimSpec) *graph.KB {
	t.Helper()
	kb := &kbParts{KB: graph.KB{Types: types, Eras: testEras()}}
	counter := map[string]int{}
	for _, spec := range claims {
		f := strings.Fields(string(spec))
		if len(f) < 4 {
			t.Fatalf("bad claim spec %q", spec)
		}
		doc, src, typ, dst := f[0], f[1], f[2], f[3]
		counter[doc]++
		c := &graph.Claim{ID: fmt.Sprintf("c%02d", counter[doc]), Document: doc, Source: src, Target: dst, Type: typ,
			Modality: graph.Asserted, Confidence: graph.High, Weight: 1,
			Evidence: []graph.Evidence{{Start: counter[doc], End: counter[doc]}}}
		for _, kv := range f[4:] {
			k, v, _ := strings.Cut(kv, "=")
			var err error
			switch k {
			case "id":
				c.ID = v
			case "modality":
				c.Modality, err = graph.ParseModality(v)
			case "confidence":
				c.Confidence, err = graph.ParseConfidence(v)
			case "era":
				c.Era = v
			case "start":
				c.Time.Start, err = graph.ParseDate(v)
			case "end":
				c.Time.End, err = graph.ParseDate(v)
			case "lines":
				lo, hi, _ := strings.Cut(v, "-")
				fmt.Sscan(lo, &c.Evidence[0].Start)
				c.Evidence[0].End = c.Evidence[0].Start
				if hi != "" {
					fmt.Sscan(hi, &c.Evidence[0].End)
				}
			default:
				t.Fatalf("bad claim setting %q", kv)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		kb.addClaim(c)
	}
	return kb.build()
}

func testEras() []*graph.Era {
	return []*graph.Era{
		{ID: "cold", Period: graph.Interval{Start: graph.Date{Year: 1950}, End: graph.Date{Year: 1990}}},
		{ID: "now", Period: graph.Interval{Start: graph.Date{Year: 2003, Month: 4, Day: 9}}},
	}
}

// kbParts collects the parts of a hand-made knowledge base: each claim
// brings its actors (states named after their ids) and its document
// (covering 1900-2020) when they are new.
type kbParts struct {
	graph.KB
	seen map[string]bool
}

func (p *kbParts) addClaim(c *graph.Claim) {
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	for _, a := range []string{c.Source, c.Target} {
		if !p.seen["actor:"+a] {
			p.seen["actor:"+a] = true
			p.Actors = append(p.Actors, &graph.Actor{ID: a, Kind: graph.State, Names: map[string]string{"en": strings.ToUpper(a[:1]) + a[1:]}})
		}
	}
	if !p.seen["document:"+c.Document] {
		p.seen["document:"+c.Document] = true
		p.Documents = append(p.Documents, &graph.Document{ID: c.Document, Covers: graph.Interval{Start: graph.Date{Year: 1900}, End: graph.Date{Year: 2020}}})
	}
	p.Claims = append(p.Claims, c)
}

// build makes the knowledge base with graph.Build; the parts are the
// tests' own, so a problem is a broken test.
func (p *kbParts) build() *graph.KB {
	kb, err := graph.Build(p.KB)
	if err != nil {
		panic("test knowledge base: " + err.Error())
	}
	return kb
}

// compare runs Compare on the networks of the two views with the knowledge
// bases that resolve claims' times.
func compare(kbA *graph.KB, va graph.View, kbB *graph.KB, vb graph.View, match Match) *Report {
	return Compare(kbA.Network(va), kbB.Network(vb), Options{Match: match, Seed: 1, KBA: kbA, KBB: kbB})
}

// checkProperties checks the three properties of a diff on networks a and
// b: diff(a, a) and diff(b, b) are empty, diff(b, a) is diff(a, b)
// reversed, and applying diff(a, b) to a's ties gives b's.
func checkProperties(t *testing.T, name string, kbA *graph.KB, a *graph.Network, kbB *graph.KB, b *graph.Network, match Match) {
	t.Helper()
	checkSelf(t, name+", a", kbA, a, match)
	checkSelf(t, name+", b", kbB, b, match)
	checkPair(t, name, kbA, a, kbB, b, match)
}

// checkSelf checks that diff(a, a) is empty.
func checkSelf(t *testing.T, name string, kb *graph.KB, a *graph.Network, match Match) {
	t.Helper()
	if err := checkEmpty(Compare(a, a, Options{Match: match, Seed: 1, KBA: kb, KBB: kb})); err != nil {
		t.Errorf("%s: diff of a network with itself: %v", name, err)
	}
}

// checkPair checks that diff(b, a) is diff(a, b) reversed and that
// applying diff(a, b) to a's ties gives b's.
func checkPair(t *testing.T, name string, kbA *graph.KB, a *graph.Network, kbB *graph.KB, b *graph.Network, match Match) {
	t.Helper()
	ab := Compare(a, b, Options{Match: match, Seed: 1, KBA: kbA, KBB: kbB})
	ba := Compare(b, a, Options{Match: match, Seed: 1, KBA: kbB, KBB: kbA})
	if got, want := jsonOf(t, ba), jsonOf(t, reverse(ab)); !bytes.Equal(got, want) {
		t.Errorf("%s: diff(b, a) is not diff(a, b) reversed:\n%s", name, firstDifference(got, want))
	}
	applied, err := apply(Ties(a, kbA, match), ab)
	if err != nil {
		t.Fatalf("%s: apply: %v", name, err)
	}
	if err := sameTies(applied, Ties(b, kbB, match)); err != nil {
		t.Errorf("%s: applying diff(a, b) to a: %v", name, err)
	}
	if err := checkConsistent(ab, a, b); err != nil {
		t.Errorf("%s: %v", name, err)
	}
}

// checkEmpty reports how a diff of a network with itself is not empty.
func checkEmpty(r *Report) error {
	switch {
	case !r.Empty():
		return fmt.Errorf("%d+%d actors, %d+%d+%d ties added, removed, changed",
			len(r.Actors.Added), len(r.Actors.Removed), len(r.Ties.Added), len(r.Ties.Removed), len(r.Ties.Changed))
	case r.Similarity.Jaccard != 1:
		return fmt.Errorf("jaccard %v", r.Similarity.Jaccard)
	case len(r.Blocs.Changed) > 0:
		return fmt.Errorf("actors changing bloc: %v", r.Blocs.Changed)
	case r.Blocs.Swapped:
		return fmt.Errorf("blocs swapped")
	case r.Balance.Delta != BalanceDelta{}:
		return fmt.Errorf("balance changed: %+v", r.Balance.Delta)
	}
	for _, am := range r.Metrics {
		if am.Present != InBoth {
			return fmt.Errorf("actor %s on one side only", am.ID)
		}
		for _, x := range measures {
			if m := am.Get(x); *m.Delta != 0 || m.Shift != 0 {
				return fmt.Errorf("%s of %s changed: %+v", x, am.ID, *m)
			}
		}
	}
	return nil
}

// sameTies reports the first difference between two tie lists in keys or
// in the values Compare compares.
func sameTies(got, want []Tie) error {
	for i := 0; i < max(len(got), len(want)); i++ {
		switch {
		case i >= len(got):
			return fmt.Errorf("missing tie %s", want[i].Key)
		case i >= len(want):
			return fmt.Errorf("extra tie %s", got[i].Key)
		case got[i].Key != want[i].Key:
			return fmt.Errorf("tie %s where %s was expected", got[i].Key, want[i].Key)
		}
		if c := changes(&got[i].Side, &want[i].Side); len(c) > 0 {
			return fmt.Errorf("tie %s differs in %v", got[i].Key, c)
		}
	}
	return nil
}

// checkConsistent checks a report against its networks by other means
// than Compare's.
func checkConsistent(r *Report, a, b *graph.Network) error {
	ids := func(n *graph.Network) map[string]bool {
		m := map[string]bool{}
		for _, x := range n.Actors {
			m[x.ID] = true
		}
		return m
	}
	ia, ib := ids(a), ids(b)
	for _, x := range r.Actors.Added {
		if ia[x.ID] || !ib[x.ID] {
			return fmt.Errorf("added actor %s is not in b only", x.ID)
		}
	}
	for _, x := range r.Actors.Removed {
		if !ia[x.ID] || ib[x.ID] {
			return fmt.Errorf("removed actor %s is not in a only", x.ID)
		}
	}
	if got, want := len(r.Actors.Added)+len(r.Actors.Removed)+2*r.Actors.Common, len(ia)+len(ib); got != want {
		return fmt.Errorf("actor counts %d, want %d", got, want)
	}
	if n := len(r.Ties.Added) + len(r.Ties.Changed) + len(r.Ties.Unchanged); n != r.B.Ties {
		return fmt.Errorf("b has %d ties, the lists give %d", r.B.Ties, n)
	}
	if n := len(r.Ties.Removed) + len(r.Ties.Changed) + len(r.Ties.Unchanged); n != r.A.Ties {
		return fmt.Errorf("a has %d ties, the lists give %d", r.A.Ties, n)
	}
	// Every claim of each side is behind exactly one of its ties.
	for _, side := range []struct {
		name string
		n    *graph.Network
		ties [][]TieDiff
		get  func(TieDiff) *Side
	}{
		{"a", a, [][]TieDiff{r.Ties.Removed, r.Ties.Changed, r.Ties.Unchanged}, func(d TieDiff) *Side { return d.A }},
		{"b", b, [][]TieDiff{r.Ties.Added, r.Ties.Changed, r.Ties.Unchanged}, func(d TieDiff) *Side { return d.B }},
	} {
		var got []string
		for _, list := range side.ties {
			for _, d := range list {
				for _, c := range side.get(d).Claims {
					got = append(got, c.Key)
				}
			}
		}
		var want []string
		for _, c := range side.n.Claims {
			want = append(want, c.Key())
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			return fmt.Errorf("side %s: the ties' claims are not the view's claims", side.name)
		}
	}
	for _, d := range r.Ties.Changed {
		if len(d.Changes) == 0 {
			return fmt.Errorf("changed tie %s lists no change", d.Key)
		}
	}
	j := 1.0
	if u := r.Similarity.Union; u > 0 {
		j = float64(r.Similarity.Common) / float64(u)
	}
	if math.Abs(j-r.Similarity.Jaccard) > 1e-15 || r.Similarity.Jaccard < 0 || r.Similarity.Jaccard > 1 {
		return fmt.Errorf("jaccard %v, want %v", r.Similarity.Jaccard, j)
	}
	return nil
}

func jsonOf(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		if i >= len(g) || i >= len(w) || g[i] != w[i] {
			lo := max(0, i-5)
			return fmt.Sprintf("at line %d\ngot:\n%s\nwant:\n%s", i+1,
				strings.Join(g[lo:min(len(g), i+3)], "\n"), strings.Join(w[lo:min(len(w), i+3)], "\n"))
		}
	}
	return "(no difference)"
}

// randomKB generates a knowledge base of up to n actors over the test
// types, from rng.
func randomKB(rng *rand.Rand, n int) *graph.KB {
	kb := &kbParts{KB: graph.KB{Types: testTypes(), Eras: testEras()}}
	claims := rng.IntN(3 * n)
	for i := range claims {
		kb.addClaim(randomClaim(rng, kb.Types, n, fmt.Sprintf("c%03d", i)))
	}
	return kb.build()
}

func randomClaim(rng *rand.Rand, types []*graph.RelationType, n int, id string) *graph.Claim {
	src := rng.IntN(n)
	dst := (src + 1 + rng.IntN(n-1)) % n
	c := &graph.Claim{ID: id, Document: fmt.Sprintf("d%d", rng.IntN(3)),
		Source: fmt.Sprintf("a%02d", src), Target: fmt.Sprintf("a%02d", dst),
		Type:       types[rng.IntN(len(types))].ID,
		Modality:   graph.Modality(1 + rng.IntN(4)),
		Confidence: graph.Confidence(1 + rng.IntN(3)), Weight: 1,
		Evidence: []graph.Evidence{{Start: 1 + rng.IntN(50)}}}
	c.Evidence[0].End = c.Evidence[0].Start + rng.IntN(3)
	randomTime(rng, c)
	return c
}

func randomTime(rng *rand.Rand, c *graph.Claim) {
	c.Era, c.Time = "", graph.Interval{}
	switch rng.IntN(4) {
	case 0:
		c.Era = []string{"cold", "now"}[rng.IntN(2)]
	case 1:
		c.Time.Start = graph.Date{Year: 1940 + rng.IntN(80)}
		if rng.IntN(2) == 0 {
			c.Time.End = graph.Date{Year: c.Time.Start.Year + rng.IntN(10)}
		}
	}
}

// mutate returns a copy of kb, sharing no pointer with it, with random
// changes: claims dropped, added and edited, and relation types redefined.
func mutate(rng *rand.Rand, kb *graph.KB, n int) *graph.KB {
	out := &kbParts{}
	for _, ty := range kb.Types {
		c := *ty
		if rng.IntN(10) == 0 { // a curator redefines a type
			c.Sign = graph.Sign(rng.IntN(3) - 1)
			c.Category = graph.Categories()[rng.IntN(len(graph.Categories()))]
		}
		out.Types = append(out.Types, &c)
	}
	for _, e := range kb.Eras {
		c := *e
		out.Eras = append(out.Eras, &c)
	}
	for _, c := range kb.Claims {
		if rng.IntN(5) == 0 {
			continue // dropped
		}
		d := *c
		d.Evidence = slices.Clone(c.Evidence)
		switch rng.IntN(8) {
		case 0:
			d.Type = out.Types[rng.IntN(len(out.Types))].ID
		case 1:
			d.Modality = graph.Modality(1 + rng.IntN(4))
		case 2:
			d.Confidence = graph.Confidence(1 + rng.IntN(3))
		case 3:
			randomTime(rng, &d)
		case 4:
			d.Source, d.Target = d.Target, d.Source
		}
		out.addClaim(&d)
	}
	for i := range rng.IntN(n) {
		out.addClaim(randomClaim(rng, out.Types, n, fmt.Sprintf("n%03d", i)))
	}
	return out.build()
}
