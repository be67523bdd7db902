package main

import (
	"fmt"
	"testing"

	"kg/graph"
)

// TestRealDataCodes checks the external codes of the curated actors: a
// Wikidata id or an ISO 3166 code names one thing, so no two actors may
// share one. Correlates of War numbers may repeat by design (365 for Russia
// and the Soviet Union, 640 for Turkey and the Ottoman Empire) and are not
// checked here.
func TestRealDataCodes(t *testing.T) {
	kb, err := graph.Load(graph.Options{DataDir: "data", SeedsDir: "seeds"})
	if err != nil {
		t.Fatal(err)
	}
	if dups := duplicateCodes(kb.Actors); len(dups) > 0 {
		for _, d := range dups {
			t.Error(d)
		}
	}
}

// TestDuplicateCodes shows that the check above can fail.
func TestDuplicateCodes(t *testing.T) {
	actors := []*graph.Actor{
		{ID: "gcc", Codes: graph.Codes{Wikidata: "Q217172"}},
		{ID: "gulf-states", Codes: graph.Codes{Wikidata: "Q217172"}},
		{ID: "russia", Codes: graph.Codes{ISO3: "RUS", COW: 365}},
		{ID: "soviet-union", Codes: graph.Codes{COW: 365}},
		{ID: "russian-federation", Codes: graph.Codes{ISO3: "RUS"}},
	}
	got := duplicateCodes(actors)
	want := []string{
		`wikidata id "Q217172" is on both "gcc" and "gulf-states"`,
		`iso3 code "RUS" is on both "russia" and "russian-federation"`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %q, want %q", got[i], want[i])
		}
	}
}

// duplicateCodes lists, in actor order, each Wikidata id and ISO 3166 code
// that a later actor repeats.
func duplicateCodes(actors []*graph.Actor) []string {
	var out []string
	wikidata, iso3 := map[string]string{}, map[string]string{}
	for _, a := range actors {
		if q := a.Codes.Wikidata; q != "" {
			if first, ok := wikidata[q]; ok {
				out = append(out, fmt.Sprintf("wikidata id %q is on both %q and %q", q, first, a.ID))
			} else {
				wikidata[q] = a.ID
			}
		}
		if c := a.Codes.ISO3; c != "" {
			if first, ok := iso3[c]; ok {
				out = append(out, fmt.Sprintf("iso3 code %q is on both %q and %q", c, first, a.ID))
			} else {
				iso3[c] = a.ID
			}
		}
	}
	return out
}
