package graph

import "testing"

// TestStrongest: ties by strength, a tie bringing in an actor past the
// limit left out while weaker ties among the kept actors still come in.
func TestStrongest(t *testing.T) {
	kb := testKB(t,
		// a-b strongest (two documents), then b-c, then c-d, then a-c
		[8]string{"d1", "a", "alliance", "b", "asserted", "high", "2000", ""},
		[8]string{"d2", "a", "alliance", "b", "asserted", "high", "2000", ""},
		[8]string{"d1", "b", "alliance", "c", "asserted", "high", "2000", ""},
		[8]string{"d1", "c", "alliance", "d", "asserted", "medium", "2000", ""},
		[8]string{"d1", "a", "alliance", "c", "asserted", "low", "2000", ""},
	)
	n := kb.Network(View{})
	o := n.Strongest(3, 3)
	var got []string
	for _, tie := range o.Ties {
		got = append(got, tie.Source+"-"+tie.Target)
	}
	if len(o.Actors) != 3 || len(got) != 3 || got[0] != "a-b" || got[1] != "a-c" || got[2] != "b-c" {
		t.Errorf("Strongest(3, 3) = %v with %d actors, want a-b a-c b-c (c-d would bring in a fourth actor)", got, len(o.Actors))
	}
	if o.Index("d") >= 0 || len(o.Claims) != 4 {
		t.Errorf("d kept (%d) or %d claims, want 4", o.Index("d"), len(o.Claims))
	}
	if n.Strongest(10, 10) != n || n.Heaviest(4) != n {
		t.Errorf("a network within the limits is not returned as is")
	}
	if h := n.Heaviest(2); len(h.Ties) != 2 || len(h.Actors) != 3 {
		t.Errorf("Heaviest(2): %d ties, %d actors; want a-b, b-c", len(h.Ties), len(h.Actors))
	}
}
