package extract

import (
	"os"
	"path/filepath"
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
	}
	for _, tc := range tests {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, s := range []string{"الســـــعودية", "روسيه و ايران", "Tehran\u200cها", "۱۴۰۰ ميلادي"} {
		once := Normalize(s)
		if twice := Normalize(once); twice != once {
			t.Errorf("Normalize is not idempotent on %q: %q then %q", s, once, twice)
		}
	}
}

// corpusLine reads one line of a source document, or skips the test when no
// corpus is configured. The texts are not in the repository.
func corpusLine(t *testing.T, file string, n int) string {
	t.Helper()
	dir := os.Getenv("KG_CORPUS")
	if dir == "" {
		t.Skip("KG_CORPUS not set: real-corpus checks skipped")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", dir)
	}
	text, err := ReadText(filepath.Join(dir, file))
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
