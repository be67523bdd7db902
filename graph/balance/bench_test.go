package balance

import (
	"math/rand/v2"
	"testing"
)

// connectedGraphs returns count connected random graphs on n nodes with m
// ties, half of them negative.
func connectedGraphs(count, n, m int) []Graph {
	rng := rand.New(rand.NewPCG(7, 7))
	var gs []Graph
	for len(gs) < count {
		g := randomGraph(rng, n, m, 0.5)
		if len(components(newAdjacency(g))) == 1 {
			gs = append(gs, g)
		}
	}
	return gs
}

func benchFrustration(b *testing.B, n, m int, opt Options, exact bool) {
	gs := connectedGraphs(8, n, m)
	for i := 0; b.Loop(); i++ {
		if s := Frustration(gs[i%len(gs)], opt); exact && !s.Exact {
			b.Fatal("not exact")
		}
	}
}

// BenchmarkFrustrationExact30x90 times the exact frustration index of
// connected random graphs of 30 nodes and 90 ties, half of them negative.
func BenchmarkFrustrationExact30x90(b *testing.B) { benchFrustration(b, 30, 90, Options{}, true) }

// BenchmarkFrustrationExact30x100 does the same with 100 ties.
func BenchmarkFrustrationExact30x100(b *testing.B) { benchFrustration(b, 30, 100, Options{}, true) }

// BenchmarkFrustrationHeuristic1000 times the heuristic and its lower bound
// on random graphs of 1,000 nodes and 4,000 ties.
func BenchmarkFrustrationHeuristic1000(b *testing.B) {
	benchFrustration(b, 1000, 4000, Options{}, false)
}

// BenchmarkBlocs300 times a 3-bloc partition of random graphs of 300 nodes
// and 1,200 ties.
func BenchmarkBlocs300(b *testing.B) {
	gs := connectedGraphs(4, 300, 1200)
	for i := 0; b.Loop(); i++ {
		Blocs(gs[i%len(gs)], 3, DefaultAlpha, Options{})
	}
}
