package export

import (
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

// The GEXF document, as encoding/xml reads it back.
type gexfDoc struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Meta    struct {
		Creator     string `xml:"creator"`
		Description string `xml:"description"`
	} `xml:"meta"`
	Graph struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Mode            string `xml:"mode,attr"`
		TimeFormat      string `xml:"timeformat,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Mode  string `xml:"mode,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []gexfElem `xml:"nodes>node"`
		Edges []gexfElem `xml:"edges>edge"`
	} `xml:"graph"`
}

type gexfElem struct {
	ID        string         `xml:"id,attr"`
	Label     string         `xml:"label,attr"`
	Source    string         `xml:"source,attr"`
	Target    string         `xml:"target,attr"`
	Kind      string         `xml:"kind,attr"`
	Weight    string         `xml:"weight,attr"`
	Start     string         `xml:"start,attr"`
	End       string         `xml:"end,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

// static returns an element's static attribute values by id, and its
// dynamic "eras" values as value@start..end.
func (e gexfElem) values() (map[string]string, []string) {
	m := map[string]string{}
	var eras []string
	for _, a := range e.AttValues {
		if a.For == "eras" {
			eras = append(eras, a.Value+"@"+a.Start+".."+a.End)
			continue
		}
		m[a.For] = a.Value
	}
	return m, eras
}

func readGEXF(t *testing.T, data []byte) gexfDoc {
	t.Helper()
	wellFormed(t, data)
	var doc gexfDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != "1.3" || doc.Graph.Mode != "dynamic" || doc.Graph.TimeFormat != "date" || doc.Graph.DefaultEdgeType != "directed" {
		t.Errorf("version %q, mode %q, timeformat %q, defaultedgetype %q; want 1.3, dynamic, date, directed",
			doc.Version, doc.Graph.Mode, doc.Graph.TimeFormat, doc.Graph.DefaultEdgeType)
	}
	declared := map[string]bool{}
	for _, as := range doc.Graph.Attributes {
		for _, a := range as.Attrs {
			k := as.Class + ":" + a.ID
			if declared[k] {
				t.Errorf("attribute %s declared twice", k)
			}
			declared[k] = true
			if !slices.Contains([]string{"string", "integer", "double", "boolean"}, a.Type) {
				t.Errorf("attribute %s has type %q", k, a.Type)
			}
		}
	}
	for class, elems := range map[string][]gexfElem{"node": doc.Graph.Nodes, "edge": doc.Graph.Edges} {
		for _, e := range elems {
			for _, a := range e.AttValues {
				if !declared[class+":"+a.For] {
					t.Errorf("%s %q: attvalue for undeclared attribute %q", class, e.ID, a.For)
				}
			}
		}
	}
	return doc
}

func TestGEXFGolden(t *testing.T) {
	kb, n := smallFixtureNetwork(t)
	checkExportGolden(t, "fixture.gexf", exportBytes(t, func(w io.Writer) error { return GEXF(w, kb, n) }))
	kb, n = awkwardNetwork(t)
	checkExportGolden(t, "awkward.gexf", exportBytes(t, func(w io.Writer) error { return GEXF(w, kb, n) }))
}

func TestExpandDates(t *testing.T) {
	for _, tc := range []struct{ date, first, last string }{
		{"2003", "2003-01-01", "2003-12-31"},
		{"2004-02", "2004-02-01", "2004-02-29"},
		{"1900-02", "1900-02-01", "1900-02-28"},
		{"1995-06", "1995-06-01", "1995-06-30"},
		{"1980-09-22", "1980-09-22", "1980-09-22"},
		{"0800", "0800-01-01", "0800-12-31"},
	} {
		d, err := graph.ParseDate(tc.date)
		if err != nil {
			t.Fatal(err)
		}
		if got := dayString(firstDay(d)); got != tc.first {
			t.Errorf("first day of %s = %s, want %s", tc.date, got, tc.first)
		}
		if got := dayString(lastDay(d)); got != tc.last {
			t.Errorf("last day of %s = %s, want %s", tc.date, got, tc.last)
		}
	}
}

// TestEraSpans cuts the awkward fixture's timeline, whose eras overlap and
// have open ends: cold-era ..-1991-12-26, era-one 1980-09-1988,
// open-era 2003-04-09-...
func TestEraSpans(t *testing.T) {
	kb := loadExportKB(t, awkwardDir)
	var got []string
	for _, s := range eraSpans(kb.Eras) {
		got = append(got, s.eras+"@"+strings.Join(s.days.spellAttrs(), " "))
	}
	want := []string{
		"cold-era@end 1980-08-31",
		"cold-era|era-one@start 1980-09-01 end 1988-12-31",
		"cold-era@start 1989-01-01 end 1991-12-26",
		"open-era@start 2003-04-09",
	}
	if !slices.Equal(got, want) {
		t.Errorf("era spans\n got %q\nwant %q", got, want)
	}
	// A range inside one span keeps it; neighbours that name the same eras
	// merge.
	r := dayRange{firstDay(graph.Date{Year: 1985}), lastDay(graph.Date{Year: 2005})}
	var clipped []string
	for _, s := range erasDuring(eraSpans(kb.Eras), r) {
		clipped = append(clipped, s.eras+"@"+strings.Join(s.days.spellAttrs(), " "))
	}
	want = []string{
		"cold-era|era-one@start 1985-01-01 end 1988-12-31",
		"cold-era@start 1989-01-01 end 1991-12-26",
		"open-era@start 2003-04-09 end 2005-12-31",
	}
	if !slices.Equal(clipped, want) {
		t.Errorf("eras during 1985..2005\n got %q\nwant %q", clipped, want)
	}
}

// TestGEXFContent reads the awkward fixture's GEXF back: names and notes
// as written (less what XML cannot hold), times expanded to days, the eras
// in effect, and the eras listed in <meta>.
func TestGEXFContent(t *testing.T) {
	kb, n := awkwardNetwork(t)
	doc := readGEXF(t, exportBytes(t, func(w io.Writer) error { return GEXF(w, kb, n) }))
	if len(doc.Graph.Nodes) != len(n.Actors) || len(doc.Graph.Edges) != len(n.Claims) {
		t.Fatalf("%d nodes and %d edges, want %d and %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(n.Actors), len(n.Claims))
	}
	for _, e := range kb.Eras {
		if !strings.Contains(doc.Meta.Description, e.ID+" ("+e.Label["en"]+") "+e.Period.String()) {
			t.Errorf("meta description does not list era %s: %q", e.ID, doc.Meta.Description)
		}
	}
	for i, a := range n.Actors {
		e := doc.Graph.Nodes[i]
		vals, _ := e.values()
		if e.ID != a.ID || e.Label != xmlValid(a.Name("en")) || vals["kind"] != a.Kind.String() || vals["note"] != xmlValid(a.Note) {
			t.Errorf("node %d = %q %q %v, want %q %q", i, e.ID, e.Label, vals, a.ID, a.Name("en"))
		}
		for l, s := range a.Names {
			if vals["name_"+l] != xmlValid(s) {
				t.Errorf("node %s name_%s = %q, want %q", a.ID, l, vals["name_"+l], s)
			}
		}
	}
	edges := map[string]gexfElem{}
	for _, e := range doc.Graph.Edges {
		edges[e.ID] = e
	}
	for _, tc := range []struct {
		key, start, end, period string
		eras                    []string
	}{
		// an era: its period, partial dates expanded
		{"awkward-doc/quote-amp-newline-party-pact", "1980-09-01", "1988-12-31", "1980-09/1988",
			[]string{"cold-era|era-one@1980-09-01..1988-12-31"}},
		// own start and end in different precisions
		{"awkward-doc/hash-group-rtl-person-backs", "2003-04-01", "2003-12-31", "2003-04/2003",
			[]string{"open-era@2003-04-09..2003-12-31"}},
		// no time of its own: the document's covers period
		{"awkward-doc/formula-org-end-talks", "1979-01-01", "2024-12-31", "1979/2024",
			[]string{"cold-era@1979-01-01..1980-08-31", "cold-era|era-one@1980-09-01..1988-12-31",
				"cold-era@1989-01-01..1991-12-26", "open-era@2003-04-09..2024-12-31"}},
		// an open end is left out
		{"awkward-doc/end-o-region-strikes", "2004-01-01", "", "2004/..", []string{"open-era@2004-01-01.."}},
		// an era with an open start, clipped to the document's covers start
		{"awkward-doc/rtl-person-x-talks", "1979-01-01", "1991-12-26", "1979/1991-12-26",
			[]string{"cold-era@1979-01-01..1980-08-31", "cold-era|era-one@1980-09-01..1988-12-31", "cold-era@1989-01-01..1991-12-26"}},
		// a leap day
		{"second-doc/newline-party-hash-group-strikes", "2004-02-29", "2004-02-29", "2004-02-29/2004-02-29",
			[]string{"open-era@2004-02-29..2004-02-29"}},
	} {
		e, ok := edges[tc.key]
		if !ok {
			t.Errorf("no edge %q", tc.key)
			continue
		}
		vals, eras := e.values()
		if e.Start != tc.start || e.End != tc.end || vals["period"] != tc.period || !slices.Equal(eras, tc.eras) {
			t.Errorf("edge %s: start %q end %q period %q eras %q\nwant start %q end %q period %q eras %q",
				tc.key, e.Start, e.End, vals["period"], eras, tc.start, tc.end, tc.period, tc.eras)
		}
	}
	for _, c := range n.Claims {
		e := edges[c.Key()]
		vals, _ := e.values()
		typ := kb.TypeByID[c.Type]
		if e.Source != c.Source || e.Target != c.Target || e.Kind != c.Type || e.Label != xmlValid(typ.Label["en"]) ||
			vals["claim"] != c.Key() || vals["note"] != xmlValid(c.Note) || vals["modality"] != c.Modality.String() {
			t.Errorf("edge %s = %+v", c.Key(), e)
		}
	}
	// An actor spans its claims' times: newline-party from the pact of
	// era-one (1980-09) to the leap-day strike; end, with an open-ended
	// claim, has no end.
	for _, e := range doc.Graph.Nodes {
		switch e.ID {
		case "newline-party":
			if e.Start != "1980-09-01" || e.End != "2004-02-29" {
				t.Errorf("newline-party spans %s..%s, want 1980-09-01..2004-02-29", e.Start, e.End)
			}
		case "end":
			if e.Start != "1979-01-01" || e.End != "" {
				t.Errorf("end spans %s..%s, want 1979-01-01..", e.Start, e.End)
			}
		}
	}
}
