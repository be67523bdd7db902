package diff

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"kg/graph"
)

// SpecError is a view spec or match value that cannot be read, with a hint
// where one helps.
type SpecError struct {
	Spec string // the spec as given; "" for a match value
	Msg  string
	Hint string
}

func (e *SpecError) Error() string {
	if e.Spec == "" {
		return e.Msg
	}
	return fmt.Sprintf("view spec %q: %s", e.Spec, e.Msg)
}

var specKeys = []string{"doc", "era", "at", "type", "category", "sign", "modality", "min-confidence", "fold"}

// ParseSpec reads a view spec: comma-separated key=value pairs with the
// keys of the view flags, doc, era, at, type, category, sign, modality,
// min-confidence and fold, as in "doc=X,era=P". The keys doc, type,
// category, sign, modality and fold may be repeated to select several
// values ("sign=+,sign=-", "fold=persons,fold=parties"); modality=all
// selects every modality. The empty spec is
// the zero view: every document, asserted claims. The values of category,
// sign, modality, at and min-confidence are checked here; document, era and
// type ids are checked against a knowledge base by KB.Check.
func ParseSpec(s string) (graph.View, error) {
	var v graph.View
	fail := func(format string, args ...any) (graph.View, error) {
		return graph.View{}, &SpecError{Spec: s, Msg: fmt.Sprintf(format, args...)}
	}
	if strings.TrimSpace(s) == "" {
		return v, nil
	}
	seen := map[string]bool{}
	for item := range strings.SplitSeq(s, ",") {
		key, val, ok := strings.Cut(item, "=")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		switch {
		case strings.TrimSpace(item) == "":
			return fail("empty item (want key=value pairs separated by commas)")
		case !ok:
			return fail("%q is not key=value", strings.TrimSpace(item))
		case !slices.Contains(specKeys, key):
			return graph.View{}, &SpecError{Spec: s, Msg: fmt.Sprintf("unknown key %q (want %s)", key, strings.Join(specKeys, ", ")),
				Hint: graph.Suggest(key, specKeys)}
		case val == "":
			return fail("%s has no value", key)
		}
		switch key {
		case "era", "at", "min-confidence":
			if seen[key] {
				return fail("%s given twice", key)
			}
		}
		seen[key] = true
		var err error
		switch key {
		case "doc":
			v.Documents = append(v.Documents, val)
		case "era":
			v.Era = val
		case "at":
			v.At, err = graph.ParseDate(val)
		case "type":
			v.Types = append(v.Types, val)
		case "category":
			var c graph.Category
			c, err = graph.ParseCategory(val)
			v.Categories = append(v.Categories, c)
		case "sign":
			var sg graph.Sign
			sg, err = graph.ParseSign(val)
			v.Signs = append(v.Signs, sg)
		case "modality":
			if val == "all" {
				v.AllModalities = true
				break
			}
			var m graph.Modality
			m, err = graph.ParseModality(val)
			v.Modalities = append(v.Modalities, m)
		case "min-confidence":
			v.MinConfidence, err = graph.ParseConfidence(val)
		case "fold":
			var ks []graph.Kind
			ks, err = graph.ParseFold(val)
			v.Fold = append(v.Fold, ks...)
		}
		if err != nil {
			e := &SpecError{Spec: s, Msg: err.Error()}
			if key == "category" {
				var names []string
				for _, c := range graph.Categories() {
					names = append(names, c.String())
				}
				e.Hint = graph.Suggest(val, names)
			}
			var ve *graph.ViewError
			if errors.As(err, &ve) {
				e.Hint = ve.Hint
			}
			return graph.View{}, e
		}
	}
	if v.AllModalities && len(v.Modalities) > 0 {
		return fail("modality=all cannot be combined with other modalities")
	}
	slices.Sort(v.Fold)
	v.Fold = slices.Compact(v.Fold)
	return v, nil
}
