package diff

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"kg/graph"
)

func TestParseSpec(t *testing.T) {
	tests := []struct {
		spec string
		want graph.View
	}{
		{"", graph.View{}},
		{"  ", graph.View{}},
		{"doc=x", graph.View{Documents: []string{"x"}}},
		{"doc=x,era=p", graph.View{Documents: []string{"x"}, Era: "p"}},
		{" doc = x , doc=y ", graph.View{Documents: []string{"x", "y"}}},
		{"at=2015-03", graph.View{At: graph.Date{Year: 2015, Month: 3}}},
		{"type=war,type=alliance", graph.View{Types: []string{"war", "alliance"}}},
		{"category=strategic-partnership", graph.View{Categories: []graph.Category{graph.StrategicPartnership}}},
		{"sign=+,sign=-", graph.View{Signs: []graph.Sign{graph.Positive, graph.Negative}}},
		{"sign=0", graph.View{Signs: []graph.Sign{graph.Neutral}}},
		{"modality=all", graph.View{AllModalities: true}},
		{"modality=asserted,modality=negated", graph.View{Modalities: []graph.Modality{graph.Asserted, graph.Negated}}},
		{"min-confidence=medium", graph.View{MinConfidence: graph.Medium}},
		{"fold=regions,fold=persons,fold=regions", graph.View{Fold: []graph.Kind{graph.Person, graph.Region}}},
		{"fold=all", graph.View{Fold: []graph.Kind{graph.Party, graph.Person, graph.Region}}},
		{"fold=none", graph.View{}},
		{"doc=a,era=e,at=2003,type=t,category=war,sign=-,modality=prospective,min-confidence=high", graph.View{
			Documents: []string{"a"}, Era: "e", At: graph.Date{Year: 2003}, Types: []string{"t"},
			Categories: []graph.Category{graph.War}, Signs: []graph.Sign{graph.Negative},
			Modalities: []graph.Modality{graph.Prospective}, MinConfidence: graph.High}},
	}
	for _, tc := range tests {
		got, err := ParseSpec(tc.spec)
		if err != nil {
			t.Errorf("ParseSpec(%q): %v", tc.spec, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseSpec(%q) = %+v, want %+v", tc.spec, got, tc.want)
		}
	}
}

func TestParseSpecErrors(t *testing.T) {
	tests := []struct {
		spec, msg, hint string
	}{
		{"dco=x", `view spec "dco=x": unknown key "dco" (want doc, era, at, type, category, sign, modality, min-confidence, fold)`, `did you mean "doc"?`},
		{"document=x", `view spec "document=x": unknown key "document" (want doc, era, at, type, category, sign, modality, min-confidence, fold)`, ""},
		{"doc", `view spec "doc": "doc" is not key=value`, ""},
		{"doc=x,", `view spec "doc=x,": empty item (want key=value pairs separated by commas)`, ""},
		{"doc=", `view spec "doc=": doc has no value`, ""},
		{"era=a,era=b", `view spec "era=a,era=b": era given twice`, ""},
		{"at=15", `view spec "at=15": invalid date "15" (want YYYY, YYYY-MM or YYYY-MM-DD)`, ""},
		{"category=aliance", `view spec "category=aliance": unknown category "aliance" (want alliance, coalition, strategic-partnership, cooperation, economic, cultural-religious, support, mediation, diplomatic, rivalry, hostility, war, occupation-intervention, threat, sanctions, dependency, membership, other)`, `did you mean "alliance"?`},
		{"sign=plus", `view spec "sign=plus": unknown sign "plus" (want "+", "-" or "0")`, ""},
		{"modality=denied", `view spec "modality=denied": unknown modality "denied" (want asserted, prospective, hypothetical, negated, reported)`, ""},
		{"modality=all,modality=negated", `view spec "modality=all,modality=negated": modality=all cannot be combined with other modalities`, ""},
		{"fold=partys", `view spec "fold=partys": unknown fold "partys" (want persons, parties, regions, several comma-separated, all or none)`, `did you mean "parties"?`},
		{"min-confidence=certain", `view spec "min-confidence=certain": unknown confidence "certain" (want low, medium, high)`, ""},
	}
	for _, tc := range tests {
		_, err := ParseSpec(tc.spec)
		var se *SpecError
		if !errors.As(err, &se) {
			t.Errorf("ParseSpec(%q) = %v, want a *SpecError", tc.spec, err)
			continue
		}
		if se.Error() != tc.msg || se.Hint != tc.hint {
			t.Errorf("ParseSpec(%q):\n got %s (hint %q)\nwant %s (hint %q)", tc.spec, se.Error(), se.Hint, tc.msg, tc.hint)
		}
	}
}

// TestParseSpecCheck: ids are checked against the knowledge base by
// KB.Check, which gives the did-you-mean hint.
func TestParseSpecCheck(t *testing.T) {
	kb := loadReal(t)
	v, err := ParseSpec("doc=mehr-iran-iraq-regional-balanse")
	if err != nil {
		t.Fatal(err)
	}
	var ve *graph.ViewError
	if err := kb.Check(v); !errors.As(err, &ve) || ve.Hint != `did you mean "mehr-iran-iraq-regional-balance"?` {
		t.Errorf("Check: %v (%+v)", err, ve)
	}
	v, _ = ParseSpec("doc=mehr-iran-iraq-regional-balance,era=post-sadam")
	if err := kb.Check(v); !errors.As(err, &ve) || ve.Hint != `did you mean "post-saddam"?` {
		t.Errorf("Check: %v (%+v)", err, ve)
	}
}

func ExampleParseSpec() {
	v, err := ParseSpec("doc=mehr-iran-iraq-regional-balance,era=post-saddam,sign=+,sign=-")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v)
	_, err = ParseSpec("doc=x,eras=y")
	fmt.Println(err)
	// Output:
	// documents mehr-iran-iraq-regional-balance; era post-saddam; signs +, -; asserted
	// view spec "doc=x,eras=y": unknown key "eras" (want doc, era, at, type, category, sign, modality, min-confidence, fold)
}
