package graph

import (
	"slices"
	"testing"
)

func TestAttribution(t *testing.T) {
	files := fixtureFiles(t)
	files["data/claims/doc-a.yaml"] = append(files["data/claims/doc-a.yaml"], []byte(`  - id: experts
    source: iran
    target: iraq
    type: support
    modality: reported
    attributed_to: Some experts
    confidence: medium
    evidence: [{lines: 3, cue: close partner}]
    note: Unnamed experts' view.
  - id: riyadh
    source: iran
    target: iraq
    type: war
    modality: reported
    attributed_to: saudi-arabia
    confidence: medium
    evidence: [{lines: 3, cue: close partner}]
    note: Riyadh's view.
  - id: denial
    source: quds-force
    target: iraq
    type: alliance
    modality: negated
    attributed_to: iraq
    confidence: medium
    evidence: [{lines: 6, cue: supported armed groups}]
    note: Baghdad's denial.
`)...)
	kb, err := Load(writeTree(t, t.TempDir(), files))
	if err != nil {
		t.Fatal(err)
	}
	type attr struct {
		holder string
		actor  bool
		m      Modality
	}
	got := map[string]attr{}
	for _, c := range kb.Claims {
		got[c.ID] = attr{c.AttributedTo, c.AttributedActor, c.Modality}
	}
	for id, want := range map[string]attr{
		"experts":       {"Some experts", false, Reported},
		"riyadh":        {"saudi-arabia", true, Reported},
		"denial":        {"iraq", true, Negated},
		"iran-iraq-war": {"", false, Asserted},
	} {
		if got[id] != want {
			t.Errorf("%s: %+v, want %+v", id, got[id], want)
		}
	}
	ids := func(v View) (out []string) {
		for _, c := range kb.Select(v) {
			out = append(out, c.ID)
		}
		return out
	}
	if s := ids(View{}); slices.Contains(s, "experts") || slices.Contains(s, "riyadh") {
		t.Errorf("the default view holds reported claims: %v", s)
	}
	if s := ids(View{Modalities: []Modality{Reported}}); !slices.Equal(s, []string{"experts", "riyadh"}) {
		t.Errorf("--modality reported selects %v", s)
	}
	// a reported view is a tie of its own, apart from the author's
	// asserted claims on the same pair and type
	n := kb.Network(View{AllModalities: true})
	var ties []string
	for _, x := range n.Ties {
		if x.Source == "iran" && x.Target == "iraq" {
			ties = append(ties, x.Type.ID+" "+x.Modality.String())
		}
	}
	if want := []string{"alliance asserted", "support reported", "war asserted", "war reported"}; !slices.Equal(ties, want) {
		t.Errorf("iran-iraq ties = %v, want %v", ties, want)
	}
}
