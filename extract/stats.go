package extract

import (
	"kg/graph"
)

// DocumentStats summarizes one document's claims.
type DocumentStats struct {
	Document     string         `json:"document"`
	Claims       int            `json:"claims"`
	Actors       int            `json:"actors"`
	Eras         int            `json:"eras"`
	ByCategory   map[string]int `json:"by_category"`
	ByModality   map[string]int `json:"by_modality"`
	Checked      bool           `json:"evidence_checked"`
	BothNamed    int            `json:"both_named"`               // claims whose span names both actors
	BothNamedPct float64        `json:"both_named_share"`         // BothNamed / Claims
	Unnamed      []string       `json:"not_both_named,omitempty"` // ids of the other claims
}

// Stats counts, per document, claims, the actors and eras they involve,
// claims by category and modality, and, given a corpus, how many claims cite
// a span that (with one line either side) names both actors.
func Stats(kb *graph.KB, c *Corpus) ([]DocumentStats, error) {
	var g *Gazetteer
	if c != nil {
		g = NewGazetteer(kb)
	}
	var out []DocumentStats
	for _, d := range kb.Documents {
		st := DocumentStats{Document: d.ID, ByCategory: map[string]int{}, ByModality: map[string]int{}}
		actors, eras := map[string]bool{}, map[string]bool{}
		var text *Text
		if c != nil {
			t, err := c.Text(d)
			if err != nil {
				return nil, err
			}
			text = t
			st.Checked = true
		}
		for _, cl := range kb.Claims {
			if cl.Document != d.ID {
				continue
			}
			st.Claims++
			actors[cl.Source], actors[cl.Target] = true, true
			if cl.Era != "" {
				eras[cl.Era] = true
			}
			if t, ok := kb.TypeByID[cl.Type]; ok {
				st.ByCategory[t.Category.String()]++
			}
			st.ByModality[cl.Modality.String()]++
			if text != nil {
				if SpanNamesBoth(g, text, cl) {
					st.BothNamed++
				} else {
					st.Unnamed = append(st.Unnamed, cl.ID)
				}
			}
		}
		st.Actors, st.Eras = len(actors), len(eras)
		if st.Claims > 0 && text != nil {
			st.BothNamedPct = float64(st.BothNamed) / float64(st.Claims)
		}
		out = append(out, st)
	}
	return out, nil
}

// SpanNamesBoth reports whether one of the claim's evidence spans, widened
// by a line either side, mentions both of its actors.
func SpanNamesBoth(g *Gazetteer, t *Text, cl *graph.Claim) bool {
	for _, ev := range cl.Evidence {
		lo, hi := max(ev.Start-1, 1), min(ev.End+1, len(t.Lines))
		seen := map[string]bool{}
		for n := lo; n <= hi; n++ {
			for a := range g.Mentions(t.Normalized(n)) {
				seen[a] = true
			}
		}
		if seen[cl.Source] && seen[cl.Target] {
			return true
		}
	}
	return false
}
