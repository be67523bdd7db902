package extract

import (
	"os"
	"path/filepath"
	"slices"
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
	lx := newLexicon(kb, lexiconOf(t), "fa", "ar", "en")
	tests := []struct {
		line string
		want []string // types, in order
	}{
		{"تحریم\u200cهای آمریکا", []string{"sanctions"}},
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
	for _, e := range lexiconOf(t).entries {
		if _, ok := real.TypeByID[e.typ]; !ok {
			t.Errorf("%s: cue entry for unknown type %q", e.pos, e.typ)
		} else if real.TypeByID[e.typ].Category != e.cat {
			t.Errorf("%s: cue entry %q: category %v, data says %v", e.pos, e.typ, e.cat, real.TypeByID[e.typ].Category)
		}
	}
}

// lexiconOf reads kg's own lexicon, data/lexicon.yaml.
func lexiconOf(t testing.TB) *Lexicon {
	t.Helper()
	path := filepath.Join("..", "data", LexiconFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lex, err := ReadLexicon(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func TestReadLexicon(t *testing.T) {
	lex := lexiconOf(t)
	if got := lex.Languages(); !slices.Equal(got, []string{"ar", "en", "fa"}) {
		t.Errorf("languages %v", got)
	}
	if lex.Len() < 400 {
		t.Errorf("only %d words", lex.Len())
	}
	good := "cues:\n  - type: war\n    category: war\n    weight: 1\n    fa: [جنگ]\n    en: [war, fight*]\n    ku: [şer]\n"
	lex, err := ReadLexicon("l.yaml", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if got := lex.Languages(); !slices.Equal(got, []string{"en", "fa", "ku"}) {
		t.Errorf("languages %v", got)
	}
	for _, tc := range []struct{ name, yaml, want string }{
		{"syntax", "cues: [\n", "l.yaml:1: YAML syntax error: did not find expected node content"},
		{"empty", "", "l.yaml: the file is empty (want a mapping with the key cues)"},
		{"top key", "cue: []\n", "l.yaml:1:1: unknown key \"cue\" (want cues)\n\thint: did you mean \"cues\"?\nl.yaml:1:1: no cues key"},
		{"not a list", "cues: war\n", "l.yaml:1:7: cues must be a list of entries"},
		{"entry", "cues:\n  - war\n", "l.yaml:2:5: a cue entry must be a mapping with type, category, weight and word lists"},
		{"values", "cues:\n  - type: War\n    category: wars\n    weight: 2\n    en: [w*r, \"\"]\n    fa: war\n    wieght: 1\n",
			"l.yaml:2:11: type must be a relation type id (lowercase letters, digits and hyphens), not \"War\"\n" +
				"l.yaml:3:15: unknown category \"wars\" (want alliance, coalition, strategic-partnership, cooperation, economic, cultural-religious, support, mediation, diplomatic, rivalry, hostility, war, occupation-intervention, threat, sanctions, dependency, membership, other)\n\thint: did you mean \"war\"?\n" +
				"l.yaml:4:13: weight must be a number more than 0 and at most 1, not \"2\"\n" +
				"l.yaml:5:10: en: \"w*r\": \"*\" may only end a word (it matches every word the rest begins)\n" +
				"l.yaml:5:15: en: empty word \"\"\n" +
				"l.yaml:6:9: fa must be a list of words\n" +
				"l.yaml:7:5: unknown key \"wieght\" (want type, category, weight, note, or a language code such as fa, ar, en)\n\thint: did you mean \"weight\"?"},
		{"missing", "cues:\n  - type: war\n", "l.yaml:2:5: cue entry \"war\" has no category (the fallback when the knowledge base lacks the type)\n" +
			"l.yaml:2:5: cue entry \"war\" has no weight\nl.yaml:2:5: cue entry \"war\" has no words (give a list per language: fa, ar, en)"},
		{"alias", "cues:\n  - &a {type: war}\n  - *a\n", "l.yaml:3:5: YAML aliases are not supported in the lexicon"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadLexicon("l.yaml", []byte(tc.yaml))
			if err == nil || err.Error() != tc.want {
				t.Errorf("got\n%v\nwant\n%s", err, tc.want)
			}
		})
	}
}

// TestNoLexicon: candidates need a lexicon.
func TestNoLexicon(t *testing.T) {
	kb, c := loadKB(t), (*Corpus)(nil)
	if _, err := Candidates(kb, c, kb.Documents[0].ID, CandidateOptions{}); err != errNoLexicon {
		t.Errorf("Candidates without a lexicon: %v", err)
	}
	if _, err := Quality(kb, c, CandidateOptions{}); err != errNoLexicon {
		t.Errorf("Quality without a lexicon: %v", err)
	}
}
