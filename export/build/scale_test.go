package build

import (
	"fmt"
	"slices"
	"testing"

	"kg/graph"
)

// TestDiffPairs: with few documents every pair sharing an actor; with
// more, each document with its DiffNearest nearest by shared actors, so
// the number of pairs grows with the documents, not their square.
func TestDiffPairs(t *testing.T) {
	docsOf := func(n int) ([]*graph.Document, map[string]map[string]bool) {
		var docs []*graph.Document
		actors := map[string]map[string]bool{}
		for i := range n {
			id := fmt.Sprintf("d%02d", i)
			docs = append(docs, &graph.Document{ID: id})
			// every document shares the hub; neighbours share more
			actors[id] = map[string]bool{"hub": true, fmt.Sprint("a", i): true, fmt.Sprint("a", i+1): true, fmt.Sprint("b", i): true}
		}
		return docs, actors
	}
	docs, actors := docsOf(DiffAll)
	if got, want := len(DiffPairs(docs, actors)), DiffAll*(DiffAll-1)/2; got != want {
		t.Errorf("%d documents: %d pairs, want every pair (%d)", DiffAll, got, want)
	}
	docs, actors = docsOf(40)
	pairs := DiffPairs(docs, actors)
	if len(pairs) > DiffNearest*40 {
		t.Errorf("40 documents: %d pairs, want at most %d", len(pairs), DiffNearest*40)
	}
	// d05 shares two actors with d04 and d06 (a5, a6 and the hub), one
	// with everyone else: those are its nearest
	for _, p := range [][2]string{{"d04", "d05"}, {"d05", "d06"}} {
		if !slices.Contains(pairs, p) {
			t.Errorf("40 documents: pair %v missing from %v", p, pairs)
		}
	}
	if slices.Contains(pairs, [2]string{"d05", "d20"}) {
		t.Errorf("40 documents: d05--d20 chosen, though neither is the other's nearest")
	}
}
