package extract

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"kg/graph"
)

// DefaultWorklistScore is the score from which Coverage lists a candidate
// pair with no curated claim, unless CandidateOptions.MinScore says: two
// same-line co-occurrences without a cue, or one with a strong cue.
const DefaultWorklistScore = 2.0

// Support is how well the candidates back a curated claim.
type Support uint8

// Kinds of support, weakest first.
const (
	NoCandidate Support = iota // no candidate has the claim's pair of actors
	PairOnly                   // a candidate has the pair, but not on the claim's evidence lines
	SameLines                  // a candidate has the pair on a line of the claim's evidence
)

var supportNames = []string{"none", "pair", "lines"}

func (s Support) String() string { return supportNames[s] }

// MarshalText writes the support as "none", "pair" or "lines".
func (s Support) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ClaimCoverage is what the candidates say about one curated claim.
type ClaimCoverage struct {
	Claim   string  `json:"claim"` // the claim's id
	Source  string  `json:"source"`
	Target  string  `json:"target"`
	Type    string  `json:"type"`
	Support Support `json:"support"`
	// Of the candidate for the pair, when there is one:
	Rank          int     `json:"rank,omitempty"` // 1-based, by score
	Score         float64 `json:"score,omitempty"`
	CandidateType string  `json:"candidate_type,omitempty"`
	SameType      bool    `json:"same_type"`     // the candidate guessed the claim's type
	SameCategory  bool    `json:"same_category"` // or at least its category
}

// CoverageReport compares a document's candidates with its curated
// claims: which claims a candidate supports, and the worklist of
// candidate pairs that score high but have no claim.
type CoverageReport struct {
	Document    string          `json:"document"`
	Claims      []ClaimCoverage `json:"claims"` // in the order of the claims file's ids
	SameLines   int             `json:"same_lines"`
	PairOnly    int             `json:"pair_only"`
	NoCandidate int             `json:"no_candidate"`
	WorklistMin float64         `json:"worklist_min_score"`
	Worklist    []Candidate     `json:"worklist"` // best first
}

// Coverage compares document doc's candidates with its curated claims. A
// claim is supported on its lines when a candidate has the same unordered
// pair of actors with a co-occurrence on a line of one of the claim's
// evidence spans, by pair only when the candidate's co-occurrences are all
// elsewhere. The worklist holds the candidates scoring opt.MinScore or more
// (DefaultWorklistScore when it is 0) whose pair no claim of the document
// has.
func Coverage(kb *graph.KB, c *Corpus, doc string, opt CandidateOptions) (CoverageReport, error) {
	floor := opt.MinScore
	if floor <= 0 {
		floor = DefaultWorklistScore
	}
	opt.MinScore = 0
	cands, err := Candidates(kb, c, doc, opt)
	if err != nil {
		return CoverageReport{}, err
	}
	r := CoverageReport{Document: doc, Claims: []ClaimCoverage{}, Worklist: []Candidate{}, WorklistMin: floor}
	rank := map[string]int{}
	for k, cd := range cands {
		rank[pairOf(cd)] = k
	}
	curated := map[string]bool{}
	for _, cl := range kb.Claims {
		if cl.Document != doc {
			continue
		}
		p := unordered(cl.Source, cl.Target)
		curated[p] = true
		cc := ClaimCoverage{Claim: cl.ID, Source: cl.Source, Target: cl.Target, Type: cl.Type}
		if k, ok := rank[p]; ok {
			cd := cands[k]
			cc.Rank, cc.Score, cc.CandidateType = k+1, cd.Score, cd.Type
			cc.SameType = cd.Type == cl.Type
			ct, ok1 := kb.TypeByID[cd.Type]
			lt, ok2 := kb.TypeByID[cl.Type]
			cc.SameCategory = ok1 && ok2 && ct.Category == lt.Category
			cc.Support = PairOnly
			if onLines(cd.Lines, cl.Evidence) {
				cc.Support = SameLines
			}
		}
		switch cc.Support {
		case SameLines:
			r.SameLines++
		case PairOnly:
			r.PairOnly++
		default:
			r.NoCandidate++
		}
		r.Claims = append(r.Claims, cc)
	}
	for _, cd := range cands {
		if cd.Score >= floor && !curated[pairOf(cd)] {
			r.Worklist = append(r.Worklist, cd)
		}
	}
	return r, nil
}

// onLines reports whether one of the sorted lines lies in an evidence span.
func onLines(lines []int, evs []graph.Evidence) bool {
	for _, ev := range evs {
		for _, l := range lines {
			if ev.Start <= l && l <= ev.End {
				return true
			}
		}
	}
	return false
}

// WriteCoverage writes a coverage report as a table (format "table" or "")
// or as JSON ("json").
func WriteCoverage(w io.Writer, r CoverageReport, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	case "table", "":
	default:
		return fmt.Errorf("unknown format %q (want table, json)", format)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %s; %d supported on their lines, %d by pair only, %d without a candidate\n",
		r.Document, plural(len(r.Claims), "claim"), r.SameLines, r.PairOnly, r.NoCandidate)
	rows := [][]string{{"claim", "source", "target", "type", "support", "rank", "candidate type"}}
	for _, c := range r.Claims {
		rank, typ := "", ""
		if c.Support != NoCandidate {
			rank, typ = strconv.Itoa(c.Rank), c.CandidateType
			if c.SameType {
				typ += " (same)"
			} else if c.SameCategory {
				typ += " (same category)"
			}
		}
		rows = append(rows, []string{c.Claim, c.Source, c.Target, c.Type, c.Support.String(), rank, typ})
	}
	writeColumns(&b, rows)
	fmt.Fprintf(&b, "\n# worklist: %s scoring %s or more with no curated claim\n",
		plural(len(r.Worklist), "candidate pair"), strconv.FormatFloat(r.WorklistMin, 'f', -1, 64))
	rows = [][]string{{"score", "source", "target", "type", "cue", "lines"}}
	for _, c := range r.Worklist {
		rows = append(rows, []string{strconv.FormatFloat(c.Score, 'f', 2, 64), c.Source, c.Target, c.Type, c.Cue, lineRanges(c.Lines)})
	}
	writeColumns(&b, rows)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeColumns writes rows as left-aligned columns two spaces apart,
// without trailing spaces. Widths count runes.
func writeColumns(b *strings.Builder, rows [][]string) {
	var width []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], len([]rune(cell)))
		}
	}
	for _, row := range rows {
		var line strings.Builder
		for i, cell := range row {
			line.WriteString(cell)
			if i < len(row)-1 {
				line.WriteString(strings.Repeat(" ", width[i]-len([]rune(cell))+2))
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteString("\n")
	}
}
