package export

import (
	"encoding/json"
	"io"
)

// writeJSON writes v as indented JSON without HTML escaping, as the reports
// of export/text do.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
