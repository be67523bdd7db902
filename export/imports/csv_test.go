package imports

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/graph"
)

// A map as a Kumu user might have it: labels for From and To, types that
// are not kg's, a multi-valued To, a connection to an element the elements
// sheet lacks, accents and Persian-only labels.
const kumuElements = `Label,Type,Description,Tags
Iran,State,A state,Middle East|Gulf
Türkiye,country,,
Hezbollah,Armed group,"Lebanese, Shia",
حزب الله العراق,armed_group,,
Iran,State,a duplicate row: the same element,
`

const kumuConnections = `From,To,Type,Direction,Label,Strength
Iran,Hezbollah,Supports,,backs,strong
Iran,Türkiye|حزب الله العراق,Rivalry,mutual,,
Hezbollah,Israel,Fights,directed,,
Türkiye,Iran,Supports,undirected,,
`

func TestReadCSVKumu(t *testing.T) {
	d, err := ReadCSV(strings.NewReader(kumuElements), strings.NewReader(kumuConnections))
	if err != nil {
		t.Fatal(err)
	}
	var actors []string
	for _, a := range d.Actors {
		actors = append(actors, a.ID+":"+a.Kind.String()+":"+a.Names["en"])
	}
	want := []string{
		"actor:armed-group:حزب الله العراق", // nothing to make an id of
		"hezbollah:armed-group:Hezbollah",
		"iran:state:Iran",
		"israel:other:Israel", // named by a connection only
		"turkiye:other:Türkiye",
	}
	if strings.Join(actors, " ") != strings.Join(want, " ") {
		t.Errorf("actors\n got %q\nwant %q", actors, want)
	}
	for _, a := range d.Actors {
		if a.ID == "turkiye" && a.Note != "type in the input: country" {
			t.Errorf("turkiye note = %q", a.Note)
		}
		if a.ID == "hezbollah" && a.Note != "Lebanese, Shia" {
			t.Errorf("hezbollah note = %q", a.Note)
		}
	}
	var types []string
	for _, ty := range d.Types {
		types = append(types, ty.ID+":"+ty.Label["en"]+":"+ty.Category.String()+":"+ty.Sign.String()+":"+map[bool]string{true: "directed", false: "undirected"}[ty.Directed])
	}
	wantTypes := []string{
		"fights:Fights:other:0:directed",
		"rivalry:Rivalry:other:0:undirected",
		"supports:backs:other:0:directed",
		"supports-2:Supports:other:0:undirected", // same name, another direction
	}
	if strings.Join(types, " ") != strings.Join(wantTypes, " ") {
		t.Errorf("types\n got %q\nwant %q", types, wantTypes)
	}
	var claims []string
	for _, c := range d.Claims {
		claims = append(claims, c.ID+":"+c.Source+">"+c.Target+":"+c.Type+"@"+c.Pos.String())
	}
	wantClaims := []string{
		"iran-hezbollah-supports:iran>hezbollah:supports@connections.csv:2",
		"iran-turkiye-rivalry:iran>turkiye:rivalry@connections.csv:3",
		"iran-actor-rivalry:iran>actor:rivalry@connections.csv:3",
		"hezbollah-israel-fights:hezbollah>israel:fights@connections.csv:4",
		"turkiye-iran-supports-2:turkiye>iran:supports-2@connections.csv:5",
	}
	if strings.Join(claims, " ") != strings.Join(wantClaims, " ") {
		t.Errorf("claims\n got %q\nwant %q", claims, wantClaims)
	}
	if c := d.Claims[0]; c.Note != "imported from connections.csv:2; add evidence. Strength: strong" || c.Modality != graph.Asserted || c.Confidence != graph.Medium || c.Weight != 1 {
		t.Errorf("first claim = %+v", c)
	}
	checkWritable(t, d)
}

func TestReadCSVConnectionsOnly(t *testing.T) {
	d, err := ReadCSV(nil, strings.NewReader("\uFEFFfrom,TO\r\na,b\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) != 2 || len(d.Claims) != 1 || d.Types[0].ID != "related" || !d.Types[0].Directed {
		t.Errorf("draft = %+v %+v %+v", d.Actors, d.Claims, d.Types)
	}
	checkWritable(t, d)
}

// TestReadCSVErrors: every problem is reported, at its line and column.
func TestReadCSVErrors(t *testing.T) {
	for _, tc := range []struct {
		name, elements, connections string
		want                        []string
	}{
		{"no From", "", "Source,Target\na,b\n", []string{"connections.csv:1: connections file has no From and To columns"}},
		{"no Label", "Name\nx\n", "", []string{"elements.csv:1: elements file has no Label or ID column"}},
		{"empty", "", "", []string{"connections.csv: file is empty: it needs a header row", "elements.csv: file is empty: it needs a header row"}},
		{"bad quote", "", "From,To\n\"a,b\n", []string{`connections.csv:2:6: extraneous or missing " in quoted-field`}},
		{"values", "", "From,To,sign,category,modality,confidence,weight,start,end,Direction,era\n" +
			"a,b,2,allies,said,sure,0,2003-13,,sideways,\n" +
			"a,a,,,,,,,,,\n" +
			"a,b,,,,,,2005,2001,,Era X\n" +
			",b,,,,,,,,,\n",
			[]string{
				"connections.csv:2:35: unknown direction \"sideways\" (want directed, undirected or mutual)",
				"connections.csv:4: start 2005 is after end 2001",
				"connections.csv:4:21: invalid era id \"Era X\"",
				"connections.csv:5:1: connection has no From",
			}},
		{"claim values", "", "From,To,sign,category,modality,confidence,weight,start\n" +
			"a,b,1,allies,said,sure,0,2003-13\n" +
			"a,b,2,,,,,\n",
			[]string{
				"connections.csv:2:7: unknown category \"allies\" (want alliance, coalition, strategic-partnership, cooperation, economic, cultural-religious, support, mediation, diplomatic, rivalry, hostility, war, occupation-intervention, threat, sanctions, dependency, membership, other)",
				"connections.csv:2:14: unknown modality \"said\" (want asserted, prospective, hypothetical, negated, reported)",
				"connections.csv:2:19: unknown confidence \"sure\" (want low, medium, high)",
				"connections.csv:2:26: start: invalid date \"2003-13\": month 13 out of range",
				"connections.csv:3:5: unknown sign \"2\" (want 1, -1 or 0, or +, - or 0)",
			}},
		{"duplicate id", "ID,Label\nx,X\nx,Y\n", "", []string{`elements.csv:3:1: duplicate element ID "x" (first on line 2)`}},
		{"ambiguous label", "ID,Label\na,Same\nb,Same\nc,Other\n", "From,To\nSame,c\n", []string{`connections.csv:2:1: From "Same" names 2 elements; give their IDs`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var el, conn *strings.Reader
			if tc.elements != "" || tc.name == "empty" {
				el = strings.NewReader(tc.elements)
			}
			if tc.connections != "" || tc.name == "empty" {
				conn = strings.NewReader(tc.connections)
			}
			var d *Draft
			var err error
			switch {
			case el == nil:
				d, err = ReadCSV(nil, conn)
			case conn == nil:
				d, err = ReadCSV(el, nil)
			default:
				d, err = ReadCSV(el, conn)
			}
			var list graph.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("got %v, %v; want an error list", d, err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Pos.String()+": "+e.Msg)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("errors\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestReadCSVFiles tells the files apart by their headers, names them in
// positions and notes, and reads a folder as kg export writes it.
func TestReadCSVFiles(t *testing.T) {
	dir := t.TempDir()
	el := filepath.Join(dir, "map-elements.csv")
	conn := filepath.Join(dir, "map-connections.csv")
	if err := os.WriteFile(el, []byte(kumuElements), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(conn, []byte(kumuConnections), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{conn, el}, {dir}} {
		d, err := ReadCSVFiles(args...)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Actors) != 5 || len(d.Claims) != 5 || d.Claims[0].Pos.File != conn {
			t.Errorf("ReadCSVFiles(%q): %d actors, %d claims, first at %s", args, len(d.Actors), len(d.Claims), d.Claims[0].Pos)
		}
		if !strings.Contains(d.Source, "map-connections.csv") || !strings.Contains(d.Source, "map-elements.csv") {
			t.Errorf("source = %q", d.Source)
		}
	}
	if _, err := ReadCSVFiles(conn, conn); err == nil {
		t.Error("two connections files accepted")
	}
	if _, err := ReadCSVFiles(t.TempDir()); err == nil {
		t.Error("a folder without CSV files accepted")
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add(kumuElements, kumuConnections)
	for _, pair := range [][2]string{
		{"fixture-elements.csv", "fixture-connections.csv"},
		{"awkward-elements.csv", "awkward-connections.csv"},
	} {
		el, err1 := os.ReadFile(filepath.Join(goldenDir, pair[0]))
		conn, err2 := os.ReadFile(filepath.Join(goldenDir, pair[1]))
		if err1 != nil || err2 != nil {
			f.Fatal(err1, err2)
		}
		f.Add(string(el), string(conn))
	}
	f.Add("ID,Label,name_xx,part_of\na,A,x,b\nb,B,,a\n", "From,To,era,start,end\na,b,e,2001,2002\nb,a,e,2001,\n")
	f.Fuzz(func(t *testing.T, elements, connections string) {
		d, err := ReadCSV(strings.NewReader(elements), strings.NewReader(connections))
		if err != nil {
			var list graph.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a non-empty graph.ErrorList", err)
			}
			return
		}
		checkWritable(t, d)
	})
}
