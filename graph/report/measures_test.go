package report

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestMeasuresTable checks the measure table against Actor: every field but
// the id is a measure of the same JSON name, in the same order, and each
// measure reads its own field.
func TestMeasuresTable(t *testing.T) {
	var fields []string
	at := reflect.TypeOf(Actor{})
	for i := range at.NumField() {
		name, _, _ := strings.Cut(at.Field(i).Tag.Get("json"), ",")
		if name != "id" {
			fields = append(fields, name)
		}
	}
	var names []string
	for _, m := range Measures() {
		names = append(names, m.String())
		if m.Label() == "" {
			t.Errorf("measure %s has no label", m)
		}
		if p, ok := ParseMeasure(m.String()); !ok || p != m {
			t.Errorf("ParseMeasure(%q) = %v, %v", m, p, ok)
		}
	}
	if !slices.Equal(names, fields) {
		t.Fatalf("measures %v, Actor's JSON fields %v", names, fields)
	}
	// Give every field a distinct value and read it back through the table.
	values := map[string]any{"id": "x"}
	for i, name := range names {
		values[name] = i + 1
	}
	data, _ := json.Marshal(values)
	var a Actor
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	for i, m := range Measures() {
		if got := m.Of(a); got != float64(i+1) {
			t.Errorf("%s reads %v, want %v", m, got, i+1)
		}
	}
	if _, ok := ParseMeasure("influence"); ok {
		t.Error("an unknown name parses")
	}
}
