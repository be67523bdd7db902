package extract

import (
	"slices"
	"testing"

	"kg/graph"
)

func testGazetteer() *Gazetteer {
	kb := &graph.KB{Actors: []*graph.Actor{
		{ID: "iran", Names: map[string]string{"en": "Iran", "fa": "ایران", "ar": "إيران"},
			Aliases: map[string][]string{"en": {"Tehran", "Iranian"}, "fa": {"تهران"}}},
		{ID: "iraq", Names: map[string]string{"en": "Iraq", "fa": "عراق", "ar": "العراق"}},
		{ID: "oman", Names: map[string]string{"en": "Oman"}},
		{ID: "saudi-arabia", Names: map[string]string{"en": "Saudi Arabia", "ar": "السعودية"},
			Aliases: map[string][]string{"fa": {"عربستان"}}},
		{ID: "islamic-republic", Names: map[string]string{"en": "Islamic Republic of Iran"}},
	}}
	return NewGazetteer(kb)
}

func TestGazetteerAffixes(t *testing.T) {
	g := testGazetteer()
	tests := []struct {
		line string
		want []string // actor ids, in order of position
	}{
		// the Arabic article and attached prepositions and conjunctions
		{"والعراق", []string{"iraq"}},
		{"بالعراق", []string{"iraq"}},
		{"للعراق", []string{"iraq"}},
		{"وإيران", []string{"iran"}},
		{"والسعودية", []string{"saudi-arabia"}},
		// Persian plural, ezafe and adjective endings
		{"ایرانی", []string{"iran"}},
		{"ایرانیان", []string{"iran"}},
		{"عراقی‌ها", []string{"iraq"}},
		{"ایران‌ها", []string{"iran"}},
		{"عربستانی", []string{"saudi-arabia"}},
		// Arabic nisba
		{"العراقية", []string{"iraq"}},
		{"الإيرانيين", []string{"iran"}},
		// no match inside an unrelated longer word
		{"ایرانشهر", nil},
		{"womanly", nil},
		{"Iranshahr", nil},
		{"معراقب", nil},
		// English word boundaries; the longer form wins where forms overlap
		{"Tehran and Baghdad", []string{"iran"}},
		{"the Islamic Republic of Iran and Oman", []string{"islamic-republic", "oman"}},
		{"Iranian-Iraq ties", []string{"iran", "iraq"}},
		// English adjectives are aliases, not suffix rules
		{"Iraqi", nil},
		// letter variants through normalization
		{"روابط ايران و عراق", []string{"iran", "iraq"}},
		{"الســـــعودية", []string{"saudi-arabia"}},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range g.Find(Normalize(tc.line)) {
			got = append(got, m.Actor)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Find(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
