package export

import (
	"bytes"
	"context"
	"kg/export/diagram"
	"kg/export/escape"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/goccy/go-graphviz"
	dotparse "gonum.org/v1/gonum/graph/formats/dot"

	"kg/graph"
)

// fuzzKB is a knowledge base of two actors and one claim, whose first
// actor's name, relation type's label and document's title are given.
func fuzzKB(name, label, title string) *graph.KB {
	a := &graph.Actor{ID: "a", Kind: graph.State, Names: map[string]string{"en": name}}
	b := &graph.Actor{ID: "b", Kind: graph.Party, Names: map[string]string{"en": "B"}}
	typ := &graph.RelationType{ID: "t", Label: map[string]string{"en": label}, Category: graph.War, Sign: graph.Negative}
	doc := &graph.Document{ID: "d", Title: map[string]string{"en": title}, Language: "en"}
	c := &graph.Claim{ID: "c", Document: "d", Source: "a", Target: "b", Type: "t", Modality: graph.Asserted,
		Confidence: graph.High, Weight: 1, Evidence: []graph.Evidence{{Start: 1, End: 2, Cue: "x"}}}
	return &graph.KB{Actors: []*graph.Actor{a, b}, Types: []*graph.RelationType{typ}, Documents: []*graph.Document{doc}, Claims: []*graph.Claim{c},
		ActorByID: map[string]*graph.Actor{"a": a, "b": b}, TypeByID: map[string]*graph.RelationType{"t": typ},
		EraByID: map[string]*graph.Era{}, DocumentByID: map[string]*graph.Document{"d": doc}}
}

// fuzzGV is one go-graphviz instance for the fuzz targets, which render
// thousands of times.
var (
	fuzzGVOnce sync.Once
	fuzzGV     *graphviz.Graphviz
)

func fuzzSVG(t *testing.T, src []byte) []byte {
	t.Helper()
	fuzzGVOnce.Do(func() {
		var err error
		if fuzzGV, err = graphviz.New(context.Background()); err != nil {
			panic(err)
		}
	})
	gvMuTest.Lock()
	defer gvMuTest.Unlock()
	g, err := graphviz.ParseBytes(src)
	if err != nil {
		t.Fatalf("go-graphviz does not parse the DOT: %v\n%s", err, src)
	}
	defer g.Close()
	var b bytes.Buffer
	if err := fuzzGV.Render(context.Background(), g, graphviz.SVG, &b); err != nil {
		t.Fatalf("go-graphviz does not render the DOT: %v", err)
	}
	return b.Bytes()
}

// sameDrawing compares the lines Graphviz drew with the lines of a text.
// One-line text must come out exactly; Graphviz drops empty lines and
// the end of a text that ends in a line break, so for text of several
// lines only what the lines hold is compared.
func sameDrawing(got, want []string) bool {
	if len(want) == 1 {
		if want[0] == "" {
			return len(got) == 0 || len(got) == 1 && got[0] == ""
		}
		return len(got) == 1 && got[0] == want[0]
	}
	return strings.Join(got, "") == strings.Join(want, "")
}

// FuzzDOT draws a network whose actor name, relation type label and title
// are any text: gonum's DOT parser and go-graphviz read the DOT, no node
// or attribute appears that kg did not write, the SVG is well-formed and
// safe, and what Graphviz draws is the text (less what XML cannot hold).
// A tooltip of the same text is read back from the SVG too.
func FuzzDOT(f *testing.F) {
	for _, s := range []string{
		`<x> URL="javascript:alert(1)" target="_top" label=<Iran>`, `"Quoted Republic"`, "<b>", `<script>alert(1)</script>`,
		`back\slash \N \G \n \l \\ end\`, "Tom & Jerry &amp; &#60;", "\x1b[31mred\u202e", "ایران\u200cشهر\u200f", "a\nb\r\nc\t",
		"bad\xffbyte", "  two  spaces  ", "", "\\", `\"`, `"`, "node", "}", "];", "&#92;", "\uFFFD", "\u0085\u2028", "\U0001561a", "flag \U0001F3F4\U000E0067\U000E0062\U000E007F", "\U0010FFFD",
	} {
		f.Add(s, s, s)
	}
	f.Fuzz(func(t *testing.T, name, label, title string) {
		kb := fuzzKB(name, label, title)
		n := kb.Network(graph.View{})
		src, err := diagram.DOTBytes(n, diagram.Options{Title: title, Lang: "en", Layout: "dot"})
		if err != nil {
			t.Fatal(err)
		}
		checkDOTAST(t, src, n)
		root := parseXML(t, fuzzSVG(t, src))
		checkSVGSafe(t, root)
		var nodeText, edgeText, graphText []string
		for _, g := range root.Children[0].Children { // <svg> > <g class="graph">
			for _, e := range g.Children {
				switch e.attr("class") {
				case "node":
					if e.Children[0].Text == "a" {
						nodeText = nbsp(e.texts())
					}
				case "edge":
					edgeText = nbsp(e.texts())
				case "":
					if e.Name == "text" {
						graphText = append(graphText, strings.ReplaceAll(e.Text, "\u00a0", " "))
					}
				}
			}
		}
		want := drawn(name)
		if name == "" {
			want = []string{"a"} // Graphviz draws a node's name for an empty label
		}
		if !sameDrawing(nodeText, want) {
			t.Errorf("name %q drawn as %q, want %q", name, nodeText, want)
		}
		want = drawn(label)
		if label == "" {
			want = []string{"t"} // a type without a label is labelled with its id
		}
		if !sameDrawing(edgeText, want) {
			t.Errorf("label %q drawn as %q, want %q", label, edgeText, want)
		}
		if want := drawn(title); len(want) == 1 && want[0] != "" && (len(graphText) == 0 || graphText[0] != want[0]) {
			t.Errorf("title %q drawn as %q, want %q first", title, graphText, want)
		}

		// a tooltip: Graphviz writes it as the title of a link
		tip := []byte("digraph g {\n\ta [label=\"\" tooltip=" + escape.DOTTooltip(name) + "];\n}\n")
		if _, err := dotparse.ParseBytes(tip); err != nil {
			t.Fatalf("gonum's DOT parser: %v\n%s", err, tip)
		}
		root = parseXML(t, fuzzSVG(t, tip))
		checkSVGSafe(t, root)
		var got string
		root.walk(func(e *xmlEl) {
			if e.Name == "a" {
				got = e.attr("title")
			}
		})
		want = []string{strings.Join(drawn(name), "\n")}
		if strings.Contains(want[0], "\n") {
			got, want[0] = strings.ReplaceAll(got, "\n", ""), strings.ReplaceAll(want[0], "\n", "")
		}
		if strings.ReplaceAll(got, "\u00a0", " ") != want[0] && want[0] != "" {
			t.Errorf("tooltip %q reads back as %q, want %q", name, got, want)
		}
	})
}

// mdUnescape undoes mdEscape: its four references and its backslash
// escapes.
func mdUnescape(s string) string {
	s = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#124;", "|").Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// FuzzMarkdown escapes any text for Markdown: no character that starts
// HTML, ends a table cell or a row, or starts inline markup is left raw,
// every & starts one of the four references, and undoing the escapes
// gives the text back (line breaks and tabs as spaces, what XML cannot
// hold as U+FFFD).
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "| a | b |", "[x](javascript:alert(1))", "![i](x)",
		"*star* _u_ `code` ~~s~~ $x$", `back\slash \| \*`, "&amp; &#124; &lt;", "line\nbreak\r\ttab", "\x1b[31m", "bad\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := escape.Markdown(s)
		if !utf8.ValidString(out) {
			t.Fatalf("escape.Markdown(%q) = %q is not UTF-8", s, out)
		}
		for i := 0; i < len(out); i++ {
			switch c := out[i]; c {
			case '<', '>', '|', '\n', '\r', '\t':
				t.Fatalf("escape.Markdown(%q) = %q holds %q raw", s, out, c)
			case '&':
				if !slices4(out[i:], "&amp;", "&lt;", "&gt;", "&#124;") {
					t.Fatalf("escape.Markdown(%q) = %q: & at %d starts no reference kg writes", s, out, i)
				}
			case '\\':
				if i+1 >= len(out) || !strings.ContainsRune("\\`*_[]~$", rune(out[i+1])) {
					t.Fatalf("escape.Markdown(%q) = %q: backslash at %d escapes nothing", s, out, i)
				}
				i++
			case '`', '*', '_', '[', ']', '~', '$':
				t.Fatalf("escape.Markdown(%q) = %q: %q at %d is not escaped", s, out, c, i)
			}
		}
		want := strings.Map(func(r rune) rune {
			switch {
			case r == '\n' || r == '\r' || r == '\t':
				return ' '
			case r == utf8.RuneError || !escape.XMLChar(r):
				return utf8.RuneError
			}
			return r
		}, s)
		if got := mdUnescape(out); got != want {
			t.Fatalf("escape.Markdown(%q) = %q, which reads back as %q, want %q", s, out, got, want)
		}
	})
}

func slices4(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
