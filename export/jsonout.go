package export

import (
	"encoding/json"
	"io"

	"kg/graph"
)

// writeJSON writes v as indented JSON without HTML escaping, as the reports
// of export/text do.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// dateOrNil is a date for JSON: its string, or null when it is unknown.
func dateOrNil(d graph.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}
