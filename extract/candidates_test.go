package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

func TestCandidatesGolden(t *testing.T) {
	kb, c := loadFixture(t)
	cands, err := Candidates(kb, c, "demo", CandidateOptions{Lexicon: lexiconOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteCandidates(&b, kb, "demo", cands, 0); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "candidates.yaml", b.Bytes())
}

// TestCandidatesFixture pins what the fixture's lines must give: the pairs
// on one line with their cue's type, direction from the order of mention,
// pairs across lines, and none beyond the window.
func TestCandidatesFixture(t *testing.T) {
	kb, c := loadFixture(t)
	cands, err := Candidates(kb, c, "demo", CandidateOptions{Lexicon: lexiconOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	byPair := map[string]Candidate{}
	for k, cd := range cands {
		byPair[pairOf(cd)] = cd
		if k > 0 && cands[k-1].Score < cd.Score {
			t.Errorf("not sorted by score: %v before %v", cands[k-1].Score, cd.Score)
		}
		if len(cd.Evidence) == 0 || len(cd.Evidence) > MaxEvidence {
			t.Errorf("%s: %d evidence spans", pairOf(cd), len(cd.Evidence))
		}
		for _, e := range cd.Evidence {
			if n := len(strings.Fields(e.Phrase)); n == 0 || n > 6 {
				t.Errorf("%s: phrase %q has %d words", pairOf(cd), e.Phrase, n)
			}
		}
	}
	tests := []struct {
		pair, source, typ string
	}{
		{"iran iraq", "iran", "soft-alliance"},               // "soft alliance", اتحاد نرم
		{"iran united-states", "united-states", "sanctions"}, // عقوبات, sanctions
		{"iraq isis", "iraq", "war"},                         // The war between Iraq and ISIS
		{"iraq saudi-arabia", "iraq", "mediation"},           // الوساطة
		{"iran syria", "iran", "cooperation"},                // security cooperation falls back to its category's type
	}
	for _, tc := range tests {
		cd, ok := byPair[tc.pair]
		if !ok {
			t.Errorf("no candidate for %s", tc.pair)
			continue
		}
		if cd.Source != tc.source || cd.Type != tc.typ {
			t.Errorf("%s: %s -> %s %s, want source %s, type %s", tc.pair, cd.Source, cd.Target, cd.Type, tc.source, tc.typ)
		}
	}
	// Moscow (line 10) and Washington (line 9) are a line apart; Syria
	// (line 5) and ISIS (lines 12 and 13) are not within two lines
	if _, ok := byPair["russia united-states"]; !ok {
		t.Error("no candidate for russia and united-states, a line apart")
	}
	if _, ok := byPair["isis syria"]; ok {
		t.Error("a candidate for isis and syria, beyond the window")
	}
	same, err := Candidates(kb, c, "demo", CandidateOptions{Window: -1, Lexicon: lexiconOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, cd := range same {
		if cd.Count != cd.SameLine {
			t.Errorf("window -1: %s has co-occurrences across lines", pairOf(cd))
		}
	}
	if len(same) >= len(cands) {
		t.Errorf("the same line alone gives %d candidates, two lines either side %d", len(same), len(cands))
	}
	high, err := Candidates(kb, c, "demo", CandidateOptions{MinScore: 2, Lexicon: lexiconOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, cd := range high {
		if cd.Score < 2 {
			t.Errorf("MinScore 2 kept %s with %v", pairOf(cd), cd.Score)
		}
	}
	if _, err := Candidates(kb, c, "nope", CandidateOptions{Lexicon: lexiconOf(t)}); err == nil {
		t.Error("unknown document: no error")
	}
}

// TestPhrase copies cue phrases from raw lines: at most six words, the cue
// whole, as many mentions as fit, words as the file stores them.
func TestPhrase(t *testing.T) {
	tests := []struct {
		raw      string
		cue      string   // normalized text of the cue
		mentions []string // normalized texts of mentions
		want     string
	}{
		{"one two three four five six seven eight nine", "five", nil, "two three four five six seven"},
		{"Relations between Iran and Iraq after 2003 became a soft alliance.", "soft alliance", []string{"iraq"},
			"after 2003 became a soft alliance."},
		{"العلاقات بين العـــراق والسعودية تحسنت بعد الوساطة.", "الوساطه", []string{"العراق"},
			"بين العـــراق والسعودية تحسنت بعد الوساطة."},
		{"short line", "short", nil, "short line"},
		{"a\u200cb c", "c", nil, "a\u200cb c"},
	}
	for _, tc := range tests {
		norm := Normalize(tc.raw)
		find := func(s string) [2]int {
			i := strings.Index(norm, s)
			if i < 0 {
				t.Fatalf("%q not in %q", s, norm)
			}
			return [2]int{i, i + len(s)}
		}
		var want [][2]int
		for _, m := range tc.mentions {
			want = append(want, find(m))
		}
		got := phrase(tc.raw, norm, find(tc.cue), want)
		if got != tc.want {
			t.Errorf("phrase(%q, %q) = %q, want %q", tc.raw, tc.cue, got, tc.want)
		}
	}
}

func TestYAMLString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"اتحاد نرم", "اتحاد نرم"},
		{"soft alliance", "soft alliance"},
		{"یش همکاری، گرفتند", "یش همکاری، گرفتند"},
		{"a: b", `"a: b"`},
		{"#x", `"#x"`},
		{"- item", `"- item"`},
		{"yes", `"yes"`},
		{"2003", `"2003"`},
		{`say "no"`, `"say \"no\""`},
		{"back\\slash", `"back\\slash"`},
		{"«عراق»", `"«عراق»"`},
	}
	for _, tc := range tests {
		if got := yamlString(tc.in); got != tc.want {
			t.Errorf("yamlString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// uncomment turns WriteCandidates' output into claims: the commented
// claim lines lose their "# ", the notes are filled in when note is not
// empty, and other comments are dropped.
func uncomment(out, note string) string {
	var b strings.Builder
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "  # - ") && !strings.HasPrefix(l, "  #   ") {
			continue
		}
		l = "  " + strings.TrimPrefix(l, "  # ")
		if note != "" && strings.TrimSpace(l) == `note: ""` {
			l = "    note: " + note
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

// acceptAll writes every candidate of doc into a copy of the data, as a
// curator would who uncommented all of them, and loads it.
func acceptAll(t *testing.T, dataDir, seedsDir string, kb *graph.KB, c *Corpus, doc, note string) (*graph.KB, error) {
	t.Helper()
	cands, err := Candidates(kb, c, doc, CandidateOptions{Lexicon: lexiconOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteCandidates(&b, kb, doc, cands, 0); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	if err := os.CopyFS(filepath.Join(tmp, "data"), os.DirFS(dataDir)); err != nil {
		t.Fatal(err)
	}
	claims := filepath.Join(tmp, "data", "claims", doc+".yaml")
	old, err := os.ReadFile(claims)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(claims, append(old, uncomment(b.String(), note)...), 0o644); err != nil {
		t.Fatal(err)
	}
	return graph.Load(graph.Options{DataDir: filepath.Join(tmp, "data"), SeedsDir: seedsDir})
}

// TestCandidatesAreValidClaims uncomments every candidate: with a note
// written, each is a valid claim whose cue phrases are found in their
// spans; without one, the only errors are the empty notes.
func TestCandidatesAreValidClaims(t *testing.T) {
	type corpusCase struct {
		data, seeds string
		kb          *graph.KB
		c           *Corpus
	}
	kb, c := loadFixture(t)
	cases := []corpusCase{{fixtureDir + "/data", fixtureDir + "/seeds", kb, c}}
	if os.Getenv("KG_CORPUS") != "" {
		kb, c := realCorpus(t)
		cases = append(cases, corpusCase{"../data", "../seeds", kb, c})
	}
	for _, cc := range cases {
		for _, d := range cc.kb.Documents {
			kb2, err := acceptAll(t, cc.data, cc.seeds, cc.kb, cc.c, d.ID, "Accepted in a test.")
			if err != nil {
				t.Fatalf("%s: %v", d.ID, err)
			}
			if errs := CheckEvidence(kb2, cc.c); len(errs) > 0 {
				t.Errorf("%s: %v", d.ID, errs)
			}
			_, err = acceptAll(t, cc.data, cc.seeds, cc.kb, cc.c, d.ID, "")
			var list graph.ErrorList
			if err == nil || !asErrorList(err, &list) {
				t.Fatalf("%s: without notes: %v", d.ID, err)
			}
			for _, e := range list {
				if !strings.HasSuffix(e.Error(), "note must not be empty") {
					t.Errorf("%s: without notes: %v", d.ID, e)
				}
			}
		}
	}
}

func asErrorList(err error, list *graph.ErrorList) bool {
	l, ok := err.(graph.ErrorList)
	if ok {
		*list = slices.Clone(l)
	}
	return ok
}
