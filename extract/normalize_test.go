package extract

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		// Arabic yeh and kaf against the Persian letters
		{"روسيه", "روسیه"},
		{"كشور", "کشور"},
		{"مريكا", "مریکا"},
		// alef forms, teh marbuta, waw and yeh with hamza
		{"إيران", "ایران"},
		{"أمريكا", "امریکا"},
		{"آمریکا", "امریکا"},
		{"السعودية", "السعودیه"},
		{"مؤتمر", "موتمر"},
		{"رئيس", "رییس"},
		// tatweel and diacritics
		{"الســـــعودية", "السعودیه"},
		{"تمكنّــت", "تمکنت"},
		{"العراقِيّة", "العراقیه"},
		// joiners, bidi marks, BOM
		{"\ufeffمی\u200cشود", "می شود"},
		{"ایران\u200d", "ایران"},
		{"\u202bعراق\u202c", "عراق"},
		{"\u200fIran\u200e", "iran"},
		// digits
		{"۱۴۰۰", "1400"},
		{"٢٠٢١", "2021"},
		// whitespace and case
		{"  Saudi\u00a0 Arabia\t", "saudi arabia"},
		{"ISLAMIC Republic", "islamic republic"},
		// presentation forms, as some PDF extractors emit them
		{"\ufe8d\ufedf\ufecc\ufeae\ufe8d\ufed7", "العراق"},
		{"\ufefb", "لا"},
		{"", ""},
		// more yeh, kaf, heh, alef and waw variants
		{"\u06d2\u06cd\u0620\u063f", "یییی"}, // yeh barree, yeh with tail, Kashmiri and Farsi yeh forms
		{"\u06aa\u063b", "کک"},               // swash kaf, keheh variant
		{"\u06c1\u06c3\u06c2", "ههه"},        // heh goal and its forms
		{"\u0672\u0673\u0675", "ااا"},        // alef with wavy and high hamza
		{"\u0676", "و"},                      // high hamza waw
		{"خانه\u0654", "خانه"},               // hamza above as a mark (ezafe)
		{"خانۀ", "خانه"},                     // heh with yeh above
		{"اجزاء", "اجزاء"},                   // a standalone hamza is a letter
		// Presentation Forms-A: Persian keheh, gaf, yeh; diacritic forms;
		// the Allah ligature
		{"\ufb8e\ufb93\ufbfc", "کگی"},
		{"\ufe70\ufe7c", ""},
		{"\ufdf2", "الله"},
		// invisible characters
		{"ا\u200bی\u2060ر\u034fا\u00adن", "ایران"},
		{"\u2067ایران\u2069", "ایران"},
		// Latin ligatures, curly quotation marks, case
		{"\ufb01nal \ufb02ow", "final flow"},
		{"Iran\u2019s \u201cstrategic\u201d", "iran's \"strategic\""},
		{"ÉTAT İran", "état iran"},
		// Arabic decimal and thousands separators
		{"\u0661\u066c\u0662\u0663\u0664\u066b\u0665", "1,234.5"},
		// every kind of space, line separators included
		{"a\u2003b\u202fc\u3000d\u2028e\u0085f\r\ng", "a b c d e f g"},
		{"\u200c\u200cایران\u200c", "ایران"},
	}
	for _, tc := range tests {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNormalizeIdempotent checks Normalize(Normalize(s)) == Normalize(s) on
// listed strings and on random strings of the runes Normalize changes.
func TestNormalizeIdempotent(t *testing.T) {
	for _, s := range []string{"الســـــعودية", "روسيه و ايران", "Tehran\u200cها", "۱۴۰۰ ميلادي"} {
		once := Normalize(s)
		if twice := Normalize(once); twice != once {
			t.Errorf("Normalize is not idempotent on %q: %q then %q", s, once, twice)
		}
	}
	var pool []rune
	for r := rune(0x0600); r <= 0x06FF; r++ {
		pool = append(pool, r)
	}
	for r := range otherFold {
		pool = append(pool, r)
	}
	for r := range presentation {
		pool = append(pool, r)
	}
	for r := range latinLigatures {
		pool = append(pool, r)
	}
	pool = append(pool, ' ', '\t', '\n', 0xA0, 0x2003, 'A', 'z', 'Ä', 'İ', 0x08F0, 0xFFFD)
	slices.Sort(pool) // map order must not leak into the test
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		rs := make([]rune, rng.IntN(12))
		for i := range rs {
			rs[i] = pool[rng.IntN(len(pool))]
		}
		s := string(rs)
		once := Normalize(s)
		if twice := Normalize(once); twice != once {
			t.Fatalf("Normalize is not idempotent on %q: %q then %q", s, once, twice)
		}
		if strings.HasPrefix(once, " ") || strings.HasSuffix(once, " ") || strings.Contains(once, "  ") {
			t.Fatalf("Normalize(%q) = %q: stray spaces", s, once)
		}
	}
}

// corpusLine reads one line of a source document, or skips the test when no
// corpus is configured. The texts are not in the repository.
func corpusLine(t *testing.T, file string, n int) string {
	t.Helper()
	text, err := ReadText(filepath.Join(corpusDir(t), file))
	if err != nil {
		t.Fatal(err)
	}
	if n > len(text.Lines) {
		t.Fatalf("%s has %d lines", file, len(text.Lines))
	}
	return text.Lines[n-1]
}

// TestNormalizeCorpus checks normalization and matching on real lines of the
// source documents: tatweel-stretched Arabic, Arabic letters in Persian text,
// and Persian text in its own letters.
func TestNormalizeCorpus(t *testing.T) {
	tests := []struct {
		file  string
		line  int
		holds []string // normalized forms the line must contain
	}{
		// Arabic report, tatweel in nearly every word
		{"002_603f9363185d9c6a.txt", 1, []string{"السیاسه الخارجیه العراقیه"}},
		{"002_603f9363185d9c6a.txt", 43, []string{"الکاظمی", "المملکه العربیه السعودیه"}},
		// Persian report typed with Arabic yeh and kaf
		{"003_80fdd6d0f265176d.txt", 114, []string{"جمهوری اسلامی ایران", "روسیه"}},
		// Persian article in Persian letters
		{"000_cdace8b79c1d73f1.txt", 9, []string{"جمهوری اسلامی ایران و عراق"}},
		// stretched words in the Arabic report: the tatweel goes
		{"002_603f9363185d9c6a.txt", 14, []string{"الواقع", "الساحه العراقیه"}},
		// a name split by the extraction ("سيه رو" for روسيه) is kept as
		// the file has it; the gazetteer lists the split form
		{"003_80fdd6d0f265176d.txt", 146, []string{"سیه رو", "تحریم"}},
		// reversed word order: the words themselves come out whole
		{"003_80fdd6d0f265176d.txt", 183, []string{"روسیه، و ایران کشور دو"}},
	}
	for _, tc := range tests {
		got := Normalize(corpusLine(t, tc.file, tc.line))
		for _, h := range tc.holds {
			if !strings.Contains(got, Normalize(h)) {
				t.Errorf("%s:%d normalized lacks %q:\n%s", tc.file, tc.line, h, got)
			}
		}
	}
}
