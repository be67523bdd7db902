package diff

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"kg/graph"
)

var realKB = sync.OnceValues(func() (*graph.KB, error) {
	return graph.Load(graph.Options{DataDir: "../../data", SeedsDir: "../../seeds"})
})

func loadReal(t *testing.T) *graph.KB {
	t.Helper()
	kb, err := realKB()
	if err != nil {
		t.Fatalf("loading the real data: %v", err)
	}
	return kb
}

var allMatches = Matches()

// TestPropertiesDocuments checks the properties on every pair of real
// documents under every match.
func TestPropertiesDocuments(t *testing.T) {
	kb := loadReal(t)
	var views []graph.View
	for _, d := range kb.Documents {
		views = append(views, graph.View{Documents: []string{d.ID}})
	}
	checkAllPairs(t, kb, views)
}

// TestPropertiesEras checks them on every pair of eras, in all modalities.
func TestPropertiesEras(t *testing.T) {
	kb := loadReal(t)
	var views []graph.View
	for _, e := range kb.Eras {
		views = append(views, graph.View{Era: e.ID, AllModalities: true})
	}
	checkAllPairs(t, kb, views)
}

// checkAllPairs checks every view against itself under every match, every
// pair of views under the type match, and the pairs of neighbouring views
// under the others, in parallel.
func checkAllPairs(t *testing.T, kb *graph.KB, views []graph.View) {
	nets := make([]*graph.Network, len(views))
	for i, v := range views {
		nets[i] = kb.Network(v)
	}
	for _, m := range allMatches {
		for i := range views {
			t.Run(fmt.Sprintf("%s by %s", views[i], m), func(t *testing.T) {
				t.Parallel()
				checkSelf(t, "", kb, nets[i], m)
				for j := i + 1; j < len(views); j++ {
					if m != MatchType && j > i+1 {
						break
					}
					checkPair(t, fmt.Sprintf("vs %s", views[j]), kb, nets[i], kb, nets[j], m)
				}
			})
		}
	}
}

// randomView draws a view of kb: some documents, perhaps an era, a sign, a
// modality and a confidence.
func randomView(rng *rand.Rand, kb *graph.KB) graph.View {
	var v graph.View
	for _, d := range kb.Documents {
		if rng.IntN(3) == 0 {
			v.Documents = append(v.Documents, d.ID)
		}
	}
	if rng.IntN(2) == 0 {
		v.Era = kb.Eras[rng.IntN(len(kb.Eras))].ID
	}
	if rng.IntN(4) == 0 {
		v.Signs = []graph.Sign{graph.Sign(rng.IntN(3) - 1)}
	}
	switch rng.IntN(4) {
	case 0:
		v.AllModalities = true
	case 1:
		v.Modalities = []graph.Modality{graph.Asserted, graph.Negated}
	}
	v.MinConfidence = graph.Confidence(1 + rng.IntN(3))
	return v
}

func TestPropertiesRandomViews(t *testing.T) {
	kb := loadReal(t)
	rng := rand.New(rand.NewPCG(6, 1))
	n := 40
	if testing.Short() {
		n = 10
	}
	for i := range n {
		va, vb := randomView(rng, kb), randomView(rng, kb)
		m := allMatches[i%len(allMatches)]
		checkProperties(t, fmt.Sprintf("view %d: %s vs %s by %s", i, va, vb, m), kb, kb.Network(va), kb, kb.Network(vb), m)
	}
}

// TestPropertiesRandomKBs checks the properties on random knowledge bases
// and random revisions of them: each revision is a new knowledge base,
// sharing no pointer with the first, with claims dropped, added and
// edited and relation types redefined.
func TestPropertiesRandomKBs(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 2))
	n := 150
	if testing.Short() {
		n = 50
	}
	kinds := map[string]bool{}
	for i := range n {
		size := 2 + rng.IntN(12)
		a := randomKB(rng, size)
		b := mutate(rng, a, size)
		for _, v := range []graph.View{{}, {AllModalities: true}, {Documents: []string{"d0", "d1"}, Era: "now"}} {
			for _, m := range allMatches {
				name := fmt.Sprintf("kb %d, %s, by %s", i, v, m)
				na, nb := a.Network(v), b.Network(v)
				checkProperties(t, name, a, na, b, nb, m)
				r := Compare(na, nb, Options{Match: m, Seed: 1, KBA: a, KBB: b})
				for _, d := range r.Ties.Changed {
					for _, c := range d.Changes {
						kinds[c] = true
					}
				}
				// A copy of a knowledge base is the same knowledge base.
				copied := mutateNothing(a)
				if err := checkEmpty(Compare(na, copied.Network(v), Options{Match: m, Seed: 1, KBA: a, KBB: copied})); err != nil {
					t.Errorf("%s: diff with a copy: %v", name, err)
				}
			}
		}
	}
	// The generator must reach every kind of change, or the properties
	// above say little.
	for _, c := range []string{ChangeType, ChangeCategory, ChangeSign, ChangeModality, ChangeTime, ChangeStrength} {
		if !kinds[c] {
			t.Errorf("no random revision changed a tie's %s", c)
		}
	}
}

// mutateNothing copies kb without a shared pointer.
func mutateNothing(kb *graph.KB) *graph.KB {
	out := &kbParts{}
	for _, ty := range kb.Types {
		c := *ty
		out.Types = append(out.Types, &c)
	}
	for _, e := range kb.Eras {
		c := *e
		out.Eras = append(out.Eras, &c)
	}
	for _, c := range kb.Claims {
		d := *c
		d.Evidence = slices.Clone(c.Evidence)
		out.addClaim(&d)
	}
	return out.build()
}
