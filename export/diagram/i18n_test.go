package diagram

import (
	"kg/export/escape"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

// TestUITextComplete: the Persian and Arabic tables translate the same
// words, and a diagram of every encoding (kinds, line styles, modalities,
// a contested pair, several claims on a tie, sizes, blocs) drawn in
// Persian or Arabic holds none of kg's English words.
func TestUITextComplete(t *testing.T) {
	fa, ar := slices.Sorted(maps.Keys(uiText["fa"])), slices.Sorted(maps.Keys(uiText["ar"]))
	if !slices.Equal(fa, ar) {
		t.Errorf("fa translates %q\nar translates %q", fa, ar)
	}
	kb := loadKB(t, "../../testdata/diagram")
	n := kb.Network(graph.View{AllModalities: true})
	var blocs [][]string
	for _, c := range n.Communities(1).Signed.Communities {
		if len(c) > 1 {
			blocs = append(blocs, c)
		}
	}
	for _, lang := range []string{"fa", "ar"} {
		title, subtitle := ViewTitleLang(kb, n.View, lang)
		src, err := dotBytes(n, Options{Title: title, Subtitle: subtitle, Lang: lang, Layout: "dot",
			SizeBy: map[string]float64{"alpha": 1}, SizeName: "betweenness", Blocs: blocs})
		if err != nil {
			t.Fatal(err)
		}
		dot := string(src)
		for key, tr := range uiText[lang] {
			if strings.ContainsAny(key, "%;,") || key == tr || len(key) < 4 || !strings.Contains(key, " ") && !slices.Contains([]string{"Legend", "asserted", "prospective", "hypothetical", "negated"}, key) {
				continue // formats, punctuation and single words that may be ids
			}
			if strings.Contains(dot, key) {
				t.Errorf("%s diagram holds the English %q", lang, key)
			}
		}
		for _, want := range []string{ui(lang, "Legend"), ui(lang, "(contested)"), ui(lang, "all modalities"), ui(lang, "dashed box: a bloc")} {
			if !strings.Contains(dot, escape.HTML(want)) && !strings.Contains(dot, strings.ReplaceAll(want, "\u200c", "&#8204;")) {
				t.Errorf("%s diagram lacks %q", lang, want)
			}
		}
	}
}

// TestViewLine: in English the view line is graph.View.String, so a
// change there (a new view flag) shows here until viewLine learns it.
func TestViewLine(t *testing.T) {
	for _, v := range []graph.View{
		{},
		{Documents: []string{"a", "b"}, Era: "e", Types: []string{"t"}, Categories: []graph.Category{graph.War}, Signs: []graph.Sign{graph.Negative}, MinConfidence: graph.Medium},
		{AllModalities: true, At: graph.Date{Year: 2003}},
		{Modalities: []graph.Modality{graph.Negated, graph.Prospective}},
	} {
		if got, want := viewLine(v, "en"), v.String(); got != want {
			t.Errorf("viewLine(en) %q, want %q", got, want)
		}
		// the same parts in Persian: as many separators
		if got, want := strings.Count(viewLine(v, "fa"), "؛ "), strings.Count(v.String(), "; "); got != want {
			t.Errorf("viewLine(fa) %q has %d parts, English %q %d", viewLine(v, "fa"), got+1, v.String(), want+1)
		}
	}
	kb := loadKB(t, "../..")
	for _, v := range []graph.View{{}, {Documents: []string{"pourhassan-seifi-soft-alliance"}}, {Era: "post-saddam"}, {Documents: []string{"a", "b"}}} {
		gt, gs := ViewTitle(kb, v)
		lt, ls := ViewTitleLang(kb, v, "en")
		if gt != lt || gs != ls {
			t.Errorf("ViewTitleLang(en) %q %q, ViewTitle %q %q", lt, ls, gt, gs)
		}
	}
	if title, sub := ViewTitleLang(kb, graph.View{Documents: []string{"pourhassan-seifi-soft-alliance"}}, "fa"); title != kb.DocumentByID["pourhassan-seifi-soft-alliance"].Title["fa"] || !strings.Contains(sub, "انتشار") {
		t.Errorf("Persian title %q, subtitle %q", title, sub)
	}
}

// loadKB loads the knowledge base of a fixture folder with data/ and seeds/.
func loadKB(t testing.TB, dir string) *graph.KB {
	t.Helper()
	kb, err := graph.Load(graph.Options{DataDir: filepath.Join(dir, "data"), SeedsDir: filepath.Join(dir, "seeds")})
	if err != nil {
		t.Fatalf("loading %s: %v", dir, err)
	}
	return kb
}
