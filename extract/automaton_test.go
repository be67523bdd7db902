package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestAutomaton compares the automaton with a plain search for every
// pattern, on random patterns and texts over a small alphabet (so that
// patterns overlap and nest), with a full table and with most states kept
// as trie edges only.
func TestAutomaton(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", "ی", "ه", "ا", " ", "é"}
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for round := range 200 {
		pats := make([]string, 1+rng.IntN(12))
		for i := range pats {
			pats[i] = word(rng.IntN(5))
			if slices.Contains(pats[:i], pats[i]) {
				pats[i] = "" // a repeated pattern is reported as its first
			}
		}
		text := word(rng.IntN(40))
		var want []hit
		for i := 0; i < len(text); i++ {
			for p, s := range pats {
				if s != "" && strings.HasSuffix(text[:i+1], s) {
					want = append(want, hit{int32(p), int32(i + 1 - len(s)), int32(i + 1)})
				}
			}
		}
		order := func(h []hit) []hit {
			h = slices.Clone(h)
			slices.SortFunc(h, func(a, b hit) int {
				if a.end != b.end {
					return int(a.end - b.end)
				}
				return int(a.pat - b.pat)
			})
			return h
		}
		want = order(want)
		for _, cells := range []int{maxDenseCells, 1} {
			got := order(newAutomatonCells(pats, cells).appendHits(nil, text))
			if !slices.Equal(got, want) {
				t.Fatalf("round %d, %d cells: patterns %q in %q:\ngot  %v\nwant %v", round, cells, pats, text, got, want)
			}
		}
	}
}
