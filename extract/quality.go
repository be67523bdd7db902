package extract

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"kg/graph"
)

// PrecisionAt is how many of the best candidates per document precision
// is measured on.
const PrecisionAt = 20

// QualityRow measures one document's candidates against its curated
// claims, as unordered pairs of actors.
type QualityRow struct {
	Document   string   `json:"document"`
	Claims     int      `json:"claims"`     // curated claims, every modality
	Pairs      int      `json:"pairs"`      // distinct unordered actor pairs among them
	Candidates int      `json:"candidates"` // candidate pairs
	Recalled   int      `json:"recalled"`   // curated pairs that are candidate pairs
	Recall     float64  `json:"recall"`     // Recalled / Pairs
	Top        int      `json:"top"`        // candidates the precision is measured on: PrecisionAt, or fewer if there are fewer
	TopCurated int      `json:"top_curated"`
	Precision  float64  `json:"precision"`        // TopCurated / Top
	Missed     []string `json:"missed,omitempty"` // curated pairs no candidate has, "a b"
	// Of the curated claims whose pair has a candidate, those whose
	// category is that of the candidate's type or of one of its
	// alternatives: how often the cue lexicon points the curator the
	// right way.
	WithCandidate int     `json:"with_candidate"`
	CategoryFound int     `json:"category_found"`
	CategoryShare float64 `json:"category_share"`
}

// Quality measures, per document, the recall of curated claim pairs among
// the candidate pairs and the precision of the best PrecisionAt candidates
// against the curated pairs.
func Quality(kb *graph.KB, c *Corpus, opt CandidateOptions) ([]QualityRow, error) {
	if len(kb.Documents) == 0 {
		return nil, nil
	}
	if opt.Lexicon == nil {
		return nil, errNoLexicon
	}
	x := newExtractorKB(kb, opt.Lexicon)
	var out []QualityRow
	for _, d := range kb.Documents {
		t, err := c.Text(d)
		if err != nil {
			return nil, err
		}
		cands := x.candidates(d, t, opt)
		row := QualityRow{Document: d.ID, Candidates: len(cands)}
		curated := map[string]bool{}
		for _, cl := range kb.Claims {
			if cl.Document == d.ID {
				row.Claims++
				curated[unordered(cl.Source, cl.Target)] = true
			}
		}
		row.Pairs = len(curated)
		found := map[string]*Candidate{}
		for k := range cands {
			cd := &cands[k]
			p := pairOf(*cd)
			found[p] = cd
			if k < PrecisionAt {
				row.Top++
				if curated[p] {
					row.TopCurated++
				}
			}
		}
		for _, cl := range kb.Claims {
			cd := found[unordered(cl.Source, cl.Target)]
			if cl.Document != d.ID || cd == nil {
				continue
			}
			row.WithCandidate++
			want := x.category(cl.Type)
			if x.category(cd.Type) == want || slices.ContainsFunc(cd.Others, func(o Alternative) bool { return x.category(o.Type) == want }) {
				row.CategoryFound++
			}
		}
		if row.WithCandidate > 0 {
			row.CategoryShare = float64(row.CategoryFound) / float64(row.WithCandidate)
		}
		for _, p := range sortedKeys(curated) {
			if found[p] != nil {
				row.Recalled++
			} else {
				row.Missed = append(row.Missed, p)
			}
		}
		if row.Pairs > 0 {
			row.Recall = float64(row.Recalled) / float64(row.Pairs)
		}
		if row.Top > 0 {
			row.Precision = float64(row.TopCurated) / float64(row.Top)
		}
		out = append(out, row)
	}
	return out, nil
}

// category returns the category of relation type typ, or 0.
func (x *extractor) category(typ string) graph.Category {
	if t, ok := x.kb.TypeByID[typ]; ok {
		return t.Category
	}
	return 0
}

// unordered names a pair of actors independent of direction: "a b" with
// a < b.
func unordered(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + " " + b
}

// WriteQuality writes the quality table in Markdown, as docs/extraction.md
// shows it.
func WriteQuality(w io.Writer, rows []QualityRow) error {
	var b strings.Builder
	b.WriteString("| document | claims | curated pairs | candidate pairs | recall | precision@20 | category found |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %.2f (%d/%d) | %.2f (%d/%d) | %.2f (%d/%d) |\n",
			r.Document, r.Claims, r.Pairs, r.Candidates, r.Recall, r.Recalled, r.Pairs, r.Precision, r.TopCurated, r.Top,
			r.CategoryShare, r.CategoryFound, r.WithCandidate)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
