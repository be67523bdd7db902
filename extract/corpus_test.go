package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

// corpusDir returns the corpus folder named by KG_CORPUS (a relative path
// is taken from the repository root), or skips the test when it is not
// set. The texts are not in the repository.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("KG_CORPUS")
	if dir == "" {
		tb.Skip("KG_CORPUS not set: real-corpus checks skipped")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", dir)
	}
	return dir
}

// realCorpus loads the repository's data and opens the real corpus, or
// skips the test without one.
func realCorpus(tb testing.TB) (*graph.KB, *Corpus) {
	tb.Helper()
	dir := corpusDir(tb)
	kb := loadKB(tb)
	c, err := OpenCorpus(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return kb, c
}

// fixtureDir holds a small knowledge base and a text written for these
// tests: Persian, Arabic and English lines with the noise of the real
// corpus.
const fixtureDir = "../testdata/extract/fixture"

func loadFixture(tb testing.TB) (*graph.KB, *Corpus) {
	tb.Helper()
	kb, err := graph.Load(graph.Options{DataDir: fixtureDir + "/data", SeedsDir: fixtureDir + "/seeds"})
	if err != nil {
		tb.Fatal(err)
	}
	c, err := OpenCorpus(fixtureDir + "/corpus")
	if err != nil {
		tb.Fatal(err)
	}
	return kb, c
}

// TestParseTextTrouble covers what real corpus files bring: a byte-order
// mark, CRLF line ends, a last line without a line end, invalid UTF-8 and
// empty files.
func TestParseTextTrouble(t *testing.T) {
	tests := []struct {
		name  string
		data  string
		lines []string
		err   string
	}{
		{"plain", "one\ntwo\n", []string{"one", "two"}, ""},
		{"no final line end", "one\ntwo", []string{"one", "two"}, ""},
		{"byte-order mark", "\ufeffone\ntwo\n", []string{"one", "two"}, ""},
		{"CRLF", "one\r\ntwo\r\n", []string{"one", "two"}, ""},
		{"BOM and CRLF", "\ufeffایران\r\nعراق", []string{"ایران", "عراق"}, ""},
		{"empty lines kept", "one\n\n\nfour\n", []string{"one", "", "", "four"}, ""},
		{"a lone CR stays in the line", "a\rb\n", []string{"a\rb"}, ""},
		{"empty", "", nil, ""},
		{"only a byte-order mark", "\ufeff", nil, ""},
		{"only a line end", "\n", []string{""}, ""},
		{"invalid byte", "ab\xffcd\n", nil, "t.txt: invalid UTF-8 at byte offset 2"},
		{"invalid after BOM", "\ufeffab\xff", nil, "t.txt: invalid UTF-8 at byte offset 5"},
		{"truncated rune at the end", "ایران\n\xd8", nil, "t.txt: invalid UTF-8 at byte offset 11"},
		{"Latin-1 text", "caf\xe9\n", nil, "t.txt: invalid UTF-8 at byte offset 3"},
		{"UTF-16 byte-order mark", "\xff\xfeI\x00", nil, "t.txt: invalid UTF-8 at byte offset 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			txt, err := ParseText("t.txt", []byte(tc.data))
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(txt.Lines, tc.lines) {
				t.Errorf("lines %q, want %q", txt.Lines, tc.lines)
			}
			for n := 1; n <= len(txt.Lines); n++ {
				if strings.ContainsAny(txt.Normalized(n), "\r\ufeff") {
					t.Errorf("line %d normalized keeps a CR or BOM: %q", n, txt.Normalized(n))
				}
			}
		})
	}
}

func TestReadText(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	data := []byte("\ufeffline one\r\nline two\r\n")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	txt, err := ReadText(p)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(txt.Lines, []string{"line one", "line two"}) {
		t.Errorf("lines %q", txt.Lines)
	}
	// the digest is of the bytes as stored, mark and CRs included
	if sum := sha256.Sum256(data); txt.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("sha256 %s, want the digest of the stored bytes", txt.SHA256)
	}
	if _, err := ReadText(filepath.Join(dir, "missing.txt")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want not-exist", err)
	}
	if _, err := OpenCorpus(p); err == nil || !strings.Contains(err.Error(), "is not a folder") {
		t.Errorf("OpenCorpus on a file: %v", err)
	}
}
