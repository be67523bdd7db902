package imports

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/graph"
)

// As NetworkX writes an undirected graph: keys d0, d1, ..., a "relation"
// attribute, a default, node ids that are not kg ids.
const networkxGraphML = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d1" for="edge" attr.name="relation" attr.type="string"><default>ties</default></key>
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="0"><data key="d0">Medici</data></node>
    <node id="1"><data key="d0">Strozzi &amp; sons</data></node>
    <node id="2"/>
    <edge source="0" target="1"><data key="d1">marriage</data><data key="d2">2</data></edge>
    <edge source="1" target="2"/>
    <edge source="2" target="0" directed="true"><data key="d1">marriage</data></edge>
  </graph>
</graphml>
`

// As yEd writes labels: inside graphics data.
const yedGraphML = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel alignment="center">Tehran</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Moscow</y:NodeLabel></y:ShapeNode></data>
      <graph id="n1:" edgedefault="directed"><node id="n1::n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Kremlin</y:NodeLabel></y:ShapeNode></data></node></graph>
    </node>
    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>partners</y:EdgeLabel></y:PolyLineEdge></data></edge>
    <edge id="e1" source="n1::n0" target="n0"/>
  </graph>
</graphml>
`

func TestReadGraphMLNetworkX(t *testing.T) {
	d, err := ReadGraphML(strings.NewReader(networkxGraphML))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Actors {
		got = append(got, a.ID+"="+a.Names["en"])
	}
	// "0" and "1" are valid kg ids and kept; "2" has no name.
	if want := "0=Medici 1=Strozzi & sons 2=2"; strings.Join(got, " ") != want {
		t.Errorf("actors %q, want %s", got, want)
	}
	got = nil
	for _, c := range d.Claims {
		got = append(got, c.ID+":"+c.Source+">"+c.Target+":"+c.Type)
	}
	if want := "0-1-marriage:0>1:marriage 1-2-ties:1>2:ties 2-0-marriage-2:2>0:marriage-2"; strings.Join(got, " ") != want {
		t.Errorf("claims %q, want %s", got, want)
	}
	if d.Claims[0].Weight != 2 {
		t.Errorf("weight = %v, want 2", d.Claims[0].Weight)
	}
	var types []string
	for _, ty := range d.Types {
		types = append(types, ty.ID+":"+map[bool]string{true: "directed", false: "undirected"}[ty.Directed])
	}
	if want := "marriage:undirected marriage-2:directed ties:undirected"; strings.Join(types, " ") != want {
		t.Errorf("types %q, want %s", types, want)
	}
	checkWritable(t, d)
}

func TestReadGraphMLYEd(t *testing.T) {
	d, err := ReadGraphML(strings.NewReader(yedGraphML))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Actors {
		got = append(got, a.ID+"="+a.Names["en"])
	}
	if want := "kremlin=Kremlin n0=Tehran n1=Moscow"; strings.Join(got, " ") != want {
		t.Errorf("actors %q, want %s", got, want)
	}
	if c := d.Claims[0]; c.Type != "partners" || c.ID != "e0" || !strings.HasPrefix(c.Note, "imported from graphml:10 (e0); add evidence") {
		t.Errorf("first claim %+v", c)
	}
	if c := d.Claims[1]; c.Source != "kremlin" || c.Type != "related" {
		t.Errorf("second claim %+v", c)
	}
	checkWritable(t, d)
}

func TestReadGraphMLErrors(t *testing.T) {
	head := `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="k" for="edge" attr.name="sign"/>`
	for _, tc := range []struct{ name, doc, want string }{
		{"not XML", "<graphml><graph>\n<node id='a'>\n</graph>", "graphml:3: XML syntax error: element <node> closed by </graph>"},
		{"entity", "<graphml>&bomb;</graphml>", "graphml:1: XML syntax error: invalid character entity &bomb;"},
		{"not GraphML", "<gexf/>", "graphml:1: not a GraphML document: the root element is <gexf>, not <graphml>"},
		{"no graph", "<graphml/>", "graphml:1: the document has no <graph>"},
		{"unknown node", head + "<graph>\n<node id='a'/>\n<edge id='e' source='a' target='b'/></graph></graphml>",
			`graphml:3: edge "e": target "b" is not a node of the graph`},
		{"undeclared key", head + "<graph>\n<node id='a'>\n<data key='x'>1</data></node></graph></graphml>",
			`graphml:3: <data> refers to undeclared key "x"`},
		{"bad sign", head + "<graph><node id='a'/><node id='b'/>\n<edge source='a' target='b'>\n<data key='k'>plus</data></edge></graph></graphml>",
			`graphml:3: unknown sign "plus" (want 1, -1 or 0, or +, - or 0)`},
		{"duplicate node", "<graphml><graph><node id='a'/>\n<node id='a'/></graph></graphml>", `graphml:2: node "a": duplicate node id`},
		{"hyperedge", "<graphml><graph>\n<hyperedge/></graph></graphml>", "graphml:2: hyperedges are not supported: a kg claim joins two actors"},
		{"directed", "<graphml><graph><node id='a'/><node id='b'/>\n<edge source='a' target='b' directed='maybe'/></graph></graphml>",
			`graphml:2: edge: directed must be true or false, not "maybe"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadGraphML(strings.NewReader(tc.doc))
			var list graph.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("got %v, %v; want an error list", d, err)
			}
			if got := list.Error(); got != tc.want {
				t.Errorf("error\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func FuzzReadGraphML(f *testing.F) {
	f.Add(networkxGraphML)
	f.Add(yedGraphML)
	for _, name := range []string{"fixture.graphml", "awkward.graphml"} {
		data, err := os.ReadFile(filepath.Join(goldenDir, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, doc string) {
		d, err := ReadGraphML(strings.NewReader(doc))
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

// TestReadGraphMLHostileText imports names and labels that kg's validation
// refuses (a line break and a tab in a name, a bidi override, a C1
// control): they are cleaned as graph.CleanText says, and the draft loads.
// DOT syntax in a label is kept as written: the diagrams quote it.
func TestReadGraphMLHostileText(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="relation" attr.type="string"/>
  <key id="d2" for="node" attr.name="note" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="d0">&lt;x&gt; URL="javascript:alert(1)" label=&lt;Iran&gt;</data></node>
    <node id="b"><data key="d0">two&#10;lines&#9;and &#x202E;override&#x85;</data><data key="d2">a note&#10;on two lines&#x202E;</data></node>
    <edge source="a" target="b"><data key="d1">allies&#10;&#x2066;</data></edge>
  </graph>
</graphml>`
	d, err := ReadGraphML(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	kb := checkWritable(t, d)
	want := map[string]string{"a": `<x> URL="javascript:alert(1)" label=<Iran>`, "b": "two lines and \uFFFDoverride\uFFFD"}
	for id, name := range want {
		if a := kb.ActorByID[id]; a == nil || a.Names["en"] != name {
			t.Errorf("actor %s loads as %+v, want name %q", id, a, name)
		}
	}
	if a := kb.ActorByID["b"]; a == nil || a.Note != "a note\non two lines\uFFFD" {
		t.Errorf("actor b's note: %+v", a)
	}
	if len(kb.Types) != 1 || kb.Types[0].Label["en"] != "allies \uFFFD" {
		t.Errorf("types %+v", kb.Types)
	}
}
