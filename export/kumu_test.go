package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"kg/graph"
)

func kumuFiles(t *testing.T, kb *graph.KB, n *graph.Network) (elements, connections []byte) {
	t.Helper()
	var e, c bytes.Buffer
	if err := KumuCSV(&e, &c, kb, n); err != nil {
		t.Fatal(err)
	}
	return e.Bytes(), c.Bytes()
}

func TestKumuGolden(t *testing.T) {
	kb, n := smallFixtureNetwork(t)
	e, c := kumuFiles(t, kb, n)
	checkExportGolden(t, "fixture-elements.csv", e)
	checkExportGolden(t, "fixture-connections.csv", c)
	kb, n = awkwardNetwork(t)
	e, c = kumuFiles(t, kb, n)
	checkExportGolden(t, "awkward-elements.csv", e)
	checkExportGolden(t, "awkward-connections.csv", c)
}

// csvValue is what a CSV file holds of s: CR LF line breaks become LF.
func csvValue(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

// readCSV parses a CSV file with encoding/csv into maps by header, checking
// that every record has the header's length.
func readKumuCSV(t *testing.T, data []byte) ([]string, []map[string]string) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 {
		t.Fatal("no header")
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = rec[i]
		}
		rows = append(rows, m)
	}
	return recs[0], rows
}

// TestKumuContent reads the awkward fixture's CSV files back with
// encoding/csv: Kumu's columns first, every name and note exactly as
// written (CSV quoting holds commas, quotes and line breaks), From and To
// naming element IDs.
func TestKumuContent(t *testing.T) {
	kb, n := awkwardNetwork(t)
	e, c := kumuFiles(t, kb, n)
	header, elements := readKumuCSV(t, e)
	if !slices.Equal(header[:5], []string{"ID", "Label", "Type", "Description", "Tags"}) {
		t.Errorf("elements header %q", header)
	}
	if len(elements) != len(n.Actors) {
		t.Fatalf("%d elements, want %d", len(elements), len(n.Actors))
	}
	for i, a := range n.Actors {
		row := elements[i]
		if row["ID"] != a.ID || row["Label"] != csvValue(a.Name("en")) || row["Type"] != a.Kind.String() || row["Description"] != csvValue(a.Note) || row["part_of"] != a.PartOf {
			t.Errorf("element %d = %q", i, row)
		}
		for l, s := range a.Names {
			if row["name_"+l] != csvValue(s) {
				t.Errorf("element %s name_%s = %q, want %q", a.ID, l, row["name_"+l], s)
			}
		}
	}
	header, conns := readKumuCSV(t, c)
	if !slices.Equal(header[:5], []string{"ID", "From", "To", "Type", "Direction"}) {
		t.Errorf("connections header %q", header)
	}
	if len(conns) != len(n.Claims) {
		t.Fatalf("%d connections, want %d", len(conns), len(n.Claims))
	}
	for i, cl := range n.Claims {
		row := conns[i]
		typ := kb.TypeByID[cl.Type]
		dir := "undirected"
		if typ.Directed {
			dir = "directed"
		}
		var lines []string
		for _, ev := range cl.Evidence {
			lines = append(lines, ev.Lines())
		}
		want := map[string]string{"ID": cl.Key(), "From": cl.Source, "To": cl.Target, "Type": cl.Type, "Direction": dir,
			"Label": csvValue(typ.Label["en"]), "Description": csvValue(cl.Note), "Tags": cl.Document, "category": typ.Category.String(),
			"sign": map[graph.Sign]string{1: "1", -1: "-1", 0: "0"}[kb.ClaimSign(cl)], "modality": cl.Modality.String(),
			"document": cl.Document, "era": cl.Era, "confidence": cl.Confidence.String(), "lines": strings.Join(lines, "|"),
			"attributed_to": csvValue(cl.AttributedTo), "own_sign": ownSign(cl)}
		for k, v := range want {
			if row[k] != v {
				t.Errorf("connection %s: %s = %q, want %q", cl.Key(), k, row[k], v)
			}
		}
	}
}

func ownSign(c *graph.Claim) string {
	if !c.HasSign {
		return ""
	}
	return strconv.Itoa(int(c.Sign))
}
