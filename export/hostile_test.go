package export

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"kg/export/build"
	"kg/export/diagram"
	"kg/export/escape"
	"kg/export/text"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/goccy/go-graphviz"
	dotparse "gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"

	"kg/graph"
	"kg/graph/diff"
)

// The injection corpus of issue 11: testdata/hostile holds names, labels,
// titles, notes and cue phrases that try to break out of every output
// (DOT syntax, HTML and script, Markdown, XML and CSV specials, the
// backslash escapes Graphviz reads). hostileUnchecked adds, in memory, what
// validation refuses (terminal escapes, control characters, bidi
// overrides, bytes that are not UTF-8): the outputs must be safe with it
// too. Every output is run on both and read back with a parser.

var hostileDir = filepath.Join("..", "testdata", "hostile")

func hostileKB(t testing.TB, unchecked bool) *graph.KB {
	t.Helper()
	kb, err := graph.Load(graph.Options{DataDir: filepath.Join(hostileDir, "data"), SeedsDir: filepath.Join(hostileDir, "seeds")})
	if err != nil {
		t.Fatalf("loading %s: %v", hostileDir, err)
	}
	if unchecked {
		hostileUnchecked(kb)
	}
	return kb
}

// hostileUnchecked puts into kb the characters validation refuses.
func hostileUnchecked(kb *graph.KB) {
	kb.ActorByID["plain"].Names["en"] = "\x1b[31mred\x1b[0m \x1b]0;title\x07 \x9b2J bell\a nul\x00 \u202eevil\u202c \u2066iso\u2069 line\nbreak cr\r\nlf tab\tend bad\xffbyte \u2028sep"
	kb.ActorByID["node"].Names["fa"] = "\x1b[1mایران\u202e"
	kb.ActorByID["graph"].Note = "\x1b[31mnote\x1b[0m\r\n\x00"
	kb.TypeByID["pipe-talks"].Label["en"] = "talks\x1b[2J\x08\x08 \u202e<b>"
	kb.EraByID["later"].Label["en"] = "\x1b[5mlater\u2069"
	kb.DocumentByID["second-doc"].Title["en"] = "Second \x1b[31m<script>\x1b[0m\u202e"
	for _, c := range kb.Claims {
		if c.ID == "plain-legend-talks" {
			c.Note = "\x1b[31m<script>alert(9)</script>\u202e"
			c.Evidence[0].Cue = "cue\x1b[0m"
		}
	}
}

// hostileViews are the views every diagram test draws.
var hostileViews = []struct {
	name string
	view graph.View
	lang string
}{
	{"all", graph.View{AllModalities: true}, "en"},
	{"doc", graph.View{Documents: []string{"hostile-doc"}}, "en"},
	{"fa", graph.View{AllModalities: true}, "fa"},
}

// gvMuTest guards go-graphviz in the tests, which call it directly so as
// not to depend on where kg's renderer lives.
var gvMuTest sync.Mutex

func graphvizSVG(t testing.TB, src []byte) []byte {
	t.Helper()
	gvMuTest.Lock()
	defer gvMuTest.Unlock()
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(src)
	if err != nil {
		t.Fatalf("go-graphviz does not parse the DOT: %v\n%s", err, src)
	}
	defer g.Close()
	var b bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.SVG, &b); err != nil {
		t.Fatalf("go-graphviz does not render the DOT: %v", err)
	}
	return b.Bytes()
}

// xmlEl is an element of a parsed XML document.
type xmlEl struct {
	Name     string
	Attr     []xml.Attr
	Children []*xmlEl
	Text     string // character data directly inside
}

func parseXML(t testing.TB, data []byte) *xmlEl {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	root := &xmlEl{}
	stack := []*xmlEl{root}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		top := stack[len(stack)-1]
		switch x := tok.(type) {
		case xml.StartElement:
			el := &xmlEl{Name: x.Name.Local, Attr: x.Attr}
			top.Children = append(top.Children, el)
			stack = append(stack, el)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.Text += string(x)
		}
	}
	return root
}

func (e *xmlEl) walk(f func(*xmlEl)) {
	f(e)
	for _, c := range e.Children {
		c.walk(f)
	}
}

func (e *xmlEl) attr(local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// texts returns the character data of every <text> element under e.
func (e *xmlEl) texts() []string {
	var out []string
	e.walk(func(x *xmlEl) {
		if x.Name == "text" {
			out = append(out, x.Text)
		}
	})
	return out
}

// checkSVGSafe checks what a browser would do with an SVG kg wrote: kg
// sets no links, scripts or event handlers, so there must be none: no
// href of any namespace, no target, no on* attribute, no element that runs
// or embeds anything, and no javascript: in any attribute but a title.
func checkSVGSafe(t *testing.T, root *xmlEl) {
	t.Helper()
	banned := []string{"script", "foreignObject", "iframe", "object", "embed", "image", "use", "animate", "set", "handler", "style"}
	root.walk(func(e *xmlEl) {
		if slices.Contains(banned, e.Name) {
			t.Errorf("SVG has a <%s> element", e.Name)
		}
		for _, a := range e.Attr {
			name := strings.ToLower(a.Name.Local)
			switch {
			case name == "href", name == "target", strings.HasPrefix(name, "on"):
				t.Errorf("SVG <%s> has an attribute %s=%q", e.Name, a.Name.Local, a.Value)
			case name != "title" && strings.Contains(strings.ToLower(a.Value), "javascript:"):
				t.Errorf("SVG <%s> %s=%q", e.Name, a.Name.Local, a.Value)
			}
		}
	})
}

// drawn is what Graphviz draws of a text kg gives it: a line per line
// break, a tab as a space, what XML cannot hold as U+FFFD; Graphviz writes
// the second of two spaces as a no-break space, which counts as a space.
func drawn(s string) []string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n':
			b.WriteRune(r)
		case r == utf8.RuneError || !escape.XMLChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		lines = append(lines, strings.ReplaceAll(l, "\u00a0", " "))
	}
	return lines
}

func nbsp(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ReplaceAll(s, "\u00a0", " ")
	}
	return out
}

// checkSVGLabels checks that every actor's node is drawn with its name as
// written, and every tie's label starts with its type's label.
func checkSVGLabels(t *testing.T, root *xmlEl, n *graph.Network, lang string) {
	t.Helper()
	nodes := map[string]*xmlEl{}
	var edges []*xmlEl
	root.walk(func(e *xmlEl) {
		switch e.attr("class") {
		case "node":
			for _, c := range e.Children {
				if c.Name == "title" {
					nodes[c.Text] = e
				}
			}
		case "edge":
			edges = append(edges, e)
		}
	})
	for _, a := range n.Actors {
		g := nodes[a.ID]
		if g == nil {
			t.Errorf("no node group titled %q", a.ID)
			continue
		}
		if got, want := nbsp(g.texts()), drawn(a.Name(lang)); !slices.Equal(got, want) {
			t.Errorf("actor %s drawn as %q, want %q", a.ID, got, want)
		}
	}
	if nodes["_legend"] == nil {
		t.Errorf("no legend node %q", "_legend")
	}
	if len(edges) != len(n.Ties) {
		t.Errorf("%d edge groups, want %d ties", len(edges), len(n.Ties))
	}
	var labels []string
	for _, e := range edges {
		labels = append(labels, strings.Join(nbsp(e.texts()), "\n"))
	}
	for _, tie := range n.Ties {
		want := strings.Join(drawn(typeLabel(tie.Type, lang)), "\n")
		if !slices.ContainsFunc(labels, func(l string) bool { return strings.Contains(l, want) }) {
			t.Errorf("no edge label holds %q; labels %q", want, labels)
		}
	}
}

// checkDOTAST parses DOT with gonum's parser: the nodes are the actors and
// kg's legend, the edges one per tie, and no node or edge has an attribute
// kg does not write.
func checkDOTAST(t *testing.T, src []byte, n *graph.Network) {
	t.Helper()
	f, err := dotparse.ParseBytes(src)
	if err != nil {
		t.Fatalf("gonum's DOT parser: %v\n%s", err, src)
	}
	nodeKeys := []string{"label", "shape", "fillcolor", "tooltip", "fontsize", "pos", "style", "color", "fontcolor", "penwidth"}
	edgeKeys := []string{"label", "color", "fontcolor", "style", "dir", "penwidth", "tooltip"}
	var nodes []string
	edges := 0
	var walk func([]ast.Stmt)
	walk = func(stmts []ast.Stmt) {
		for _, s := range stmts {
			switch x := s.(type) {
			case *ast.NodeStmt:
				nodes = append(nodes, strings.Trim(x.Node.ID, `"`))
				for _, a := range x.Attrs {
					if !slices.Contains(nodeKeys, a.Key) {
						t.Errorf("node %s has attribute %s=%s", x.Node.ID, a.Key, a.Val)
					}
				}
			case *ast.EdgeStmt:
				edges++
				for _, a := range x.Attrs {
					if !slices.Contains(edgeKeys, a.Key) {
						t.Errorf("edge %s has attribute %s=%s", x, a.Key, a.Val)
					}
				}
			case *ast.Subgraph:
				walk(x.Stmts)
			}
		}
	}
	if len(f.Graphs) != 1 {
		t.Fatalf("%d graphs in the DOT", len(f.Graphs))
	}
	walk(f.Graphs[0].Stmts)
	want := []string{"_legend"}
	for _, a := range n.Actors {
		want = append(want, a.ID)
	}
	slices.Sort(nodes)
	slices.Sort(want)
	if !slices.Equal(nodes, want) {
		t.Errorf("DOT nodes %q, want %q", nodes, want)
	}
	if edges != len(n.Ties) {
		t.Errorf("%d DOT edges, want %d", edges, len(n.Ties))
	}
}

func hostileDOT(t *testing.T, kb *graph.KB, n *graph.Network, lang string) []byte {
	t.Helper()
	title, subtitle := diagram.ViewTitle(kb, n.View)
	src, err := diagram.DOTBytes(n, diagram.Options{Title: title, Subtitle: subtitle, Lang: lang, Layout: "dot"})
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestHostileDiagrams draws the injection corpus as DOT and SVG: gonum's
// parser finds no injected node or attribute, go-graphviz and native
// Graphviz render it, the SVGs are well-formed XML with no link, script or
// handler, and every name is drawn as written.
func TestHostileDiagrams(t *testing.T) {
	nativeDot, _ := exec.LookPath("dot")
	for _, unchecked := range []bool{false, true} {
		kb := hostileKB(t, unchecked)
		for _, v := range hostileViews {
			name := v.name
			if unchecked {
				name += "-unchecked"
			}
			t.Run(name, func(t *testing.T) {
				n := kb.Network(v.view)
				src := hostileDOT(t, kb, n, v.lang)
				checkDOTAST(t, src, n)
				root := parseXML(t, graphvizSVG(t, src))
				checkSVGSafe(t, root)
				checkSVGLabels(t, root, n, v.lang)
				if nativeDot == "" {
					return
				}
				cmd := exec.Command(nativeDot, "-Tsvg")
				cmd.Stdin = bytes.NewReader(src)
				var out, errb bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &errb
				if err := cmd.Run(); err != nil {
					t.Fatalf("native dot: %v\n%s", err, errb.String())
				}
				root = parseXML(t, out.Bytes())
				checkSVGSafe(t, root)
				checkSVGLabels(t, root, n, v.lang)
			})
		}
	}
	if nativeDot == "" && os.Getenv("KG_REQUIRE_CONFORMANCE") == "1" {
		t.Error("Graphviz's dot is not installed (apt-get install graphviz)")
	}
}

// TestHostileDiffDiagram draws the diff of the corpus's two documents.
func TestHostileDiffDiagram(t *testing.T) {
	for _, unchecked := range []bool{false, true} {
		kb := hostileKB(t, unchecked)
		a, b := kb.Network(graph.View{Documents: []string{"hostile-doc"}}), kb.Network(graph.View{Documents: []string{"second-doc"}})
		r := diff.Compare(a, b, diff.Options{KBA: kb, KBB: kb, Seed: 1})
		var src bytes.Buffer
		if err := diagram.DiffDOT(&src, r, a, b, kb.DocumentByID["hostile-doc"].Title["en"], nil); err != nil {
			t.Fatal(err)
		}
		if _, err := dotparse.ParseBytes(src.Bytes()); err != nil {
			t.Fatalf("gonum's DOT parser: %v", err)
		}
		root := parseXML(t, graphvizSVG(t, src.Bytes()))
		checkSVGSafe(t, root)
		var titles []string
		root.walk(func(e *xmlEl) {
			if e.attr("class") == "node" {
				titles = append(titles, e.Children[0].Text)
			}
		})
		if !slices.Contains(titles, "_legend") || !slices.Contains(titles, "legend") {
			t.Errorf("node titles %q: want the actor legend and kg's %s", titles, "_legend")
		}
	}
}

// TestHostileChromium opens the corpus's SVG in Debian's Chromium: the
// browser reads it as an SVG document (no XML error page) and finds no
// link.
func TestHostileChromium(t *testing.T) {
	exe, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("KG_REQUIRE_BROWSER") == "1" {
			t.Fatal("chromium is not installed")
		}
		t.Skip("chromium is not installed")
	}
	kb := hostileKB(t, true)
	n := kb.Network(graph.View{AllModalities: true})
	dir := t.TempDir()
	path := filepath.Join(dir, "hostile.svg")
	if err := os.WriteFile(path, graphvizSVG(t, hostileDOT(t, kb, n, "en")), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir="+filepath.Join(dir, "profile"), "--dump-dom", "file://"+path)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	dom := string(out)
	if !strings.Contains(dom, "<svg") || strings.Contains(dom, "parsererror") {
		t.Fatalf("chromium did not read an SVG document:\n%.2000s", dom)
	}
	if m := regexp.MustCompile(`(?i)href\s*=|<a\s[^>]*javascript:`).FindString(dom); m != "" {
		t.Errorf("chromium's DOM has %q", m)
	}
	if !strings.Contains(dom, "&lt;x&gt; URL=\"javascript:alert(1)\"") && !strings.Contains(dom, "&lt;x&gt; URL=&quot;javascript:alert(1)&quot;") {
		t.Errorf("the actor name is not drawn as text in chromium's DOM")
	}
}

// TestHostileExports writes the corpus in every interchange format and
// reads each back with its parser: names, labels and notes as written,
// less what the format cannot hold (XML: control characters; CSV: CR LF).
func TestHostileExports(t *testing.T) {
	for _, unchecked := range []bool{false, true} {
		kb := hostileKB(t, unchecked)
		n := kb.Network(graph.View{AllModalities: true})
		_, nodes, _ := readGraphML(t, exportBytes(t, func(w io.Writer) error { return GraphML(w, kb, n) }))
		gexf := readGEXF(t, exportBytes(t, func(w io.Writer) error { return GEXF(w, kb, n) }))
		e, c := kumuFiles(t, kb, n)
		_, elements := readKumuCSV(t, e)
		_, conns := readKumuCSV(t, c)
		var js struct {
			Nodes []struct {
				ID    string
				Names map[string]string
			}
			Links []struct{ Key, Type string }
		}
		if err := json.Unmarshal(exportBytes(t, func(w io.Writer) error { return JSON(w, kb, n) }), &js); err != nil {
			t.Fatal(err)
		}
		var cy struct {
			Elements struct {
				Nodes []struct{ Data map[string]any }
			}
		}
		if err := json.Unmarshal(exportBytes(t, func(w io.Writer) error { return Cytoscape(w, kb, n) }), &cy); err != nil {
			t.Fatal(err)
		}
		for i, a := range n.Actors {
			if got := nodes[a.ID]["label"]; got != xmlValid(a.Name("en")) {
				t.Errorf("GraphML %s label %q, want %q", a.ID, got, xmlValid(a.Name("en")))
			}
			if got := gexf.Graph.Nodes[i].Label; got != xmlValid(a.Name("en")) {
				t.Errorf("GEXF %s label %q, want %q", a.ID, got, xmlValid(a.Name("en")))
			}
			if got := elements[i]["Label"]; got != csvValue(a.Name("en")) {
				t.Errorf("CSV %s label %q, want %q", a.ID, got, csvValue(a.Name("en")))
			}
			if got := elements[i]["Description"]; got != csvValue(a.Note) {
				t.Errorf("CSV %s note %q, want %q", a.ID, got, csvValue(a.Note))
			}
			for l, s := range a.Names {
				s = strings.ToValidUTF8(s, "\uFFFD") // JSON holds text, not bytes
				if js.Nodes[i].Names[l] != s {
					t.Errorf("JSON %s name %s %q, want %q", a.ID, l, js.Nodes[i].Names[l], s)
				}
				if cy.Elements.Nodes[i].Data["name_"+l] != s {
					t.Errorf("Cytoscape %s name %s %q, want %q", a.ID, l, cy.Elements.Nodes[i].Data["name_"+l], s)
				}
			}
		}
		if len(conns) != len(n.Claims) {
			t.Errorf("%d CSV connections, want %d", len(conns), len(n.Claims))
		}
		for _, lang := range []string{"en", "fa"} {
			out := string(exportBytes(t, func(w io.Writer) error { return Mermaid(w, n, lang) }))
			labels := map[string]string{}
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n")[2:] {
				if m := mmNode.FindStringSubmatch(line); m != nil {
					labels[m[1]] = mermaidLabel(t, line, m[3])
				} else if !mmLink.MatchString(line) && !mmClass.MatchString(line) && !mmLinkS.MatchString(line) {
					t.Errorf("Mermaid line of no form kg writes: %q", line)
				}
			}
			for _, a := range n.Actors {
				if got, want := labels[mermaidID(a.ID)], mermaidPlain(a.Name(lang)); got != want {
					t.Errorf("Mermaid %s %q, want %q", a.ID, got, want)
				}
			}
		}
	}
}

// mdTags are the only HTML kg writes into Markdown itself, and mdCode its
// code spans (actor ids, claim references).
var (
	mdTags = regexp.MustCompile(`<br>`)
	mdCode = regexp.MustCompile("`[^`]*`")
)

// checkMarkdown checks Markdown kg wrote around text from the data: no
// HTML but kg's <br>, every table row with its header's number of cells,
// and no Markdown link, image or raw URL scheme from the data.
func checkMarkdown(t *testing.T, name, md string) {
	t.Helper()
	bare := mdTags.ReplaceAllString(mdCode.ReplaceAllString(md, "``"), "")
	if i := strings.IndexByte(bare, '<'); i >= 0 {
		t.Errorf("%s holds a raw '<': %.80s", name, bare[max(0, i-40):])
	}
	cells := 0
	for line := range strings.Lines(md) {
		line = strings.TrimSuffix(line, "\n")
		if !strings.HasPrefix(line, "|") {
			cells = 0
			continue
		}
		n := len(regexp.MustCompile(`(^|[^\\])\|`).FindAllString(line, -1)) - 1
		if cells == 0 {
			cells = n
		} else if n != cells {
			t.Errorf("%s: row of %d cells under a header of %d: %s", name, n, cells, line)
		}
	}
	if m := regexp.MustCompile(`(^|[^\\])\]\(javascript|(^|[^\\])\*star|(^|[^\\])_u|(^|[^\\])~~s|(^|[^\\])\$x`).FindString(md); m != "" {
		t.Errorf("%s holds the markup %q unescaped", name, m)
	}
}

// TestHostileMarkdown writes the build's index.md and the diff's Markdown
// for the corpus.
func TestHostileMarkdown(t *testing.T) {
	for _, unchecked := range []bool{false, true} {
		kb := hostileKB(t, unchecked)
		out := filepath.Join(t.TempDir(), "out")
		if _, err := build.Build(kb, build.Options{Out: out, NoSVG: true}); err != nil {
			t.Fatal(err)
		}
		index, err := os.ReadFile(filepath.Join(out, "index.md"))
		if err != nil {
			t.Fatal(err)
		}
		checkMarkdown(t, "index.md", string(index))
		if !strings.Contains(string(index), "&lt;img src=x onerror=alert(7)&gt; &#124; \\*Title\\* \\[a\\](javascript:b) &amp; \"q\"") {
			t.Errorf("index.md does not show the document's title escaped:\n%s", index)
		}
		a, b := kb.Network(graph.View{Documents: []string{"hostile-doc"}}), kb.Network(graph.View{Documents: []string{"second-doc"}})
		for _, match := range []diff.Match{diff.MatchType, diff.MatchSign} {
			r := diff.Compare(a, b, diff.Options{KBA: kb, KBB: kb, Seed: 1, Match: match})
			var md bytes.Buffer
			if err := text.Diff(&md, r, "markdown"); err != nil {
				t.Fatal(err)
			}
			checkMarkdown(t, "diff markdown", md.String())
			if !strings.Contains(md.String(), "| Tom &amp; Jerry &amp;amp; &amp;#60;b&amp;#62; &amp;lt; \\]\\]&gt; &lt;!-- --&gt; |") {
				t.Errorf("the diff does not show the name of actor graph escaped:\n%s", md.String())
			}
		}
	}
}

// terminalSafe reports the first byte sequence in s that a terminal would
// act on: a C0 control other than line feed and tab, DEL, a C1 control, a
// line or paragraph separator, a bidi control, or a byte that is not UTF-8.
func terminalSafe(s string) string {
	for off, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[off:]); size == 1 {
				return s[off : off+1]
			}
		case r < 0x20 && r != '\n' && r != '\t', r >= 0x7F && r <= 0x9F, r == 0x2028, r == 0x2029, graph.IsBidiControl(r):
			return string(r)
		}
	}
	return ""
}

// TestHostileTerminal prints the corpus as kg list, kg show and kg diff
// do: no escape sequence or control character reaches the terminal, and
// what they were is shown as \x1b or \u202e.
func TestHostileTerminal(t *testing.T) {
	kb := hostileKB(t, true)
	var all strings.Builder
	check := func(what string, fn func(io.Writer) error) {
		var b strings.Builder
		if err := fn(&b); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if bad := terminalSafe(b.String()); bad != "" {
			t.Errorf("%s prints %q raw:\n%s", what, bad, b.String())
		}
		all.WriteString(b.String())
	}
	for _, kind := range []string{"actors", "types", "eras", "documents"} {
		check("list "+kind, func(w io.Writer) error { return text.List(w, kb, kind, "table") })
	}
	for _, a := range kb.Actors {
		check("show actor "+a.ID, func(w io.Writer) error { return text.Show(w, kb, "actor", a.ID) })
	}
	for _, ty := range kb.Types {
		check("show type "+ty.ID, func(w io.Writer) error { return text.Show(w, kb, "type", ty.ID) })
	}
	for _, e := range kb.Eras {
		check("show era "+e.ID, func(w io.Writer) error { return text.Show(w, kb, "era", e.ID) })
	}
	for _, d := range kb.Documents {
		check("show document "+d.ID, func(w io.Writer) error { return text.Show(w, kb, "document", d.ID) })
	}
	a, b := kb.Network(graph.View{Documents: []string{"hostile-doc"}}), kb.Network(graph.View{Documents: []string{"second-doc"}})
	r := diff.Compare(a, b, diff.Options{KBA: kb, KBB: kb, Seed: 1})
	check("diff", func(w io.Writer) error { return text.Diff(w, r, "text") })
	for _, want := range []string{`\x1b[31mred\x1b[0m`, `\u202eevil\u202c`, `line\nbreak`, `\xff`} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("the output does not show %s", want)
		}
	}
}
