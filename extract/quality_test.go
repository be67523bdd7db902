package extract

import (
	"bytes"
	"testing"
)

// reportedQuality is what docs/extraction.md reports per document:
// recall of the curated pairs among the candidate pairs, and precision of
// the best 20 candidates. A change that lowers either fails here; one that
// raises them should update the figures and the page.
var reportedQuality = map[string]struct{ recall, precision float64 }{
	"ghani-asgarian-russia-coalition": {0.74, 0.90},
	"iran-russia-strategic-agreement": {0.64, 0.90},
	"kadhimi-foreign-policy-report":   {0.74, 0.85},
	"mehr-iran-iraq-regional-balance": {0.89, 0.90},
	"pourhassan-seifi-soft-alliance":  {0.78, 0.75},
}

// The targets. Recall was 0.8 until issue 16 removed the aliases
// that were ordinary words or fragments (docs/extraction.md, Quality):
// iran-russia-strategic-agreement, whose names are split and reversed
// across lines, then finds 38 of its 55 pairs. The way back up is matching
// names across line breaks, not ordinary words as names. The second
// curation pass added the pairs co-occurrence finds hardest (named far
// apart or only described), so recall fell again: 0.6.
const (
	targetRecall    = 0.6
	targetPrecision = 0.5
)

// TestQuality measures the candidates on the real corpus against the
// curated claims.
func TestQuality(t *testing.T) {
	kb, c := realCorpus(t)
	rows, err := Quality(kb, c, CandidateOptions{Lexicon: lexiconOf(t)})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteQuality(&b, rows); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", b.String())
	for _, r := range rows {
		want, ok := reportedQuality[r.Document]
		if !ok {
			t.Errorf("%s: no reported figures; add them here and to docs/extraction.md", r.Document)
			continue
		}
		if r.Recall < want.recall || r.Recall < targetRecall {
			t.Errorf("%s: recall %.3f (%d/%d), reported %.2f; missed %v", r.Document, r.Recall, r.Recalled, r.Pairs, want.recall, r.Missed)
		}
		if r.Precision < want.precision || r.Precision < targetPrecision {
			t.Errorf("%s: precision@%d %.3f (%d/%d), reported %.2f", r.Document, PrecisionAt, r.Precision, r.TopCurated, r.Top, want.precision)
		}
	}
}
