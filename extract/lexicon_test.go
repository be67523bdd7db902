package extract

import (
	"testing"

	"kg/graph"
)

// TestLexicon finds cues with the affixes of names, English stems, the
// longer phrase where cues overlap, and types resolved against the
// knowledge base (missing ones through their category).
func TestLexicon(t *testing.T) {
	kb, err := graph.Build(graph.KB{Types: []*graph.RelationType{
		{ID: "war", Category: graph.War},
		{ID: "sanctions", Category: graph.Sanctions},
		{ID: "cooperation", Category: graph.Cooperation},
		{ID: "trade", Category: graph.Economic}, // economic cooperation falls back to it
		{ID: "relation", Category: graph.OtherCategory},
	}})
	if err != nil {
		t.Fatal(err)
	}
	lx := newLexicon(kb, "fa", "ar", "en")
	tests := []struct {
		line string
		want []string // types, in order
	}{
		{"تحریم‌های آمریکا", []string{"sanctions"}},
		{"والعقوبات", []string{"sanctions"}},
		{"الحرب على داعش", []string{"war"}},           // the longer phrase, one cue
		{"همکاری اقتصادی دو کشور", []string{"trade"}}, // not cooperation
		{"همکاریهای دو کشور", []string{"cooperation"}},
		{"Iran cooperated; cooperation grew", []string{"cooperation", "cooperation"}},
		{"the wars and warfare", []string{"war", "war"}},
		{"a warden", nil},         // war is a word, not a stem
		{"important people", nil}, // import is not a stem
		{"جنگنده", nil},           // جنگ inside another word
		{"روابط", []string{"relation"}},
		{"an alliance", nil}, // no type of category alliance in this knowledge base
	}
	var sc scratch
	for _, tc := range tests {
		var got []string
		for _, h := range lx.find(Normalize(tc.line), &sc) {
			got = append(got, h.cue.typ)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: cues %v, want %v", tc.line, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: cues %v, want %v", tc.line, got, tc.want)
				break
			}
		}
	}
	// every entry of the lexicon names a type of the shipped vocabulary
	real := loadKB(t)
	for _, e := range cueLexicon {
		if _, ok := real.TypeByID[e.typ]; !ok {
			t.Errorf("cue entry for unknown type %q", e.typ)
		} else if real.TypeByID[e.typ].Category != e.cat {
			t.Errorf("cue entry %q: category %v, data says %v", e.typ, e.cat, real.TypeByID[e.typ].Category)
		}
	}
}
