package diagram

import (
	"fmt"
	"strings"

	"kg/graph"
)

// uiText holds the words kg writes into a diagram itself (the title's
// frame, the view, the legend, "(contested)", modalities), one table per
// language, keyed by the English text. Names, type labels and titles come
// from the data in the chosen language; ids and category names stay as
// they are. A key missing from a table shows in English
// (TestUITextComplete checks that none is).
var uiText = map[string]map[string]string{
	"fa": {
		"All documents":           "همهٔ اسناد",
		"%d documents":            "%d سند",
		"published %s":            "انتشار %s",
		"covers %s":               "بازهٔ زمانی %s",
		"%s to %s":                "%s تا %s",
		"from %s":                 "از %s",
		"until %s":                "تا %s",
		"; ":                      "؛ ",
		", ":                      "، ",
		"documents %s":            "اسناد %s",
		"era %s":                  "دوره %s",
		"at %s":                   "در %s",
		"types %s":                "انواع %s",
		"categories %s":           "دسته\u200cها %s",
		"signs %s":                "علامت\u200cها %s",
		"all modalities":          "همهٔ وجه\u200cها",
		"all documents, %s":       "همهٔ اسناد، %s",
		"confidence %s or higher": "اطمینان %s یا بیشتر",
		"asserted":                "تصریح\u200cشده",
		"prospective":             "آینده\u200cنگر",
		"hypothetical":            "فرضی",
		"negated":                 "نفی\u200cشده",
		"reported":                "نقل\u200cشده",
		"high":                    "زیاد",
		"medium":                  "متوسط",
		"low":                     "کم",
		"Legend":                  "راهنما",
		"state":                   "دولت",
		"armed-group":             "گروه مسلح",
		"party":                   "حزب",
		"person":                  "شخص",
		"organization":            "سازمان",
		"bloc":                    "بلوک",
		"region":                  "منطقه",
		"other":                   "دیگر",
		"ellipse":                 "بیضی",
		"box":                     "مستطیل",
		"hexagon":                 "شش\u200cضلعی",
		"egg":                     "تخم\u200cمرغی",
		"component":               "جزء",
		"doubleoctagon":           "هشت\u200cضلعی دوخطی",
		"note":                    "یادداشت",
		"%s (%s)":                 "%s (%s)",
		"cooperative tie":         "پیوند همکاری",
		"hostile tie":             "پیوند خصمانه",
		"neutral tie":             "پیوند خنثی",
		"solid: alliance, cooperation, support, ...":             "خط پیوسته: اتحاد، همکاری، حمایت، ...",
		"dashed: rivalry, hostility, threat, sanctions":          "خط\u200cچین: رقابت، خصومت، تهدید، تحریم",
		"thick: war, occupation, intervention":                   "خط ضخیم: جنگ، اشغال، مداخله",
		"dotted: prospective, hypothetical, negated or reported": "نقطه\u200cچین: آینده\u200cنگر، فرضی، نفی\u200cشده یا نقل\u200cشده",
		"arrow: directed type, source acts on target":            "پیکان: نوع جهت\u200cدار، مبدأ بر مقصد اثر می\u200cگذارد",
		"double, ⚑: contested, documents disagree in sign":       "دوخطی، ⚑: مورد مناقشه، اسناد در علامت اختلاف دارند",
		"×n: one line per tie, n claims behind it":               "×n: یک خط برای هر پیوند، با n ادعا",
		"one line per claim":                                     "یک خط برای هر ادعا",
		"larger text: higher %s":                                 "متن بزرگ\u200cتر: %s بیشتر",
		"betweenness":                                            "بینابینی",
		"dashed box: a bloc":                                     "کادر خط\u200cچین: یک بلوک",
		"bloc %d":                                                "بلوک %d",
		"(contested)":                                            "(مورد مناقشه)",
		"%d claims":                                              "%d ادعا",
		"1 claim":                                                "1 ادعا",
	},
	"ar": {
		"All documents":           "كل الوثائق",
		"%d documents":            "%d وثائق",
		"published %s":            "نُشر %s",
		"covers %s":               "يغطي %s",
		"%s to %s":                "%s إلى %s",
		"from %s":                 "من %s",
		"until %s":                "حتى %s",
		"; ":                      "؛ ",
		", ":                      "، ",
		"documents %s":            "الوثائق %s",
		"era %s":                  "الحقبة %s",
		"at %s":                   "في %s",
		"types %s":                "الأنواع %s",
		"categories %s":           "الفئات %s",
		"signs %s":                "الإشارات %s",
		"all modalities":          "كل الصيغ",
		"all documents, %s":       "كل الوثائق، %s",
		"confidence %s or higher": "ثقة %s أو أعلى",
		"asserted":                "مؤكَّد",
		"prospective":             "مستقبلي",
		"hypothetical":            "افتراضي",
		"negated":                 "منفي",
		"reported":                "منقول",
		"high":                    "عالية",
		"medium":                  "متوسطة",
		"low":                     "منخفضة",
		"Legend":                  "دليل الرموز",
		"state":                   "دولة",
		"armed-group":             "جماعة مسلحة",
		"party":                   "حزب",
		"person":                  "شخص",
		"organization":            "منظمة",
		"bloc":                    "تكتل",
		"region":                  "منطقة",
		"other":                   "أخرى",
		"ellipse":                 "بيضوي",
		"box":                     "مستطيل",
		"hexagon":                 "سداسي",
		"egg":                     "بيضة",
		"component":               "مكوِّن",
		"doubleoctagon":           "مثمن مزدوج",
		"note":                    "ورقة",
		"%s (%s)":                 "%s (%s)",
		"cooperative tie":         "علاقة تعاون",
		"hostile tie":             "علاقة عداء",
		"neutral tie":             "علاقة محايدة",
		"solid: alliance, cooperation, support, ...":             "خط متصل: تحالف، تعاون، دعم، ...",
		"dashed: rivalry, hostility, threat, sanctions":          "خط متقطع: تنافس، عداء، تهديد، عقوبات",
		"thick: war, occupation, intervention":                   "خط عريض: حرب، احتلال، تدخل",
		"dotted: prospective, hypothetical, negated or reported": "خط منقط: مستقبلي أو افتراضي أو منفي أو منقول",
		"arrow: directed type, source acts on target":            "سهم: نوع موجَّه، المصدر يفعل في الهدف",
		"double, ⚑: contested, documents disagree in sign":       "خط مزدوج، ⚑: متنازع عليه، تختلف الوثائق في الإشارة",
		"×n: one line per tie, n claims behind it":               "×n: خط واحد لكل علاقة، وراءه n ادعاءات",
		"one line per claim":                                     "خط واحد لكل ادعاء",
		"larger text: higher %s":                                 "نص أكبر: %s أعلى",
		"betweenness":                                            "البينية",
		"dashed box: a bloc":                                     "إطار متقطع: تكتل",
		"bloc %d":                                                "تكتل %d",
		"(contested)":                                            "(متنازع عليه)",
		"%d claims":                                              "%d ادعاءات",
		"1 claim":                                                "ادعاء واحد",
	},
}

// ui returns kg's own text key in lang, or the key itself (English).
// UI is the diagram text key in the language lang (English when lang has
// none); the Mermaid export uses it too.
func UI(lang, key string) string { return ui(lang, key) }

func ui(lang, key string) string {
	if s, ok := uiText[lang][key]; ok {
		return s
	}
	return key
}

// uif formats kg's own text key in lang.
func uif(lang, key string, args ...any) string { return fmt.Sprintf(ui(lang, key), args...) }

// claimCount is "1 claim" or "n claims" in lang.
func claimCount(lang string, n int) string {
	if n == 1 {
		return ui(lang, "1 claim")
	}
	return uif(lang, "%d claims", n)
}

// ViewTitleLang is ViewTitle in a language: the document's title or the
// era's label in lang (English where the data has none), and kg's own
// words from uiText. For "en" it gives what ViewTitle gives.
func ViewTitleLang(kb *graph.KB, v graph.View, lang string) (string, string) {
	if lang == "" {
		lang = "en"
	}
	pick := func(m map[string]string) string {
		if s := m[lang]; s != "" {
			return s
		}
		return m["en"]
	}
	switch {
	case len(v.Documents) == 1 && v.Era == "":
		if d := kb.DocumentByID[v.Documents[0]]; d != nil {
			return pick(d.Title), documentSubtitleLang(d, lang)
		}
	case len(v.Documents) == 0 && v.Era != "":
		if e := kb.EraByID[v.Era]; e != nil {
			return pick(e.Label), periodStringLang(e.Period, lang)
		}
	case len(v.Documents) > 1:
		return uif(lang, "%d documents", len(v.Documents)), ""
	}
	if len(v.Documents) == 0 && v.Era == "" {
		return ui(lang, "All documents"), ""
	}
	return "kg", ""
}

func documentSubtitleLang(d *graph.Document, lang string) string {
	var parts []string
	if len(d.Authors) > 0 {
		parts = append(parts, strings.Join(d.Authors, ui(lang, ", ")))
	}
	if !d.Published.IsZero() {
		parts = append(parts, uif(lang, "published %s", d.Published))
	}
	if p := periodStringLang(d.Covers, lang); p != "" {
		parts = append(parts, uif(lang, "covers %s", p))
	}
	return strings.Join(parts, ui(lang, "; "))
}

func periodStringLang(iv graph.Interval, lang string) string {
	s, e := iv.Start.String(), iv.End.String()
	switch {
	case s == "" && e == "":
		return ""
	case s == "":
		return uif(lang, "until %s", e)
	case e == "":
		return uif(lang, "from %s", s)
	}
	return uif(lang, "%s to %s", s, e)
}

// viewLine describes a view under a diagram's title, in lang; in English
// it is graph.View.String.
func viewLine(v graph.View, lang string) string {
	if lang == "" || lang == "en" {
		return v.String()
	}
	sep := ui(lang, ", ")
	join := func(xs []string) string { return strings.Join(xs, sep) }
	var parts []string
	if len(v.Documents) > 0 {
		parts = append(parts, uif(lang, "documents %s", join(v.Documents)))
	}
	if v.Era != "" {
		parts = append(parts, uif(lang, "era %s", v.Era))
	}
	if !v.At.IsZero() {
		parts = append(parts, uif(lang, "at %s", v.At))
	}
	if len(v.Types) > 0 {
		parts = append(parts, uif(lang, "types %s", join(v.Types)))
	}
	if len(v.Categories) > 0 {
		parts = append(parts, uif(lang, "categories %s", join(stringsOf(v.Categories, ""))))
	}
	if len(v.Signs) > 0 {
		parts = append(parts, uif(lang, "signs %s", join(stringsOf(v.Signs, ""))))
	}
	switch {
	case v.AllModalities:
		parts = append(parts, ui(lang, "all modalities"))
	case len(v.Modalities) > 0:
		parts = append(parts, join(stringsOf(v.Modalities, lang)))
	default:
		parts = append(parts, ui(lang, "asserted"))
	}
	if v.MinConfidence > graph.Low {
		parts = append(parts, uif(lang, "confidence %s or higher", ui(lang, v.MinConfidence.String())))
	}
	if len(parts) == 1 {
		return uif(lang, "all documents, %s", parts[0])
	}
	return strings.Join(parts, ui(lang, "; "))
}

// stringsOf writes each value with its String method, translated when
// lang is set.
func stringsOf[T fmt.Stringer](xs []T, lang string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
		if lang != "" {
			out[i] = ui(lang, out[i])
		}
	}
	return out
}
