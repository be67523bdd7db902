package extract

import (
	"cmp"
	"slices"
	"strings"

	"kg/graph"
)

// cueEntry is one relation type's cue words in the three languages. Words
// are separated by "|" and written as texts spell them; they are
// normalized when a lexicon is built, so letter variants, tatweel and
// zero-width non-joiners need not be listed. Persian and Arabic words match
// with the same affixes as actors' names (والتحالف, تحریم‌ها); an English
// word ending in "*" matches every word it begins (cooperat* matches
// cooperation and cooperating).
type cueEntry struct {
	typ        string         // relation type id in data/relation-types.yaml
	cat        graph.Category // used when the knowledge base has no type typ
	weight     float64        // how strongly the words signal the type, 0..1
	fa, ar, en string
}

// cueLexicon is kg's relation cue lexicon. Weights: 1 for words that name
// the relation itself (war, sanctions, alliance), about 0.7 for words that
// point to a kind of relation without naming it (support, trade,
// negotiation), 0.5 and less for words found around every kind (relations,
// cooperation, against). Where two entries match overlapping text, the
// longer phrase wins, so "همکاری اقتصادی" is economic cooperation, not
// cooperation.
var cueLexicon = []cueEntry{
	{"soft-alliance", graph.Alliance, 1, "اتحاد نرم|اتحادی نرم", "تحالف ناعم", "soft alliance*"},
	{"alliance", graph.Alliance, 1,
		"اتحاد|متحد|متحدان|متحدین|هم‌پیمان|همپیمان|هم‌پیمانی|پیمان نظامی|پیمان دفاعی",
		"تحالف|حلف|حليف|حلفاء|متحالف|تحالفات",
		"allian*|allie*|ally|allying"},
	{"coalition", graph.Coalition, 1, "ائتلاف|ائتلافی|ائتلاف‌سازی", "ائتلاف", "coalition*"},
	{"strategic-partnership", graph.StrategicPartnership, 1,
		"مشارکت راهبردی|شراکت راهبردی|شریک راهبردی|شریک استراتژیک|توافق راهبردی|موافقتنامه راهبردی|همکاری راهبردی|روابط راهبردی|پیمان راهبردی",
		"شراكة استراتيجية|شراكة إستراتيجية|شريك استراتيجي|الشراكة الاستراتيجية|شراكة",
		"strategic partner*|strategic agreement*|strategic cooperation|partnership*"},
	{"strategic-partnership", graph.StrategicPartnership, 0.6, "راهبردی|استراتژیک|شریک", "استراتيجي|استراتيجية|شريك", "strategic*"},
	{"security-cooperation", graph.Cooperation, 0.8,
		"همکاری امنیتی|همکاری نظامی|همکاری‌های امنیتی|همکاری‌های نظامی|مبارزه با تروریسم|ضد تروریسم|امنیتی",
		"تعاون أمني|التعاون الأمني|التنسيق الأمني|مكافحة الإرهاب|أمني|أمنية",
		"security cooperation|security relations|military cooperation|counterterror*|counter-terror*|security"},
	{"economic-cooperation", graph.Economic, 0.7,
		"همکاری اقتصادی|روابط اقتصادی|اقتصادی|سرمایه‌گذاری|سرمایه گذاری|پروژه",
		"تعاون اقتصادي|اقتصادي|اقتصادية|استثمار|استثمارات|مشاريع|التنمية",
		"economic cooperation|econom*|invest*"},
	{"trade", graph.Economic, 0.8,
		"تجارت|تجاری|صادرات|واردات|بازرگانی|مبادلات|شریک تجاری",
		"تجارة|تجاري|تجارية|التبادل التجاري|صادرات|واردات",
		"trade|trading|export*|import|imports|imported|importing|importer*"},
	{"energy-cooperation", graph.Economic, 0.8,
		"انرژی|نفت|گاز|نیروگاه|هسته‌ای|هسته ای|اتمی|برق",
		"الطاقة|النفط|الغاز|الكهرباء|الكهربائي|الربط الكهربائي",
		"energy|oil|gas|electricity|nuclear|power plant*"},
	{"cultural-religious-ties", graph.CulturalReligious, 0.8,
		"فرهنگی|مذهبی|دینی|شیعه|زیارت|زائران|زائر|عتبات|دانشجویان|دانشگاه",
		"ثقافي|ثقافية|ديني|دينية|مذهبي|الشيعة|الشيعي|زيارة البابا|الحوار بين الأديان",
		"cultur*|religio*|pilgrim*|shia|shiite|students|universit*"},
	{"military-support", graph.Support, 1,
		"کمک نظامی|حمایت نظامی|مستشاری|مستشاران|حضور نظامی",
		"دعم عسكري|المستشارين|مستشارين|المساعدة العسكرية",
		"military aid|military support|military assistance|advisers|advisors"},
	{"arms-supply", graph.Support, 1,
		"تسلیحات|تسلیحاتی|سلاح|جنگ‌افزار|جنگ افزار|موشکی",
		"أسلحة|سلاح|توريد",
		"arms|weapon*|missile*"},
	{"economic-aid", graph.Support, 0.8, "کمک اقتصادی|کمک مالی|کمک‌های", "مساعدات|مساعدة|تمويل|منحة|قروض|قرض|إعادة الإعمار", "aid|assistance|loan*|reconstruction"},
	{"political-support", graph.Support, 0.8, "حمایت سیاسی|پشتیبانی سیاسی|وتو", "دعم سياسي|تأييد", "political support|veto*"},
	{"support", graph.Support, 0.7, "حمایت|پشتیبانی|کمک|یاری|مساعدت", "دعم|مساندة|يدعم|تدعم", "support*|backing|backed|backer*"},
	{"mediation", graph.Mediation, 1,
		"میانجی|میانجیگری|میانجی‌گری|وساطت|واسطه|میزبانی",
		"وساطة|وسيط|الوسيط|استضافة|احتضان",
		"mediat*|intermediar*|hosted|hosting|host|go-between"},
	{"negotiation", graph.Diplomatic, 0.7,
		"مذاکره|مذاکرات|گفتگو|گفت و گو|گفت‌وگو|قرارداد|عهدنامه|معاهده|توافق|توافقنامه|موافقتنامه|پروتکل",
		"مفاوضات|حوار|محادثات|اتفاق|اتفاقية|اتفاقيات|معاهدة|مذكرة تفاهم|مذكرات",
		"negotiat*|talks|dialogue|agreement*|treaty|treaties|accord|accords|protocol*"},
	{"diplomatic-contact", graph.Diplomatic, 0.6,
		"دیدار|سفر|ملاقات|رایزنی|سفیر|سفارت|دیپلماتیک|دیپلماسی|کنفرانس|نشست|اجلاس",
		"زيارة|زيارات|لقاء|لقاءات|اجتماع|اجتماعات|قمة|مؤتمر|مباحثات|اتصال|اتصالات|سفير|سفارة|دبلوماسية|دبلوماسي",
		"visit*|meeting*|summit*|diplomat*|conference*|embass*|ambassador*"},
	{"rapprochement", graph.Diplomatic, 0.8,
		"نزدیکی|تنش‌زدایی|تنش زدایی|بهبود روابط|عادی‌سازی|عادی سازی|همگرایی",
		"تقارب|مصالحة|المصالحة|انفتاح|تطبيع|التقارب",
		"rapprochement|normaliz*|normalis*|convergence|reconcil*"},
	{"cooperation", graph.Cooperation, 0.5,
		"همکاری|همکاری‌ها|تعامل|تعاملات|همسویی|هماهنگی|مشترک",
		"تعاون|التعاون|تنسيق|التنسيق|مشترك|مشتركة",
		"cooperat*|co-operat*|collaborat*|joint|common"},
	{"rivalry", graph.Rivalry, 0.8,
		"رقابت|رقیب|رقبا|تعارض|اختلاف|اختلافات|منازعه|مناقشه",
		"تنافس|منافسة|التنافس|صراع|الصراع|نزاع",
		"rival*|competit*|dispute*|tension*"},
	{"hostility", graph.Hostility, 0.7,
		"خصومت|دشمن|دشمنی|تقابل|تنش|تنش‌ها|مقابله|تخاصم|ستیز|مخالفت|سرکوب",
		"عداء|العداء|خلاف|خلافات|توتر|توترات|معادية|مواجهة",
		"hostil*|enem*|confront*|antagonis*|opposition"},
	{"hostility", graph.Hostility, 0.4, "علیه|ضد|بر ضد", "ضد", "against|anti-*"},
	{"war", graph.War, 1,
		"جنگ|نبرد|درگیری|جنگ تحمیلی|جنگ داخلی|مبارزه",
		"حرب|الحرب|قتال|معارك|معركة|محاربة|الحرب على",
		"war|wars|warfare|fight*|battle*|combat*"},
	{"attack", graph.War, 1, "حمله|حملات|تهاجم|بمباران|هجوم|موشک باران", "هجوم|هجمات|قصف|ضربة|ضربات|استهداف|اعتداء|اعتداءات", "attack*|strike*|bombing*|bombard*|invad*|invasion"},
	{"occupation", graph.OccupationIntervention, 1, "اشغال|اشغالگر|تصرف|اشغالگری", "احتلال|الاحتلال|الاحتلال الأمريكي", "occup*"},
	{"intervention", graph.OccupationIntervention, 0.8, "مداخله|دخالت|مداخلات|لشکرکشی", "تدخل|التدخل|تدخلات", "interven*|interfer*"},
	{"threat", graph.Threat, 1, "تهدید|تهدیدات|تهدیدی", "تهديد|تهديدات|خطر", "threat*|menac*"},
	{"pressure", graph.Threat, 1, "فشار|فشارها|فشارهای|اعمال فشار", "ضغط|ضغوط|الضغوط", "pressur*|coerc*"},
	{"sanctions", graph.Sanctions, 1, "تحریم|تحریمی|تحریم‌ها|تحریمها", "عقوبات|العقوبات|حصار", "sanction*|embargo*"},
	{"dependency", graph.Dependency, 0.8, "وابستگی|وابسته|اتکا|اتکای|نیابتی", "تبعية|اعتماد على|وكيل|الوكلاء", "dependen*|relian*|relies|proxy|proxies"},
	{"influence", graph.Dependency, 0.8, "نفوذ|سلطه|هژمونی|حوزه نفوذ|بازیگر", "نفوذ|هيمنة|النفوذ", "influen*|dominan*|hegemon*|sway"},
	{"membership", graph.Membership, 1, "عضویت|عضو|اعضای|پیوستن|الحاق", "عضوية|عضو|أعضاء|انضمام", "member*|join*|accession"},
	{"reparations", graph.Economic, 1, "غرامت|خسارت", "تعويضات|التعويضات|تعويض", "reparation*|compensation*"},
	{"relation", graph.OtherCategory, 0.3, "روابط|رابطه|مناسبات", "علاقات|العلاقات|علاقة", "relation*|ties"},
}

// lexicon is the cue lexicon compiled for a set of languages and resolved
// against a knowledge base's relation types.
type lexicon struct {
	cues []cueWord // by priority: longer first
	auto *automaton
}

type cueWord struct {
	text   string // normalized, without the stem mark
	typ    string // relation type id in the knowledge base
	weight float64
	latin  bool
	stem   bool // matches the start of longer words
}

// cueHit is a cue found in a normalized line.
type cueHit struct {
	cue        *cueWord
	start, end int
}

// newLexicon compiles the lexicon's words of the given languages ("fa",
// "ar", "en"); words whose type the knowledge base lacks fall back to its
// first type of the same category, or are left out.
func newLexicon(kb *graph.KB, langs ...string) *lexicon {
	byCat := map[graph.Category]string{}
	for _, t := range kb.Types {
		if _, ok := byCat[t.Category]; !ok {
			byCat[t.Category] = t.ID
		}
	}
	seen := map[string]bool{}
	var words []cueWord
	for _, e := range cueLexicon {
		typ := e.typ
		if _, ok := kb.TypeByID[typ]; !ok {
			if typ = byCat[e.cat]; typ == "" {
				continue
			}
		}
		for _, lang := range langs {
			var list string
			switch lang {
			case "fa":
				list = e.fa
			case "ar":
				list = e.ar
			case "en":
				list = e.en
			}
			for w := range strings.SplitSeq(list, "|") {
				stem := strings.HasSuffix(w, "*")
				n := Normalize(strings.TrimSuffix(w, "*"))
				if n == "" || seen[n] {
					continue
				}
				seen[n] = true
				words = append(words, cueWord{text: n, typ: typ, weight: e.weight, latin: isLatin(n), stem: stem})
			}
		}
	}
	// longer first; the sort is stable, so among equals the lexicon order
	// holds
	slices.SortStableFunc(words, func(a, b cueWord) int { return cmp.Compare(len(b.text), len(a.text)) })
	lx := &lexicon{cues: words}
	texts := make([]string, len(words))
	for i, w := range words {
		texts[i] = w.text
	}
	lx.auto = newAutomaton(texts)
	return lx
}

// cueWords holds every word of the lexicon, normalized, in every language.
var cueWords = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range cueLexicon {
		for _, list := range []string{e.fa, e.ar, e.en} {
			for w := range strings.SplitSeq(list, "|") {
				m[Normalize(strings.TrimSuffix(w, "*"))] = true
			}
		}
	}
	return m
}()

// find returns the cues in a normalized line, in order of position; where
// cues overlap, the longer wins.
func (lx *lexicon) find(line string, sc *scratch) []cueHit {
	sc.hits = lx.auto.appendHits(sc.hits[:0], line)
	valid := sc.hits[:0]
	for _, h := range sc.hits {
		w := &lx.cues[h.pat]
		if boundaryBefore(line, int(h.start), w.latin) && (w.stem || boundaryAfter(line, int(h.end), w.latin)) {
			valid = append(valid, h)
		}
	}
	sc.kept = resolve(sc.kept[:0], valid)
	out := make([]cueHit, len(sc.kept))
	for i, h := range sc.kept {
		out[i] = cueHit{cue: &lx.cues[h.pat], start: int(h.start), end: int(h.end)}
	}
	return out
}
