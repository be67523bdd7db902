package graph_test

import (
	"path/filepath"
	"testing"

	"kg/bench/kbgen"
	"kg/graph"
)

// BenchmarkLoad loads and validates a generated knowledge base of 10,000
// actors and 100,000 claims in 100 claim files (about 31 MB of YAML).
func BenchmarkLoad(b *testing.B) {
	dir := b.TempDir()
	if err := kbgen.Write(dir, kbgen.Size{Actors: 10000, Claims: 100000, Files: 100, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	opts := graph.Options{DataDir: filepath.Join(dir, "data"), SeedsDir: filepath.Join(dir, "seeds")}
	b.ReportAllocs()
	for b.Loop() {
		kb, err := graph.Load(opts)
		if err != nil {
			b.Fatal(err)
		}
		if len(kb.Claims) != 100000 {
			b.Fatalf("loaded %d claims, want 100000", len(kb.Claims))
		}
	}
}
