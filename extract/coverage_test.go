package extract

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestCoverageGolden(t *testing.T) {
	kb, c := loadFixture(t)
	r, err := Coverage(kb, c, "demo", CandidateOptions{Lexicon: lexiconOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"table", "json"} {
		var b bytes.Buffer
		if err := WriteCoverage(&b, r, format); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "coverage."+format, b.Bytes())
	}
	if err := WriteCoverage(&bytes.Buffer{}, r, "csv"); err == nil {
		t.Error("unknown format: no error")
	}
}

// TestCoverageFixture checks each kind of support on the fixture's claims
// and the worklist.
func TestCoverageFixture(t *testing.T) {
	kb, c := loadFixture(t)
	r, err := Coverage(kb, c, "demo", CandidateOptions{Lexicon: lexiconOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Support{
		"iran-iraq-soft-alliance":    SameLines, // named together on the cited lines
		"iran-iraq-war-against-isis": PairOnly,  // cited on a line that names only Iraq
		"syria-isis-war":             NoCandidate,
		"us-iran-sanctions":          SameLines,
	}
	got := map[string]ClaimCoverage{}
	for _, cc := range r.Claims {
		got[cc.Claim] = cc
	}
	for id, s := range want {
		if got[id].Support != s {
			t.Errorf("%s: support %v, want %v", id, got[id].Support, s)
		}
	}
	if cc := got["us-iran-sanctions"]; !cc.SameType || !cc.SameCategory || cc.Rank == 0 {
		t.Errorf("us-iran-sanctions: %+v", cc)
	}
	if r.SameLines+r.PairOnly+r.NoCandidate != len(r.Claims) || len(r.Claims) != 7 {
		t.Errorf("counts %d+%d+%d for %d claims", r.SameLines, r.PairOnly, r.NoCandidate, len(r.Claims))
	}
	// the worklist: high-scoring pairs without a claim, best first
	curated := map[string]bool{}
	for _, cc := range r.Claims {
		curated[unordered(cc.Source, cc.Target)] = true
	}
	if len(r.Worklist) == 0 || pairOf(r.Worklist[0]) != "iraq isis" {
		t.Errorf("worklist %v, want iraq and isis first", r.Worklist)
	}
	for _, cd := range r.Worklist {
		if curated[pairOf(cd)] || cd.Score < DefaultWorklistScore {
			t.Errorf("worklist holds %s (score %v)", pairOf(cd), cd.Score)
		}
	}
	low, err := Coverage(kb, c, "demo", CandidateOptions{MinScore: 0.1, Lexicon: lexiconOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(low.Worklist) <= len(r.Worklist) || low.WorklistMin != 0.1 {
		t.Errorf("MinScore 0.1: %d on the worklist from %v", len(low.Worklist), low.WorklistMin)
	}
	var js struct {
		Claims []struct {
			Support string `json:"support"`
		} `json:"claims"`
	}
	var b bytes.Buffer
	if err := WriteCoverage(&b, r, "json"); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b.Bytes(), &js); err != nil || js.Claims[0].Support == "" {
		t.Errorf("JSON support: %v %+v", err, js)
	}
}
