package extract_test

import (
	"fmt"

	"kg/extract"
	"kg/graph"
)

func ExampleNormalize() {
	// Arabic yeh and kaf, tatweel, a diacritic, a zero-width non-joiner and
	// Persian digits, as PDF extraction leaves them
	fmt.Println(extract.Normalize("روسيه\u200cها و كشورهاي عـــربيّ در ۱۴۰۰"))
	fmt.Println(extract.Normalize("  The ISLAMIC Republic\u00a0of Iran’s "))
	// Output:
	// روسیه ها و کشورهای عربی در 1400
	// the islamic republic of iran's
}

func ExampleGazetteer_Find() {
	kb, err := graph.Build(graph.KB{Actors: []*graph.Actor{
		{ID: "iran", Names: map[string]string{"en": "Iran", "fa": "ایران", "ar": "إيران"}},
		{ID: "iraq", Names: map[string]string{"en": "Iraq", "fa": "عراق", "ar": "العراق"}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	g := extract.NewGazetteer(kb)
	// byte offsets in the normalized line; the article, conjunction and
	// Persian endings stay outside the match
	for _, line := range []string{"العلاقات بين العراق وإيران", "روابط ایرانیان و عراقی\u200cها", "Iranshahr"} {
		fmt.Println(line, "->", g.Find(extract.Normalize(line)))
	}
	// Output:
	// العلاقات بين العراق وإيران -> [{iraq 24 36} {iran 39 49}]
	// روابط ایرانیان و عراقی‌ها -> [{iran 11 21} {iraq 31 39}]
	// Iranshahr -> []
}
