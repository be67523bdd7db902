package graph

import (
	"strings"
	"testing"
)

func TestBuild(t *testing.T) {
	iran := &Actor{ID: "iran", Kind: State, Names: map[string]string{"en": "Iran"}}
	iraq := &Actor{ID: "iraq", Kind: State, Names: map[string]string{"en": "Iraq"}}
	quds := &Actor{ID: "quds-force", Kind: ArmedGroup, Names: map[string]string{"en": "Quds Force"}, PartOf: "iran"}
	war := &RelationType{ID: "war", Category: War, Sign: Negative}
	ally := &RelationType{ID: "alliance", Category: Alliance, Sign: Positive}
	era := &Era{ID: "war-years", Period: Interval{Date{1980, 9, 22}, Date{1988, 8, 20}}}
	doc := &Document{ID: "d", Covers: Interval{Date{1900, 0, 0}, Date{2020, 0, 0}}}
	c1 := &Claim{ID: "b", Document: "d", Source: "iran", Target: "iraq", Type: "war", Era: "war-years", Modality: Asserted, Confidence: High, Weight: 1}
	c2 := &Claim{ID: "a", Document: "d", Source: "quds-force", Target: "iraq", Type: "alliance", Modality: Asserted, Confidence: Low, Weight: 1}
	kb, err := Build(KB{Actors: []*Actor{quds, iraq, iran}, Types: []*RelationType{war, ally}, Eras: []*Era{era},
		Documents: []*Document{doc}, Claims: []*Claim{c1, c2}})
	if err != nil {
		t.Fatal(err)
	}
	if kb.Actors[0] != iran || kb.Actors[2] != quds || kb.Types[0] != ally || kb.Claims[0] != c2 {
		t.Errorf("not sorted: %v %v %v", kb.Actors, kb.Types, kb.Claims)
	}
	if kb.ActorByID["quds-force"] != quds || kb.TypeByID["war"] != war || kb.EraByID["war-years"] != era || kb.DocumentByID["d"] != doc {
		t.Error("index maps not filled")
	}
	if got := kb.ClaimTime(c1).String(); got != "1980-09-22/1988-08-20" {
		t.Errorf("claim time through the era: %s", got)
	}
	if n := kb.Network(View{}); len(n.Ties) != 2 {
		t.Errorf("%d ties, want 2", len(n.Ties))
	}

	// every kind of broken reference, a duplicate and a cycle, all at once
	bad := &Claim{ID: "c", Document: "e", Source: "irann", Target: "iraq", Type: "wars", Era: "cold", Pos: Pos{File: "mem", Line: 3}}
	loopA := &Actor{ID: "a", PartOf: "b", Pos: Pos{File: "mem", Line: 1}}
	loopB := &Actor{ID: "b", PartOf: "a", Pos: Pos{File: "mem", Line: 2}}
	dup := &Actor{ID: "iran", Names: map[string]string{"en": "Iran again"}}
	kb, err = Build(KB{Actors: []*Actor{iran, iraq, dup, loopA, loopB}, Types: []*RelationType{war}, Claims: []*Claim{bad}})
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		`duplicate actor id "iran"`,
		"mem:1: part_of cycle: a -> b -> a",
		`mem:3: document "e" has no registry entry`,
		`mem:3: unknown actor "irann"`,
		`did you mean "iran"?`,
		`mem:3: unknown relation type "wars"`,
		`did you mean "war"?`,
		`mem:3: unknown era "cold"`,
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("errors lack %q:\n%v", w, err)
		}
	}
	if kb.ActorByID["iran"] != iran {
		t.Error("the first of two actors with one id is not kept")
	}
}
