package report

import (
	"encoding/json"
	"testing"

	"kg/graph"
)

// TestFoldMatchesHandFolded checks --fold against graphs folded by hand:
// testdata/fold/all and testdata/fold/persons hold the claims of
// testdata/fold/data rewritten with the actors they fold into, self-loops
// left out. A folded view must give the same metrics and balance as the
// hand-folded data, in every projection.
func TestFoldMatchesHandFolded(t *testing.T) {
	load := func(dir string) *graph.KB {
		t.Helper()
		kb, err := graph.Load(graph.Options{DataDir: "../../testdata/fold/" + dir, SeedsDir: "../../testdata/fold/seeds"})
		if err != nil {
			t.Fatal(err)
		}
		return kb
	}
	curated := load("data")
	for _, tc := range []struct {
		fold  string
		dir   string
		loops int
	}{
		{"all", "all", 2},         // dawa-kurdistan and kadhimi-iraq become iraq-iraq
		{"persons", "persons", 1}, // kadhimi-iraq
		{"persons,parties,regions", "all", 2},
	} {
		kinds, err := graph.ParseFold(tc.fold)
		if err != nil {
			t.Fatal(err)
		}
		folded := curated.Network(graph.View{Fold: kinds})
		hand := load(tc.dir).Network(graph.View{})
		if len(folded.SelfLoops) != tc.loops {
			t.Errorf("--fold %s: %d self-loops left out, want %d", tc.fold, len(folded.SelfLoops), tc.loops)
		}
		if folded.Empty() || len(folded.Actors) != len(hand.Actors) {
			t.Fatalf("--fold %s: %d actors, hand-folded %d", tc.fold, len(folded.Actors), len(hand.Actors))
		}
		for _, opt := range []MetricsOptions{{}, {AllTies: true}, {Directed: true}, {Weighted: true, AllTies: true}} {
			a, b := ComputeMetrics(folded, opt), ComputeMetrics(hand, opt)
			a.View, b.View = nil, nil
			a.Graph.FoldedSelfLoops = 0
			if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
				t.Errorf("--fold %s, %+v: metrics differ from the hand-folded graph's\nfolded: %s\nhand:   %s", tc.fold, opt, ja, jb)
			}
		}
		a, b := ComputeBalance(folded, BalanceOptions{}), ComputeBalance(hand, BalanceOptions{})
		a.View, b.View = nil, nil
		if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
			t.Errorf("--fold %s: balance differs from the hand-folded graph's\nfolded: %s\nhand:   %s", tc.fold, ja, jb)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
