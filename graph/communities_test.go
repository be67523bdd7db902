package graph

import (
	"testing"
)

func TestCommunitiesEdgeCases(t *testing.T) {
	cases := map[string][][8]string{
		"no ties that count": {{"d1", "a", "talks", "b", "asserted", "high", "", ""}},
		"negative only":      {{"d1", "a", "war", "b", "asserted", "high", "", ""}, {"d1", "b", "war", "c", "asserted", "high", "", ""}},
		"positive only":      {{"d1", "a", "alliance", "b", "asserted", "high", "", ""}},
		"one of each":        {{"d1", "a", "alliance", "b", "asserted", "high", "", ""}, {"d1", "b", "war", "c", "asserted", "high", "", ""}},
	}
	for name, claims := range cases {
		kb := testKB(t, claims...)
		n := kb.Network(View{})
		c := n.Communities(1)
		total := 0
		for _, comm := range c.Louvain.Communities {
			total += len(comm)
		}
		if total != len(n.Actors) {
			t.Errorf("%s: Louvain places %d of %d actors", name, total, len(n.Actors))
		}
		total = 0
		for _, comm := range c.Signed.Communities {
			total += len(comm)
		}
		if total != len(n.Actors) {
			t.Errorf("%s: signed blocs place %d of %d actors", name, total, len(n.Actors))
		}
	}
	if c := (&Network{}).Communities(1); len(c.Louvain.Communities) != 0 {
		t.Errorf("empty network: %v", c)
	}
}
