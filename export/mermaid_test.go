package export

import (
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"kg/export/diagram"
	"kg/graph"
	"kg/graph/conformance"
)

func TestMermaidGolden(t *testing.T) {
	_, n := smallFixtureNetwork(t)
	checkExportGolden(t, "fixture.mmd", exportBytes(t, func(w io.Writer) error { return Mermaid(w, n, "en") }))
	checkExportGolden(t, "fixture-fa.mmd", exportBytes(t, func(w io.Writer) error { return Mermaid(w, n, "fa") }))
	_, n = awkwardNetwork(t)
	checkExportGolden(t, "awkward.mmd", exportBytes(t, func(w io.Writer) error { return Mermaid(w, n, "en") }))
	checkExportGolden(t, "awkward-fa.mmd", exportBytes(t, func(w io.Writer) error { return Mermaid(w, n, "fa") }))
}

func TestMermaidText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`Iran`, `Iran`},
		{`say "hi"`, `say #34;hi#34;`},
		{`#1; a: b`, `#35;1#59; a#58; b`},
		{`<b>&amp;</b>`, `#60;b#62;#38;amp#59;#60;/b#62;`},
		{"a|b`c`", `a#124;b#96;c#96;`},
		{"one\ntwo\r\nthree\rfour\u2028five", `one<br>two<br>three<br>four<br>five`},
		{"tab\there", `tab here`},
		{"bell\a", "bell\uFFFD"},
		{"\u200fمحمد\u200e", `#8207;محمد#8206;`},
		{"خامنه\u200cای", `خامنه#8204;ای`},
		{"ﬂ°°¶ß", `#64258;°°#182;ß`},
		{`Quds Force (IRGC) [x] {y}`, `Quds Force (IRGC) [x] {y}`},
	} {
		if got := mermaidText(tc.in); got != tc.want {
			t.Errorf("mermaidText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The lines a kg flowchart is made of.
var (
	mmNode  = regexp.MustCompile(`^    (a_[a-z0-9_]+)(\(\[|\[\[|\{\{|\(\(|\[|\(|>)"([^"]*)"(\]\)|\]\]|\}\}|\)\)|\]|\))$`)
	mmLink  = regexp.MustCompile(`^    (a_[a-z0-9_]+) (---|-->|-\.-|-\.->|===|==>)\|"([^"]*)"\| (a_[a-z0-9_]+)$`)
	mmClass = regexp.MustCompile(`^    (classDef k_[a-z_]+ fill:#[0-9a-f]{6},stroke:#57606a,color:#1f2328|class (a_[a-z0-9_]+,)*a_[a-z0-9_]+ k_[a-z_]+)$`)
	mmLinkS = regexp.MustCompile(`^    linkStyle ([0-9]+(?:,[0-9]+)*) stroke:(#[0-9a-f]{6}),color:(#[0-9a-f]{6})$`)
	mmCode  = regexp.MustCompile(`#([0-9]+);`)
)

// mermaidLabel checks a label against the escaping rules of
// docs/formats.md and decodes it: entity codes and <br> are the only
// markup, and nothing that ends a label, starts markup or hides in the
// source (format and control characters) is written raw.
func mermaidLabel(t *testing.T, line, s string) string {
	t.Helper()
	bare := strings.ReplaceAll(mmCode.ReplaceAllString(s, ""), "<br>", "")
	for _, r := range bare {
		if strings.ContainsRune("\"#;:&<>|`ﬂ¶", r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) {
			t.Errorf("label %q holds %q raw: %s", s, r, line)
		}
	}
	s = mmCode.ReplaceAllStringFunc(s, func(m string) string {
		n, _ := strconv.Atoi(m[1 : len(m)-1])
		return string(rune(n))
	})
	return strings.ReplaceAll(s, "<br>", "\n")
}

// mermaidPlain is what a label shows of s: line breaks of every kind as
// one newline, tabs as spaces, other control characters as U+FFFD.
func mermaidPlain(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n", "\t", " ").Replace(s)
	return strings.Map(func(r rune) rune {
		if r != '\n' && unicode.IsControl(r) {
			return unicode.ReplacementChar
		}
		return r
	}, s)
}

// TestMermaidAwkward parses the awkward fixture's flowchart line by line:
// every line is one of the forms kg writes, every label keeps the escaping
// rules and decodes to the name or type label, shapes follow kinds, link
// operators follow modality, category and direction, and every link is
// coloured by its sign.
func TestMermaidAwkward(t *testing.T) {
	for _, lang := range []string{"en", "fa"} {
		_, n := awkwardNetwork(t)
		out := string(exportBytes(t, func(w io.Writer) error { return Mermaid(w, n, lang) }))
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if !strings.HasPrefix(lines[0], "%% kg: ") || lines[1] != "flowchart LR" {
			t.Fatalf("header %q", lines[:2])
		}
		var nodes, links [][]string
		colour := map[int]string{}
		for _, line := range lines[2:] {
			switch {
			case mmNode.MatchString(line):
				nodes = append(nodes, mmNode.FindStringSubmatch(line))
			case mmLink.MatchString(line):
				links = append(links, mmLink.FindStringSubmatch(line))
			case mmClass.MatchString(line):
			case mmLinkS.MatchString(line):
				m := mmLinkS.FindStringSubmatch(line)
				for _, s := range strings.Split(m[1], ",") {
					i, _ := strconv.Atoi(s)
					if _, dup := colour[i]; dup {
						t.Errorf("link %d styled twice", i)
					}
					colour[i] = m[2]
				}
			default:
				t.Errorf("unexpected line %q", line)
			}
		}
		if len(nodes) != len(n.Actors) || len(links) != len(n.Ties) {
			t.Fatalf("%d nodes and %d links, want %d and %d", len(nodes), len(links), len(n.Actors), len(n.Ties))
		}
		for i, a := range n.Actors {
			m := nodes[i]
			if m[1] != mermaidID(a.ID) || m[2] != mermaidShape[a.Kind][0] || m[4] != mermaidShape[a.Kind][1] {
				t.Errorf("node %s written %q", a.ID, m[0])
			}
			if got, want := mermaidLabel(t, m[0], m[3]), mermaidPlain(a.Name(lang)); got != want {
				t.Errorf("node %s label decodes to %q, want %q", a.ID, got, want)
			}
		}
		for i, tie := range n.Ties {
			m := links[i]
			ops := [2]string{"---", "-->"} // undirected, directed
			switch {
			case tie.Modality != graph.Asserted:
				ops = [2]string{"-.-", "-.->"}
			case tie.Type.Category == graph.War || tie.Type.Category == graph.OccupationIntervention:
				ops = [2]string{"===", "==>"}
			}
			op := ops[0]
			if tie.Type.Directed {
				op = ops[1]
			}
			if m[1] != mermaidID(tie.Source) || m[2] != op || m[4] != mermaidID(tie.Target) {
				t.Errorf("tie %s %s %s written %q, want operator %s", tie.Source, tie.Type.ID, tie.Target, m[0], op)
			}
			want := typeLabel(tie.Type, lang)
			if tie.Modality != graph.Asserted {
				want += " (" + diagram.UI("fa", tie.Modality.String()) + ")"
				if lang == "en" {
					want = typeLabel(tie.Type, lang) + " (" + tie.Modality.String() + ")"
				}
			}
			if tie.Contested {
				contested := "(contested)"
				if lang == "fa" {
					contested = "(مورد مناقشه)"
				}
				want = "⚑ " + want + " " + contested
			}
			if got := mermaidLabel(t, m[0], m[3]); got != mermaidPlain(want) {
				t.Errorf("tie label decodes to %q, want %q", got, mermaidPlain(want))
			}
			if colour[i] != diagram.SignColor(tie.Sign()) {
				t.Errorf("link %d coloured %q, want %q", i, colour[i], diagram.SignColor(tie.Sign()))
			}
		}
		if !strings.Contains(out, "a_end") || strings.Contains(out, "\n    end") {
			t.Errorf("the actor named end is not written as a_end")
		}
	}
}

// TestMermaidWithMermaid lets Mermaid itself read the flowcharts of both
// fixtures (testdata/export/mermaid_check.mjs) and checks what it finds:
// the shapes, the link types and strokes, and the text each label shows,
// which must be the name as written (Mermaid trims surrounding spaces).
// It needs node and a node_modules folder with mermaid 11 and jsdom, named
// by KG_MERMAID_MODULES; without them it is skipped, unless
// KG_REQUIRE_CONFORMANCE=1 makes that a failure (package conformance).
func TestMermaidWithMermaid(t *testing.T) {
	node := conformance.Tool(t, "node", "apt-get install nodejs npm")
	modules := os.Getenv("KG_MERMAID_MODULES")
	for _, m := range []string{"mermaid", "jsdom"} {
		if _, err := os.Stat(filepath.Join(modules, m, "package.json")); modules == "" || err != nil {
			conformance.Missing(t, "KG_MERMAID_MODULES=%q has no %s: set it to a node_modules folder with mermaid and jsdom (npm install mermaid@11.17.2 jsdom@26.1.0)", modules, m)
		}
	}
	shapes := map[graph.Kind]string{graph.State: "stadium", graph.ArmedGroup: "square", graph.Party: "hexagon",
		graph.Person: "round", graph.Organization: "subroutine", graph.Bloc: "circle", graph.Region: "odd", graph.OtherKind: "square"}
	dir := t.TempDir()
	hostile := func(t testing.TB) (*graph.KB, *graph.Network) {
		kb := hostileKB(t, true)
		return kb, kb.Network(graph.View{AllModalities: true})
	}
	for _, load := range []func(testing.TB) (*graph.KB, *graph.Network){smallFixtureNetwork, awkwardNetwork, hostile} {
		_, n := load(t)
		for _, lang := range []string{"en", "fa"} {
			path := filepath.Join(dir, "kg.mmd")
			if err := os.WriteFile(path, exportBytes(t, func(w io.Writer) error { return Mermaid(w, n, lang) }), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(node, filepath.Join("..", "testdata", "export", "mermaid_check.mjs"), modules, path).CombinedOutput()
			if err != nil {
				t.Fatalf("mermaid_check.mjs: %v\n%s", err, out)
			}
			var got struct {
				Nodes [][3]string
				Links [][5]string
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if len(got.Nodes) != len(n.Actors) || len(got.Links) != len(n.Ties) {
				t.Fatalf("Mermaid reads %d nodes and %d links, want %d and %d", len(got.Nodes), len(got.Links), len(n.Actors), len(n.Ties))
			}
			for i, a := range n.Actors {
				want := [3]string{mermaidID(a.ID), shapes[a.Kind], strings.TrimSpace(mermaidPlain(a.Name(lang)))}
				if got.Nodes[i] != want {
					t.Errorf("Mermaid reads node %q, want %q", got.Nodes[i], want)
				}
			}
			for i, tie := range n.Ties {
				label := typeLabel(tie.Type, lang)
				if tie.Modality != graph.Asserted {
					label += " (" + diagram.UI(lang, tie.Modality.String()) + ")"
				}
				if tie.Contested {
					label = "⚑ " + label + " " + diagram.UI(lang, "(contested)")
				}
				arrow, stroke := "arrow_open", "normal"
				if tie.Type.Directed {
					arrow = "arrow_point"
				}
				switch {
				case tie.Modality != graph.Asserted:
					stroke = "dotted"
				case tie.Type.Category == graph.War || tie.Type.Category == graph.OccupationIntervention:
					stroke = "thick"
				}
				want := [5]string{mermaidID(tie.Source), mermaidID(tie.Target), strings.TrimSpace(mermaidPlain(label)), arrow, stroke}
				if got.Links[i] != want {
					t.Errorf("Mermaid reads link %q, want %q", got.Links[i], want)
				}
			}
		}
	}
}
