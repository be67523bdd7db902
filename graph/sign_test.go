package graph

import (
	"slices"
	"testing"
)

// TestClaimSign checks that a claim's own sign overrides its type's
// everywhere a sign is read: the view's --sign filter, the tie key, the
// signed projection, positive-tie projections and contested pairs.
func TestClaimSign(t *testing.T) {
	kb := testKB(t,
		[8]string{"d1", "a", "talks", "b", "asserted", "high", "2000", "2010"}, // ca: "+" of its own
		[8]string{"d1", "a", "talks", "b", "asserted", "high", "2000", "2010"}, // cb: the type's "0"
		[8]string{"d2", "b", "talks", "c", "asserted", "high", "2000", "2010"}, // cc: "-" of its own
		[8]string{"d3", "a", "alliance", "c", "asserted", "high", "2000", ""},  // cd: "-" of its own: a betrayed alliance
		[8]string{"d4", "a", "war", "b", "asserted", "high", "2005", ""},       // ce: the type's "-"
	)
	own := map[string]Sign{"ca": Positive, "cc": Negative, "cd": Negative}
	for _, c := range kb.Claims {
		if s, ok := own[c.ID]; ok {
			c.Sign, c.HasSign = s, true
		}
	}
	want := map[string]Sign{"ca": Positive, "cb": Neutral, "cc": Negative, "cd": Negative, "ce": Negative}
	for _, c := range kb.Claims {
		if got := kb.ClaimSign(c); got != want[c.ID] {
			t.Errorf("ClaimSign(%s) = %s, want %s", c.ID, got, want[c.ID])
		}
	}

	var ids []string
	for _, c := range kb.Select(View{Signs: []Sign{Positive}}) {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []string{"ca"}) {
		t.Errorf("--sign + selects %v, want [ca]: the type of ca is neutral, the alliance cd is negative", ids)
	}

	n := kb.Network(View{})
	type tie struct {
		s, typ, t string
		sign      Sign
		claims    int
	}
	var got []tie
	for _, x := range n.Ties {
		got = append(got, tie{x.Source, x.Type.ID, x.Target, x.Sign(), len(x.Claims)})
	}
	wantTies := []tie{
		{"a", "talks", "b", Positive, 1}, // ca and cb: one pair and type, two signs, two ties
		{"a", "talks", "b", Neutral, 1},
		{"a", "war", "b", Negative, 1},
		{"a", "alliance", "c", Negative, 1},
		{"b", "talks", "c", Negative, 1},
	}
	if !slices.Equal(got, wantTies) {
		t.Errorf("ties = %v\nwant %v", got, wantTies)
	}

	// a-b: +1 (talks of d1) against -1 (war of d4) cancel; a-c and b-c
	// are negative though their types are positive and neutral
	var signed []string
	for _, p := range n.Signed() {
		signed = append(signed, n.Actors[p.A].ID+n.Actors[p.B].ID+p.Sign.String())
	}
	if !slices.Equal(signed, []string{"ac-", "bc-"}) {
		t.Errorf("signed projection = %v, want [ac- bc-]", signed)
	}
	if g := n.Undirected(PositiveTie); g.Edges().Len() != 1 {
		t.Errorf("positive projection has %d edges, want 1 (a-b through ca)", g.Edges().Len())
	}
	// a-b is contested: d1's positive talks and d4's war overlap in time
	for _, x := range n.Ties {
		ab := x.Source == "a" && x.Target == "b"
		if x.Sign() != Neutral && x.Contested != ab {
			t.Errorf("tie %s %s %s %s: contested = %v", x.Source, x.Type.ID, x.Target, x.Sign(), x.Contested)
		}
	}
}
