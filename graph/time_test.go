package graph

import (
	"slices"
	"strings"
	"testing"
)

// TestClaimTimeClipped checks the time rule: a claim's time is its own,
// else its era's, else its document's covers period, clipped to the
// document's window (covers start to publication); a prospective or
// hypothetical claim's own dates stand as written.
func TestClaimTimeClipped(t *testing.T) {
	kb := testKB(t,
		[8]string{"d1", "a", "alliance", "b", "asserted", "high", "", ""},         // ca: covers
		[8]string{"d1", "a", "alliance", "b", "asserted", "high", "2003", ""},     // cb: open end
		[8]string{"d1", "a", "alliance", "b", "prospective", "high", "2030", ""},  // cc: a forecast
		[8]string{"d1", "a", "war", "b", "asserted", "high", "", ""},              // cd: era 1975-1985
		[8]string{"d1", "a", "war", "b", "hypothetical", "high", "1960", "2040"},  // ce: as written
		[8]string{"d1", "a", "alliance", "b", "negated", "high", "", "2010"},      // cf: open start
		[8]string{"d1", "a", "alliance", "b", "asserted", "high", "2021", "2021"}, // cg: inside the last year
	)
	d := kb.DocumentByID["d1"]
	d.Covers = Interval{Date{1980, 0, 0}, Date{2024, 0, 0}}
	d.Published = Date{2021, 12, 0}
	era := &Era{ID: "long-war", Period: Interval{Date{1975, 0, 0}, Date{1985, 0, 0}}}
	kb.Eras, kb.EraByID[era.ID] = append(kb.Eras, era), era
	kb.Claims[3].Era = "long-war"
	want := map[string]string{
		"ca": "1980/2021-12",
		"cb": "2003/2021-12",
		"cc": "2030/..",
		"cd": "1980/1985",
		"ce": "1960/2040",
		"cf": "1980/2010",
		"cg": "2021/2021",
	}
	for _, c := range kb.Claims {
		if got := kb.ClaimTime(c).String(); got != want[c.ID] {
			t.Errorf("ClaimTime(%s) = %s, want %s", c.ID, got, want[c.ID])
		}
	}
	ids := func(v View) (out []string) {
		for _, c := range kb.Select(v) {
			out = append(out, c.ID)
		}
		return out
	}
	// nothing the document asserts reaches past its publication, or before
	// its covers start
	if got := ids(View{At: Date{2023, 0, 0}, AllModalities: true}); !slices.Equal(got, []string{"ce"}) {
		t.Errorf("at 2023: %v, want the hypothetical only", got)
	}
	if got := ids(View{At: Date{2035, 0, 0}, AllModalities: true}); !slices.Equal(got, []string{"cc", "ce"}) {
		t.Errorf("at 2035: %v, want the forecast and the hypothetical", got)
	}
	if got := ids(View{At: Date{1977, 0, 0}, AllModalities: true}); !slices.Equal(got, []string{"ce"}) {
		t.Errorf("at 1977: %v, want the hypothetical only", got)
	}
}

func TestTimeRuleErrors(t *testing.T) {
	files := fixtureFiles(t)
	// doc-a covers 1980 to 2024 and was published in 2024
	files["data/eras.yaml"] = append(files["data/eras.yaml"], []byte(`  - id: ottoman
    label: {en: Ottoman rule}
    start: "1534"
    end: "1918"
`)...)
	files["data/claims/doc-a.yaml"] = append(files["data/claims/doc-a.yaml"], []byte(`  - id: late
    source: iran
    target: iraq
    type: alliance
    start: "2023"
    end: "2025-01"
    modality: asserted
    confidence: high
    evidence: [{lines: 3, cue: close partner}]
    note: Ends after publication.
  - id: early
    source: iran
    target: iraq
    type: war
    start: "1800"
    modality: negated
    confidence: high
    evidence: [{lines: 2, cue: fought a long war}]
    note: Starts before the covers period.
  - id: forecast
    source: iran
    target: iraq
    type: alliance
    start: "2030"
    modality: prospective
    confidence: high
    evidence: [{lines: 3, cue: close partner}]
    note: A forecast may look ahead.
  - id: ottoman-era
    source: iran
    target: iraq
    type: war
    era: ottoman
    modality: asserted
    confidence: high
    evidence: [{lines: 2, cue: fought a long war}]
    note: An era wholly before the covers period.
`)...)
	_, err := Load(writeTree(t, t.TempDir(), files))
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(errString(err)), "\n") {
		if !strings.HasPrefix(line, "\t") {
			_, msg, _ := strings.Cut(line, "doc-a.yaml:")
			got = append(got, msg)
		}
	}
	want := []string{
		`51:10: claim "late": end 2025-01 is after its document's publication (2024)`,
		`60:12: claim "early": start 1800 is before its document's covers start (1980)`,
		`78:10: claim "ottoman-era": era "ottoman" (1534/1918) lies outside its document's window 1980/2024 (covers start to publication)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
